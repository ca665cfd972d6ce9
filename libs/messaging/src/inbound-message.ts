import type { KafkaMessage } from 'kafkajs';
import { CORRELATION_HEADER, correlationIdFrom } from '@claim-ledger/observability';

/** A Kafka message as handlers see it: the value decoded, the correlation id resolved. */
export interface InboundMessage {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly key: string | null;
  /** The value as text, or null when it is absent or not valid UTF-8. */
  readonly value: string | null;
  readonly rawValue: Buffer | null;
  readonly correlationId: string;
  /**
   * When the producer wrote it (the record's CreateTime), in ms since the epoch: how long it
   * waited before a handler took it is where a pipeline's latency goes (issue 15).
   */
  readonly timestamp: number;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function headerText(v: unknown): string | undefined {
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  if (typeof v === 'string') return v;
  return undefined;
}

export function toInboundMessage(topic: string, partition: number, m: KafkaMessage): InboundMessage {
  let value: string | null = null;
  if (m.value) {
    try {
      value = strictUtf8.decode(m.value);
    } catch {
      value = null;
    }
  }
  return {
    topic,
    partition,
    offset: m.offset,
    key: m.key ? m.key.toString('utf8') : null,
    value,
    rawValue: m.value ?? null,
    correlationId: correlationIdFrom(headerText(m.headers?.[CORRELATION_HEADER])),
    timestamp: Number(m.timestamp),
  };
}
