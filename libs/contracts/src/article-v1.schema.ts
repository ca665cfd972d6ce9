import { z } from 'zod';
import { storableText } from './storable-text';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for a two-letter code that ISO 639-1 (as CLDR knows it) assigns. */
export function isIso6391(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && languageNames.of(code) !== undefined;
}

/** Postgres `integer`, the type of every revision column. */
export const MAX_REVISION = 2_147_483_647;

/**
 * Publication dates the ledger accepts. Postgres refuses year 0000 and offsets of ±16:00
 * and more, and the dates derived from a publication date (when a claim was stated, the
 * period it is about, "ieri", "acum 10 ani") must be four-digit years for the claim schema,
 * the `date` columns and the API's cursors. No news feed publishes outside these years,
 * and they leave centuries of room either side for the derived dates.
 */
export const PUBLISHED_AT_RANGE = { from: '1800-01-01T00:00:00Z', before: '3000-01-01T00:00:00Z' } as const;
const publishedFrom = Date.parse(PUBLISHED_AT_RANGE.from);
const publishedBefore = Date.parse(PUBLISHED_AT_RANGE.before);
/** No time zone is further from UTC than this; Postgres refuses offsets from ±16:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

const publishedAtSchema = z.iso
  .datetime({ offset: true, error: 'must be an RFC 3339 date-time with offset' })
  .check((ctx) => {
    // A value that is no RFC 3339 date-time has its issue from the format check already.
    if (ctx.issues.length > 0) return;
    const at = Date.parse(ctx.value);
    const offset = /[+-](\d\d):(\d\d)$/.exec(ctx.value);
    if (offset && Number(offset[1]) * 60 + Number(offset[2]) > MAX_OFFSET_MINUTES) {
      ctx.issues.push({ code: 'invalid_format', format: 'datetime', message: 'must have a UTC offset within ±14:00', input: ctx.value });
    }
    if (at < publishedFrom) {
      ctx.issues.push({
        code: 'too_small',
        origin: 'date',
        minimum: publishedFrom,
        inclusive: true,
        message: `must be on or after ${PUBLISHED_AT_RANGE.from}`,
        input: ctx.value,
      });
    } else if (at >= publishedBefore) {
      ctx.issues.push({
        code: 'too_big',
        origin: 'date',
        maximum: publishedBefore,
        inclusive: false,
        message: `must be before ${PUBLISHED_AT_RANGE.before}`,
        input: ctx.value,
      });
    }
  })
  .meta({
    description: `RFC 3339 date-time with a UTC offset within ±14:00, from ${PUBLISHED_AT_RANGE.from} and before ${PUBLISHED_AT_RANGE.before}`,
  });

/**
 * The `article.v1` event, exactly as shared/contracts/README.md describes it. Every field
 * is something the ledger can store: free text holds no U+0000 and no lone surrogate, the
 * revision fits a Postgres integer and the publication date lies in PUBLISHED_AT_RANGE, so
 * an article the gateway accepts is never dead-lettered by the ledger.
 */
export const articleV1Schema = z.object({
  id: storableText(z.string().min(1).max(200)),
  publisher: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9._-]+$/, 'only a-z 0-9 . _ - are allowed'),
  url: storableText(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })).optional(),
  title: storableText(z.string().max(1000)).optional(),
  body: storableText(z.string().min(1).max(200_000)),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as ro or en')
    .refine(isIso6391, 'is not an ISO 639-1 language code')
    .optional(),
  publishedAt: publishedAtSchema,
  revision: z.number().int().min(1).max(MAX_REVISION, `must be at most ${MAX_REVISION} (a Postgres integer)`).default(1),
});

export type ArticleV1 = z.output<typeof articleV1Schema>;
export type ArticleV1Input = z.input<typeof articleV1Schema>;
