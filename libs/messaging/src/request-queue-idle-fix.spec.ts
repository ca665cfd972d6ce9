import { fixRequestQueueIdleLoop, kafkajsRequestQueue } from './request-queue-idle-fix';

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

interface Queue {
  pending: unknown[];
  inflight: Map<number, unknown>;
  throttledUntil: number;
  throttleCheckTimeoutId: unknown;
  push(request: { entry: object; expectResponse: boolean; sendRequest: () => void }): void;
  fulfillRequest(response: { correlationId: number; payload: Buffer; size: number }): void;
  checkPendingRequests(): void;
  scheduleCheckPendingRequests(): void;
  destroy(): void;
}

const RequestQueue = kafkajsRequestQueue() as unknown as new (options: object) => Queue;
// kafkajs's own method, kept before the fix replaces it, to show what it did.
const original = RequestQueue.prototype.scheduleCheckPendingRequests;

function queue(maxInFlightRequests = 1): Queue {
  return new RequestQueue({
    maxInFlightRequests,
    requestTimeout: 30_000,
    enforceRequestTimeout: false,
    clientId: 'spec',
    broker: 'b:9092',
    logger: silent,
  });
}

let nextCorrelationId = 1;
function request(sent: number[]) {
  const correlationId = nextCorrelationId++;
  return {
    entry: { correlationId, apiKey: 1, apiName: 'Fetch', apiVersion: 11, resolve: () => undefined, reject: () => undefined },
    expectResponse: true,
    sendRequest: () => sent.push(correlationId),
  };
}

describe('kafkajs request queue idle loop (tulios/kafkajs#1556)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('kafkajs as installed schedules a check of an empty queue, which schedules the next, forever', () => {
    const q = queue();
    original.call(q);
    expect(q.throttleCheckTimeoutId).not.toBeNull();
    // Each check schedules the next: after 50 ms of nothing to do, a timer is still set.
    const check = jest.spyOn(q, 'checkPendingRequests').mockImplementation(function (this: Queue) {
      original.call(this);
    });
    jest.advanceTimersByTime(50);
    expect(check.mock.calls.length).toBeGreaterThanOrEqual(25);
    expect(jest.getTimerCount()).toBe(1);
    q.destroy();
  });

  describe('once fixed', () => {
    beforeAll(() => expect(fixRequestQueueIdleLoop()).toBe(true));

    it('replaces the method on the installed version', () => {
      expect(RequestQueue.prototype.scheduleCheckPendingRequests).not.toBe(original);
      expect(fixRequestQueueIdleLoop()).toBe(true);
    });

    it('schedules nothing while nothing waits, after a response as before any', () => {
      const q = queue();
      const sent: number[] = [];
      q.push(request(sent));
      expect(sent).toHaveLength(1);
      q.fulfillRequest({ correlationId: sent[0]!, payload: Buffer.alloc(0), size: 0 });
      q.checkPendingRequests();
      expect(q.throttleCheckTimeoutId).toBeNull();
      expect(jest.getTimerCount()).toBe(0);
    });

    it('a request waiting for a throttle to end is sent when it ends', () => {
      const q = queue(10);
      const sent: number[] = [];
      q.throttledUntil = Date.now() + 200;
      q.push(request(sent));
      expect(sent).toEqual([]);
      expect(jest.getTimerCount()).toBe(1);
      jest.advanceTimersByTime(199);
      expect(sent).toEqual([]);
      jest.advanceTimersByTime(20);
      expect(sent).toHaveLength(1);
      // Nothing left waiting: no further check.
      expect(jest.getTimerCount()).toBe(0);
      q.destroy();
    });

    it('a request waiting for room in flight is sent when a response makes room, and checked for meanwhile', () => {
      const q = queue(1);
      const sent: number[] = [];
      q.push(request(sent));
      q.push(request(sent));
      expect(sent).toHaveLength(1);
      expect(q.pending).toHaveLength(1);
      // Checked again every 10 ms while it waits, as kafkajs does.
      jest.advanceTimersByTime(35);
      expect(q.pending).toHaveLength(1);
      expect(jest.getTimerCount()).toBe(1);
      q.fulfillRequest({ correlationId: sent[0]!, payload: Buffer.alloc(0), size: 0 });
      expect(sent).toHaveLength(2);
      expect(q.pending).toHaveLength(0);
      jest.advanceTimersByTime(20);
      expect(jest.getTimerCount()).toBe(0);
      q.destroy();
    });
  });
});
