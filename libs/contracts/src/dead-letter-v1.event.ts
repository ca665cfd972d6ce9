import { z } from 'zod';

/**
 * `deadletter.v1`: a message some consumer could not process, kept whole with the
 * reason, so that it can be inspected and replayed while the stream goes on.
 */
export const deadLetterV1Schema = z.object({
  sourceTopic: z.string(),
  partition: z.number().int(),
  offset: z.string(),
  key: z.string().nullable(),
  /** The failed message's value as UTF-8 text (base64 when it was not valid UTF-8). */
  value: z.string().nullable(),
  valueEncoding: z.enum(['utf8', 'base64']),
  consumerGroup: z.string(),
  /** A stable code: `MESSAGE.INVALID_JSON`, `MESSAGE.INVALID_SCHEMA`, `PROCESSING.FAILED`... */
  code: z.string(),
  reason: z.string(),
  /** For schema failures, the fields and the rules they broke. */
  issues: z.array(z.object({ field: z.string(), rule: z.string(), message: z.string() })).optional(),
  attempts: z.number().int().min(1),
  failedAt: z.iso.datetime({ offset: true }),
  correlationId: z.string().optional(),
});
export type DeadLetterV1 = z.output<typeof deadLetterV1Schema>;
