import { allMatches } from './all-matches';
import type { Quantity } from '@claim-ledger/contracts';
import { isLetterAt, isSpace, wordCharAt } from './char-classes';
import { fold } from './normalize-text';
import { PhraseSuffix } from './phrase-suffix';
import { isCurrencyWord, isUnitWord, unitFor } from './units';

import { NUMBER_WORDS } from './number-words';
import type { LanguagePack } from './lang/language-pack';
import { languagePack } from './lang/language-packs';
import type { Token } from './phrase-index';
import { ScreenedMap } from './word-screen';
// Articles that stand for "one" before a scale word: "un milion", "o mie", "a million".
const ONE_WORDS = new Set(['un', 'o', 'a', 'an']);

const SCALES: Record<string, number> = {
  mie: 1e3,
  mii: 1e3,
  thousand: 1e3,
  k: 1e3,
  milion: 1e6,
  milioane: 1e6,
  million: 1e6,
  mln: 1e6,
  mil: 1e6,
  m: 1e6,
  miliard: 1e9,
  miliarde: 1e9,
  billion: 1e9,
  mld: 1e9,
  bn: 1e9,
  bln: 1e9,
  trilion: 1e12,
  trilioane: 1e12,
  trillion: 1e12,
};

/** Words before a figure that make it approximate or a bound (folded, at the end of the preceding text). */
const HEDGE_BEFORE = new PhraseSuffix([
  ...['aproximativ', 'circa', 'cca.', 'cca', 'vreo', 'peste', 'cel putin', 'aproape', 'in jur de', 'mai mult de', 'mai bine de', 'pana la'],
  ...[
    'nu mai putin de',
    'estimat la',
    'estimata la',
    'estimate la',
    'estimati la',
    'evaluat la',
    'evaluata la',
    'about',
    'roughly',
    'around',
    'approximately',
    'nearly',
    'almost',
    'some',
    'more than',
  ],
  ...['over', 'at least', 'up to', 'an estimated', 'estimated', 'upwards of', 'close to', 'as many as', 'no fewer than'],
  ...['no less than', '~'],
  // Bounds: "maximum 4 ani", "at most", "depășește 11,4 miliarde" (exceeds).
  ...['maximum', 'maxim', 'cel mult', 'at most', 'minimum', 'minim', 'depaseste', 'depasesc', 'exceeds', 'exceeding'],
]);
const HEDGE_AFTER = /^\s*(?:sau mai mult|or more|plus|\+)(?![\p{L}])/iu;

const CURRENCY_PREFIX: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY' };

// Quantities never counted: a year, a day of the month, a clock time, a number glued to letters (G7, Su-27).
const MONTH_WORDS =
  'ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie|january|february|march|april|may|june|july|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const DATE_AFTER = new RegExp(`^\\s*(?:${MONTH_WORDS})(?![\\p{L}])`, 'iu');
const DATE_BEFORE = new RegExp(`(?:${MONTH_WORDS})\\.?\\s*$`, 'iu');
// Numbers of things (nr. 5, article 3) and years after a preposition.
const NUMBER_OF = ['nr', 'no', 'art', 'resolution', 'rezolutia', 'rezolutiei'];
const NUMBER_OF_BEFORE = new PhraseSuffix(NUMBER_OF, true);
const NOT_A_FIGURE_BEFORE = new PhraseSuffix(
  [
    ...NUMBER_OF,
    ...['alin', 'resolutions', 'article', 'section', 'punctul', 'capitolul', 'anul', 'in anul', 'since', 'din', 'in', 'pe', 'on'],
    ...['the', 'by', 'before', 'after', 'until', 'pana in', 'inainte de', 'dupa'],
  ],
  true,
);

