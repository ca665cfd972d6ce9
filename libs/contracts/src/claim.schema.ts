import { z } from 'zod';

export const sourceKinds = ['government', 'organization', 'media', 'person', 'group', 'unknown'] as const;

export const entityRefSchema = z.object({
  surface: z.string(),
  name: z.string(),
  id: z.string(),
  kind: z.enum(sourceKinds),
  /** Other accepted names of the same entity (extension). */
  aliases: z.array(z.string()).optional(),
});
export type EntityRef = z.output<typeof entityRefSchema>;

export const quantitySchema = z.object({
  value: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  approx: z.boolean(),
  /** English singular noun, ISO 4217 code for money, or `%`. */
  unit: z.string().optional(),
  surface: z.string(),
  /** An order of magnitude rather than a figure ("mii de", "thousands of") (extension). */
  vague: z.boolean().optional(),
  /** "more than 1,000" is a lower bound, "up to 500" an upper one (extension). */
  bound: z.enum(['lower', 'upper']).optional(),
});
export type Quantity = z.output<typeof quantitySchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD');

export const statedAtSchema = z.object({
  start: isoDate,
  end: isoDate.optional(),
  surface: z.string().optional(),
});

export const eventTimeSchema = z.object({
  start: isoDate.optional(),
  end: isoDate.optional(),
  surface: z.string(),
  /**
   * The content names no time of its own: the period is the one the claims before it in the
   * article were about, and `surface` is where that was said; with none before it, the day or
   * period the claim was said, and `surface` is how that was said (empty for the publication day)
   * (extension).
   */
  inferred: z.boolean().optional(),
});

export const claimSchema = z.object({
  kind: z.literal('claim'),
  id: z.string().min(1),
  articleId: z.string(),
  publisher: z.string(),
  /** Revision of the article the claim was found in (extension). */
  revision: z.number().int().min(1).optional(),
  language: z.string(),
  span: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }),
  text: z.string(),
  source: entityRefSchema,
  cue: z.object({ surface: z.string() }),
  stance: z.enum(['asserts', 'denies']),
  hedged: z.boolean(),
  content: z.string(),
  quantities: z.array(quantitySchema),
  statedAt: statedAtSchema,
  eventTime: eventTimeSchema.optional(),
  entities: z.array(entityRefSchema),
  /** Canonical slots of what is claimed: the kind of action, who does it, to or with whom (extension). */
  frame: z.object({ action: z.string(), agent: z.string().optional(), patient: z.string().optional() }).optional(),
  /**
   * The story the claim's article tells: the names it uses, folded to their first
   * letters (`n:patra`), the countries its claims name, and the day it was published. The
   * linker places claims of articles days apart in one story by them, in any language
   * (extension).
   */
  story: z.object({ names: z.array(z.string()), publishedOn: isoDate }).optional(),
  propositionId: z.string().optional(),
  confidence: z.number().min(0).max(1),
});
export type Claim = z.output<typeof claimSchema>;
