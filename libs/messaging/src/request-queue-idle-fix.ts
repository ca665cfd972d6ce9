import { createRequire } from 'node:module';

/**
 * kafkajs 2.2.4 keeps every broker connection checking its queue of pending requests once
 * a millisecond for as long as the connection lives, pending requests or not
 * (tulios/kafkajs#1556; the fix, #1667, was never released): `scheduleCheckPendingRequests`
 * sets a timeout of `throttledUntil - now`, negative when nothing throttles it, and the
 * check it schedules schedules the next one. Each of a service's connections woke its
 * event loop a thousand times a second: 3-5% of a core a service with nothing to do, and
 * about a tenth of each service's CPU at 10 articles/s (issue 15).
 *
 * The check is needed only while requests wait: for a throttle to end (the broker asked
 * the client to slow down), or for a request in flight to make room (`fulfillRequest`
 * checks then anyway; the interval stays as kafkajs has it). So it is scheduled only when
 * requests are pending, as the unreleased fix does. A request enqueued calls it, and
 * every response or timeout checks the queue again, so none is left waiting.
 */

/** The version the fix was written against: another one may have fixed it, or changed the code. */
const KAFKAJS_FIXED_VERSION = '2.2.4';

// kafkajs's own interval between two checks of a throttled queue (network/requestQueue).
const CHECK_PENDING_REQUESTS_INTERVAL = 10;

interface RequestQueueInternals {
  pending: unknown[];
  throttledUntil: number;
  throttleCheckTimeoutId: ReturnType<typeof setTimeout> | null;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
}

const requireFromKafkajs = createRequire(require.resolve('kafkajs'));

/** kafkajs's RequestQueue (not exported: its path inside the package). */
export function kafkajsRequestQueue(): { prototype: RequestQueueInternals } {
  return requireFromKafkajs('./src/network/requestQueue');
}

function scheduleCheckPendingRequests(this: RequestQueueInternals): void {
  if (this.throttleCheckTimeoutId || this.pending.length === 0) return;
  const untilUnthrottled = this.throttledUntil - Date.now();
  this.throttleCheckTimeoutId = setTimeout(
    () => {
      this.throttleCheckTimeoutId = null;
      this.checkPendingRequests();
    },
    untilUnthrottled > 0 ? untilUnthrottled : CHECK_PENDING_REQUESTS_INTERVAL,
  );
}

let applied = false;

/**
 * Replaces kafkajs's `scheduleCheckPendingRequests` with one that schedules nothing when
 * nothing waits; once per process, and only on the version it was written for (returns
 * whether it is in place: the unit test fails on another version, to look at it again).
 */
export function fixRequestQueueIdleLoop(): boolean {
  if (applied) return true;
  const version = (requireFromKafkajs('./package.json') as { version: string }).version;
  if (version !== KAFKAJS_FIXED_VERSION) return false;
  kafkajsRequestQueue().prototype.scheduleCheckPendingRequests = scheduleCheckPendingRequests;
  applied = true;
  return true;
}