interface NumberToken {
  start: number;
  end: number;
  value: number;
  /** True when a scale word was part of it ("3 million"). */
  scaled: boolean;
  /** The scale's factor, 1 without one. */
  scale: number;
  currency: string | undefined;
  percent: boolean;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const CURRENCY_SIGNS = new Set([...'$€£¥'].map((c) => c.charCodeAt(0)));
const isCurrencySign = (c: number) => CURRENCY_SIGNS.has(c);
function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return s.length > 0;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WORD_ALTERNATION = [
  ...Object.keys(NUMBER_WORDS),
  'două',
  'șase',
  'șapte',
  'nouă',
  'douăzeci',
  'nouăzeci',
  'sută',
  'șaizeci',
  'șaptezeci',
  'douăsprezece',
]
  .map(escape)
  .join('|');
/** Whether a word (lower case) only writes a number: "five", "cinci", "billion", "miliarde". */
export function isFigureWord(word: string): boolean {
  return word in SCALES || word in NUMBER_WORDS;
}

const SCALE_ALTERNATION = Object.keys(SCALES)
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
// Digits grouped by commas or full stops, or by spaces, never both: in "500,000 122mm
// rockets" the figure ends before the calibre.
const NUMBER_SOURCE = String.raw`(?<![\p{L}\p{N}.,:/])(US\$|\$|€|£|¥)?\s?(?:(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d{1,3}(?: \d{3})+|\d+(?:[.,]\d+)?)|(${WORD_ALTERNATION}|(?:un|o|a|an)(?=\s+(?:${SCALE_ALTERNATION})(?![\p{L}]))))(?:(?:\s+(?:de\s+)?|\s?)(${SCALE_ALTERNATION})(?![\p{L}]))?(\s?%|\s+la\s+sută|\s+la\s+suta|\s+procente|\s+percent|\s+per\s+cent|\s+puncte procentuale|\s+percentage points)?`;
const NUMBER_RE = new RegExp(NUMBER_SOURCE, 'giu');
// The same, anchored where a token starts (scanning only from digits and number words).
const STICKY_NUMBER_RE = new RegExp(NUMBER_SOURCE, 'yiu');

/**
 * The value of a figure written in digits: "7 000" (a space groups thousands in both
 * languages); Romanian writes 7.000 and 3,5, English 7,000 and 3.5; a figure with
 * several groups in the other convention ("1,000,000" in Romanian text) is unambiguous
 * too. Null for any other shape. Read by its runs of digits and the single characters
 * between them (scanners.spec.ts checks it against the expressions it replaced).
 */
export function parseDigits(raw: string, lang: string): number | null {
  if (allDigits(raw)) return Number(raw);
  const mark = singleMark(raw);
  if (mark > 0) return withOneMark(raw, mark, lang);
  const runs: string[] = [];
  const seps: number[] = [];
  let start = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && isDigit(raw.charCodeAt(i))) continue;
    // Two marks in a row, or one at either end: no figure.
    if (i === start) return null;
    runs.push(raw.slice(start, i));
    if (i < raw.length) {
      const c = raw.charCodeAt(i);
      seps.push(c === 0xa0 || c === 0x202f ? 0x20 : c);
    }
    start = i + 1;
  }
  const thousandsAfter = (sep: number, count: number) => {
    if (runs[0]!.length > 3) return false;
    for (let k = 0; k < count; k++) if (seps[k] !== sep || runs[k + 1]!.length !== 3) return false;
    return true;
  };
  if (thousandsAfter(0x20, seps.length)) return Number(runs.join(''));
  const [thousands, point] = lang === 'ro' ? [0x2e, 0x2c] : [0x2c, 0x2e];
  const fraction = seps[seps.length - 1] === point;
  const groups = fraction ? seps.length - 1 : seps.length;
  if (groups >= 1 && thousandsAfter(thousands, groups))
    return Number(runs.slice(0, groups + 1).join('') + (fraction ? `.${runs[runs.length - 1]}` : ''));
  if (seps.length >= 2 && thousandsAfter(point, seps.length)) return Number(runs.join(''));
  if (seps.length === 1 && fraction) return Number(`${runs[0]}.${runs[1]}`);
  // One mark of the other convention before fewer or more than three digits groups no
  // thousands: it is a decimal point written the other way ("9.1 milioane", "10.3 km").
  if (seps.length === 1 && (seps[0] === 0x2e || seps[0] === 0x2c) && runs[1]!.length !== 3) return Number(`${runs[0]}.${runs[1]}`);
  return null;
}

/**
 * Where the one mark of a figure stands ("3.2", "7,000", "7 500"), between digits; -1 when
 * it has none, two or more, or one at either end. Most figures have one: read without the
 * arrays of runs and marks the general reading makes.
 */
function singleMark(raw: string): number {
  let at = -1;
  for (let i = 0; i < raw.length; i++) {
    if (isDigit(raw.charCodeAt(i))) continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at > 0 && at < raw.length - 1 ? at : -1;
}

/** parseDigits of a figure with one mark at `at`, between digits (as the general reading reads it). */
function withOneMark(raw: string, at: number, lang: string): number | null {
  const c = raw.charCodeAt(at);
  const sep = c === 0xa0 || c === 0x202f ? 0x20 : c;
  const head = raw.slice(0, at);
  const tail = raw.slice(at + 1);
  // Thousands: three digits after a mark that groups them, at most three before it.
  const thousands = head.length <= 3 && tail.length === 3;
  if (thousands && sep === 0x20) return Number(head + tail);
  const point = lang === 'ro' ? 0x2c : 0x2e;
  if (sep === point) return Number(`${head}.${tail}`);
  if (thousands && sep === (lang === 'ro' ? 0x2e : 0x2c)) return Number(head + tail);
  // A mark of the other convention before fewer or more than three digits is a decimal point.
  if ((sep === 0x2e || sep === 0x2c) && tail.length !== 3) return Number(`${head}.${tail}`);
  return null;
}

/** Whether the figure expression matches at `at` (for scanners.spec.ts). */
export function figureMatchesAt(text: string, at: number): boolean {
  STICKY_NUMBER_RE.lastIndex = at;
  return STICKY_NUMBER_RE.test(text);
}

/** Where a figure may start: at each digit or number word (one before a currency sign). */
function figureMatches(text: string, words: readonly Token[] | undefined): RegExpExecArray[] {
  if (!words) return allMatches(NUMBER_RE, text);
  const out: RegExpExecArray[] = [];
  let after = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.start < after || !(isDigit(w.key.charCodeAt(0)) || mayStartFigure(w.key, words[k + 1]))) continue;
    // A currency sign right before the figure, perhaps with a space, starts it.
    const at = isCurrencySign(text.charCodeAt(w.start - 1))
      ? w.start - 1
      : w.start >= 2 && isSpace(text.charCodeAt(w.start - 1)) && isCurrencySign(text.charCodeAt(w.start - 2))
        ? w.start - 2
        : w.start;
    STICKY_NUMBER_RE.lastIndex = at;
    const m = STICKY_NUMBER_RE.exec(text);
    if (!m) continue;
    after = m.index + m[0].length;
    out.push(m);
    // "10-12,000" is one word to the tokenizer: the figure after its dash starts inside it.
    const c = text.charCodeAt(after);
    if (after + 1 < w.end && (c === 0x2d || c === 0x2013) && isDigit(text.charCodeAt(after + 1))) {
      STICKY_NUMBER_RE.lastIndex = after + 1;
      const n = STICKY_NUMBER_RE.exec(text);
      if (n) {
        after = n.index + n[0].length;
        out.push(n);
      }
    }
  }
  return out;
}

