import { isUtf8 } from 'node:buffer';
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

/**
 * A consumed record as an InboundMessage. Its value is decoded each time it is read, not
 * kept: a fetch's messages wait for the units of work before theirs, and their decoded
 * values, held that long, outlived two young-generation collections and were copied into
 * the old one, to be collected there after a single read by the handler's parse (a sixth
 * of what the ledger's collector promoted on the pipeline feed, issue 15). Whether the
 * value is text is settled once, without decoding.
 */
class ReceivedMessage implements InboundMessage {
  /** Whether the value is text (present, valid UTF-8). */
  readonly hasText: boolean;

  constructor(
    readonly topic: string,
    readonly partition: number,
    readonly offset: string,
    readonly key: string | null,
    readonly rawValue: Buffer | null,
    readonly correlationId: string,
    readonly timestamp: number,
  ) {
    this.hasText = rawValue !== null && isUtf8(rawValue);
  }

  get value(): string | null {
    return this.hasText ? strictUtf8.decode(this.rawValue!) : null;
  }
}

/** Whether a message's value is text (not absent, valid UTF-8), without decoding a received one. */
export function hasTextValue(m: InboundMessage): boolean {
  return m instanceof ReceivedMessage ? m.hasText : m.value !== null;
}

export function toInboundMessage(topic: string, partition: number, m: KafkaMessage): InboundMessage {
  return new ReceivedMessage(
    topic,
    partition,
    m.offset,
    m.key ? m.key.toString('utf8') : null,
    m.value ?? null,
    correlationIdFrom(headerText(m.headers?.[CORRELATION_HEADER])),
    Number(m.timestamp),
  );
}
