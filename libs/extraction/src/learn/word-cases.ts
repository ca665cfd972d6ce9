/**
 * Which words are common words rather than names, learned from how a corpus writes them:
 * a word that is written in lower case wherever the sentence does not force a capital is
 * a common word ("likewise", "publicly", "totodată"), so its capital at the start of a
 * sentence names nobody. Names ("Trump", "Seul") are capitalised inside sentences too.
 */
export interface CommonWordModel {
  provenance: string;
  /** Folded forms of common words, sorted. */
  words: string[];
  /**
   * Those of them that also stand in names: capitalised at least MIN_NAME_SHARE of the time
   * right after a word in lower case ("young": Todd Young; "hope": Hope Hicks), sorted. The
   * others ("just", "things") are never part of a name.
   */
  nameWords?: string[];
}

// A word counts when it is seen inside sentences this often …
const MIN_INSIDE = 2;
// … and is in lower case there this share of the time.
const MIN_LOWER_SHARE = 0.9;
// A common word stands in names when it is capitalised this share of the time right after a
// word in lower case (only a name takes a capital there: not a sentence's start, a quotation's
// or a headline's, where the word before has one too).
const MIN_NAME_SHARE = 0.02;

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
// What ends a sentence, or opens a quotation or a line: the next word may be capitalised by position.
const OPENS = /[.!?:;"“”„«»(\[\n—–-]\s*$/u;
const SPACES = /^[ \t]+$/;

const count = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

/** Counts, for each word, its lower-case and capitalised uses inside sentences of `texts`. */
export function learnCommonWords(texts: Iterable<string>, provenance: string): CommonWordModel {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  // Uses right after a word in lower case, with only spaces between: by case.
  const lowerMid = new Map<string, number>();
  const upperMid = new Map<string, number>();
  for (const text of texts) {
    let last = 0;
    let opening = true;
    let afterLower = false;
    for (const m of text.matchAll(WORD)) {
      const between = text.slice(last, m.index);
      last = m.index + m[0].length;
      const forced = opening || OPENS.test(between);
      opening = false;
      const w = m[0];
      const key = w.toLowerCase();
      const capital = w[0] !== w[0]!.toLowerCase();
      const mid = afterLower && SPACES.test(between);
      afterLower = !capital;
      if (mid) count(capital ? upperMid : lowerMid, key);
      if (!forced) count(capital ? upper : lower, key);
    }
  }
  const words: string[] = [];
  const nameWords: string[] = [];
  for (const [w, n] of lower) {
    const inside = n + (upper.get(w) ?? 0);
    if (inside < MIN_INSIDE || n / inside < MIN_LOWER_SHARE) continue;
    words.push(w);
    const capitalised = upperMid.get(w) ?? 0;
    if (capitalised > 0 && capitalised / (capitalised + (lowerMid.get(w) ?? 0)) >= MIN_NAME_SHARE) nameWords.push(w);
  }
  return { provenance, words: words.sort(), nameWords: nameWords.sort() };
}