/**
 * Whether a figure word may start a figure: a number word ("two", "trei"), or an article
 * before a scale word ("a million", "o mie"). Scale words, zero words and the like never
 * start one (the expression would only be entered to fail).
 */
export function mayStartFigure(key: string, next: Token | undefined): boolean {
  if (!((KINDS.get(key) ?? 0) & FIGURE)) return false;
  if (!ONE_WORDS.has(key)) return STARTS_FIGURE_ALONE.has(key);
  // The last word of a text may be followed by part of a word it does not hold: tried.
  if (!next) return true;
  for (const scale of SCALE_WORDS)
    if (next.key.startsWith(scale) && (next.key.length === scale.length || !isLetterAt(next.key, scale.length))) return true;
  return false;
}

// Groups of NUMBER_RE: currency sign, digits, number word, scale word, percent.
const CUR = 1;
const DIGITS = 2;
const WORD = 3;
const SCALE = 4;
const PCT = 5;

function numberTokens(text: string, lang: string, words?: readonly Token[]): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of figureMatches(text, words)) {
    let value: number | null;
    if (m[DIGITS]) value = parseDigits(m[DIGITS], lang);
    else {
      const w = fold(m[WORD]!);
      value = ONE_WORDS.has(w) ? (m[SCALE] ? 1 : null) : (NUMBER_WORDS[w] ?? null);
      // A small number word counts only what follows it ("three officers were injured",
      // "trei polițiști"): alone ("one of them", "trei dintre ei") it is no figure, nor after
      // a definite article, which points back to things already named ("the two sides",
      // "cele două părți").
      if (
        value !== null &&
        !m[SCALE] &&
        !m[PCT] &&
        value < 10 &&
        !(
          value >= 2 &&
          !afterDefiniteArticle(text, m.index, lang) &&
          // "a doua rectificare" (the second) is written "doua", the number "două".
          !(m[WORD]!.toLowerCase() === 'doua' && afterOrdinalMarker(text, m.index, lang)) &&
          // "noua întreprindere" (the new) in a text that writes its diacritics: the number is "nouă".
          !(m[WORD]!.toLowerCase() === 'noua' && WRITES_DIACRITICS.test(text)) &&
          (countsNoun(text.slice(m.index + m[0].length), lang) || alternativeCount(text.slice(m.index + m[0].length), lang))
        ) &&
        !CHANGED_TO.test(text.slice(Math.max(0, m.index - 24), m.index))
      )
        value = null;
    }
    if (value === null) continue;
    const scaleWord = m[SCALE]?.toLowerCase();
    // "m" and "k" count as scales only right after digits ("$3m", "5k").
    if (scaleWord && (scaleWord === 'm' || scaleWord === 'k') && (!m[DIGITS] || /\s/.test(m[0].slice(-2, -1)))) continue;
    const end = m.index + m[0].length;
    // Glued to a word, it is a code: "G7", "737-MAX", "COVID-19". But "152mm" is a
    // figure with its unit, and "10,000-12,000" a range.
    // (Character tests, not expressions: they run on every figure.)
    if (end < text.length && wordCharAt(text, end) > 0 && !m[PCT] && !/^(mm|km|cm|kg)/i.test(text.slice(end, end + 4))) continue;
    if (
      text.charCodeAt(end) === 0x2d &&
      !isDigit(text.charCodeAt(end + 1)) &&
      !(isSpace(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end + 2)))
    )
      continue;
    if (m.index > 0 && isLetterAt(text, m.index - 1) && !m[CUR]) continue;
    if (
      text.charCodeAt(m.index - 1) === 0x2d &&
      (m.index < 2 || !(isDigit(text.charCodeAt(m.index - 2)) || isSpace(text.charCodeAt(m.index - 2)))) &&
      !m[CUR]
    )
      continue;
    const scale = scaleWord ? SCALES[scaleWord]! : 1;
    out.push({
      start: m.index,
      end,
      value: value * scale,
      scaled: scaleWord !== undefined && scaleWord !== '',
      scale,
      currency: m[CUR] ? CURRENCY_PREFIX[m[CUR]] : undefined,
      percent: m[PCT] !== undefined && m[PCT] !== '',
    });
  }
  return out;
}

/**
 * Whether the words after a small number word are a noun it counts ("three officers",
 * "cinci noi agenții", "de nouă ori"), perhaps after a word of degree or one adjective:
 * a number from two up takes a plural noun, which the language pack knows by its endings
 * (no list of counted things). A function word after it ("two of", "trei dintre ei", "two
 * were") is no noun; a part of a plural counts too ("eight of our own people", "trei dintre victime").
 */
