import type { z } from 'zod';
import { parseJsonEvent } from '@claim-ledger/contracts';
import type { InboundMessage } from './inbound-message';
import { PermanentMessageError } from './permanent-message.error';

/** Parses a message value against its contract, or raises a permanent error naming the fields. */
export function parseMessage<S extends z.ZodType>(schema: S, message: InboundMessage): z.output<S> {
  const parsed = parseJsonEvent(schema, message.value ?? '');
  if (!parsed.ok) throw new PermanentMessageError(parsed.code, parsed.reason, parsed.issues);
  return parsed.value;
}
