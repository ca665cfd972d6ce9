import { z } from 'zod';
import { claimSchema } from './claim.schema';

/** `claims.recorded.v1`: the claims of an article revision, once stored in the ledger. */
export const claimsRecordedV1Schema = z.object({
  publisher: z.string(),
  articleId: z.string(),
  revision: z.number().int().min(1),
  publishedAt: z.iso.datetime({ offset: true }),
  claims: z.array(claimSchema),
  /** Claim ids of lower revisions that this revision superseded. */
  supersededClaimIds: z.array(z.string()),
  recordedAt: z.iso.datetime({ offset: true }),
  correlationId: z.string().optional(),
});
export type ClaimsRecordedV1 = z.output<typeof claimsRecordedV1Schema>;
