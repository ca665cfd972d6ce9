/** A sentence of the (normalised) body, with its offsets. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph it belongs to. */
  paragraph: number;
}

// Abbreviations after which a full stop does not end a sentence (compared folded,
// without the stop). Titles, Romanian and English units and months, initials.
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
  'mr',
  'mrs',
  'ms',
  'st',
  'sen',
  'rep',
  'gov',
  'lt',
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
]);

// Intl.Segmenter grows faster than linearly with its input: never give it a long text.
const SEGMENTER_MAX = 3000;
const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang === 'und' ? 'en' : lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

function endsWithAbbreviation(text: string): boolean {
  const m = /(?:^|[\s("'])([\p{L}.]{1,10})\.\s*$/u.exec(text);
  if (!m) return false;
  const word = m[1]!.toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A lone capital initial ("J. Smith"), or a run of initials ("U.S.").
  return /^\p{Lu}$/u.test(m[1]!) || /^(\p{L}\.)+\p{L}$/u.test(m[1]!);
}

/** Cuts a long paragraph at sentence-like boundaries so each piece is short enough to segment. */
function chunks(text: string): [number, number][] {
  if (text.length <= SEGMENTER_MAX) return [[0, text.length]];
  const out: [number, number][] = [];
  let start = 0;
  while (text.length - start > SEGMENTER_MAX) {
    const window = text.slice(start, start + SEGMENTER_MAX);
    let cut = -1;
    for (const m of window.matchAll(/[.!?]["')\]]?\s+/g)) cut = m.index + m[0].length;
    if (cut <= 0) {
      const space = window.lastIndexOf(' ');
      cut = space > 0 ? space + 1 : SEGMENTER_MAX;
    }
    out.push([start, start + cut]);
    start += cut;
  }
  out.push([start, text.length]);
  return out;
}

/**
 * Splits a text into sentences: paragraphs at line breaks, then Intl.Segmenter within
 * each, re-joining the splits it makes after abbreviations and initials.
 */
export function splitSentences(text: string, lang: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const para of text.matchAll(/[^\n]+/g)) {
    const base = para.index;
    const pieces: [number, number][] = [];
    for (const [cs, ce] of chunks(para[0])) {
      const chunk = para[0].slice(cs, ce);
      for (const seg of segmenter(lang).segment(chunk)) pieces.push([cs + seg.index, cs + seg.index + seg.segment.length]);
    }
    let cur: [number, number] | null = null;
    for (const piece of pieces) {
      if (cur && endsWithAbbreviation(para[0].slice(cur[0], cur[1]))) cur[1] = piece[1];
      else {
        if (cur) pushTrimmed(out, text, base + cur[0], base + cur[1], paragraph);
        cur = [...piece];
      }
    }
    if (cur) pushTrimmed(out, text, base + cur[0], base + cur[1], paragraph);
    paragraph++;
  }
  return out;
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
