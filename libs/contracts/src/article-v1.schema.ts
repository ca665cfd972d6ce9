import { z } from 'zod';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** True for a two-letter code that ISO 639-1 (as CLDR knows it) assigns. */
export function isIso6391(code: string): boolean {
  return /^[a-z]{2}$/.test(code) && languageNames.of(code) !== undefined;
}

/** The `article.v1` event, exactly as shared/contracts/README.md describes it. */
export const articleV1Schema = z.object({
  id: z.string().min(1).max(200),
  publisher: z
    .string()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9._-]+$/, 'only a-z 0-9 . _ - are allowed'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  title: z.string().max(1000).optional(),
  body: z.string().min(1).max(200_000),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code such as ro or en')
    .refine(isIso6391, 'is not an ISO 639-1 language code')
    .optional(),
  publishedAt: z.iso.datetime({ offset: true, error: 'must be an RFC 3339 date-time with offset' }),
  revision: z.number().int().min(1).default(1),
});

export type ArticleV1 = z.output<typeof articleV1Schema>;
export type ArticleV1Input = z.input<typeof articleV1Schema>;