function countsNoun(after: string, lang: string): boolean {
  const pack = languagePack(lang);
  if (!pack) return false;
  const next = /^\s+(\p{L}[\p{L}-]*)(?:\s+(\p{L}[\p{L}-]*))?/u.exec(after);
  if (next !== null && (pluralNoun(next[1]!, pack) || (DEGREE.has(fold(next[1]!)) && next[2] !== undefined && pluralNoun(next[2], pack))))
    return true;
  const part = PART_OF.exec(after);
  return part !== null && pluralNoun(part[1]!, pack);
}
// Between two numbers that are alternatives of one count: "trei sau chiar cinci ani", "two or three weeks".
// ("ori" after "de" multiplies: "de 3 ori" is three times.)
const ALTERNATIVE_WORDS = String.raw`^\s+(?:sau|ori|or)\s+(?:(?:chiar|poate|even|maybe|perhaps)\s+)?`;
const ALTERNATIVE = new RegExp(String.raw`${ALTERNATIVE_WORDS}(\d[\d.,]*|\p{L}+)(?![\p{L}\d])`, 'iu');
const ALTERNATIVE_JOIN = new RegExp(`${ALTERNATIVE_WORDS}$`, 'iu');
const TIMES_BEFORE = /(?<![\p{L}])de\s+$/iu;

/** Whether a number is the first of two alternatives whose second counts a noun ("trei sau cinci ani"). */
function alternativeCount(after: string, lang: string): boolean {
  const m = ALTERNATIVE.exec(after);
  return m !== null && (/^\d/.test(m[1]!) || isFigureWord(m[1]!)) && countsNoun(after.slice(m[0].length), lang);
}

// Letters of Romanian that only a text written with its diacritics holds.
const WRITES_DIACRITICS = /[ăâîșțşţ]/u;

/** Whether the word before `at` is a definite article of the language ("the", "cele"). */
function afterDefiniteArticle(text: string, at: number, lang: string): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
  return before !== null && (languagePack(lang)?.definiteArticles?.has(before[1]!.toLowerCase()) ?? false);
}

/** Whether the word before `at` may make the number word after it an ordinal ("a doua rectificare": the second). */
function afterOrdinalMarker(text: string, at: number, lang: string): boolean {
  const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 12), at));
  return before !== null && (languagePack(lang)?.ordinalMarkers?.has(before[1]!.toLowerCase()) ?? false);
}

// Words of degree between a number and its noun: "seven more batteries", "cinci noi agenții".
const DEGREE = new Set(['more', 'new', 'other', 'additional', 'extra', 'further', 'noi', 'alte', 'alți', 'alti'].map(fold));

/** A lower-case word that is no function word and ends as the language's plurals do. */
function pluralNoun(word: string, pack: LanguagePack): boolean {
  const w = word.toLowerCase();
  if (w.length < 3 || w !== word || functionWord(w, pack)) return false;
  if (pack.irregularPlurals?.has(w)) return true;
  return (pack.pluralEndings ?? []).some((e) => w.endsWith(e)) && !(pack.singularEndings ?? []).some((e) => w.endsWith(e));
}

function functionWord(w: string, pack: LanguagePack): boolean {
  return functionWords(pack).has(w);
}

const FUNCTION_WORDS = new WeakMap<LanguagePack, ReadonlySet<string>>();
/**
 * The pack's function words in one set: one look-up where there were up to fifteen, for
 * every figure's unit and every word after a number word. (Packs are never changed.)
 */
function functionWords(pack: LanguagePack): ReadonlySet<string> {
  let words = FUNCTION_WORDS.get(pack);
  if (!words) {
    const sets = [
      pack.prepositions,
      pack.determiners,
      pack.pronouns,
      pack.complementizers,
      pack.clauseOpeners,
      pack.negations,
      pack.betweenSubjectAndCue,
      pack.quantifiers,
      pack.relativePronouns,
      pack.infinitiveMarkers,
      pack.modals,
      pack.impersonal,
      pack.auxiliaries,
      pack.genitiveArticles,
      pack.timeModifiers,
    ];
    words = new Set(sets.flatMap((set) => (set ? [...set] : [])));
    FUNCTION_WORDS.set(pack, words);
  }
  return words;
}

// ("312 of the 540 schools", "312 dintre cele 540 de școli": the whole may be counted too.)
const PART_OF =
  /^\s+(?:of|dintre)\s+(?:(?:our|their|the|its|his|her|own|these|those|cele|cei|lor|noastre|noștri)\s+){0,3}(?:\d[\d.,]*\s+(?:de\s+)?)?(\p{L}+)/iu;
// A count risen or fallen to a number word is a figure alone: "the death toll has risen to
// five", "bilanțul a crescut la șapte".
const RISEN = 'risen|rose|climbed|increased|jumped|grown|grew|crescut|urcat';
const CHANGED_TO = new RegExp(`(?:${RISEN}|fallen|fell|dropped|reached|ajuns|scăzut|scazut)\\s+(?:to|la)\\s*$`, 'iu');

// The words before a figure that say a count has risen to it ("the death toll has risen to five",
// "a crescut la șapte"): a later, higher count of the same thing than another source gave.
export const RISEN_TO = new RegExp(`(?:${RISEN})\\s+(?:to|la)\\s*$`, 'iu');

const SPAN_UNIT = /^\s*(?:de\s+)?(?:hours|days|weeks|months|years|ore|zile|săptămâni|saptamani|luni|ani)(?![\p{L}])/iu;

