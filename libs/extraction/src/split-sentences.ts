import { allMatches } from './all-matches';
import { isLetterAt, isSpace, isUpperAt } from './char-classes';
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
  'ing',
  'av',
  'conf',
  'acad',
  'lect',
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

const CONSONANTS_ONLY = /^[BCDFGHJKLMNPQRSTVWXZȘŞȚŢ][bcdfghjklmnpqrstvwxzșşțţ]{1,3}$/u;

// The abbreviations among them that a name follows: titles, ranks and streets.
const BEFORE_NAMES = new Set('dl dna dra dlui prof dr ing av conf acad lect gen col cpt lt sg str bd mr mrs ms st sen rep gov'.split(' '));

// A candidate boundary: terminal punctuation, closing quotes or brackets, then space and
// what may start a sentence (a capital, a digit, an opening quote or a dash).
const TERMINAL_MARKS = new Set([...'.!?…'].map((c) => c.charCodeAt(0)));
// Text scraped from pages often loses the space after a stop ("un mare trișor.Drogba a
// declarat"): a stop between a lower-case word and a capitalised one is a boundary too
// (never inside initials, abbreviations or domain names, which have no such shape).
// Both branches open with a stop, and the second looks back at the two lower-case letters
// only after its stop: a look-behind first would be tried at every character of the text
// (ten times slower, and the costliest step of making a document).
// ('la „masa verde”.Mai mult': a closing quotation mark or bracket after a lower-case word
// may stand before the stop, too; so may a number: 'iulie 1866.Scopul acestui guvern'.
// A decimal has a digit after its stop, a numbered item one digit before it.)
const BOUNDARY =
  /[.!?…]+["')\]]*(?=\s+["'(\[\-\p{Lu}\p{N}])|[.!?](?<=(?:\p{Ll}(?:\p{Ll}|[”"»')\]])|\p{N}\p{N})[.!?])[.!?]*["”')\]]*(?=\p{Lu}(?:\p{Ll}|\s))/gu;

// The word before a full stop, as a regular expression: the reference for text with
// surrogates, which the scanner below leaves to it.
const WORD_BEFORE_STOP = /(?:^|[\s("'])([\p{L}.]{1,10})$/u;
const INITIALS = /^(\p{L}\.)+\p{L}$/u;

/**
 * The word of letters and full stops (at most 10) that ends at `stop`, after a space, a
 * bracket, a quote or the start of the text; null when there is none. Scanned, not
 * matched: it runs at every full stop of every article.
 */
function wordBeforeStop(text: string, stop: number): { word: string; bmp: boolean } | null {
  const from = Math.max(0, stop - 12);
  let start = stop;
  while (start > from) {
    const c = text.charCodeAt(start - 1);
    if (c >= 0xd800 && c <= 0xdfff) {
      const word = WORD_BEFORE_STOP.exec(text.slice(from, stop))?.[1];
      return word === undefined ? null : { word, bmp: false };
    }
    if (c !== 0x2e && !isLetterAt(text, start - 1)) break;
    start--;
  }
  if (start === stop || stop - start > 10) return null;
  if (start > from) {
    const d = text.charCodeAt(start - 1);
    if (!isSpace(d) && d !== 0x28 && d !== 0x22 && d !== 0x27) return null;
  }
  return { word: text.slice(start, stop), bmp: true };
}

/** Whether a word is a run of initials: "U.S", "a.m" (letters with stops between). */
function isInitials(word: string, bmp: boolean): boolean {
  if (!bmp) return INITIALS.test(word);
  if (word.length < 3 || word.length % 2 === 0) return false;
  for (let i = 0; i < word.length; i++) if (i % 2 === 0 ? !isLetterAt(word, i) : word.charCodeAt(i) !== 0x2e) return false;
  return true;
}

function isAbbreviation(text: string, stop: number): boolean {
  if (text.charCodeAt(stop) !== 0x2e) return false;
  const found = wordBeforeStop(text, stop);
  // ("then-Sen. Barack Obama", "ex-Gov. Romney": a capitalised title after a hyphen, before a
  // name; not "regiunea Sud-Est. Ministrul …".)
  if (!found) {
    const title = TITLE_AFTER_HYPHEN.exec(text.slice(Math.max(0, stop - 8), stop))?.[1];
    return title !== undefined && BEFORE_NAMES.has(title.toLowerCase()) && /^\s+\p{Lu}/u.test(text.slice(stop + 1, stop + 4));
  }
  const { word, bmp } = found;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A word of consonants alone, capital first, is the shortened form of a word: a title or a
  // first name ("Mr.", "Gh. Popescu", "Șt. O. Iosif"); after a number it is a unit ("10
  // Gbps."), which may end a sentence.
  if (CONSONANTS_ONLY.test(word) && !/\d\s*$/.test(text.slice(Math.max(0, stop - word.length - 3), stop - word.length))) return true;
  // Titles written together: "prof.dr. Simona Ruță".
  if (word.includes('.') && word.split('.').every((part) => ABBREVIATIONS.has(part.toLowerCase()))) return true;
  // A run of initials ("U.S."), or a lone capital initial ("J. Smith", "John F. Kennedy"),
  // which starts the text or follows a name or another initial: "wrote on X. She said"
  // ends a sentence.
  if (isInitials(word, bmp)) return true;
  if (bmp ? !(word.length === 1 && isUpperAt(word, 0)) : !/^\p{Lu}$/u.test(word)) return false;
  const prior = /(\S+)\s+$/u.exec(text.slice(Math.max(0, stop - 40), stop - 1))?.[1];
  // ("dl P. Olariu", "Dr. J. Smith", "str. I. C. Brătianu": after the abbreviation of a title
  // or of a street, which a name follows, a capital is an initial; so it is before the rest
  // of a name set off by a comma: "said C. Stewart Verdery Jr., a senior official", and before
  // a second initial: "said J. J. Price". "Plan B. Prime Minister Theresa May said" ends a
  // sentence.)
  return (
    prior === undefined ||
    !/^\p{Ll}/u.test(prior) ||
    BEFORE_NAMES.has(prior.replace(/\.$/, '').toLowerCase()) ||
    NAME_AFTER_INITIAL.test(text.slice(stop + 1, stop + 60))
  );
}

const TITLE_AFTER_HYPHEN = /\p{L}-(\p{Lu}\p{Ll}{1,4})$/u;

// The rest of a name after an initial: two capitalised words, perhaps a suffix, then a comma;
// or a second initial and a capitalised word ("said J. J. Price", "to E. J. Fleming").
const NAME_AFTER_INITIAL = /^\s+(?:\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:\s+(?:Jr|Sr)\.?|\s+[IV]+)?,|\p{Lu}\.\s+\p{Lu}\p{Ll})/u;

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
    for (const m of allMatches(BOUNDARY, p)) {
      // The match opens with its run of terminal marks; the last of them is the stop.
      let stop = m.index;
      while (TERMINAL_MARKS.has(p.charCodeAt(stop + 1))) stop++;
      if (isAbbreviation(p, stop)) continue;
      let end = m.index + m[0].length;
      // 'de euro."Lucrările vor …": with no space after the stop, a quotation mark before the
      // capital opens the next sentence's quotation unless one is open.
      // (Counted from the paragraph's start: a quotation may run over several sentences.)
      if (p.charCodeAt(end - 1) === 0x22 && !isSpace(p.charCodeAt(end)) && evenQuotes(p, 0, stop)) end--;
      pushTrimmed(out, text, base + start, base + end, paragraph);
      start = end;
    }
    pushTrimmed(out, text, base + start, base + p.length, paragraph);
    paragraph++;
    base = lineEnd + 1;
  }
  return out;
}

/** Whether text[from, to) holds an even number of straight quotation marks: none is open at `to`. */
function evenQuotes(text: string, from: number, to: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x22) n++;
  return n % 2 === 0;
}

/**
 * The most characters a sentence holds. News sentences run to a few hundred; a longer
 * run without a full stop (a feed's table, a broken paragraph) is cut, at a space, into
 * pieces of this size, so that the work on any text stays linear in its length.
 */
const MAX_SENTENCE = 2_000;

function pushTrimmed(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    while (cut > start + MAX_SENTENCE / 2 && !isSpace(text.charCodeAt(cut))) cut--;
    pushTrimmed(out, text, start, cut, paragraph);
    start = cut;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end, text: text.slice(start, end), paragraph });
}
