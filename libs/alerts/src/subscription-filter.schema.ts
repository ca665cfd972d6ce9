import { z } from 'zod';
import { isIso6391, storableText } from '@claim-ledger/contracts';

/**
 * What a subscription is alerted on: `any` is every new claim recorded in the ledger;
 * `conflicts` and `updates` are links of that relation found between a new claim and
 * the ledger.
 */
export const relationFilters = ['any', 'conflicts', 'updates'] as const;
export type RelationFilter = (typeof relationFilters)[number];

const term = (max: number) =>
  storableText(z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)).transform((s) =>
    s.normalize('NFC'),
  );
const list = (max: number, item: z.ZodType<string>) =>
  z.array(item).min(1, 'must list at least one value (leave the field out to match any)').max(max, `must list at most ${max} values`);

/**
 * A subscription's filter. Every field given must match (AND); within a field any of
 * the values may (OR). Sources and entities are canonical ids (`country:KR`) or names
 * (`South Korea`), compared case-insensitively; keywords are found in the claim's
 * content or text, ignoring case and diacritics.
 */
export const subscriptionFilterSchema = z
  .object({
    sources: list(50, term(200)).optional(),
    entities: list(50, term(200)).optional(),
    propositions: list(50, term(200)).optional(),
    languages: list(20, z.string().refine(isIso6391, 'must be an ISO 639-1 code')).optional(),
    publishers: list(50, term(100)).optional(),
    keywords: list(20, term(100)).optional(),
    relation: z.enum(relationFilters).default('any'),
    /** Only an update or conflict that moves a figure of the same unit by at least this many percent. */
    minFigureChangePercent: z.number().gt(0, 'must be above 0').max(1_000_000).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.minFigureChangePercent !== undefined && f.relation === 'any') {
      ctx.addIssue({
        code: 'custom',
        path: ['minFigureChangePercent'],
        message: 'applies to links only: set relation to "conflicts" or "updates"',
      });
    }
  });
export type SubscriptionFilter = z.output<typeof subscriptionFilterSchema>;
