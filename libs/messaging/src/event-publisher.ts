import { Partitioners, type Kafka, type Producer } from 'kafkajs';
import { CORRELATION_HEADER } from '@claim-ledger/observability';

export interface OutgoingEvent {
  key: string | null;
  value: unknown;
  correlationId?: string;
}

/**
 * Publishes JSON events. Every send waits for all in-sync replicas, so an
 * acknowledged event is on the broker even if this process dies next.
 */
export class EventPublisher {
  private readonly producer: Producer;
  private connected = false;

  constructor(kafka: Kafka) {
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
    await this.producer.connect();
    this.connected = true;
  }

  async publish(topic: string, events: readonly OutgoingEvent[]): Promise<void> {
    if (events.length === 0) return;
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

  async disconnect(): Promise<void> {
    if (!this.connected) return;
    this.connected = false;
    await this.producer.disconnect();
  }
}
