import { randomUUID } from 'node:crypto';

/** The header that carries a correlation id over HTTP and in Kafka message headers. */
export const CORRELATION_HEADER = 'x-correlation-id';

/** Accepts a caller's id when it is safe to log, otherwise makes a new one. */
export function correlationIdFrom(candidate: unknown): string {
  if (typeof candidate === 'string' && /^[A-Za-z0-9._:-]{1,100}$/.test(candidate)) return candidate;
  return randomUUID();
}
