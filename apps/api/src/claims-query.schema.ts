import { z } from 'zod';
import { unstorableText } from '@claim-ledger/contracts';

/**
 * What a cursor holds: the position after the last claim of a page. `statedAt` is a
 * real calendar date that Postgres can compare with (year 0000 or "9999-99-99" would
 * fail in the query), and `id` text it can hold.
 */
const cursorSchema = z.object({
  statedAt: z.iso.date().refine((d) => !d.startsWith('0000-')),
  id: z
    .string()
    .min(1)
    .max(100)
    .refine((s) => unstorableText(s) === null),
});

export function encodeCursor(c: z.output<typeof cursorSchema>): string {
  return Buffer.from(JSON.stringify(c), 'utf8').toString('base64url');
}

/** Query string of GET /v1/claims. Unknown parameters are rejected, so typos do not silently widen a search. */
export const claimsQuerySchema = z
  .object({
    publisher: z.string().min(1).max(100).optional(),
    articleId: z.string().min(1).max(200).optional(),
    source: z.string().min(1).max(200).optional(),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code')
      .optional(),
    // Plain decimal digits only: Number() would also read "0x10", "1e2", " 16" and "".
    limit: z
      .string()
      .regex(/^[0-9]{1,6}$/, 'must be a whole number from 1 to 500, in decimal digits')
      .transform(Number)
      .pipe(z.number().min(1, 'must be from 1 to 500').max(500, 'must be from 1 to 500'))
      .default(50),
    cursor: z
      .string()
      .max(400)
      .transform((s, ctx) => {
        const decoded = cursorSchema.safeParse(parseJson(Buffer.from(s, 'base64url').toString('utf8')));
        if (decoded.success) return decoded.data;
        ctx.addIssue({ code: 'custom', message: 'is not a cursor returned by this API' });
        return z.NEVER;
      })
      .optional(),
  })
  .strict();

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
