import { z } from 'zod';
import { subscriptionFilterSchema } from '@claim-ledger/alerts';

const LIST_FIELDS = ['sources', 'entities', 'propositions', 'languages', 'publishers', 'keywords'] as const;

/**
 * The query of GET /v1/stream as a subscription filter: list fields repeat
 * (`?sources=country:KR&sources=country:US`), `relation` and `minFigureChangePercent`
 * are single values. `lastEventId` stands in for the Last-Event-ID header (for clients
 * that cannot set headers).
 */
export function parseStreamQuery(query: Record<string, unknown>) {
  const { lastEventId, minFigureChangePercent, ...rest } = query;
  const filter: Record<string, unknown> = { ...rest };
  for (const f of LIST_FIELDS) if (typeof filter[f] === 'string') filter[f] = [filter[f]];
  if (minFigureChangePercent !== undefined) {
    filter.minFigureChangePercent =
      typeof minFigureChangePercent === 'string' && /^\d+(\.\d+)?$/.test(minFigureChangePercent)
        ? Number(minFigureChangePercent)
        : minFigureChangePercent;
  }
  return z
    .object({
      filter: subscriptionFilterSchema,
      lastEventId: z
        .string()
        .regex(/^\d{1,20}-\d{1,20}$/, 'must be an event id of this stream')
        .optional(),
    })
    .safeParse({ filter, lastEventId });
}
