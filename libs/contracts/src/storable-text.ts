import type { z } from 'zod';

/**
 * The same rule as `unstorableText`, as a JSON Schema pattern for the published schema
 * files. Either a character that is neither NUL nor a surrogate, or a surrogate pair; it
 * means the same with and without the regular expression's `u` flag.
 */
export const STORABLE_TEXT_PATTERN = '^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$';

function loneSurrogateIndex(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return -1;
}

/**
 * Why Postgres cannot store this string, or null when it can. `text` and `jsonb` refuse
 * U+0000, and a lone UTF-16 surrogate is no Unicode character at all (the driver would
 * silently turn it into U+FFFD, jsonb refuses its escape): accepting either would mean a
 * 202 for an article that never reaches the ledger, or one stored under another id.
 */
export function unstorableText(s: string): string | null {
  const nul = s.indexOf('\u0000');
  if (nul >= 0) return `must not contain the NUL character (U+0000), found at index ${nul}`;
  if (s.isWellFormed()) return null;
  return `must be well-formed Unicode: a lone UTF-16 surrogate at index ${loneSurrogateIndex(s)}`;
}

/** Adds the storable-text rule to a string schema, in zod and in the generated JSON Schema. */
export function storableText<T extends z.ZodType<string>>(schema: T): T {
  return schema
    .check((ctx) => {
      const reason = unstorableText(ctx.value);
      if (reason) ctx.issues.push({ code: 'invalid_format', format: 'storable_text', message: reason, input: ctx.value });
    })
    .meta({ pattern: STORABLE_TEXT_PATTERN });
}
