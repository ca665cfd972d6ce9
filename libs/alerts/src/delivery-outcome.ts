/** What an attempt's result means for the delivery. */
export type DeliveryVerdict =
  | { kind: 'delivered' }
  /** Worth another attempt, after the backoff. */
  | { kind: 'retry'; error: string }
  /** Never worth another attempt. `gone`: the subscriber asked for nothing more (410). */
  | { kind: 'stop'; error: string; gone: boolean };

/**
 * Reads a subscriber's answer. 2xx is delivered. 408 and 429 (the subscriber is slow or
 * busy) and 5xx are retried. 410 Gone stops this delivery and every later one. Any other
 * 4xx stops: the same request would be refused again. A 3xx stops too: redirects are not
 * followed, since one could point at an address the checks refused.
 */
export function verdictForStatus(status: number): DeliveryVerdict {
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  if (status === 410) return { kind: 'stop', error: 'the subscriber answered 410 Gone; the subscription is paused', gone: true };
  if (status === 408 || status === 429 || status >= 500) return { kind: 'retry', error: `the subscriber answered ${status}` };
  if (status >= 300 && status < 400)
    return { kind: 'stop', error: `the subscriber answered ${status}; redirects are not followed`, gone: false };
  return { kind: 'stop', error: `the subscriber answered ${status}`, gone: false };
}
