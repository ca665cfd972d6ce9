/**
 * Character classes by UTF-16 code unit, for scanners that run on every sentence of
 * every article: a table look-up instead of a Unicode regular expression per character.
 * ASCII is filled at load; other units are classified once, when first seen.
 */
// Letters and digits: 1 yes, 2 no, 0 not yet known.
const WORD_CHAR = new Uint8Array(65536);
for (let c = 0; c < 128; c++) WORD_CHAR[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 2;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point at `i` is a letter or digit, and how many code units it takes (negative when not). */
export function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    // Outside the BMP (rare): classified on the spot, never cached by code unit. The
    // second half of a pair is classified as its pair, so a look behind sees the letter.
    const low = c >= 0xdc00 && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800;
    const cp = text.codePointAt(low ? i - 1 : i)!;
    return LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? (cp > 0xffff && !low ? 2 : 1) : -1;
  }
  let k = WORD_CHAR[c]!;
  if (k === 0) k = WORD_CHAR[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : -1;
}

// Letters: 1 yes, 2 no, 0 not yet known.
const LETTER = new Uint8Array(65536);
for (let c = 0; c < 128; c++) LETTER[c] = /[A-Za-z]/.test(String.fromCharCode(c)) ? 1 : 2;
const A_LETTER = /^\p{L}$/u;

/** Whether the code unit at `i` is a letter (a surrogate counts as one: letters outside the BMP are letters). */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const at = c >= 0xdc00 && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
    return A_LETTER.test(String.fromCodePoint(text.codePointAt(at)!));
  }
  let k = LETTER[c]!;
  if (k === 0) k = LETTER[c] = A_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

// Upper-case letters: 1 yes, 2 no, 0 not yet known.
const UPPER = new Uint8Array(65536);
for (let c = 0; c < 128; c++) UPPER[c] = c >= 65 && c <= 90 ? 1 : 2;
const UPPER_CASE = /^\p{Lu}$/u;

/** Whether the character at `i` is an upper-case letter (of the Basic Multilingual Plane). */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  let k = UPPER[c]!;
  if (k === 0) k = UPPER[c] = UPPER_CASE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

// Lower-case letters: 1 yes, 2 no, 0 not yet known.
const LOWER = new Uint8Array(65536);
for (let c = 0; c < 128; c++) LOWER[c] = c >= 97 && c <= 122 ? 1 : 2;
const LOWER_CASE = /^\p{Ll}$/u;

/** Whether the character at `i` is a lower-case letter (of the Basic Multilingual Plane); false past the end. */
export function isLowerAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  let k = LOWER[c]!;
  if (k === 0) k = LOWER[c] = LOWER_CASE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
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