function isDateOrYear(text: string, t: NumberToken): boolean {
  if (t.scaled || t.percent || t.currency) return false;
  const raw = text.slice(t.start, t.end);
  const before = fold(text.slice(Math.max(0, t.start - 20), t.start));
  const after = text.slice(t.end, t.end + 15);
  if (/^\d{4}$/.test(raw) && t.value >= 1800 && t.value <= 2100) return true;
  if (t.value >= 1 && t.value <= 31 && /^\d{1,2}$/.test(raw) && (DATE_AFTER.test(after) || DATE_BEFORE.test(before))) return true;
  // "în perioada 4-7 mai": the first day of a span of days.
  const span = /^\s*[-–]\s*\d{1,2}(?!\d)/.exec(after);
  if (
    span &&
    t.value >= 1 &&
    t.value <= 31 &&
    /^\d{1,2}$/.test(raw) &&
    DATE_AFTER.test(text.slice(t.end + span[0].length, t.end + span[0].length + 15))
  )
    return true;
  if (/^\s*[:h]\d\d/.test(after)) return true;
  // "over the past 24 hours", "în ultimele 24 de ore": a span of time, not a figure.
  if (/(?:past|last|next|first|ultimele|ultimii|următoarele|urmatoarele|primele|primii)\s*$/.test(before) && SPAN_UNIT.test(after))
    return true;
  if (NOT_A_FIGURE_BEFORE.match(before) && !/^\s*(?:de\s+)?\p{L}{3,}/u.test(after)) return true;
  return NUMBER_OF_BEFORE.match(before) !== null;
}

// Every figure has a digit, a number word, a vague amount or a zero word: a text without any is skipped.
const FIGURE_WORDS = new Set(
  [
    ...Object.keys(NUMBER_WORDS),
    ...Object.keys(SCALES),
    'un',
    'o',
    'a',
    'an',
    'zeci',
    'sute',
    'mii',
    'dozens',
    'hundreds',
    'thousands',
    'millions',
    'billions',
    'scores',
    'nicio',
    'niciun',
    'nici',
    'nimeni',
    'nobody',
    'no',
    '$',
    '€',
    '£',
  ].map(fold),
);
// The figure words the expression matches on their own (the start of "dozens" is "dozen").
const STARTS_FIGURE_ALONE = new Set(
  [...FIGURE_WORDS].filter((w) => {
    STICKY_NUMBER_RE.lastIndex = 0;
    return STICKY_NUMBER_RE.test(w);
  }),
);
const SCALE_WORDS = Object.keys(SCALES);
const MAY_HOLD_FIGURES = new RegExp(
  String.raw`\d|(?<![\p{L}])(?:${WORD_ALTERNATION}|${SCALE_ALTERNATION}|zeci|sute|mii|dozens|hundreds|thousands|millions|billions|scores|nicio|niciun|nici|nimeni|nobody|no|nu|half|thirds?|quarters?|jumătate|jumatate|treimi?|sfert|sferturi)(?![\p{L}])`,
  'iu',
);

const LOWER_BOUNDS = new Set([
  'peste',
  'cel putin',
  'mai mult de',
  'mai bine de',
  'nu mai putin de',
  'more than',
  'over',
  'at least',
  'upwards of',
  'no fewer than',
  'minimum',
  'minim',
  'depaseste',
  'depasesc',
  'exceeds',
  'exceeding',
  'no less than',
  'as many as',
]);
const UPPER_BOUNDS = new Set(['pana la', 'aproape', 'up to', 'nearly', 'almost', 'maximum', 'maxim', 'cel mult', 'at most']);
function boundOf(hedge: string | undefined): 'lower' | 'upper' | undefined {
  if (!hedge) return undefined;
  if (LOWER_BOUNDS.has(hedge)) return 'lower';
  return UPPER_BOUNDS.has(hedge) ? 'upper' : undefined;
}

/**
 * "50,000 to 70,000 jobs", "între 2 până la 3": a range without "between" when both ends
 * are alike and rise; "rose 5% to 7%" after a verb of change is a change, not a range.
 */
function plainRange(a: NumberToken, b: NumberToken, join: string, before: string): boolean {
  return (
    /^\s*(?:to|până la|pana la)\s*$/iu.test(join) &&
    a.value < b.value * (!a.scaled && b.scaled ? b.scale : 1) &&
    a.percent === b.percent &&
    a.currency === b.currency &&
    !/(?:rose|fell|grew|increased|decreased|climbed|dropped|jumped|raised|cut|lowered|up|down|from|crescut|scăzut|scazut|urcat|coborât|coborat|majorat|redus|de la)\s*$/iu.test(
      before,
    )
  );
}

// (Only a range written with a dash leaves its thousands out, never a change "from 3 to 5,000".)
const DASH_JOIN = /^\s*[-–—]\s*$/u;
const RANGE_FROM = new PhraseSuffix(['from', 'de la']);
// An upper end written with a thousands group ("220 000", "12.000", "12,000").
const GROUPED_TO_THOUSAND = /\d[\s.,\u00a0\u202f]000$/u;

/** Whether a range's lower end leaves out the thousands its upper end writes ("200 - 220 000"). */
function thousandsLeftOut(text: string, a: NumberToken, b: NumberToken): boolean {
  if (a.percent || b.percent || a.value >= 1000 || !Number.isInteger(a.value)) return false;
  if (!GROUPED_TO_THOUSAND.test(text.slice(b.start, b.end))) return false;
  const low = a.value * 1000;
  return low < b.value && low * 2 >= b.value;
}

