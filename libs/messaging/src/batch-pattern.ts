/**
 * The pattern of the handler that takes a topic's messages a batch at a time:
 * `@EventPattern(batchOf(topic), { batch: true })`, beside the handler of one message
 * declared with `@EventPattern(topic)`. A pattern of its own because Nest chains the
 * event handlers of one pattern and calls every one of them for each event.
 */
export interface BatchPattern {
  readonly topic: string;
  readonly batch: true;
}

export function batchOf(topic: string): BatchPattern {
  return { topic, batch: true };
}

/** The topic of a batch handler's pattern as Nest stores it (a JSON route), or null when it is not one. */
export function batchTopicOf(route: string): string | null {
  try {
    const p = JSON.parse(route) as Partial<BatchPattern> | null;
    return p && typeof p === 'object' && p.batch === true && typeof p.topic === 'string' ? p.topic : null;
  } catch {
    return null;
  }
}
