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
}

// A word counts when it is seen inside sentences this often …
const MIN_INSIDE = 2;
// … and is in lower case there this share of the time.
const MIN_LOWER_SHARE = 0.9;

const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;
// What ends a sentence, or opens a quotation or a line: the next word may be capitalised by position.
const OPENS = /[.!?:;"“”„«»(\[\n—–-]\s*$/u;

/** Counts, for each word, its lower-case and capitalised uses inside sentences of `texts`. */
export function learnCommonWords(texts: Iterable<string>, provenance: string): CommonWordModel {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const text of texts) {
    let last = 0;
    let opening = true;
    for (const m of text.matchAll(WORD)) {
      const between = text.slice(last, m.index);
      last = m.index + m[0].length;
      const forced = opening || OPENS.test(between);
      opening = false;
      if (forced) continue;
      const w = m[0];
      const key = w.toLowerCase();
      const counts = w[0] === w[0]!.toLowerCase() ? lower : upper;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const words: string[] = [];
  for (const [w, n] of lower) {
    const inside = n + (upper.get(w) ?? 0);
    if (inside >= MIN_INSIDE && n / inside >= MIN_LOWER_SHARE) words.push(w);
  }
  return { provenance, words: words.sort() };
}
