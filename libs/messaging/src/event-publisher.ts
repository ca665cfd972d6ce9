import { Partitioners, type Kafka, type Producer } from 'kafkajs';
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

/**
 * Publishes JSON events. Every send waits for all in-sync replicas, so an
 * acknowledged event is on the broker even if this process dies next. It connects on
 * first use if connect() was not called or failed, and raises a BrokerUnavailableError
 * when the broker cannot be reached or does not answer within `sendTimeoutMs`.
 */
export class EventPublisher {
  private readonly producer: Producer;
  private connected = false;
  private connecting: Promise<void> | null = null;

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

  private async send(topic: string, events: readonly OutgoingEvent[]): Promise<void> {
    await this.connect();
    await this.producer.send({
      topic,
      acks: -1,
      messages: events.map((e) => ({
        key: e.key,
        value: JSON.stringify(e.value),
        headers: e.correlationId ? { [CORRELATION_HEADER]: e.correlationId } : {},
      })),
    });
  }
}
