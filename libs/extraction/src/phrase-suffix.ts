import { isLetterAt, isSpace } from './char-classes';

/** A phrase found at the end of a text. `index` is where a regular expression `(?:^|[^\p{L}])phrase` would start. */
export interface SuffixMatch {
  phrase: string;
  index: number;
}

/**
 * A set of phrases looked for at the end of a text, after a non-letter: "about" in
 * "… shipped about ", "nr." in "rezoluția nr. ". It stands for a regular expression
 * `(?:^|[^\p{L}])(a|b|…)\.?\s*$`, which the engine would try at every position of the
 * text; here each phrase is compared once, from the end.
 */
export class PhraseSuffix {
  /** The phrases by their last character: a text is compared only with those it could end with. */
  private readonly byLast = new Map<number, string[]>();

  /** `phrases` as they are written in the (folded) texts; `dot`: a full stop may follow them. */
  constructor(
    phrases: readonly string[],
    private readonly dot = false,
  ) {
    for (const p of phrases) {
      const last = p.charCodeAt(p.length - 1);
      this.byLast.set(last, [...(this.byLast.get(last) ?? []), p]);
    }
  }

  /** The phrase that starts leftmost among those that end the text, or null. */
  match(text: string): SuffixMatch | null {
    let end = text.length;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === 0) return null;
    let best = this.endingAt(text, end, null);
    if (this.dot && text.charCodeAt(end - 1) === 0x2e) best = this.endingAt(text, end - 1, best);
    return best;
  }

  private endingAt(text: string, end: number, best: SuffixMatch | null): SuffixMatch | null {
    const candidates = end > 0 ? this.byLast.get(text.charCodeAt(end - 1)) : undefined;
    if (!candidates) return best;
    for (const p of candidates) {
      const start = end - p.length;
      if (start < 0 || !text.startsWith(p, start) || (start > 0 && isLetterAt(text, start - 1))) continue;
      // The expression consumes the non-letter before the phrase: one code point.
      const pair = start > 1 && (text.charCodeAt(start - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800;
      const index = start > 0 ? start - (pair ? 2 : 1) : 0;
      if (!best || index < best.index) best = { phrase: p, index };
    }
    return best;
  }
}
