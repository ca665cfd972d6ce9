/**
 * The broker cannot be reached or did not acknowledge the events in time. The events
 * may still reach it later (kafkajs goes on trying in the background), so whoever
 * resends them must rely on the consumers being idempotent, as everywhere else.
 */
export class BrokerUnavailableError extends Error {
  constructor(
    readonly topic: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`the broker did not take the events for ${topic}: ${detail}`, options);
    this.name = 'BrokerUnavailableError';
  }
}
