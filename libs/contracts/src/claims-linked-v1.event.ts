import { z } from 'zod';
import { linkSchema } from './link.schema';

/** `claims.linked.v1`: the links found for the claims of one article revision. */
export const claimsLinkedV1Schema = z.object({
  publisher: z.string(),
  articleId: z.string(),
  revision: z.number().int().min(1),
  links: z.array(linkSchema),
  /** claim id -> proposition id, for every claim of the revision. */
  propositions: z.record(z.string(), z.string()),
  linkedAt: z.iso.datetime({ offset: true }),
  correlationId: z.string().optional(),
});
export type ClaimsLinkedV1 = z.output<typeof claimsLinkedV1Schema>;
