import { z } from 'zod';
import { unstorableText } from '@claim-ledger/contracts';
import type { KeysetPosition } from '@claim-ledger/persistence';

/** What a cursor's key holds, so a forged or foreign cursor is refused before it reaches SQL. */
export type CursorKeyKind = 'date' | 'instant' | 'text' | 'none';

const text = z
  .string()
  .max(400)
  .refine((s) => unstorableText(s) === null);
const keyOf: Record<CursorKeyKind, z.ZodType<string>> = {
  // A real calendar date Postgres can compare with (not year 0000, not "9999-99-99").
  date: z.iso.date().refine((d) => !d.startsWith('0000-')),
  instant: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
    .refine((d) => !d.startsWith('0000-') && z.iso.datetime({ precision: 6 }).safeParse(d).success),
  text: text.min(1),
  none: z.literal(''),
};

/**
 * Cursors are opaque to clients: base64url JSON holding the listing they belong to
 * (`s`), the sort key of the last row (`k`) and its id (`i`).
 */
export function encodeCursor(scope: string, p: KeysetPosition): string {
  return Buffer.from(JSON.stringify({ s: scope, k: p.key, i: p.id }), 'utf8').toString('base64url');
}

export const encodeNext = (scope: string, p: KeysetPosition | null): string | null => (p ? encodeCursor(scope, p) : null);

/** Reads a cursor of one listing back into its position; anything else is an issue on `cursor`. */
export function decodeCursor(raw: string, scope: string, kind: CursorKeyKind): KeysetPosition | null {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  const parsed = z.object({ s: z.literal(scope), k: keyOf[kind], i: text.min(1) }).safeParse(value);
  return parsed.success ? { key: parsed.data.k, id: parsed.data.i } : null;
}

/** The `cursor` query parameter of one listing. */
export const cursorParam = (scope: string, kind: CursorKeyKind) =>
  z
    .string()
    .max(1200)
    .transform((s, ctx) => {
      const decoded = decodeCursor(s, scope, kind);
      if (decoded) return decoded;
      ctx.addIssue({ code: 'custom', message: 'is not a cursor returned by this API' });
      return z.NEVER;
    })
    .meta({ description: 'The `next` of the previous page, as it was returned.' });

/** `limit`: plain decimal digits only (Number() would also read "0x10", "1e2", " 16" and ""). */
export const limitParam = (max: number, fallback: number) =>
  z
    .string()
    .regex(/^[0-9]{1,6}$/, `must be a whole number from 1 to ${max}, in decimal digits`)
    .transform(Number)
    .pipe(z.number().min(1, `must be from 1 to ${max}`).max(max, `must be from 1 to ${max}`))
    .default(fallback)
    .meta({ description: `Page size, 1 to ${max} (default ${fallback}).` });
