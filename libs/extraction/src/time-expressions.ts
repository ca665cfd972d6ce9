import { capitalisedMonths } from './lang/locale-words';
import { fold } from './normalize-text';
import { NUMBER_WORDS } from './number-words';
import { tokenize, type Token } from './phrase-index';
import { ScreenedMap } from './word-screen';

/** A resolved time: ISO dates, with the words that gave it. */
export interface ResolvedTime {
  start: string;
  end?: string;
  surface: string;
  /** Where in the searched text the expression was found. */
  index: number;
}

const DAY = 86_400_000;
const CAPITALISED_MONTHS = capitalisedMonths(['en', 'ro']);
const MONTHS: Record<string, number> = {
  ianuarie: 1,
  februarie: 2,
  martie: 3,
  aprilie: 4,
  mai: 5,
  iunie: 6,
  iulie: 7,
  august: 8,
  septembrie: 9,
  octombrie: 10,
  noiembrie: 11,
  decembrie: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  ian: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  iun: 6,
  iul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  noi: 11,
  nov: 11,
  dec: 12,
  jan: 1,
  jun: 6,
  jul: 7,
};
const WEEKDAYS: Record<string, number> = {
  duminica: 0,
  luni: 1,
  marti: 2,
  miercuri: 3,
  joi: 4,
  vineri: 5,
  sambata: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const COUNTS = NUMBER_WORDS;

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
/**
 * An ISO date (YYYY-MM-DD). The contract's dates have four-digit years: a time reckoned
 * back or forward past them ("acum 1500 de ani" in an old article) is held at the bound.
 */
const iso = (d: Date) => {
  const y = d.getUTCFullYear();
  if (y < 0 || Number.isNaN(y)) return '0000-01-01';
  if (y > 9999) return '9999-12-31';
  return `${String(y).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const startOfDay = (d: Date) => utc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
const monthEnd = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The last date on or before `ref` that falls on `weekday` (`last Friday` on a Friday: a week before). */
function lastWeekday(ref: Date, weekday: number, strictly = false): Date {
  let diff = (ref.getUTCDay() - weekday + 7) % 7;
  if (strictly && diff === 0) diff = 7;
  return new Date(startOfDay(ref).getTime() - diff * DAY);
}

/** The year of the most recent `month` (and day) that has begun by `ref`: never a future one. */
function pastYear(ref: Date, month: number, day = 1): number {
  const y = ref.getUTCFullYear();
  return utc(y, month, day).getTime() > startOfDay(ref).getTime() ? y - 1 : y;
}

/** The day `n` days, weeks, months or years (a folded unit word of either language) before `ref`. */
function unitsBefore(ref: Date, n: number, unit: string): Date {
  const [y, mo, d] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1, ref.getUTCDate()];
  if (/^(month|luni|luna)/.test(unit)) return utc(y, mo - n, d);
  if (/^(year|ani|an)/.test(unit)) return utc(y - n, mo, d);
  if (/^(decade|decen)/.test(unit)) return utc(y - 10 * n, mo, d);
  return new Date(startOfDay(ref).getTime() - (/^(week|sapt)/.test(unit) ? 7 * n : n) * DAY);
}

type Part = 'early' | 'mid' | 'late' | undefined;
function monthPeriod(y: number, m: number, part: Part): { start: Date; end: Date } {
  const last = monthEnd(y, m);
  const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : part === 'late' ? [21, last] : [1, last];
  return { start: utc(y, m, a), end: utc(y, m, b) };
}

function partOf(words: string | undefined): Part {
  const w = fold(words ?? '');
  if (/incep|early|start|beginning/.test(w)) return 'early';
  if (/mijloc|mid/.test(w)) return 'mid';
  if (/sfarsit|late|end/.test(w)) return 'late';
  return undefined;
}

interface Candidate {
  index: number;
  surface: string;
  start: Date;
  end?: Date | undefined;
  startIso?: string | undefined;
  endIso?: string | undefined;
  /** A point in time (when something was said), or a period (what a claim is about). */
  since: boolean;
  /** A period the words name as one to come ("next year", "luna viitoare"): kept though it has not begun. */
  ahead?: boolean | undefined;
}

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WEEKDAY_RE =
  'luni|marți|marti|miercuri|joi|vineri|sâmbătă|sambata|duminică|duminica|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const SINCE = '(?:since|from|de la|din|începând din|începând cu|incepand din|incepand cu|de când|de cand)';
const PART =
  '(?:la începutul|la inceputul|la sfârșitul|la sfarsitul|la mijlocul|începutul|sfârșitul|mijlocul|early|late|mid|the start of|the end of|the beginning of|the middle of)';
const COUNT_RE = [...Object.keys(COUNTS), 'două', 'șase', 'șapte', 'nouă', 'douăsprezece'].join('|');

/** "down 1% from 2023", "up 5% from March": a period compared with, not the start of one. */
function comparedFrom(m: RegExpExecArray): boolean {
  return (
    /^from\s/i.test(m[1] ?? '') &&
    /(?:\d\s*%?|percent|per cent|up|down|higher|lower|unchanged|steady|flat|compared|versus|vs\.?)\s*$/i.test(
      m.input.slice(Math.max(0, m.index - 14), m.index),
    )
  );
}

// "luni" counted is "months", not Monday: "nouă luni", "primele trei luni", "câteva luni",
// "zeci de luni": the word before it is a number, a quantifier or "de".
const COUNTING_WORDS = new Set(
  [
    ...Object.keys(COUNTS),
    ...['două', 'șase', 'șapte', 'nouă', 'douăsprezece', 'câteva', 'multe', 'primele', 'ultimele', 'ultimii'],
    ...['zeci', 'sute', 'mii'],
    ...['următoarele', 'celelalte'],
  ].map(fold),
);
function monthsCounted(before: string): boolean {
  const words = /(?:(\S+)\s+)?(\S+)\s*$/u.exec(before);
  const counted = (w: string | undefined) => w !== undefined && (/\d$/.test(w) || COUNTING_WORDS.has(fold(w)));
  // "zeci de luni", "12 de luni" count months; "se aplică de luni" is from Monday ("de luni de
  // zile" is told by the words after it).
  return counted(words?.[2]) || (words?.[2] !== undefined && fold(words[2]) === 'de' && counted(words[1]));
}

// What a part of a year is named by: a half, a quarter, a season, or its start, middle or end.
const YEAR_PART = [
  '(first|second|prima|a doua|primul|al doilea)\\s+(half|jumătate|jumatate|semestru)',
  '(first|second|third|fourth|1st|2nd|3rd|4th|primul|al doilea|al treilea|al patrulea)\\s+(quarter|trimestru)',
  '(trimestrul|semestrul)\\s+(i|ii|iii|iv|întâi|intai|unu|al doilea|al treilea|al patrulea)',
  // ("fall" is a season only as "the fall", "this fall", "last fall", not "prices will fall",
  // "the fall in oil prices", "the fall of the Wall";
  // the Romanian indefinite forms only after "în" or "la": "în toamnă", not "sezonul de vară".)
  '(last|this|the)?\\s*(summer|winter|spring|autumn|(?<=(?:the|this|last)\\s+)fall(?!\\s+(?:of|in|on|to|from|for|at|by)\\s+(?!\\d{4}))|vara|iarna|primăvara|primavara|toamna|(?<=(?<![\\p{L}])(?:în|la)\\s+)(?:vară|iarnă|primăvară|toamnă))',
  '(early|mid|late|the start of|the beginning of|the middle of|the end of|începutul|inceputul|mijlocul|jumătatea|jumatatea|sfârșitul|sfarsitul)',
].join('|');
const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  prima: 1,
  primul: 1,
  i: 1,
  intai: 1,
  unu: 1,
  second: 2,
  '2nd': 2,
  'a doua': 2,
  'al doilea': 2,
  ii: 2,
};
Object.assign(ORDINALS, { third: 3, '3rd': 3, 'al treilea': 3, iii: 3, fourth: 4, '4th': 4, 'al patrulea': 4, iv: 4 });
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 14] };
Object.assign(SEASONS, { primavara: SEASONS.spring, vara: SEASONS.summer, toamna: SEASONS.autumn, iarna: SEASONS.winter });

/**
 * The months [first, last] of a part of a year (last may run into the next year: winter),
 * from the groups of the parts-of-a-year pattern.
 */
function partMonths(m: RegExpExecArray): { months: [number, number]; season: boolean } | null {
  const g = (i: number) => (m[i] === undefined ? undefined : fold(m[i]!).replace(/\s+/g, ' '));
  if (g(2) && g(3)) return { months: ORDINALS[g(2)!] === 1 ? [1, 6] : [7, 12], season: false };
  const quarter = g(4) && g(5) ? ORDINALS[g(4)!] : g(6) && g(7) && g(6) === 'trimestrul' ? ORDINALS[g(7)!] : undefined;
  if (g(6) === 'semestrul' && g(7)) return { months: ORDINALS[g(7)!] === 1 ? [1, 6] : [7, 12], season: false };
  if (quarter) return { months: [3 * quarter - 2, 3 * quarter], season: false };
  if (g(9)) return { months: SEASONS[g(9)!]!, season: true };
  const part = g(10);
  if (!part) return null;
  if (/mijloc|jumatat|mid|middle/.test(part)) return { months: [5, 8], season: false };
  if (/sfarsit|late|end/.test(part)) return { months: [9, 12], season: false };
  return { months: [1, 4], season: false };
}

// "by the end of the year", "până la sfârșitul lunii martie": a deadline, not a period reported on.
const DEADLINE_BEFORE = /(?:^|\s)(?:by|until|till|până|pana|până la|pana la|până în|pana in)\s+$/iu;
const deadline = (m: RegExpExecArray) => DEADLINE_BEFORE.test(m.input.slice(Math.max(0, m.index - 12), m.index));

function yearPart(m: RegExpExecArray, ref: Date): Omit<Candidate, 'index' | 'surface'> | null {
  const part = partMonths(m);
  if (!part) return null;
  const which = fold(m[11] ?? '');
  if (!/^\d{4}$/.test(which) && deadline(m)) return null;
  const ofYear = /anului|year|\slui\s/i.test(m[0]);
  // "early", "mid" and "the end of" need a year: alone they qualify something else.
  if (m[10] && !which && !ofYear) return null;
  const [first, last] = part.months;
  const period = (y: number) => {
    const endYear = y + Math.floor((last - 1) / 12);
    const endMonth = ((last - 1) % 12) + 1;
    return { start: utc(y, first, 1), end: utc(endYear, endMonth, monthEnd(endYear, endMonth)) };
  };
  let y = ref.getUTCFullYear();
  if (/^\d{4}$/.test(which)) y = +which;
  else if (/trecut|last year/.test(which) && (!part.season || ofYear)) y--;
  else if (part.season && (/^last$/i.test(m[8] ?? '') || /trecut/.test(which))) {
    // "last summer", "vara trecută": the latest one that has ended.
    if (period(y).end.getTime() >= startOfDay(ref).getTime()) y--;
  } else if (!ofYear && !/^this$/i.test(m[8] ?? '') && period(y).start.getTime() > ref.getTime()) y--; // "the third quarter": the latest begun
  // "the end of the year", "this summer" are this year's: not yet begun, they are no period a source reports.
  const p = period(y);
  if (p.start.getTime() > ref.getTime()) return null;
  return { start: p.start, end: p.end.getTime() > ref.getTime() ? startOfDay(ref) : p.end, since: Boolean(m[1]) && !comparedFrom(m) };
}

/** A kind of time expression, found by its expression and resolved against a reference date. */
interface TimePattern {
  name:
    | 'numericDate'
    | 'dayAndMonth'
    | 'month'
    | 'weekday'
    | 'relativeDay'
    | 'week'
    | 'calendarMonth'
    | 'year'
    | 'recentPeriod'
    | 'ago'
    | 'partOfYear'
    | 'nextPeriod'
    | 'decade'
    | 'firstMonths'
    | 'yearOfEvent'
    | 'weekend';
  re: RegExp;
  resolve: (m: RegExpExecArray, ref: Date) => Omit<Candidate, 'index' | 'surface'> | null;
  /** The most words an expression has before its trigger word: "de la începutul lunii" before a month. */
  leadWords: number;
  /** The (folded) words an expression can begin with, also after a hyphen ("mid-July"). */
  firstWords: readonly string[];
  /** Whether an expression can begin with a digit. */
  firstDigit: boolean;
  /** The (folded) words that let it be tried, around them: a text with none of any pattern is not scanned. */
  triggers: readonly string[];
  /** Whether a year or an ISO date ("2024", "2024-03-18") lets it be tried too. */
  yearOrDate?: true;
  /** Whether a decade ("1990s", "90s") lets it be tried too. */
  decadeWord?: true;
  /** Whether the time it names may lie ahead of a statement in the future tense ("in October", "luni", "by 2026"). */
  mayLieAhead?: true;
  /** Whether it names a period that is never when something was said (a decade, "next week"). */
  neverWhenSaid?: true;
}

// The words that name the latest of something ("last week", "ultimele luni", "vara trecută").
const RECENT = ['recent', 'past', 'last', 'ultimele', 'ultimii', 'ultima', 'ultimul', 'trecuta', 'trecut'];
// The words that name a part of a year by its length, and those that name its start, middle or end.
const YEAR_PART_WORDS = ['half', 'jumatate', 'jumatatea', 'semestru', 'semestrul', 'quarter', 'trimestru', 'trimestrul'];
const YEAR_PART_BOUNDS = ['early', 'mid', 'late', 'start', 'beginning', 'middle', 'end', 'inceputul', 'mijlocul', 'jumatatea', 'sfarsitul'];
/** The first words of each alternative of a pattern's alternation, folded. */
const firsts = (alternation: string) =>
  alternation
    .replace(/^\(\?:|\)$/g, '')
    .split('|')
    .map((a) => fold(a).split(' ')[0]!);

const PATTERNS: TimePattern[] = [
  {
    name: 'numericDate',
    // ISO and Romanian numeric dates: 2024-03-12, 12.03.2024
    re: new RegExp(`${L}(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))${R}`, 'yiu'),
    resolve: (m) => {
      const [y, mo, d] = m[1] ? [+m[1], +m[2]!, +m[3]!] : [+m[6]!, +m[5]!, +m[4]!];
      return mo >= 1 && mo <= 12 && d >= 1 && d <= 31 ? { start: utc(y, mo, d), since: false } : null;
    },
    leadWords: 2,
    firstWords: [],
    firstDigit: true,
    triggers: [],
    yearOrDate: true,
  },
  {
    name: 'dayAndMonth',
    // 12 martie 2024, on 12 March, March 12, 2024
    re: new RegExp(
      `${L}(?:(?:on|pe)\\s+)?(?:(\\d{1,2})\\s+(${MONTH_RE})\\.?|(${MONTH_RE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(\\d{4}))?${R}`,
      'yiu',
    ),
    resolve: (m, ref) => {
      const month = MONTHS[fold(m[2] ?? m[3]!)]!;
      const day = +(m[1] ?? m[4]!);
      if (day < 1 || day > 31) return null;
      const year = m[5] ? +m[5] : pastYear(ref, month, day);
      return { start: utc(year, month, day), since: false };
    },
    leadWords: 3,
    firstWords: ['on', 'pe', ...Object.keys(MONTHS)],
    firstDigit: true,
    triggers: Object.keys(MONTHS),
    mayLieAhead: true,
  },
  {
    name: 'month',
    // since/from July, la începutul lunii martie, early March, în septembrie 2023, since last August
    re: new RegExp(
      `${L}((?:${SINCE}|between|între|intre)\\s+)?(?:(${PART})(?:\\s+|-)(?:(?:lunii|of)\\s+)?)?(?:(?:în|in|luna|during|last|this past)\\s+)?(?:(?:late|early|mid)(?:\\s+|-))?(${MONTH_RE})(?:\\s+(\\d{4}|last year|of last year|anul trecut|din anul trecut|al anului trecut))?(?:\\s*(?:and|și|si|to|through|until|până în|pana in|până la|pana la|-|–)\\s*(?:(?:luna|lunii)\\s+)?(${MONTH_RE})(?:\\s+(\\d{4}))?)?${R}`,
      'yiu',
    ),
    resolve: (m, ref) => {
      const name = fold(m[3]!);
      // "mai" is also "more" and "may" a modal verb: months only with a preposition or a year.
      // The words up to the (first) month.
      const upToMonth = m[0].slice(0, m[0].indexOf(m[3]!) + m[3]!.length);
      const hasLead = Boolean(m[1] || m[2] || m[4]) || /(?:în|in|luna|during|late|early|mid)[\s-]+\S+$/iu.test(upToMonth);
      if ((name === 'mai' || name === 'may') && !hasLead) return null;
      // ("About 12,000 people took part in the march": in lower case, an English month is no month.)
      if (CAPITALISED_MONTHS.has(name) && m[3]![0] === m[3]![0]!.toLowerCase()) return null;
      if (name.length <= 4 && !MONTHS[name]) return null;
      const month = MONTHS[name]!;
      // Short forms ("dec", "mar") only count with a year or preposition.
      if (name.length <= 4 && !hasLead && !['iunie', 'iulie', 'june', 'july'].includes(name)) return null;
      // "between August and October", "din august până în octombrie": a span of months.
      const between = /^(?:between|între|intre)\s/iu.test(m[1] ?? '');
      const last = m[5] && (between || m[1]) ? MONTHS[fold(m[5])] : undefined;
      // "August last year", "august anul trecut": the month of the year before.
      const given = m[4] ? (/^\d/.test(m[4]) ? +m[4] : ref.getUTCFullYear() - 1) : undefined;
      if (last !== undefined) {
        const endYear = m[6] ? +m[6] : given !== undefined && last >= month ? given : pastYear(ref, last);
        const startYear = given ?? (last >= month ? endYear : endYear - 1);
        return { start: utc(startYear, month, 1), end: utc(endYear, last, monthEnd(endYear, last)), since: false };
      }
      if (between || (!m[4] && deadline(m))) return null;
      const lead = /(?:late|early|mid)[\s-]+\S+$/iu.exec(upToMonth)?.[0];
      const part = partOf(m[2] ?? lead);
      // "last March" said in March is the March a year before.
      const lastOne = /(?:^|\s)last\s+\S+$/iu.test(upToMonth) && month === ref.getUTCMonth() + 1;
      const year = given ?? pastYear(ref, month) - (lastOne ? 1 : 0);
      const p = monthPeriod(year, month, part);
      return { start: p.start, end: p.end, since: Boolean(m[1]) && !comparedFrom(m) };
    },
    leadWords: 8,
    firstWords: [
      ...firsts(SINCE),
      ...firsts(PART),
      'in',
      'luna',
      'during',
      'late',
      'early',
      'mid',
      'between',
      'last',
      'this',
      'intre',
      ...Object.keys(MONTHS),
    ],
    firstDigit: false,
    triggers: Object.keys(MONTHS),
    mayLieAhead: true,
  },
  {
    name: 'weekday',
    // weekdays: joi, on Friday, last Monday ("luni" is also "months")
    re: new RegExp(`${L}(?:(on|last|this past|pe)\\s+)?(${WEEKDAY_RE})(?:\\s+(?:trecută|trecuta|trecut))?${R}`, 'yiu'),
    resolve: (m, ref) => {
      const day = fold(m[2]!);
      const before = m.input.slice(Math.max(0, m.index - 25), m.index);
      if (day === 'luni' && monthsCounted(before)) return null;
      if (
        day === 'luni' &&
        /^\s*(?:de zile|la rând|în urmă|in urma|ale|consecutive|încheiate|incheiate)(?![\p{L}])/iu.test(
          m.input.slice(m.index + m[0].length),
        )
      )
        return null;
      const strictly = /last|trecut/i.test(m[0]);
      return { start: lastWeekday(ref, WEEKDAYS[day]!, strictly), since: false };
    },
    leadWords: 3,
    firstWords: ['on', 'last', 'this', 'pe', ...firsts(WEEKDAY_RE)],
    firstDigit: false,
    triggers: [...Object.keys(WEEKDAYS), ...RECENT],
    mayLieAhead: true,
  },
  {
    name: 'relativeDay',
    // relative days
    re: new RegExp(
      `${L}(ieri|alaltăieri|alaltaieri|astăzi|astazi|azi-noapte|azi|yesterday|today|this morning|in această dimineață|în această dimineață|aseară|noaptea trecută|noaptea trecuta|last night)${R}`,
      'yiu',
    ),
    resolve: (m, ref) => {
      const w = fold(m[1]!);
      const back = /^(ieri|yesterday|aseara|last night|noaptea trecuta)$/.test(w) ? 1 : w === 'alaltaieri' ? 2 : 0;
      return { start: new Date(startOfDay(ref).getTime() - back * DAY), since: false };
    },
    leadWords: 3,
    firstWords: ['ieri', 'alaltaieri', 'astazi', 'azi', 'yesterday', 'today', 'this', 'in', 'aseara', 'last', 'noaptea'],
    firstDigit: false,
    triggers: ['ieri', 'alaltaieri', 'astazi', 'azi', 'yesterday', 'today', 'morning', 'dimineata', 'aseara', 'night', 'noaptea'],
  },
  {
    name: 'week',
    // this/last week, la începutul acestei săptămâni, earlier this week
    re: new RegExp(
      `${L}(?:(${PART}|earlier|at the start of|la începutul|la inceputul)\\s+)?(săptămâna trecută|saptamana trecuta|săptămâna aceasta|săptămâna asta|acestei săptămâni|acestei saptamani|săptămânii trecute|last week|this week|the week)${R}`,
      'yiu',
    ),
    resolve: (m, ref) => {
      const last = /trecut|last/i.test(m[2]!);
      const monday = new Date(lastWeekday(ref, 1).getTime() - (last ? 7 * DAY : 0));
      const early = partOf(m[1]) === 'early' || /earlier/i.test(m[1] ?? '');
      const end = new Date(monday.getTime() + (early ? 2 : 6) * DAY);
      return { start: monday, end: end.getTime() > ref.getTime() ? startOfDay(ref) : end, since: false };
    },
    leadWords: 6,
    firstWords: [...firsts(PART), 'earlier', 'at', 'la', 'saptamana', 'acestei', 'saptamanii', 'last', 'this', 'the'],
    firstDigit: false,
    triggers: ['week', 'saptamana', 'saptamanii', 'saptamani', ...RECENT],
  },
  {
    name: 'calendarMonth',
    // this/last month, luna trecută, earlier this month
    re: new RegExp(
      `${L}(?:(${PART}|earlier)\\s+)?(luna trecută|luna trecuta|lunii trecute|luna aceasta|luna asta|acestei luni|last month|this month)${R}`,
      'yiu',
    ),
    resolve: (m, ref) => {
      const last = /trecut|last/i.test(m[2]!);
      let y = ref.getUTCFullYear();
      let mo = ref.getUTCMonth() + 1 - (last ? 1 : 0);
      if (mo === 0) [y, mo] = [y - 1, 12];
      const p = monthPeriod(y, mo, partOf(m[1]));
      return { start: p.start, end: p.end, since: false };
    },
    leadWords: 5,
    firstWords: [...firsts(PART), 'earlier', 'luna', 'lunii', 'acestei', 'last', 'this'],
    firstDigit: false,
    triggers: ['month', 'luna', 'lunii', 'luni', ...RECENT],
  },
  {
    name: 'year',
    // years: în 2023, since 2022, anul trecut, last year, this year, de la începutul anului;
    // a span of years: "în perioada 2006-2008", "between 2006 and 2008"
    re: new RegExp(
      `${L}(${SINCE}\\s+)?(?:(?:în|in|during|anul|perioada|anii|between|între|intre)\\s+)?(?:(\\d{4})(?:\\s*(?:-|–|and|și|si|to|through)\\s*(\\d{4}))?|(anul trecut|anului trecut|last year|anul acesta|anul ăsta|anul curent|anului curent|acestui an|this year|acest an|începutul anului|inceputul anului|the start of the year|the beginning of the year))${R}(?!\\s+\\d{4})`,
      'yiu',
    ),
    resolve: (m, ref) => {
      let y: number;
      let last: number | undefined;
      if (m[2]) {
        y = +m[2];
        if (y < 1900 || y > ref.getUTCFullYear()) return null;
        // A span of years runs forward and ends by the time it is reported on.
        if (m[3]) {
          last = +m[3];
          if (last <= y || last > ref.getUTCFullYear()) return null;
        }
        // A bare year needs a preposition, a bare span of years none: "2023" alone may be a count.
        if (!m[1] && !last && !/^(?:în|in|during|anul)\s/iu.test(m[0])) return null;
      } else y = ref.getUTCFullYear() - (/trecut|last/i.test(m[4]!) ? 1 : 0);
      return {
        start: utc(y, 1, 1),
        end: utc(last ?? y, 12, 31),
        since: (Boolean(m[1]) && !comparedFrom(m)) || /început|incep|start|beginning/i.test(m[4] ?? ''),
      };
    },
    leadWords: 6,
    firstWords: [...firsts(SINCE), 'in', 'during', 'anul', 'anului', 'acestui', 'last', 'acest', 'inceputul', 'this', 'the'],
    firstDigit: true,
    triggers: ['year', 'anul', 'anului', 'acest', 'acestui', ...RECENT],
    yearOrDate: true,
    mayLieAhead: true,
  },
  {
    name: 'yearOfEvent',
    // "the 2003 invasion", "a 2011 interview", "her 2008 campaign": a year written before a
    // noun dates what the noun names.
    re: new RegExp(`${L}(?:the|a|an|his|her|its|their|our)\\s+(\\d{4})(?=\\s+\\p{L})`, 'yiu'),
    resolve: (m, ref) => {
      const y = +m[1]!;
      if (y < 1900 || y > ref.getUTCFullYear()) return null;
      return { start: utc(y, 1, 1), end: utc(y, 12, 31), since: false };
    },
    leadWords: 1,
    firstWords: ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our'],
    firstDigit: false,
    triggers: [],
    yearOrDate: true,
  },
  {
    name: 'weekend',
    // over the weekend, last weekend, this weekend, în weekend, weekendul trecut: the latest
    // Saturday and Sunday (the next ones, told in the future tense).
    re: new RegExp(
      `${L}(?:(?:over|during|on|at|in|în|la)\\s+)?(?:(?:the|this|last|past)\\s+weekend|weekendul(?:\\s+(?:trecut|acesta))?|weekend)${R}`,
      'yiu',
    ),
    resolve: (m, ref) => {
      const saturday = lastWeekday(ref, 6, /last|past|trecut/i.test(m[0]) && ref.getUTCDay() !== 0);
      const sunday = new Date(saturday.getTime() + DAY);
      return { start: saturday, end: sunday.getTime() > ref.getTime() ? startOfDay(ref) : sunday, since: false };
    },
    leadWords: 3,
    firstWords: ['over', 'during', 'on', 'at', 'in', 'la', 'the', 'this', 'last', 'past', 'weekend', 'weekendul'],
    firstDigit: false,
    triggers: ['weekend', 'weekendul'],
    mayLieAhead: true,
  },
  {
    name: 'recentPeriod',
    // in recent weeks, over the past two months, în ultimele două luni, în ultimii trei ani
    re: new RegExp(
      `${L}(?:in|over|during|în|in)\\s+(?:the\\s+)?(?:past|last|recent|ultimele|ultimii|ultima|ultimul)\\s+(?:(${COUNT_RE}|\\d+)\\s+)?(days|weeks|months|years|zile|săptămâni|saptamani|luni|ani|week|month|year|lună|luna|săptămână|an)${R}`,
      'yiu',
    ),
    resolve: (m, ref) => {
      // "recent weeks", "ultimele luni": a few; "the past year": one.
      const plural = /^(?:days|weeks|months|years|zile|saptamani|luni|ani)$/.test(fold(m[2]!));
      const n = m[1] ? (COUNTS[fold(m[1])] ?? +m[1]) : /recent/i.test(m[0]) || plural ? 3 : 1;
      const unit = fold(m[2]!);
      return { start: unitsBefore(ref, n, unit), end: startOfDay(ref), since: true };
    },
    leadWords: 5,
    firstWords: ['in', 'over', 'during'],
    firstDigit: false,
    triggers: ['days', 'zile', 'weeks', 'months', 'years', 'ani', 'saptamani', 'luni', ...RECENT],
  },
  {
    name: 'ago',
    // two weeks ago, three days ago, a decade ago, în urmă cu două săptămâni, acum trei zile, acum un deceniu
    re: new RegExp(
      `${L}(?:(${COUNT_RE}|\\d+|a|an|one)\\s+(days?|weeks?|months?|years?|decades?)\\s+ago|(?:în urmă cu|in urma cu|acum)\\s+(${COUNT_RE}|\\d+|o|un)\\s+(zile|zi|săptămâni|saptamani|săptămână|saptamana|luni|lună|luna|ani|an|decenii|deceniu))${R}`,
      'yiu',
    ),
    resolve: (m, ref) => {
      const count = fold(m[1] ?? m[3]!);
      const n = /^\d+$/.test(count) ? +count : ['a', 'an', 'one', 'o', 'un'].includes(count) ? 1 : (COUNTS[count] ?? 1);
      const unit = fold(m[2] ?? m[4]!);
      return { start: unitsBefore(ref, n, unit), since: false };
    },
    leadWords: 4,
    firstWords: [...firsts(COUNT_RE), 'a', 'an', 'one', 'in', 'acum'],
    firstDigit: true,
    triggers: ['ago', 'urma', 'days', 'weeks', 'months', 'years', 'zile', 'ani', 'saptamani', 'luni', 'decades', 'decenii', 'deceniu'],
  },
  {
    name: 'decade',
    // the 1990s, the '90s, since the 1980s, in the early 2000s, mid-1990s, anii '90, în anii 1990
    // ("the 30s" without an apostrophe is an age, a share, a temperature; "anii 90" says years;
    // "în anii 2010-2015" is a span of years. Tried before the parts of a year, which would take
    // "in the early" of "in the early 2000s".)
    re: new RegExp(
      `${L}(?:(${SINCE}\\s+)|(?:in|during|throughout|în)\\s+)?(?:the\\s+(?:(early|mid|late)[\\s-]+)?(?:(1[89]\\d0|20[0-2]0)s|['’](\\d0)s)|(?:(early|mid|late)-)?(1[89]\\d0|20[0-2]0)s|anii\\s+(?:['’]?(\\d0)|(1[89]\\d0|20[0-2]0)))${R}(?!\\s*(?:[-–]|și|si|and|to)\\s*\\d)`,
      'yiu',
    ),
    resolve: (m, ref) => {
      const digits = m[3] ?? m[4] ?? m[6] ?? m[7] ?? m[8]!;
      const now = ref.getUTCFullYear();
      // "the '90s", "anii '20": the latest such decade that has begun; "the 2020s" is the 2020s.
      let start = digits.length === 4 ? +digits : 2000 + +digits;
      if (digits.length === 2) while (start > now) start -= 100;
      const part = m[2] ?? m[5];
      const [a, b] = part === undefined ? [0, 9] : /early/i.test(part) ? [0, 3] : /mid/i.test(part) ? [3, 6] : [6, 9];
      const end = utc(start + b, 12, 31);
      // ("down 5% from the 1990s": a period compared with, not the start of one.)
      return {
        start: utc(start + a, 1, 1),
        end: end.getTime() > ref.getTime() ? startOfDay(ref) : end,
        since: m[1] !== undefined && !comparedFrom(m),
      };
    },
    leadWords: 4,
    firstWords: [...firsts(SINCE), 'in', 'during', 'throughout', 'the', 'anii', 'early', 'mid', 'late'],
    firstDigit: true,
    triggers: ['anii'],
    decadeWord: true,
    neverWhenSaid: true,
  },
  {
    name: 'firstMonths',
    // "în primele trei luni ale anului", "in the first 10 months of 2023", "primele două luni
    // din anul trecut": the year from its start.
    re: new RegExp(
      `${L}(?:(?:în|in|during|over)\\s+)?(?:primele|the\\s+first)\\s+(${COUNT_RE}|\\d{1,2})\\s+(?:luni|months)\\s+(?:(?:ale\\s+lui|din|of)\\s+(\\d{4})|(ale\\s+anului\\s+trecut|din\\s+anul\\s+trecut|of\\s+last\\s+year)|ale\\s+anului|ale\\s+acestui\\s+an|din\\s+an|din\\s+acest\\s+an|of\\s+the\\s+year|of\\s+this\\s+year)${R}`,
      'yiu',
    ),
    resolve: (m, ref) => {
      const n = /^\d+$/.test(m[1]!) ? +m[1]! : COUNTS[fold(m[1]!)];
      if (n === undefined || n < 1 || n > 12) return null;
      const y = m[2] ? +m[2] : ref.getUTCFullYear() - (m[3] ? 1 : 0);
      const end = utc(y, n, monthEnd(y, n));
      return { start: utc(y, 1, 1), end: end.getTime() > ref.getTime() ? startOfDay(ref) : end, since: false };
    },
    leadWords: 2,
    firstWords: ['in', 'during', 'over', 'primele', 'the'],
    firstDigit: false,
    triggers: ['primele', 'first'],
  },
  {
    name: 'partOfYear',
    // Parts of a year: "in the first half of 2024", "în prima jumătate a anului", "the third
    // quarter", "trimestrul al treilea", "last summer", "în vara lui 2023", "mid-2023",
    // "since early 2023", "la sfârșitul anului 2023", "de la jumătatea lui 2023".
    re: new RegExp(
      `${L}(${SINCE}\\s+)?(?:(?:în|in|during|over|la|pe|pentru)\\s+)?(?:the\\s+)?(?:${YEAR_PART})(?:(?:\\s+|-)(?:of\\s+)?(?:the\\s+)?(?:anului|lui|a anului|al anului|din|year|the year)?\\s*(\\d{4}|trecut|trecută|trecuta|last year|this year|anului trecut)?)?${R}`,
      'yiu',
    ),
    resolve: (m, ref) => yearPart(m, ref),
    leadWords: 3,
    firstWords: [
      ...firsts(SINCE),
      'in',
      'during',
      'over',
      'la',
      'pe',
      'pentru',
      'the',
      'this',
      'last',
      'first',
      'second',
      'third',
      'fourth',
      'prima',
      'a',
      'primul',
      'al',
      'trimestrul',
      'semestrul',
      'early',
      'mid',
      'late',
      'inceputul',
      'mijlocul',
      'jumatatea',
      'sfarsitul',
      ...Object.keys(SEASONS),
    ],
    firstDigit: true,
    triggers: [...YEAR_PART_WORDS, ...Object.keys(SEASONS), ...YEAR_PART_BOUNDS],
    mayLieAhead: true,
  },
  {
    name: 'nextPeriod',
    // next week, next year, the coming year, next summer, luna viitoare, anul viitor, vara
    // viitoare: a period to come, whatever the verb's tense. ("The next year he returned" is a
    // narration's next year, not the statement's.)
    re: new RegExp(
      `${L}(?:(?:in|during|over|în|la)\\s+)?(?:(?:(?<!the\\s)next|the coming|this coming)\\s+(week|month|year|summer|winter|spring|autumn|fall)|(săptămâna|saptamana|săptămânii|saptamanii|luna|lunii|anul|anului|vara|iarna|toamna|primăvara|primavara)\\s+(?:viitoare|viitor))${R}`,
      'yiu',
    ),
    resolve: (m, ref) => {
      const unit = fold(m[1] ?? m[2]!);
      const [y, mo] = [ref.getUTCFullYear(), ref.getUTCMonth() + 1];
      if (unit === 'week' || unit === 'saptamana' || unit === 'saptamanii') {
        const monday = new Date(lastWeekday(ref, 1).getTime() + 7 * DAY);
        return { start: monday, end: new Date(monday.getTime() + 6 * DAY), since: false, ahead: true };
      }
      if (unit === 'month' || unit === 'luna' || unit === 'lunii') {
        const [ny, nm] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
        return { start: utc(ny, nm, 1), end: utc(ny, nm, monthEnd(ny, nm)), since: false, ahead: true };
      }
      if (unit === 'year' || unit === 'anul' || unit === 'anului')
        return { start: utc(y + 1, 1, 1), end: utc(y + 1, 12, 31), since: false, ahead: true };
      // A season: the next one to begin.
      const [first, last] = SEASONS[unit]!;
      const year = utc(y, first, 1).getTime() > ref.getTime() ? y : y + 1;
      const endYear = year + Math.floor((last - 1) / 12);
      const endMonth = ((last - 1) % 12) + 1;
      return { start: utc(year, first, 1), end: utc(endYear, endMonth, monthEnd(endYear, endMonth)), since: false, ahead: true };
    },
    leadWords: 3,
    firstWords: [
      'in',
      'during',
      'over',
      'la',
      'next',
      'the',
      'this',
      'saptamana',
      'saptamanii',
      'luna',
      'lunii',
      'anul',
      'anului',
      ...Object.keys(SEASONS),
    ],

    firstDigit: false,
    triggers: ['next', 'coming', 'viitoare', 'viitor'],
    neverWhenSaid: true,
  },
];

/** Where the pattern of that name stands in PATTERNS (its bit in the masks below). */
const patternAt = (name: TimePattern['name']) => PATTERNS.findIndex((p) => p.name === name);
const MONTH_PATTERN = patternAt('month');
const WEEKDAY_PATTERN = patternAt('weekday');
const WEEKEND_PATTERN = patternAt('weekend');
const YEAR_PATTERN = patternAt('year');
const PART_OF_YEAR_PATTERN = patternAt('partOfYear');

/** A time expression found in a text, not yet resolved against a reference date. */
export interface TimeMention {
  index: number;
  end: number;
  pattern: number;
  match: RegExpExecArray;
}

// Every pattern needs one of its trigger words (folded) or a year or a numeric date nearby:
// a text without any is not scanned, and only the patterns a word can start are run,
// only around it. Bits are the patterns' places in PATTERNS.
const bitsOf = (which: (p: TimePattern) => boolean) => PATTERNS.reduce((mask, p, i) => (which(p) ? mask | (1 << i) : mask), 0);
const TRIGGER_WORDS = new Map<string, number>();
PATTERNS.forEach((p, i) => p.triggers.forEach((w) => TRIGGER_WORDS.set(w, (TRIGGER_WORDS.get(w) ?? 0) | (1 << i))));
const YEAR_OR_DATE = bitsOf((p) => p.yearOrDate === true);
const DECADE = bitsOf((p) => p.decadeWord === true);
/** Whether a word is a decade ("1990s", "90s"), by its characters. */
function isDecade(key: string): boolean {
  const n = key.length;
  if ((n !== 3 && n !== 5) || key.charCodeAt(n - 1) !== 0x73 || key.charCodeAt(n - 2) !== 0x30) return false;
  for (let i = 0; i < n - 1; i++) if (key.charCodeAt(i) < 48 || key.charCodeAt(i) > 57) return false;
  return true;
}
const TRIGGERS = new ScreenedMap(TRIGGER_WORDS);
/** Whether a word is a year or an ISO date ("2024", "2024-03-18"), by its characters. */
function isYearOrDate(key: string): boolean {
  if (key.length !== 4 && key.length !== 10) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 0x2d : c < 48 || c > 57) return false;
  }
  return true;
}

/** Whether a word holds a hyphen or an apostrophe (a loop: it runs for every word of a unit, where two calls to includes cost more). */
function hasJoiner(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 0x2d || c === 0x27) return true;
  }
  return false;
}

function triggerOf(key: string): number {
  const hit = TRIGGERS.get(key);
  if (hit !== undefined) return hit;
  const first = key.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    if (isYearOrDate(key)) return YEAR_OR_DATE;
    if (isDecade(key)) return DECADE;
  }
  if (!hasJoiner(key)) return 0;
  // "mid-July", "sfârșitul-lunii": the parts of a hyphenated word trigger too.
  let mask = 0;
  for (let sub = 0; sub >= 0; sub = nextPart(key, sub)) {
    const part = partAt(key, sub);
    mask |= TRIGGER_WORDS.get(part) ?? (isYearOrDate(part) ? YEAR_OR_DATE : isDecade(part) ? DECADE : 0);
  }
  return mask;
}

// The words each pattern can begin with (folded), as bits of patterns by word; and the
// patterns that can begin with a digit.
const FIRST_WORDS = new Map<string, number>();
PATTERNS.forEach((p, i) => p.firstWords.forEach((w) => FIRST_WORDS.set(w, (FIRST_WORDS.get(w) ?? 0) | (1 << i))));
const DIGIT_FIRST = bitsOf((p) => p.firstDigit);

const FIRSTS = new ScreenedMap(FIRST_WORDS);

/** The run of letters and digits of a folded word from `at` ("mid-july" at 4: "july"). */
function partAt(key: string, at: number): string {
  let end = at;
  while (end < key.length && key.charCodeAt(end) !== 0x2d && key.charCodeAt(end) !== 0x27) end++;
  return end === key.length && at === 0 ? key : key.slice(at, end);
}

/** Where the next run of letters and digits of a word starts after a hyphen or apostrophe, or -1. */
function nextPart(key: string, at: number): number {
  for (let i = at; i < key.length - 1; i++) {
    const c = key.charCodeAt(i);
    if ((c === 0x2d || c === 0x27) && key.charCodeAt(i + 1) !== 0x2d && key.charCodeAt(i + 1) !== 0x27) return i + 1;
  }
  return -1;
}

// The patterns that may start at each word of the text being scanned: one array, kept and
// grown as texts need (an array made for each text cost more than the scan around it).
let masks = new Int32Array(256);
/** The start masks for a text of `n` words, all zero. */
function startMasks(n: number): Int32Array {
  if (masks.length < n) masks = new Int32Array(Math.max(n, masks.length * 2));
  return masks.fill(0, 0, n);
}

/** Scans a text once for time expressions; resolve them later against any reference date. */
export function scanTimes(text: string, tokens: readonly Token[] = tokenize(text)): TimeMention[] {
  // A trigger word lets the patterns it belongs to start at it or at one of the few
  // words before it.
  let starts: Int32Array | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const mask = triggerOf(tokens[k]!.key);
    if (!mask) continue;
    starts ??= startMasks(tokens.length);
    for (let pattern = 0; pattern < PATTERNS.length; pattern++)
      if (mask & (1 << pattern)) for (let j = Math.max(0, k - PATTERNS[pattern]!.leadWords); j <= k; j++) starts[j]! |= 1 << pattern;
  }
  const out: TimeMention[] = [];
  if (!starts) return out;
  // Every pattern begins with a word: each is tried, anchored, only where a word it can
  // begin with starts (also inside "mid-July", after the hyphen).
  // Mentions never overlap, and are found left to right: nothing is tried inside one.
  let covered = 0;
  for (let k = 0; k < tokens.length; k++) {
    const mask = starts[k]!;
    if (!mask) continue;
    const t = tokens[k]!;
    for (let sub = 0; sub >= 0; sub = nextPart(t.key, sub)) {
      const at = t.start + sub;
      if (at < covered) continue;
      const word = partAt(t.key, sub);
      const digit = word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;
      const candidates = mask & (digit ? DIGIT_FIRST : (FIRSTS.get(word) ?? 0));
      if (!candidates) continue;
      for (let pattern = 0; pattern < PATTERNS.length; pattern++) {
        if (!(candidates & (1 << pattern))) continue;
        const re = PATTERNS[pattern]!.re;
        re.lastIndex = at;
        const m = re.exec(text);
        if (!m) continue;
        const end = at + m[0].length;
        if (at < covered) continue;
        out.push({ index: at, end, pattern, match: m });
        covered = Math.max(covered, end);
      }
    }
  }
  // Found left to right, never overlapping: already in order.
  return out;
}

interface Resolution {
  start: Date;
  end: Date | undefined;
  since: boolean;
  ahead: boolean;
  /** ISO forms of start and end, made once. */
  startIso: string;
  endIso: string | undefined;
}

// Resolutions depend on the words matched, the pattern and the day of the reference
// date (never its time of day), which recur across the articles of a day: remembered,
// bounded. "luni" also looks at the
// words around it, so its resolutions are made afresh.
// Kept by one number for the day, the pattern and a deadline, then by the words: a key
// joined into one string cost more to flatten and hash than resolving.
const resolutions = new Map<number, Map<string, Resolution | null>>();
const MAX_RESOLUTIONS = 20_000;
let resolutionCount = 0;

function resolution(t: TimeMention, ref: Date): Resolution | null {
  // "luni" (Monday or months) and "from" (since, or a comparison) look at the words around them.
  const contextFree = t.pattern === WEEKDAY_PATTERN ? fold(t.match[2] ?? '') !== 'luni' : !/^from\s/i.test(t.match[1] ?? '');
  // A deadline ("by the end of March") is remembered apart from the same words without it.
  const by = (t.pattern === MONTH_PATTERN || t.pattern === PART_OF_YEAR_PATTERN) && deadline(t.match) ? 1 : 0;
  const day = Math.floor(ref.getTime() / DAY);
  // (An invalid date has no day: its resolutions are made afresh.)
  const slot = contextFree && Number.isFinite(day) ? (day * PATTERNS.length + t.pattern) * 2 + by : undefined;
  const known = slot === undefined ? undefined : resolutions.get(slot);
  let r = known?.get(t.match[0]);
  if (r === undefined) {
    const c = PATTERNS[t.pattern]!.resolve(t.match, ref);
    r = c && {
      start: c.start,
      end: c.end,
      since: c.since,
      ahead: c.ahead === true,
      startIso: iso(c.start),
      endIso: c.end ? iso(c.end) : undefined,
    };
    if (slot !== undefined) remember(slot, known, t.match[0], r);
  }
  return r;
}

function remember(slot: number, known: Map<string, Resolution | null> | undefined, words: string, r: Resolution | null): void {
  if (resolutionCount >= MAX_RESOLUTIONS) {
    resolutions.clear();
    resolutionCount = 0;
    known = undefined;
  }
  if (!known) resolutions.set(slot, (known = new Map()));
  known.set(words, r);
  resolutionCount++;
}

function resolveAll(mentions: readonly TimeMention[], ref: Date, offset = 0): Candidate[] {
  const out: Candidate[] = [];
  for (const t of mentions) {
    const r = resolution(t, ref);
    // Never into the future, unless the words say so ("next year"): a period that has not
    // begun yet is not what a source reported.
    if (!r || (r.start.getTime() > ref.getTime() && !r.ahead)) continue;
    out.push({
      start: r.start,
      end: r.end,
      since: r.since,
      ahead: r.ahead,
      startIso: r.startIso,
      endIso: r.endIso,
      index: t.index - offset,
      surface: t.match[0].trim(),
    });
  }
  return out;
}

// A year named from the present ("this year", "anul acesta", "last year"): said of the
// future it is still the year it names from the statement, not the next one.
const YEAR_FROM_NOW =
  /^(?:anul trecut|anului trecut|last year|anul acesta|anul ăsta|anul curent|anului curent|acestui an|this year|acest an|începutul anului|inceputul anului|the start of the year|the beginning of the year)$/iu;
// How far ahead a time said in the future tense is looked for: up to a month short of a
// year, so that "in July" said in July is this July, and "in June" said in July is next June.
const AHEAD_DAYS = 334;
const WEEK_AHEAD_DAYS = 6;
const YEARS_AHEAD_DAYS = 100 * 366;
const NAMED_FROM_NOW = /(?<![\p{L}])(?:last|past|trecut|trecută|trecuta)(?![\p{L}])/iu;
// ("this November" said in July is the one to come; "this summer", "acest an" are the statement's own.)
const THIS_ONE = /(?<![\p{L}])(?:this|acest|această|aceasta|acestei)(?![\p{L}])/iu;

/**
 * The candidates of a content in the future tense ("will open in October", "vor decide
 * luni"): its months, weekdays, years and seasons are the next ones, not the last ones.
 */
function resolveForward(mentions: readonly TimeMention[], ref: Date, ahead: (t: TimeMention) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const t of mentions) {
    // ("last Friday", "this past March", "vineri trecută" lie behind whatever the tense; "this
    // summer", "acest an" are named from the statement, not from a time ahead of it.)
    if (
      !ahead(t) ||
      !PATTERNS[t.pattern]!.mayLieAhead ||
      (t.pattern === YEAR_PATTERN && YEAR_FROM_NOW.test(t.match[4] ?? '')) ||
      NAMED_FROM_NOW.test(t.match[0])
    ) {
      out.push(...resolveAll([t], ref));
      continue;
    }
    // "will reopen this summer" said in March: the statement's year's summer, begun or not.
    if ((t.pattern === PART_OF_YEAR_PATTERN || t.pattern === YEAR_PATTERN) && THIS_ONE.test(t.match[0])) {
      out.push(...resolveAll([t], utc(ref.getUTCFullYear(), 12, 31)));
      continue;
    }
    // (A year written out lies as far ahead as it says: "would be released in 2018", "in the fall of 2025".)
    const days =
      t.pattern === WEEKDAY_PATTERN || t.pattern === WEEKEND_PATTERN
        ? WEEK_AHEAD_DAYS
        : (t.pattern === YEAR_PATTERN && t.match[2] !== undefined) ||
            (t.pattern === PART_OF_YEAR_PATTERN && /^\d{4}$/.test(t.match[11] ?? ''))
          ? YEARS_AHEAD_DAYS
          : AHEAD_DAYS;
    out.push(...resolveAll([t], new Date(ref.getTime() + days * DAY)));
  }
  return out;
}

const toResolved = (c: Candidate): ResolvedTime =>
  c.end
    ? { start: c.startIso ?? iso(c.start), end: c.endIso ?? iso(c.end), surface: c.surface, index: c.index }
    : { start: c.startIso ?? iso(c.start), surface: c.surface, index: c.index };

/** The mentions that lie within [from, to) of the scanned text. */
export function mentionsWithin(mentions: readonly TimeMention[], from: number, to: number): readonly TimeMention[] {
  // Most sentences have no time words, or all of them in range: no copy then.
  if (mentions.length === 0) return mentions;
  return mentions.filter((m) => m.index >= from && m.end <= to);
}

/**
 * When the source spoke, from time mentions around the cue (not in the content): a
 * weekday ("joi", "on Friday"), a date, a month ("la începutul lunii martie", "în
 * septembrie"), "yesterday", resolved backwards from the publication date. The
 * mention nearest the cue (the last one) wins.
 */
export function statedAtFrom(mentions: readonly TimeMention[], published: Date): ResolvedTime | null {
  const found = resolveAll(
    mentions.filter((t) => !PATTERNS[t.pattern]!.neverWhenSaid),
    published,
  ).filter((c) => !c.since);
  const last = found[found.length - 1];
  return last ? toResolved(last) : null;
}

/**
 * The period a claim is about, from the time mentions of its content: "since July",
 * "de când au început transferurile, în iulie", "începând din septembrie", "in
 * September", "la începutul acestei săptămâni", "în ultimele două luni", resolved
 * backwards from when it was said. A "since" expression wins over a plain one.
 */
export function eventTimeFrom(
  mentions: readonly TimeMention[],
  statedAt: Date,
  future: boolean | ((t: TimeMention) => boolean) = false,
): ResolvedTime | null {
  const found =
    future === false ? resolveAll(mentions, statedAt) : resolveForward(mentions, statedAt, future === true ? () => true : future);
  const since = found.find((c) => c.since);
  const pick = since ?? found[0];
  if (!pick) return null;
  // "since July": the period runs from then to the statement.
  if (pick.since && !/^(?:in|over|during|în)\s/i.test(pick.surface)) {
    const { endIso: _stale, ...since } = pick;
    return toResolved({ ...since, end: startOfDay(statedAt) });
  }
  return toResolved(pick);
}

/** statedAtFrom over a whole text. */
export function findStatedAt(text: string, published: Date): ResolvedTime | null {
  return statedAtFrom(scanTimes(text), published);
}

/** eventTimeFrom over a whole text. */
export function findEventTime(content: string, statedAt: Date, future = false): ResolvedTime | null {
  return eventTimeFrom(scanTimes(content), statedAt, future);
}
