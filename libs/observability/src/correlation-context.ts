import { AsyncLocalStorage } from 'node:async_hooks';

/** What a request or a message being handled carries through every await below it. */
export interface CorrelationContext {
  readonly correlationId: string;
}

const storage = new AsyncLocalStorage<CorrelationContext>();

/**
 * Runs `fn` with the correlation id in scope: every line the service's loggers write
 * while it runs (awaits included) carries it, whichever logger writes it (create-logger.ts).
 */
export function runWithCorrelationId<T>(correlationId: string, fn: () => T): T {
  return storage.run({ correlationId }, fn);
}

/** The correlation id of the request or message in hand, if any. */
export function currentCorrelationId(): string | undefined {
  return storage.getStore()?.correlationId;
}