// How far before a figure the count it gives may be named.
const COUNT_REACH = 90;
// A count named by what it counts: "the death toll", "the number of victims", "numărul
// victimelor", "bilanțul morților" (the last group of the match is the counted noun).
// (A Romanian count names its noun in the genitive plural, "-lor", or after "de".)
const COUNT_SUBJECT =
  /(?<![\p{L}])(?:(death|casualty)\s+toll|number\s+of\s+(?:the\s+)?(\p{L}+)|(?:numărul|numarul|bilanțul|bilantul)\s+(?:de\s+)?(\p{L}+lor|(?<=de\s+)\p{L}+))(?![\p{L}])/giu;

/** The unit of a count named in `before` with no figure after it, or undefined. */
function countedBefore(before: string, lang: string): string | undefined {
  let found: RegExpExecArray | undefined;
  for (const m of before.matchAll(COUNT_SUBJECT)) found = m;
  if (!found || /\d/.test(before.slice(found.index + found[0].length))) return undefined;
  const noun = found[1] ?? found[2] ?? found[3]!;
  // A Romanian genitive plural names its plural: "persoanelor" → "persoane", "morților" → "morți".
  const plural = lang === 'ro' ? noun.replace(/(?<=\p{L}{3})lor$/u, '') : noun;
  return unitFor(` ${plural}`, lang);
}

const RANGE_JOIN = /^\s*(?:-|–|—|to|până la|pana la|la|și|si|and)\s*$/iu;
const RANGE_OPEN = new PhraseSuffix(['intre', 'between', 'from', 'de la', 'cuprins intre']);

/**
 * Figures in a text: digits in either language's format, number words with scale words
 * ("trei milioane", "two million"), ranges ("între 2.000 și 3.000", "10,000-12,000"),
 * money ("5 milioane de euro", "$3bn"), percentages, vague amounts ("mii de",
 * "thousands of"), hedges ("aproximativ", "more than") and zero ("nicio victimă",
 * "no one was hurt"). Dates, years, clock times and codes such as "G7" are not figures.
 */
export function findQuantities(text: string, lang: string, words?: readonly Token[]): Quantity[] {
  const kinds = words ? kindsOf(words) : ANY_KIND;
  if (!(kinds & (FIGURE | ZERO | FRACTION | DIGIT)) || (!words && !MAY_HOLD_FIGURES.test(text))) return [];
  const tokens = numberTokens(text, lang, words).filter((t) => !isDateOrYear(text, t));
  const pack = languagePack(lang);
  const out: { at: number; q: Quantity }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    const before = fold(text.slice(Math.max(0, a.start - 40), a.start));
    const hedgeStart = HEDGE_BEFORE.match(before);
    let q: Quantity;
    let last = a;
    if (
      b &&
      RANGE_JOIN.test(text.slice(a.end, b.start)) &&
      (RANGE_OPEN.match(before) !== null ||
        DASH_JOIN.test(text.slice(a.end, b.start)) ||
        plainRange(a, b, text.slice(a.end, b.start), before))
    ) {
      // "between 10 and 12 million": the scale of the upper end applies to both.
      // "200 - 220 000 de morți", "10-12.000": a short lower end before an upper end written
      // to the thousand leaves its thousands unwritten, when read so the two ends lie close.
      const min =
        !a.scaled && b.scaled
          ? a.value * b.scale
          : DASH_JOIN.test(text.slice(a.end, b.start)) && RANGE_FROM.match(before) === null && thousandsLeftOut(text, a, b)
            ? a.value * 1000
            : a.value;
      q = { min, max: b.value, approx: hedgeStart !== null, surface: text.slice(a.start, b.end) };
      last = b;
      i++;
    } else {
      q = { value: a.value, approx: hedgeStart !== null, surface: text.slice(a.start, a.end) };
    }
    const after = text.slice(last.end, last.end + 60);
    // The text the unit word opens (the second alternative's, when the first takes its unit).
    let unitText = after;
    if (HEDGE_AFTER.test(after)) q.approx = true;
    // "eight of our own people": the unit is what it is a part of.
    const part = PART_OF.exec(after);
    let unit = a.currency ?? (last.percent ? '%' : unitFor(part ? after.slice(part[0].length - part[1]!.length - 1) : after, lang));
    // "The death toll has risen to five", "Numărul persoanelor care au murit a crescut la
    // șapte": a count named before its figure counts what it names.
    if (!unit) unit = countedBefore(text.slice(Math.max(0, a.start - COUNT_REACH), a.start), lang);
    // ("Moldova 1 despre proteste": a function word after a number is nothing it counts.)
    if (unit && pack && functionWord(unit, pack)) unit = undefined;
    // "trei sau chiar cinci ani": the first of two alternatives counts what the second does.
    if (
      !unit &&
      b &&
      last === a &&
      ALTERNATIVE_JOIN.test(text.slice(a.end, b.start)) &&
      !TIMES_BEFORE.test(text.slice(Math.max(0, a.start - 4), a.start))
    ) {
      unitText = text.slice(b.end, b.end + 60);
      unit = unitFor(unitText, lang);
    }
    if (!unit && !a.scaled && label(text, a, last, pack)) continue;
    // "doi ani mai târziu", "three days ago", "acum cinci ani": a point in time, not a figure.
    if (unit && TIME_UNITS.has(unit) && pack?.relativeTime && relativeTime(before, unitText, pack.relativeTime)) continue;
    if (unit) q.unit = unit;
    const bound = boundOf(hedgeStart?.phrase);
    if (bound) q.bound = bound;
    out.push({ at: hedgeStart ? a.start - (before.length - hedgeStart.index) : a.start, q });
  }
  // Vague amounts and zeros each need one of their own words: most contents have neither.
  const vague = (kinds & VAGUE) !== 0;
  const zero = (kinds & ZERO) !== 0;
  if (vague) for (const v of vagueAmounts(text, lang)) if (!tokens.some((t) => v.at >= t.start && v.at < t.end)) out.push(v);
  if (zero) for (const z of zeroAmounts(text, lang)) out.push(z);
  if (kinds & FRACTION) for (const f of fractions(text)) out.push(f);
  return inOrder(out).map((x) => x.q);
}

