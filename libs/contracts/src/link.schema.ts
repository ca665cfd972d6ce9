import { z } from 'zod';

export const linkRelations = ['corroborates', 'conflicts', 'updates'] as const;

export const linkSchema = z.object({
  kind: z.literal('link'),
  /** The earlier claim. */
  from: z.string().min(1),
  to: z.string().min(1),
  relation: z.enum(linkRelations),
  independent: z.boolean(),
  reason: z.string(),
});
export type Link = z.output<typeof linkSchema>;
