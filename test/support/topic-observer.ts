import type { Consumer } from 'kafkajs';
import { createKafka } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';

export interface ObservedMessage {
  key: string | null;
  value: string;
  partition: number;
  offset: string;
}

/** Reads a topic from its beginning into memory, for tests to look for what they produced. */
export class TopicObserver {
  readonly messages: ObservedMessage[] = [];
  private consumer!: Consumer;

  constructor(
    private readonly brokers: string[],
    private readonly topic: string,
    private readonly groupId: string,
    /** kafkajs's own log level: `fatal` keeps a test that restarts the broker quiet. */
    private readonly logLevel: 'error' | 'fatal' = 'error',
  ) {}

  async start(): Promise<void> {
    const kafka = createKafka({ brokers: this.brokers, clientId: 'test-observer' }, createLogger('observer', this.logLevel));
    this.consumer = kafka.consumer({ groupId: this.groupId });
    const joined = new Promise<void>((r) => this.consumer.on(this.consumer.events.GROUP_JOIN, () => r()));
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await this.consumer.run({
      eachMessage: async ({ partition, message }) => {
        // A rebalance may hand the observer a message it has seen: keep each offset once.
        if (this.messages.some((m) => m.partition === partition && m.offset === message.offset)) return;
        this.messages.push({
          key: message.key?.toString('utf8') ?? null,
          value: message.value?.toString('utf8') ?? '',
          partition,
          offset: message.offset,
        });
      },
    });
    await joined;
  }

  withKey(key: string): ObservedMessage[] {
    return this.messages.filter((m) => m.key === key);
  }

  async stop(): Promise<void> {
    await this.consumer.disconnect();
  }
}
