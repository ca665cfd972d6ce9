import { z } from 'zod';

const cursorSchema = z.object({ statedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), id: z.string().min(1).max(100) });

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
    limit: z.coerce.number().int().min(1).max(500).default(50),
    cursor: z
      .string()
      .max(400)
      .transform((s, ctx) => {
        try {
          return cursorSchema.parse(JSON.parse(Buffer.from(s, 'base64url').toString('utf8')));
        } catch {
          ctx.addIssue({ code: 'custom', message: 'is not a cursor returned by this API' });
          return z.NEVER;
        }
      })
      .optional(),
  })
  .strict();