/** Figures by where they start: most texts give them in order, one or two, and are not sorted. */
function inOrder(found: { at: number; q: Quantity }[]): { at: number; q: Quantity }[] {
  for (let i = 1; i < found.length; i++) if (found[i - 1]!.at > found[i]!.at) return found.sort((x, y) => x.at - y.at);
  return found;
}

const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'century']);
const UNIT_WORD = /^\s*\p{L}+\s+/u;

/**
 * Whether a count of a time unit is a point in time: one of the pack's phrases follows its
 * unit word or stands right before it (`before` folded, `after` from the figure's end).
 */
function relativeTime(before: string, after: string, phrases: NonNullable<LanguagePack['relativeTime']>): boolean {
  const word = UNIT_WORD.exec(after);
  if (word) {
    const rest = fold(after.slice(word[0].length)).toLowerCase();
    if (phrases.after.some((p) => rest.startsWith(p) && !/^\p{L}/u.test(rest.slice(p.length)))) return true;
  }
  const lead = before.trimEnd().toLowerCase();
  return phrases.before.some((p) => lead.endsWith(p) && !/\p{L}$/u.test(lead.slice(0, lead.length - p.length)));
}

/**
 * Whether a number with nothing counted after it names rather than counts: a marker after
 * a unit ("km 4"), part of a name after a capitalised word inside a sentence ("Moldova 1",
 * "Apollo 11"), or one side of a code or a score ("14/88", "scor 2-1").
 */
