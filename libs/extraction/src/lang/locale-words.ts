/**
 * Weekday and month names of a locale, from the locale data Node carries (CLDR through
 * Intl), in lower case: full and abbreviated forms.
 */
export function calendarWords(locale: string): Set<string> {
  const out = new Set<string>();
  for (const weekday of ['long', 'short'] as const) {
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
