import { z } from 'zod';
import { CLAIM_SORTS, sortKeyKind, type ClaimSort, type KeysetPosition } from '@claim-ledger/persistence';
import { decodeCursor, limitParam } from './page-cursor';

const text = (max: number, description: string) => z.string().min(1).max(max).optional().meta({ description });
const date = (description: string) =>
  z.iso
    .date('must be a date YYYY-MM-DD')
    .refine((d) => !d.startsWith('0000-'), 'must be a date from year 0001 on')
    .optional()
    .meta({ description });
const instant = (description: string) =>
  z
    .union([z.iso.date(), z.iso.datetime({ offset: true })], { error: 'must be an ISO 8601 date or date-time with offset' })
    .refine((d) => d >= '1800' && d < '3000', 'must be from year 1800 to 2999')
    .optional()
    .meta({ description });
const decimal = (description: string) =>
  z
    .string()
    .regex(/^-?[0-9]{1,15}(\.[0-9]{1,6})?$/, 'must be a decimal number such as 1500 or 2.5')
    .transform(Number)
    .optional()
    .meta({ description });

/** Query string of GET /v1/claims (and its CSV and NDJSON exports). Unknown parameters are rejected, so typos do not silently widen a search. */
export const claimsQueryParams = z
  .object({
    publisher: text(100, 'The publisher that sent the article.'),
    articleId: text(200, 'The article id, as the publisher sent it.'),
    source: text(200, 'Who made the claim: canonical id (`country:KR`) or canonical name, any case.'),
    entity: text(200, 'An entity the claim names: canonical id or name, any case.'),
    proposition: text(200, 'The proposition the claim is filed under.'),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code')
      .optional()
      .meta({ description: 'ISO 639-1 language of the claim.' }),
    stance: z.enum(['asserts', 'denies']).optional().meta({ description: 'Whether the source asserts or denies the content.' }),
    hedged: z
      .enum(['true', 'false'])
      .transform((s) => s === 'true')
      .optional()
      .meta({ description: 'Hedged ("about", "reportedly") or not.' }),
    relation: z
      .enum(['conflicts', 'updates', 'corroborates'])
      .optional()
      .meta({ description: 'Only claims with at least one current link of this kind.' }),
    statedFrom: date('Stated on or after this day.'),
    statedTo: date('Stated on or before this day.'),
    eventFrom: date('About a period that ends on or after this day.'),
    eventTo: date('About a period that starts on or before this day.'),
    eventInferred: z
      .enum(['true', 'false'])
      .transform((s) => s === 'true')
      .optional()
      .meta({
        description:
          'Whether the period was inferred (from the claims before it, or the day it was said) rather than named in the content: `false` keeps periods the claims name themselves.',
      }),
    publishedFrom: instant('In an article published at or after this time.'),
    publishedTo: instant('In an article published at or before this time.'),
    quantityUnit: text(40, 'A figure in this unit: an English singular noun (`container`), an ISO 4217 code or `%`.'),
    quantityMin: decimal('A figure whose value (or range) reaches at least this.'),
    quantityMax: decimal('A figure whose value (or range) is at most this.'),
    q: text(
      300,
      'Full-text search over the content and the source, Romanian and English, diacritics ignored ("word", "a phrase", -not, or).',
    ),
    sort: z.enum(CLAIM_SORTS).default('-statedAt').meta({ description: 'Order; a leading `-` is newest first. Default `-statedAt`.' }),
    limit: limitParam(500, 50),
    cursor: z
      .string()
      .max(1200)
      .optional()
      .meta({ description: 'The `next` of the previous page, as it was returned (same filters and sort).' }),
  })
  .strict();

export const claimsQuerySchema = claimsQueryParams.transform((v, ctx) => {
  const { cursor, ...rest } = v;
  let after: KeysetPosition | undefined;
  if (cursor !== undefined) {
    // A cursor belongs to its order: one written for another sort is refused, not misread.
    const decoded = decodeCursor(cursor, `claims:${v.sort}`, sortKeyKind(v.sort as ClaimSort));
    if (!decoded) {
      ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'is not a cursor returned by this API' });
      return z.NEVER;
    }
    after = decoded;
  }
  for (const [from, to] of [
    ['statedFrom', 'statedTo'],
    ['eventFrom', 'eventTo'],
    ['quantityMin', 'quantityMax'],
  ] as const) {
    const a = rest[from];
    const b = rest[to];
    if (a !== undefined && b !== undefined && a > b) {
      ctx.addIssue({ code: 'custom', path: [to], message: `must not be before ${from}` });
      return z.NEVER;
    }
  }
  if (rest.publishedFrom && rest.publishedTo && Date.parse(rest.publishedFrom) > Date.parse(rest.publishedTo)) {
    ctx.addIssue({ code: 'custom', path: ['publishedTo'], message: 'must not be before publishedFrom' });
    return z.NEVER;
  }
  return { ...rest, ...(after ? { after } : {}) };
});
export type ClaimsQuery = z.output<typeof claimsQuerySchema>;
