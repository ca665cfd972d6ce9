/**
 * Character classes by UTF-16 code unit, for scanners that run on every sentence of
 * every article: a table look-up instead of a Unicode regular expression per character.
 * Each code unit is classified once, when first seen.
 */
/** Whether code units of the Basic Multilingual Plane belong to a class: each learnt once, from `re`. */
class UnitTable {
  /** 1 yes, 2 no, 0 not yet known. */
  private readonly known = new Uint8Array(65536);
  constructor(private readonly re: RegExp) {}

  has(c: number): boolean {
    let k = this.known[c]!;
    if (k === 0) k = this.known[c] = this.re.test(String.fromCharCode(c)) ? 1 : 2;
    return k === 1;
  }
}

const LETTERS = new UnitTable(/^\p{L}$/u);
const WORD_PARTS = new UnitTable(/^[\p{L}\p{N}\p{M}]$/u);
const LETTERS_OR_DIGITS = new UnitTable(/^[\p{L}\p{N}]$/u);
const UPPER_CASE = new UnitTable(/^\p{Lu}$/u);
const LOWER_CASE = new UnitTable(/^\p{Ll}$/u);

/** Whether the code point at `i` is a letter or digit, and how many code units it takes (negative when not). */
export function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    // Outside the BMP (rare): classified on the spot, never cached by code unit. The
    // second half of a pair is classified as its pair, so a look behind sees the letter.
    const low = c >= 0xdc00 && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
    const cp = text.codePointAt(low ? i - 1 : i)!;
    return /^[\p{L}\p{N}]$/u.test(String.fromCodePoint(cp)) ? (cp > 0xffff && !low ? 2 : 1) : -1;
  }
  return LETTERS_OR_DIGITS.has(c) ? 1 : -1;
}

/** Whether the code unit at `i` is a letter (a surrogate counts as one: letters outside the BMP are letters). */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const at = c >= 0xdc00 && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
    return /^\p{L}$/u.test(String.fromCodePoint(text.codePointAt(at)!));
  }
  return LETTERS.has(c);
}

/**
 * Whether the code unit at `i` is part of a word: a letter, a digit or a mark (a surrogate
 * as the letter `isLetterAt` takes it for; a lone half is no digit or mark).
 */
export function isWordPartAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdfff ? isLetterAt(text, i) : WORD_PARTS.has(c);
}

/** Whether the character at `i` is an upper-case letter (of the Basic Multilingual Plane); false past the end. */
export function isUpperAt(text: string, i: number): boolean {
  return i < text.length && UPPER_CASE.has(text.charCodeAt(i));
}

/** Whether the character at `i` is a lower-case letter (of the Basic Multilingual Plane); false past the end. */
export function isLowerAt(text: string, i: number): boolean {
  return i < text.length && LOWER_CASE.has(text.charCodeAt(i));
}

/** Whether a code unit is white space, as `\\s` in a regular expression. */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c > 127 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/**
 * The end of the word that starts at `start` (a letter or digit there): letters, digits,
 * apostrophes and hyphens, and full stops too when `dots` ("U.S.").
 */
export function wordEnd(text: string, start: number, dots = false): number {
  const n = text.length;
  let i = start + Math.max(1, wordCharAt(text, start));
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x27 || c === 0x2d || c === 0x2019 || (dots && c === 0x2e)) i++;
    else {
      const k = wordCharAt(text, i);
      if (k < 0) break;
      i += k;
    }
  }
  return i;
}
