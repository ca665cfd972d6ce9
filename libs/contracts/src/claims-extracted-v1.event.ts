import { z } from 'zod';
import { articleV1Schema } from './article-v1.schema';
import { claimSchema } from './claim.schema';

/**
 * `claims.extracted.v1`: one event per article revision, carrying the article and all
 * of its claims, so the ledger can replace a revision's claims in one transaction.
 */
export const claimsExtractedV1Schema = z.object({
  article: articleV1Schema.extend({ language: z.string() }),
  claims: z.array(claimSchema),
  extractor: z.object({ name: z.string(), version: z.string() }),
  extractedAt: z.iso.datetime({ offset: true }),
  correlationId: z.string().optional(),
  /** Set when the article was not read: its language has no pack (claims is then empty). */
  unsupported: z.object({ code: z.literal('unsupported_language'), reason: z.string() }).optional(),
});
export type ClaimsExtractedV1 = z.output<typeof claimsExtractedV1Schema>;
