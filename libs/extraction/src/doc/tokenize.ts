import type { DocToken } from './doc';

// Words keep inner apostrophes, hyphens, stops and digit separators ("didn't", "U.S.",
// "7.000", "1,5", "Coreea-de"); a doubled apostrophe is one quotation mark (newspapers
// write '' for a closing quote); any other character stands alone.
const TOKEN = /''|``|[\p{L}\p{N}\p{M}]+(?:['’.,\-–][\p{L}\p{N}\p{M}]+)*\.?(?<=\p{Lu}\.|[\p{L}\p{N}\p{M}])|[^\s]/gu;
const QUOTES = new Set(['"', "''", '``', '“', '”', '„', '«', '»', '‟', '″']);

/** Splits text[from, to) into tokens with offsets in `text`. */
export function tokenize(text: string, from = 0, to = text.length): DocToken[] {
  const out: DocToken[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    const quote = QUOTES.has(t);
    out.push({
      start: from + m.index,
      end: from + m.index + t.length,
      text: t,
      norm: quote ? '"' : t.toLowerCase().replace(/’/g, "'"),
      quote,
    });
  }
  return out;
}
