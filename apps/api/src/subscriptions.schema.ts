import { BadRequestException } from '@nestjs/common';
import { z } from 'zod';
import { storableText, toValidationIssues } from '@claim-ledger/contracts';
import { subscriptionFilterSchema } from '@claim-ledger/alerts';

/** Body of POST /v1/subscriptions. */
export const createSubscriptionSchema = z
  .object({
    url: storableText(z.string().min(1).max(2048, 'must be at most 2048 characters')),
    name: storableText(z.string().trim().min(1).max(200)).optional(),
    filter: subscriptionFilterSchema.default({ relation: 'any' }),
  })
  .strict();
export type CreateSubscriptionBody = z.output<typeof createSubscriptionSchema>;

/** Body of PATCH /v1/subscriptions/:id. */
export const updateSubscriptionSchema = z.object({ status: z.enum(['active', 'paused']) }).strict();

const limit = z
  .string()
  .regex(/^[0-9]{1,4}$/, 'must be a whole number from 1 to 200, in decimal digits')
  .transform(Number)
  .pipe(z.number().min(1, 'must be from 1 to 200').max(200, 'must be from 1 to 200'))
  .default(50);

const position = z.object({ createdAt: z.iso.datetime({ offset: true }), id: z.string().min(1).max(100) });
const cursor = z
  .string()
  .max(400)
  .transform((s, ctx) => {
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(s, 'base64url').toString('utf8'));
    } catch {
      json = undefined;
    }
    const parsed = position.safeParse(json);
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: 'custom', message: 'is not a cursor returned by this API' });
    return z.NEVER;
  });

export function encodePosition(p: z.output<typeof position>): string {
  return Buffer.from(JSON.stringify(p), 'utf8').toString('base64url');
}

export const listSubscriptionsQuerySchema = z.object({ limit, cursor: cursor.optional() }).strict();
export const listDeliveriesQuerySchema = z
  .object({ limit, cursor: cursor.optional(), status: z.enum(['pending', 'delivered', 'failed']).optional() })
  .strict();

/** Body of POST /v1/subscriptions/:id/replay: a time, or an offset per topic and partition. */
export const replayRequestSchema = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    offsets: z
      .object({
        'claims.recorded.v1': z.record(z.string().regex(/^\d{1,4}$/), z.string().regex(/^\d{1,19}$/, 'must be an offset')).optional(),
        'claims.linked.v1': z.record(z.string().regex(/^\d{1,4}$/), z.string().regex(/^\d{1,19}$/, 'must be an offset')).optional(),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((r) => (r.from === undefined) !== (r.offsets === undefined), { message: 'give either from (a time) or offsets', path: ['from'] });

/** Parses a request part, or answers 400 naming the first broken field. */
export function parseRequest<S extends z.ZodType>(schema: S, value: unknown, code: string): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issues = toValidationIssues(parsed.error);
  throw new BadRequestException({ code, message: `${issues[0]!.field}: ${issues[0]!.message}`, issues });
}
