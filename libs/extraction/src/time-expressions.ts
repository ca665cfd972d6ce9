import { fold } from './normalize-text';

/** A resolved time: ISO dates, with the words that gave it. */
export interface ResolvedTime {
  start: string;
  end?: string;
  surface: string;
  /** Where in the searched text the expression was found. */
  index: number;
}

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

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utcDate = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The last date on or before `ref` that falls on `weekday`. */
function lastWeekday(ref: Date, weekday: number): Date {
  const diff = (ref.getUTCDay() - weekday + 7) % 7;
  return new Date(ref.getTime() - diff * 86_400_000);
}

/** The most recent `month` that has begun by `ref` (never a future month). */
function lastMonth(ref: Date, month: number, strictlyBefore = false): { y: number; m: number } {
  const refM = ref.getUTCMonth() + 1;
  let y = ref.getUTCFullYear();
  if (month > refM || (strictlyBefore && month === refM)) y -= 1;
  return { y, m: month };
}

function monthSpan(y: number, m: number, part?: 'early' | 'late' | 'mid'): { start: string; end: string } {
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (part === 'early') return { start: iso(utcDate(y, m, 1)), end: iso(utcDate(y, m, 10)) };
  if (part === 'late') return { start: iso(utcDate(y, m, 20)), end: iso(utcDate(y, m, days)) };
  if (part === 'mid') return { start: iso(utcDate(y, m, 11)), end: iso(utcDate(y, m, 20)) };
  return { start: iso(utcDate(y, m, 1)), end: iso(utcDate(y, m, days)) };
}

const MONTH_RE = Object.keys(MONTHS).join('|');
const WEEKDAY_RE =
  'luni|marți|marti|miercuri|joi|vineri|sâmbătă|sambata|duminică|duminica|monday|tuesday|wednesday|thursday|friday|saturday|sunday';

/**
 * When the source spoke: a weekday ("joi", "on Friday"), a month ("la începutul lunii
 * martie", "în septembrie") or a date, resolved backwards from the publication date.
 */
export function findStatedAt(text: string, published: Date): ResolvedTime | null {
  const wd = new RegExp(`(?<![\\p{L}])(?:on |last |this |pe |)(${WEEKDAY_RE})(?![\\p{L}])`, 'iu').exec(text);
  // "luni" is also "months": take it as Monday only where no number or "de" precedes it.
  if (
    wd &&
    !(fold(wd[1]!) === 'luni' && /(\d|două|trei|patru|cinci|câteva|multe|de|ultimele|ultimii)\s+$/i.test(text.slice(0, wd.index)))
  ) {
    const day = lastWeekday(published, WEEKDAYS[fold(wd[1]!)]!);
    return { start: iso(day), surface: wd[0].trim(), index: wd.index };
  }
  const month = findMonth(text, published, false);
  return month;
}

function findMonth(text: string, ref: Date, strictlyBefore: boolean): ResolvedTime | null {
  const re = new RegExp(
    `(?<![\\p{L}])(?:(la începutul|la inceputul|la sfârșitul|la sfarsitul|la mijlocul|early|late|mid|in early|in late|in mid|since late|since early)\\s+(?:lunii\\s+)?)?(?:în\\s+|in\\s+|din\\s+|since\\s+|de la\\s+|începând din\\s+|începând cu\\s+)?(${MONTH_RE})(?:\\s+(\\d{4}))?(?![\\p{L}])`,
    'iu',
  );
  for (const m of text.matchAll(new RegExp(re.source, 'giu'))) {
    const name = m[2]!.toLowerCase();
    // "mai" is also "more" and "may" also a modal verb: take them as months only with a year or a preposition.
    if (
      (name === 'mai' || name === 'may') &&
      !m[3] &&
      !/^(în|in|din|since)\s/i.test(m[0].trim().replace(/^(la \S+|early|late|mid)\s+(lunii\s+)?/i, ''))
    )
      continue;
    const monthNo = MONTHS[name]!;
    const { y, m: mo } = m[3] ? { y: Number(m[3]), m: monthNo } : lastMonth(ref, monthNo, strictlyBefore);
    const partWord = (m[1] ?? '').toLowerCase();
    const part = /început|incep|early/.test(partWord)
      ? 'early'
      : /sfârșit|sfarsit|late/.test(partWord)
        ? 'late'
        : /mijloc|mid/.test(partWord)
          ? 'mid'
          : undefined;
    return { ...monthSpan(y, mo, part), surface: m[0].trim(), index: m.index };
  }
  return null;
}

/**
 * The period a claim is about, from its content: "since July", "de când au început
 * transferurile, în iulie", "începând din septembrie", "in September", "la începutul
 * acestei săptămâni". Months resolve to the last one before the statement.
 */
export function findEventTime(content: string, statedAt: Date): ResolvedTime | null {
  const week =
    /(?<![\p{L}])(la începutul acestei săptămâni|la inceputul acestei saptamani|earlier this week|early this week|this week|săptămâna aceasta|săptămâna trecută|last week)(?![\p{L}])/iu.exec(
      content,
    );
  if (week) {
    const monday = lastWeekday(statedAt, 1);
    const shift = /trecută|last/i.test(week[1]!) ? -7 : 0;
    const start = new Date(monday.getTime() + shift * 86_400_000);
    return { start: iso(start), end: iso(new Date(start.getTime() + 2 * 86_400_000)), surface: week[0], index: week.index };
  }
  const since = /(?<![\p{L}])(since|de când|de cand|începând din|începând cu|incepand din|din)(?![\p{L}])/iu.exec(content);
  const month = findMonth(content, statedAt, true);
  if (month) return month;
  if (since) return null;
  return null;
}
