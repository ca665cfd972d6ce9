import { isSpace, isWordPartAt } from '../char-classes';
import type { DocToken } from './doc';

// Quotation marks by code unit: " “ ” „ « » ‟ ″ (a set of one-character strings cost a
// string and a hash for every punctuation mark).
const isQuoteMark = (c: number) =>
  c === 0x22 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033;
// Inside a word: an apostrophe, a stop, a comma, a hyphen or a dash between two letters
// or digits ("didn't", "U.S", "7.000", "1,5", "Coreea-de-Nord").
// (By code unit: a one-character string made to look each up cost more than the test.)
const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2c || c === 0x2d || c === 0x2013;

// ASCII by table: 1 a digit or lower-case letter, 2 a capital, 0 no part of a word.
const ASCII_WORD = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? 1 : c >= 65 && c <= 90 ? 2 : 0;
// Letters, digits and marks outside ASCII by table (a regular expression per character,
// on a one-character string made for it, cost more than the rest of the tokenizer).
const isWordAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c < 0x80) return ASCII_WORD[c] !== 0;
  return isWordPartAt(text, i);
};
const isUpperLetter = (ch: string) => ch !== ch.toLowerCase();

/**
 * A token as the tokenizer makes it: made by a constructor, not an object literal. V8 may
 * decide to allocate all the objects of one literal in its old generation when a
 * collection finds most of them alive (a document's tokens live as long as its article
 * is read, and a collection during tokenizing finds all of them alive): dead tokens then
 * piled up in the old generation, kept the strings they hold alive through every young
 * collection, and the collector took a tenth of the engine's time. Objects made by a
 * constructor are not allocated by that decision.
 */
class Token implements DocToken {
  start: number;
  end: number;
  text: string;
  norm: string;
  quote: boolean;
  constructor(start: number, end: number, text: string, norm: string, quote: boolean) {
    this.start = start;
    this.end = end;
    this.text = text;
    this.norm = norm;
    this.quote = quote;
  }
}

function token(text: string, start: number, end: number, quote: boolean): DocToken {
  const t = text.slice(start, end);
  if (quote) return new Token(start, end, t, '"', quote);
  return new Token(start, end, t, normOf(t), quote);
}

/**
 * Per code unit: 1 when a word holding it may keep it as its norm (a character that is its
 * own lower case, and no typographic apostrophe), 2 when not, 0 not yet known. A character
 * that is its own lower case alone is so in any word (only capital sigma lower-cases by
 * its context); surrogates lower-case as pairs, so they are never kept.
 */
const OWN_NORM = new Uint8Array(65536);
for (let c = 0; c < 0x80; c++) OWN_NORM[c] = c >= 65 && c <= 90 ? 2 : 1;
for (let c = 0xd800; c <= 0xdfff; c++) OWN_NORM[c] = 2;
OWN_NORM[0x2019] = 2;
const ownNorm = (c: number) => {
  let k = OWN_NORM[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = OWN_NORM[c] = ch.toLowerCase() === ch ? 1 : 2;
  }
  return k === 1;
};

/**
 * A word in lower case, its typographic apostrophes made plain: one of lower-case letters,
 * digits and marks (most words, "într-o" and "vârstă" too) is its own, with no new string.
 */
function normOf(t: string): string {
  for (let i = 0; i < t.length; i++) if (!ownNorm(t.charCodeAt(i))) return lowered(t);
  return t;
}

/** A word in lower case, its typographic apostrophes made plain. */
function lowered(t: string): string {
  const lower = t.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * Splits text[from, to) into tokens with offsets in `text`, scanning characters once.
 * Words keep inner apostrophes, stops, digit separators and hyphens; a capital's stop
 * stays with it ("U.S."); a doubled apostrophe or backtick is one quotation mark
 * (newspapers write '' for a closing quote); any other character stands alone.
 */
export function tokenize(text: string, from = 0, to = text.length): DocToken[] {
  const out: DocToken[] = [];
  tokenizeInto(out, text, from, to);
  return out;
}

/**
 * tokenize, appending the tokens to `out` (a document's tokens are made sentence by
 * sentence into one array, with no array per sentence); returns how many of them are
 * quotation marks.
 */
export function tokenizeInto(out: DocToken[], text: string, from = 0, to = text.length): number {
  let quotes = 0;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    // ('' and ``, by code unit: the doubled mark is one quotation mark. Three marks close a
    // quotation inside a quotation, the single one first: "right,''' said" is ' then ''.)
    if (code === 0x27 && text.charCodeAt(i + 1) === code && text.charCodeAt(i + 2) === code && !(i + 3 < to && isWordAt(text, i + 3))) {
      out.push(token(text, i, i + 1, false));
      i++;
      continue;
    }
    if ((code === 0x27 || code === 0x60) && text.charCodeAt(i + 1) === code) {
      out.push(token(text, i, i + 2, true));
      quotes++;
      i += 2;
      continue;
    }
    if (!isWordAt(text, i)) {
      // A surrogate pair stays whole.
      const len = code >= 0xd800 && code <= 0xdbff && i + 1 < to ? 2 : 1;
      const quote = isQuoteMark(code);
      out.push(token(text, i, i + len, quote));
      if (quote) quotes++;
      i += len;
      continue;
    }
    // Whether every unit of the word so far is its own lower case (see normOf), read as
    // the word is scanned: a second pass over each word to make its norm cost a tenth of
    // the tokenizer.
    let own = code < 0x80 ? ASCII_WORD[code] === 1 : ownNorm(code);
    let j = i + 1;
    for (;;) {
      while (j < to) {
        const d = text.charCodeAt(j);
        if (d < 0x80) {
          const k = ASCII_WORD[d]!;
          if (k === 0) break;
          if (k === 2) own = false;
        } else {
          if (!isWordPartAt(text, j)) break;
          if (own && !ownNorm(d)) own = false;
        }
        j++;
      }
      if (j + 1 < to && isJoiner(text.charCodeAt(j)) && isWordAt(text, j + 1)) {
        if (own && !(ownNorm(text.charCodeAt(j)) && ownNorm(text.charCodeAt(j + 1)))) own = false;
        j += 2;
      } else break;
    }
    // "U.S." keeps its last stop: a capital before it.
    if (j < to && text.charCodeAt(j) === 0x2e && isUpperLetter(text[j - 1]!) && j - 1 > i && text.charCodeAt(j - 2) === 0x2e) j++;
    const t = text.slice(i, j);
    out.push(new Token(i, j, t, own ? t : lowered(t), false));
    i = j;
  }
  return quotes;
}
