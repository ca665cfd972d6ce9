import { isSpace } from './char-classes';
/** A sentence of the (normalised) body, with its offsets. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
}

// Abbreviations after which a full stop does not end a sentence (compared in lower
// case, without the stop): titles, Romanian and English units, months, Latin.
const ABBREVIATIONS = new Set([
  'dl',
  'dna',
  'dra',
  'dlui',
  'prof',
  'dr',
  'aprox',
  'art',
  'alin',
  'nr',
  'gen',
  'mil',
  'mld',
  'lt',
  'col',
  'cpt',
  'sg',
  'pct',
  'str',
  'bd',
  'jud',
  'sec',
  'mr',
  'mrs',
  'ms',
  'st',
  'sen',
  'rep',
  'gov',
  'jr',
  'sr',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'etc',
  'approx',
  'est',
  'dept',
  'fig',
  'vol',
  'ian',
  'feb',
  'mar',
  'apr',
  'iun',
  'iul',
  'aug',
  'sep',
  'sept',
  'oct',
  'noi',
  'nov',
  'dec',
  'jan',
  'jun',
  'jul',
  'u.s',
  'u.n',
  'u.k',
  'e.g',
  'i.e',
  'a.m',
  'p.m',
  'ș.a',
  'ș.a.m.d',
  'n.r',
  'cca',
  'a.c',
  'd.c',
  'h',
]);

// A candidate boundary: terminal punctuation, closing quotes or brackets, then space and
// what may start a sentence (a capital, a digit, an opening quote or a dash).
const BOUNDARY = /[.!?…]+["')\]]*(?=\s+["'(\[\-\p{Lu}\p{N}])/gu;

function isAbbreviation(text: string, stop: number): boolean {
  if (text[stop] !== '.') return false;
  const m = /(?:^|[\s("'])([\p{L}.]{1,10})$/u.exec(text.slice(Math.max(0, stop - 12), stop));
  if (!m) return false;
  const word = m[1]!;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A run of initials ("U.S."), or a lone capital initial ("J. Smith", "John F. Kennedy"),
  // which starts the text or follows a name or another initial: "wrote on X. She said"
  // ends a sentence.
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  if (!/^\p{Lu}$/u.test(word)) return false;
  const prior = /(\S+)\s+$/u.exec(text.slice(Math.max(0, stop - 40), stop - 1))?.[1];
  return prior === undefined || !/^\p{Ll}/u.test(prior);
}

/**
 * Splits a text into sentences: paragraphs at line breaks, then at terminal
 * punctuation followed by a sentence start, except after abbreviations and initials.
 * Linear in the length of the text.
 */
export function splitSentences(text: string, _lang: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (let base = 0; base < text.length;) {
    let lineEnd = text.indexOf('\n', base);
    if (lineEnd < 0) lineEnd = text.length;
    if (lineEnd === base) {
      base++;
      continue;
    }
    const p = text.slice(base, lineEnd);
    let start = 0;
    for (const m of p.matchAll(BOUNDARY)) {
      if (isAbbreviation(p, m.index + m[0].search(/[.!?…]/) + (m[0].match(/^[.!?…]+/)?.[0].length ?? 1) - 1)) continue;
      const end = m.index + m[0].length;
      pushTrimmed(out, text, base + start, base + end, paragraph);
      start = end;
    }
    pushTrimmed(out, text, base + start, base + p.length, paragraph);
    paragraph++;
    base = lineEnd + 1;
  }
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
