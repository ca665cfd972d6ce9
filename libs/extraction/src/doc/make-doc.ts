import { splitSentences } from '../split-sentences';
import type { Doc, DocToken, DocUnit } from './doc';
import { tokenize } from './tokenize';

// A quotation is followed across at most this many sentences of one paragraph: past it,
// an unclosed mark is a typo, not a quotation.
const MAX_QUOTED_SENTENCES = 6;

/**
 * Makes the document of an analysed text: sentences (normalised text, abbreviations
 * known per language), joined while a quotation is open, and tokens. Pure and linear.
 */
export function makeDoc(text: string, language: string): Doc {
  const tokens: DocToken[] = [];
  const units: DocUnit[] = [];
  const sentences = splitSentences(text, language);
  for (let i = 0; i < sentences.length; i++) {
    const first = tokens.length;
    const s = sentences[i]!;
    let end = s.end;
    let quotes = pushTokens(tokens, text, s.start, s.end);
    let j = i;
    while (quotes % 2 === 1 && j + 1 < sentences.length && j - i < MAX_QUOTED_SENTENCES && sentences[j + 1]!.paragraph === s.paragraph) {
      j++;
      end = sentences[j]!.end;
      quotes += pushTokens(tokens, text, sentences[j]!.start, end);
    }
    if (tokens.length > first) units.push({ start: s.start, end, first, last: tokens.length, paragraph: s.paragraph });
    i = j;
  }
  return { text, language, tokens, units };
}

function pushTokens(into: DocToken[], text: string, from: number, to: number): number {
  let quotes = 0;
  for (const t of tokenize(text, from, to)) {
    into.push(t);
    if (t.quote) quotes++;
  }
  return quotes;
}
