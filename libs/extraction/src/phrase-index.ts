import { fold } from './normalize-text';

/** A word of a text: its offsets and its folded form. */
export interface Token {
  start: number;
  end: number;
  /** Lower case, without diacritics. */
  key: string;
}

// Word characters, by UTF-16 code unit: 1 letter or digit, 2 not; 0 not yet known.
// ASCII is filled at load; other units are classified once, when first seen.
const WORD_CHAR = new Uint8Array(65536);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 2;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point at `i` is a letter or digit, and how many code units it takes (negative when not). */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = WORD_CHAR[c]!;
  if (k === 0) {
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A letter outside the BMP (rare): classified on the spot, never cached by unit.
      const cp = text.codePointAt(i)!;
      return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : -1;
    }
    k = WORD_CHAR[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  }
  return k === 1 ? 1 : -1;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/**
 * The words of a text, in order: a letter or digit, then letters, digits, apostrophes
 * and hyphens. A scanner over code units rather than a Unicode regular expression: it
 * runs on every sentence of every article.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Folding the whole text at once is cheaper than word by word; it keeps offsets
  // whenever every letter folds to one character (all of Romanian and English do).
  const folded = fold(text);
  const aligned = folded.length === text.length;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const w = wordCharAt(text, i);
    if (w < 0) {
      i++;
      continue;
    }
    const start = i;
    let curly = false;
    i += w;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === APOSTROPHE || c === HYPHEN) i++;
      else if (c === RIGHT_QUOTE) {
        curly = true;
        i++;
      } else {
        const k = wordCharAt(text, i);
        if (k < 0) break;
        i += k;
      }
    }
    let key = aligned ? folded.slice(start, i) : fold(text.slice(start, i));
    if (curly) key = key.replace(/’/g, "'");
    out.push({ start, end: i, key });
  }
  return out;
}

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
