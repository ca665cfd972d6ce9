/**
 * The one annotated document every stage reads, made once per article (as spaCy's Doc):
 * the analysed text, its tokens with offsets, and its sentences and attribution units.
 * Stages add what they find (cues, attributions) as spans over these tokens instead of
 * re-reading the raw text.
 */
export interface DocToken {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Lower case, quotes folded to `"`: what lexicons and models look up. */
  norm: string;
  /** A quotation mark of any kind (", '', “, ”, „, «, »). */
  quote: boolean;
}

/** Whether a character code is a quotation mark: " “ ” „ « » (of which „ and « only ever open a quotation). */
export const isQuoteMark = (c: number) => c === 0x22 || c === 0x201c || c === 0x201d || c === 0x201e || c === 0xab || c === 0xbb;

/** Whether a token opens with a capital (its written first letter is not its lower-case one). */
export const isCap = (t: DocToken) => t.text[0] !== t.norm[0];

/** A run of tokens: [first, last) token indexes. */
export interface TokenRange {
  first: number;
  last: number;
}

/** A sentence, or sentences joined while a quotation is open: what one attribution can span. */
export interface DocUnit extends TokenRange {
  start: number;
  end: number;
  paragraph: number;
}

export interface Doc {
  text: string;
  language: string;
  tokens: DocToken[];
  units: DocUnit[];
}

/** The text of tokens [first, last) as written, from the first's start to the last's end. */
export function rangeText(doc: Doc, r: TokenRange): string {
  if (r.last <= r.first) return '';
  return doc.text.slice(doc.tokens[r.first]!.start, doc.tokens[r.last - 1]!.end);
}
