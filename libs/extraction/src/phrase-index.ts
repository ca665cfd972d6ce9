import { wordCharAt } from './char-classes';
import { fold } from './normalize-text';

/** A word of a text: its offsets and its folded form. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, without diacritics. */
  key: string;
}

/**
 * The words of a text, in order: a letter or digit, then letters, digits, apostrophes
 * and hyphens. A scanner over code units rather than a Unicode regular expression: it
 * runs on every sentence of every article.
 */
export function tokenize(text: string, foldedText?: string): Token[] {
  const out: Token[] = [];
  // Folding the whole text at once is cheaper than word by word; it keeps offsets
  // whenever every letter folds to one character (all of Romanian and English do).
  // A caller that has folded a larger text passes its part.
  const folded = foldedText ?? fold(text);
  const aligned = folded.length === text.length;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? ASCII_UNITS[c] !== WORD : wordCharAt(text, i) < 0) {
      i++;
      continue;
    }
    const start = i;
    // The word's end, as wordEnd finds it, with ASCII read off a table (most of any text).
    // Written out here: calling wordEnd for each word cost 2–3% of the whole engine.
    let curly = false;
    i++;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 0x80) {
        if (ASCII_UNITS[d] === NONE) break;
        i++;
      } else if (d === 0x2019) {
        curly = true;
        i++;
      } else {
        const k = wordCharAt(text, i);
        if (k < 0) break;
        i += k;
      }
    }
    let key = aligned ? folded.slice(start, i) : fold(text.slice(start, i));
    if (curly || !aligned) key = key.replace(/’/g, "'");
    out.push({ start, end: i, key });
  }
  return out;
}

// ASCII units: letters and digits start and continue a word; apostrophes and hyphens only continue one.
const NONE = 0;
const WORD = 1;
const JOINER = 2;
const ASCII_UNITS = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++)
  ASCII_UNITS[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? WORD : c === 0x27 || c === 0x2d ? JOINER : NONE;

/**
 * A set of phrases of one or more words, matched on tokens rather than by regular
 * expressions over the text: one hash look-up per word, whatever the number of phrases.
 */
export class PhraseIndex {
  private readonly byLast = new Map<string, string[][]>();
  private readonly byFirst = new Map<string, string[][]>();

  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const words = fold(p).split(/\s+/);
      const add = (m: Map<string, string[][]>, k: string) =>
        m.set(
          k,
          [...(m.get(k) ?? []), words].sort((a, b) => b.length - a.length),
        );
      add(this.byLast, words[words.length - 1]!);
      add(this.byFirst, words[0]!);
    }
  }

  /** The number of tokens of the longest phrase that ends at token `i`, or 0. */
  endingAt(tokens: readonly Token[], i: number): number {
    for (const words of this.byLast.get(tokens[i]?.key ?? '') ?? []) {
      const from = i - words.length + 1;
      if (from >= 0 && words.every((w, k) => tokens[from + k]!.key === w)) return words.length;
    }
    return 0;
  }

  /** The number of tokens of the longest phrase that starts at token `i`, or 0. */
  startingAt(tokens: readonly Token[], i: number): number {
    for (const words of this.byFirst.get(tokens[i]?.key ?? '') ?? []) {
      if (i + words.length <= tokens.length && words.every((w, k) => tokens[i + k]!.key === w)) return words.length;
    }
    return 0;
  }
}
