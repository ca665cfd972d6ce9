import { Partitioners, type Kafka, type Message, type Producer } from 'kafkajs';
import { CORRELATION_HEADER } from '@claim-ledger/observability';
import { BrokerUnavailableError } from './broker-unavailable.error';
import { classifyFailure } from './classify-failure';

export interface OutgoingEvent {
  key: string | null;
  value: unknown;
  correlationId?: string;
}

export interface EventPublisherOptions {
  /**
   * Longest wait for the broker's acknowledgement, in ms, after which publish() throws a
   * BrokerUnavailableError. Unset, it waits as long as kafkajs retries (about 30 s).
   */
  sendTimeoutMs?: number;
}

// Most bytes of events sent in one produce request when several publishes wait: well under
// the broker's default message.max.bytes (1 MiB) for one partition's batch.
const MAX_COALESCED_BYTES = 512 * 1024;

/** A publish waiting for its turn on the producer. */
interface Queued {
  topic: string;
  messages: Message[];
  bytes: number;
  resolve: () => void;
  reject: (err: unknown) => void;
}

/**
 * Publishes JSON events. Every send waits for all in-sync replicas, so an
 * acknowledged event is on the broker even if this process dies next. With one request
 * in flight, publishes that arrive while one is sent wait and then go together, in
 * order, in one produce request: one request each serialised the gateway's requests
 * behind one another's round trips, and at 50 articles/s on a loaded machine their queue
 * outgrew the 5 s acknowledgement limit (issue 15). It connects on
 * first use if connect() was not called or failed, and raises a BrokerUnavailableError
 * when the broker cannot be reached or does not answer within `sendTimeoutMs`.
 */
export class EventPublisher {
  private readonly producer: Producer;
  private connected = false;
  private connecting: Promise<void> | null = null;
  private readonly queue: Queued[] = [];
  private flushing = false;

  constructor(
    kafka: Kafka,
    private readonly options: EventPublisherOptions = {},
  ) {
    this.producer = kafka.producer({
      // kafkajs's idempotent mode needs unbounded retries, which would hang a request
      // while the broker is away. Consumers are idempotent instead, and one request in
      // flight keeps each partition in order.
      maxInFlightRequests: 1,
      // Keys are `<publisher>/<id>`: the default murmur2 partitioner keeps an article's
      // revisions in order on one partition, as the Java clients would.
      createPartitioner: Partitioners.DefaultPartitioner,
    });
  }

  async connect(): Promise<void> {
    if (this.connected) return;
    this.connecting ??= this.producer
      .connect()
      .then(() => {
        this.connected = true;
      })
      .finally(() => {
        this.connecting = null;
      });
    await this.connecting;
  }

  async publish(topic: string, events: readonly OutgoingEvent[]): Promise<void> {
    if (events.length === 0) return;
    const send = this.send(topic, events);
    const limit = this.options.sendTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    try {
      if (limit === undefined) {
        await send;
        return;
      }
      // A send that outlives the limit goes on in kafkajs; its late failure is nobody's to handle.
      send.catch(() => undefined);
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new BrokerUnavailableError(topic, `no acknowledgement within ${limit} ms`)), limit);
      });
      await Promise.race([send, timeout]);
    } catch (err) {
      if (err instanceof BrokerUnavailableError) throw err;
      const { kind, signal } = classifyFailure(err);
      if (kind === 'transient') throw new BrokerUnavailableError(topic, `${(err as Error).message} (${signal})`, { cause: err });
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  async disconnect(): Promise<void> {
    const wasConnecting = this.connecting !== null;
    if (!this.connected && !wasConnecting) return;
    this.connected = false;
    // Also ends a connection attempt still in progress (a broker that never answered).
    await this.producer.disconnect();
  }

  private send(topic: string, events: readonly OutgoingEvent[]): Promise<void> {
    const messages = events.map((e) => ({
      key: e.key,
      value: JSON.stringify(e.value),
      headers: e.correlationId ? { [CORRELATION_HEADER]: e.correlationId } : {},
    }));
    const bytes = messages.reduce((n, m) => n + Buffer.byteLength(m.value), 0);
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ topic, messages, bytes, resolve, reject });
      if (!this.flushing) void this.flush();
    });
  }

  /** Sends what waits, a request at a time, each holding as many waiting publishes as fit. */
  private async flush(): Promise<void> {
    this.flushing = true;
    try {
      while (this.queue.length > 0) {
        let bytes = this.queue[0]!.bytes;
        let n = 1;
        while (n < this.queue.length && bytes + this.queue[n]!.bytes <= MAX_COALESCED_BYTES) bytes += this.queue[n++]!.bytes;
        const batch = this.queue.splice(0, n);
        const byTopic = new Map<string, Message[]>();
        for (const q of batch) byTopic.set(q.topic, [...(byTopic.get(q.topic) ?? []), ...q.messages]);
        try {
          await this.connect();
          await this.producer.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
          for (const q of batch) q.resolve();
        } catch (err) {
          for (const q of batch) q.reject(err);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
