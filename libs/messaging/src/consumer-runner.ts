import type { Consumer, Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import type { DeadLetterV1 } from '@claim-ledger/contracts';
import type { EventPublisher } from './event-publisher';
import { toInboundMessage, type InboundMessage } from './inbound-message';
import { PermanentMessageError } from './permanent-message.error';

export type MessageHandler = (message: InboundMessage, log: Logger) => Promise<void>;

export interface ConsumerRunnerOptions {
  groupId: string;
  topics: readonly string[];
  handler: MessageHandler;
  /** Where messages that cannot be processed go, with their reason. */
  deadLetterTopic: string;
  /** Attempts for a transient failure before the message is dead-lettered. */
  maxAttempts: number;
  partitionsConsumedConcurrently: number;
  /** Where a new group starts; a group with committed offsets resumes from them. */
  fromBeginning?: boolean;
  /** First retry delay in ms; it doubles on each attempt, up to 10 s. */
  retryDelayMs?: number;
  /** Called when kafkajs gives up on the consumer: the process should exit and be restarted. */
  onFatal: (error: Error) => void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Runs one consumer group over kafkajs with at-least-once delivery: the offset is
 * committed only after the handler succeeded or the message was dead-lettered, so a
 * crash replays messages and handlers must be idempotent. A handler failure never
 * escapes to kafkajs, where it would block the partition on one poison message.
 */
export class ConsumerRunner {
  private readonly consumer: Consumer;
  private readonly log: Logger;
  private joinedResolve!: () => void;
  /** Resolves once the consumer first joined its group and was assigned partitions. */
  readonly joined: Promise<void> = new Promise((r) => (this.joinedResolve = r));
  private stopping = false;

  constructor(
    kafka: Kafka,
    private readonly publisher: EventPublisher,
    logger: Logger,
    private readonly options: ConsumerRunnerOptions,
  ) {
    this.consumer = kafka.consumer({ groupId: options.groupId, allowAutoTopicCreation: false });
    this.log = logger.child({ component: 'consumer', groupId: options.groupId });
  }

  async start(): Promise<void> {
    const { events } = this.consumer;
    this.consumer.on(events.GROUP_JOIN, () => this.joinedResolve());
    this.consumer.on(events.CRASH, (e) => {
      if (this.stopping || e.payload.restart) return;
      this.log.fatal({ err: e.payload.error }, 'consumer crashed and will not restart');
      this.options.onFatal(e.payload.error);
    });
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: [...this.options.topics], fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({
      autoCommit: true,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently,
      eachMessage: async ({ topic, partition, message, heartbeat }) => {
        await this.process(toInboundMessage(topic, partition, message), heartbeat);
      },
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.consumer.disconnect();
  }

  private async process(message: InboundMessage, heartbeat: () => Promise<void>): Promise<void> {
    const log = this.log.child({
      correlationId: message.correlationId,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
      key: message.key,
    });
    const { maxAttempts } = this.options;
    for (let attempt = 1; ; attempt++) {
      try {
        if (message.value === null) {
          throw new PermanentMessageError(
            'MESSAGE.EMPTY_OR_NOT_UTF8',
            message.rawValue ? 'value is not valid UTF-8' : 'message has no value',
          );
        }
        await this.options.handler(message, log);
        return;
      } catch (err) {
        if (err instanceof PermanentMessageError) {
          await this.deadLetter(message, err.code, err.message, attempt, err.issues);
          log.warn({ code: err.code, reason: err.message }, 'message dead-lettered');
          return;
        }
        const e = err as Error;
        if (attempt >= maxAttempts) {
          await this.deadLetter(message, 'PROCESSING.FAILED', e.message, attempt);
          log.error({ err: e, attempts: attempt }, 'message dead-lettered after its last attempt');
          return;
        }
        const delay = Math.min(10_000, (this.options.retryDelayMs ?? 200) * 2 ** (attempt - 1));
        log.warn({ err: e, attempt, delayMs: delay }, 'processing failed; retrying');
        await sleep(delay);
        await heartbeat();
      }
    }
  }

  private async deadLetter(
    message: InboundMessage,
    code: string,
    reason: string,
    attempts: number,
    issues?: PermanentMessageError['issues'],
  ): Promise<void> {
    const record: DeadLetterV1 = {
      sourceTopic: message.topic,
      partition: message.partition,
      offset: message.offset,
      key: message.key,
      value: message.value ?? (message.rawValue ? message.rawValue.toString('base64') : null),
      valueEncoding: message.value === null && message.rawValue ? 'base64' : 'utf8',
      consumerGroup: this.options.groupId,
      code,
      reason,
      ...(issues && issues.length > 0 ? { issues } : {}),
      attempts,
      failedAt: new Date().toISOString(),
      correlationId: message.correlationId,
    };
    await this.publisher.publish(this.options.deadLetterTopic, [{ key: message.key, value: record, correlationId: message.correlationId }]);
  }
}
