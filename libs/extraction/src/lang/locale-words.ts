/**
 * Weekday and month names of a locale, from the locale data Node carries (CLDR through
 * Intl), in lower case: full and abbreviated forms.
 */
export function calendarWords(locale: string): Set<string> {
  const out = weekdayWords(locale);
  for (const month of ['long', 'short'] as const) {
    const f = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
    for (let m = 0; m < 12; m++)
      out.add(
        f
          .format(new Date(Date.UTC(2021, m, 15)))
          .toLowerCase()
          .replace(/\.$/, ''),
      );
  }
  return out;
}

/**
 * Month names that only a capital makes months, from the locale data: English writes
 * "March" and "May" with a capital, so "the march" and "may" are no months; Romanian
 * writes "martie" in lower case, and "august" is a month either way.
 */
export function capitalisedMonths(locales: readonly string[]): Set<string> {
  const upper = new Set<string>();
  const lower = new Set<string>();
  for (const locale of locales) {
    const f = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) {
      const name = f.format(new Date(Date.UTC(2021, m, 15)));
      (name[0] !== name[0]!.toLowerCase() ? upper : lower).add(name.toLowerCase());
    }
  }
  for (const name of lower) upper.delete(name);
  return upper;
}

/** Weekday names of a locale in lower case, full and abbreviated (from CLDR through Intl), or full only. */
export function weekdayWords(locale: string, forms: readonly ('long' | 'short')[] = ['long', 'short']): Set<string> {
  const out = new Set<string>();
  for (const weekday of forms) {
    const f = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
    // 4-10 January 2021 is a Monday to a Sunday.
    for (let d = 4; d <= 10; d++)
      out.add(
        f
          .format(new Date(Date.UTC(2021, 0, d)))
          .toLowerCase()
          .replace(/\.$/, ''),
      );
  }
  return out;
}