function label(text: string, a: NumberToken, last: NumberToken, pack: LanguagePack | undefined): boolean {
  // ("2-1" is read as a range first: a range of nothing, glued, is a score.)
  const glued = (at: number) => /^[/-]\d/.test(text.slice(at, at + 2));
  if (glued(a.end) || glued(last.end) || /[/-]$/.test(text.slice(Math.max(0, a.start - 1), a.start))) return true;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, a.start - 30), a.start));
  if (!before) return false;
  const word = before[1]!.replace(/^[(["„“]+/u, '');
  if (/^\p{L}+\.?$/u.test(word) && isUnitWord(fold(word.replace(/\.$/, '')))) return true;
  // "lotul 2 al autostrăzii", "pe locul 3": a number after a noun with its definite article,
  // counting nothing after it, is that thing's number.
  if (/^\p{Ll}{3,}$/u.test(word) && pack?.definiteEndings?.some((e) => word.endsWith(e)) && !isCurrencyWord(fold(word))) return true;
  // (Inside a sentence: a capital after another word or a comma, not after a stop; no day
  // or month, and nothing after the number but a stop, a comma or a joining word: "Moldova 1
  // despre", "Windows 98 și"; in "Friday 300 had been" or "la Iași 12 au fost" it counts.)
  const wordStart = a.start - before[0].length;
  const next = /^\s*(\p{L}+)/u.exec(text.slice(last.end, last.end + 20))?.[1]?.toLowerCase();
  const joining = next === undefined || (pack !== undefined && (pack.prepositions.has(next) || pack.clauseOpeners.has(next)));
  return (
    /^\p{Lu}\p{L}+$/u.test(word) &&
    !isCurrencyWord(fold(word)) &&
    !(pack?.timeWords.has(word.toLowerCase()) ?? false) &&
    joining &&
    /[\p{L},]\s+$/u.test(text.slice(Math.max(0, wordStart - 4), wordStart))
  );
}

// The words each of VAGUE_RE and ZERO_RE needs (folded).
const VAGUE_WORDS = new Set([
  'zeci',
  'sute',
  'mii',
  'milioane',
  'miliarde',
  'tens',
  'hundreds',
  'dozens',
  'thousands',
  'millions',
  'billions',
  'scores',
]);
const ZERO_WORDS = new Set(['nicio', 'niciun', 'niciunul', 'nici', 'nimeni', 'nobody', 'no', 'no-one', 'nu']);

const VAGUE_RE =
  /(?<![\p{N}] ?)(?<![\p{L}])(?:(zeci de mii|sute de mii|zeci|sute|mii|milioane|miliarde)\s+de|(tens of thousands|hundreds of thousands|dozens|hundreds|thousands|millions|billions|scores)\s+of)\s+(\p{L}+)/giu;
const VAGUE_VALUES: Record<string, number> = {
  zeci: 10,
  dozens: 10,
  scores: 10,
  sute: 100,
  hundreds: 100,
  mii: 1e3,
  thousands: 1e3,
  'zeci de mii': 1e4,
  'tens of thousands': 1e4,
  'sute de mii': 1e5,
  'hundreds of thousands': 1e5,
  milioane: 1e6,
  millions: 1e6,
  miliarde: 1e9,
  billions: 1e9,
};

/** "mii de containere", "thousands of shells": an order of magnitude, not a figure. */
function vagueAmounts(text: string, lang: string): { at: number; q: Quantity }[] {
  const out: { at: number; q: Quantity }[] = [];
  for (const m of allMatches(VAGUE_RE, text)) {
    const prior = text.slice(Math.max(0, m.index - 3), m.index);
    if (/\d\s*$/.test(prior)) continue;
    const word = (m[1] ?? m[2])!.toLowerCase();
    // The unit is read as after a figure: "dozens of ballistic missiles" counts missiles.
    const unit = unitFor(` ${text.slice(m.index + m[0].length - m[3]!.length, m.index + m[0].length + 60)}`, lang);
    out.push({ at: m.index, q: { value: VAGUE_VALUES[word]!, approx: true, vague: true, ...(unit ? { unit } : {}), surface: m[0] } });
  }
  return out;
}

// "half of the shells", "două treimi din muniție": a share, as a percentage.
const FRACTION_WORDS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'jumatate', 'treime', 'treimi', 'sfert', 'sferturi']);
const FRACTION_RE =
  /(?<![\p{L}])(half|one half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters|jumătate|jumatate|o treime|două treimi|doua treimi|un sfert|trei sferturi)\s+(?:of|din|dintre)(?![\p{L}])/giu;
const FRACTION_VALUES: [RegExp, number][] = [
  [/two|două|doua/i, 66.7],
  [/three|trei/i, 75],
  [/third|treime/i, 33.3],
  [/quarter|sfert/i, 25],
  [/half|jum/i, 50],
];
// "the first half of the year" is a period, not a share.
const PERIOD_BEFORE = /(?:first|second|prima|a doua|primul|al doilea)\s+$/iu;

function fractions(text: string): { at: number; q: Quantity }[] {
  const out: { at: number; q: Quantity }[] = [];
  for (const m of allMatches(FRACTION_RE, text)) {
    if (PERIOD_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const before = fold(text.slice(Math.max(0, m.index - 40), m.index));
    const hedge = HEDGE_BEFORE.match(before);
    const value = FRACTION_VALUES.find(([re]) => re.test(m[1]!))![1];
    const q: Quantity = { value, approx: hedge !== null, unit: '%', surface: m[1]! };
    const bound = boundOf(hedge?.phrase);
    if (bound) q.bound = bound;
    out.push({ at: hedge ? m.index - (before.length - hedge.index) : m.index, q });
  }
  return out;
}

const ZERO_RE =
  /(?<![\p{L}])(?:(?:nicio|niciun|niciunul|nici o|nici un|nu\s+(?:a|au)\s+(?:fost\s+)?(?:raportate?|înregistrate?|inregistrate?|semnalate?|confirmate?)(?!\s+nici))\s+(\p{L}+)|(?:nimeni|nobody|no one|no-one)(?=\s+(?:nu\s+)?(?:a|au|was|were|has|had|is|s-a)\s)|no\s+(casualties|victims|deaths|injuries|fatalities|one))(?![\p{L}])/giu;

// What a zero counts: people hurt or lost, damage, incidents.
const ZERO_NOUNS = new Set(
  [
    ...['people', 'persons', 'officers', 'soldiers', 'troops', 'civilians', 'children', 'victims', 'dead', 'deaths', 'injured'],
    ...['wounded', 'hostages', 'prisoners', 'oameni', 'polițiști', 'militari', 'soldați', 'civili', 'copii', 'ostatici'],
    ...['victimă', 'victima', 'rănit', 'mort', 'deces', 'decese', 'persoană', 'persoana', 'pagubă', 'pagube', 'incident', 'incidente'],
    ...['accident', 'accidente', 'victime', 'răniți', 'morți', 'persoane', 'dispărut', 'dispăruți', 'evacuat', 'evacuați', 'arestat'],
  ].map(fold),
);

/** "nicio victimă", "no one was hurt", "no casualties": the figure is zero. */
function zeroAmounts(text: string, lang: string): { at: number; q: Quantity }[] {
  const out: { at: number; q: Quantity }[] = [];
  for (const m of allMatches(ZERO_RE, text)) {
    const noun = m[1] ?? m[2];
    // "nicio victimă" counts; "niciun acord" (no deal) is no figure.
    if (m[1] && !ZERO_NOUNS.has(fold(m[1]))) continue;
    const unit = noun && noun.toLowerCase() !== 'one' ? unitFor(` ${noun}`, lang) : 'person';
    out.push({ at: m.index, q: { value: 0, approx: false, ...(unit ? { unit } : {}), surface: m[0] } });
  }
  return out;
}

// What kinds of figure words a text holds, as bits: one look-up per word, where a test
// of each set in turn took several.
const FIGURE = 1;
const ZERO = 2;
const FRACTION = 4;
const VAGUE = 8;
const DIGIT = 16;
const ANY_KIND = FIGURE | ZERO | FRACTION | VAGUE | DIGIT;
const WORD_KINDS = new Map<string, number>();
for (const [set, kind] of [
  [FIGURE_WORDS, FIGURE],
  [ZERO_WORDS, ZERO],
  [FRACTION_WORDS, FRACTION],
  [VAGUE_WORDS, VAGUE],
] as const)
  for (const w of set) WORD_KINDS.set(w, (WORD_KINDS.get(w) ?? 0) | kind);

const KINDS = new ScreenedMap(WORD_KINDS);

function kindsOf(words: readonly Token[]): number {
  let kinds = 0;
  for (const w of words) {
    const key = w.key;
    kinds |= KINDS.get(key) ?? 0;
    // (Only a word that starts with a digit can start a figure: see figureMatches.)
    if (isDigit(key.charCodeAt(0))) kinds |= DIGIT;
  }
  return kinds;
}
