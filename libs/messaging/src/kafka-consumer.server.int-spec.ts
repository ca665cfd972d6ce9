import { randomBytes } from 'node:crypto';
import { Controller, type DynamicModule, Inject, type INestApplication, Module, UseFilters } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import type { Admin } from 'kafkajs';
import { TOPICS, type DeadLetterV1 } from '@claim-ledger/contracts';
import { createLogger, LOGGER } from '@claim-ledger/observability';
import { expectEventually } from '../../../test/support/expect-eventually';
import { TopicObserver } from '../../../test/support/topic-observer';
import { batchOf } from './batch-pattern';
import { ConsumerContext } from './consumer-context';
import { ConsumerFailureFilter } from './consumer-failure.filter';
import { createConsumerApp } from './create-consumer-app';
import { createKafka } from './create-kafka';
import { EventPublisher } from './event-publisher';
import type { InboundMessage } from './inbound-message';
import { KafkaConsumerServer, kafkaConsumerServerProvider } from './kafka-consumer.server';
import { messagingProviders } from './messaging.providers';
import { PermanentMessageError } from './permanent-message.error';
import { topicDefinitions, topicNames } from './topic-names';

/** What the handlers below saw, shared with the test through Nest's injector. */
class Seen {
  readonly attempts = new Map<string, number>();
  readonly handled: string[] = [];
  readonly payloads: InboundMessage[] = [];
  readonly loggedWith: boolean[] = [];
  readonly batchSizes: number[] = [];
  /** The gated message's handler waits for `open` and says when it started. */
  started!: () => void;
  readonly inHandler = new Promise<void>((r) => (this.started = r));
  open!: () => void;
  readonly gate = new Promise<void>((r) => (this.open = r));
}
const SEEN = Symbol('SEEN');

const body = (m: InboundMessage) => JSON.parse(m.value!) as { id: string; behaviour: string };

@Controller()
@UseFilters(ConsumerFailureFilter)
class TestHandlers {
  constructor(@Inject(SEEN) private readonly seen: Seen) {}

  @EventPattern<string>(TOPICS.articles.name)
  async article(@Payload() message: InboundMessage, @Ctx() ctx: ConsumerContext): Promise<void> {
    const { id, behaviour } = body(message);
    const n = (this.seen.attempts.get(id) ?? 0) + 1;
    this.seen.attempts.set(id, n);
    if (behaviour === 'poison') throw new PermanentMessageError('DOMAIN.RULE', 'this can never work');
    if (behaviour === 'always-fails') throw new Error('the thing it needs is broken');
    if (behaviour === 'fails-once' && n === 1) throw new Error('a blip');
    if (behaviour === 'gated') {
      this.seen.started();
      await this.seen.gate;
    }
    this.seen.payloads.push(message);
    this.seen.loggedWith.push(typeof ctx.log.info === 'function');
    this.seen.handled.push(id);
  }

  @EventPattern<string>(TOPICS.claimsExtracted.name)
  async one(@Payload() message: InboundMessage): Promise<void> {
    const { id, behaviour } = body(message);
    if (behaviour === 'poison') throw new PermanentMessageError('DOMAIN.RULE', 'poison in a batch');
    this.seen.handled.push(id);
  }

  @EventPattern(batchOf(TOPICS.claimsExtracted.name), { batch: true })
  async many(@Payload() messages: readonly InboundMessage[]): Promise<void> {
    this.seen.batchSizes.push(messages.length);
    const bodies = messages.map(body);
    // As a rolled-back transaction: a failed batch leaves nothing done.
    if (bodies.some((b) => b.behaviour === 'poison')) throw new Error('one message of the batch is poison');
    this.seen.handled.push(...bodies.map((b) => b.id));
  }
}

@Module({})
class TestConsumerModule {
  static forRoot(brokers: string[], prefix: string, groupId: string, seen: Seen): DynamicModule {
    return {
      module: TestConsumerModule,
      controllers: [TestHandlers],
      providers: [
        { provide: LOGGER, useValue: createLogger('server-test', 'silent') },
        { provide: SEEN, useValue: seen },
        ...messagingProviders({ brokers, clientId: 'server-test', topicPrefix: prefix }),
        kafkaConsumerServerProvider({
          groupId,
          topicPrefix: prefix,
          maxAttempts: 3,
          partitionsConsumedConcurrently: 1,
          maxBatchSize: 10,
          fromBeginning: true,
          retryDelayMs: 10,
          maxRetryDelayMs: 50,
          // One partition each: the offsets below are the order the messages were sent in.
          topicPartitions: { [TOPICS.articles.name]: 1, [TOPICS.claimsExtracted.name]: 1 },
          onFatal: (e) => {
            throw e;
          },
        }),
      ],
    };
  }
}

// Against the real broker: handlers declared with @EventPattern on the custom transport
// get their messages, with the runner's retries, dead letters and commits.
describe('KafkaConsumerServer', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const run = randomBytes(4).toString('hex');
  const prefix = `test-${run}.`;
  const topics = topicNames(prefix);
  const groupId = `test-${run}.server`;
  const kafka = createKafka({ brokers, clientId: 'server-test' }, createLogger('server-test', 'silent'));
  const publisher = new EventPublisher(kafka);
  const seen = new Seen();
  let app: INestApplication;
  let deadLetters: TopicObserver;
  let admin: Admin;

  const send = (topic: string, id: string, behaviour: string) => publisher.publish(topic, [{ key: id, value: { id, behaviour } }]);
  const committed = async (topic: string): Promise<string> => {
    const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return t!.partitions[0]!.offset;
  };

  beforeAll(async () => {
    app = await createConsumerApp(TestConsumerModule.forRoot(brokers, prefix, groupId, seen), createLogger('server-test', 'silent'));
    await app.get(KafkaConsumerServer).joined;
    await publisher.connect();
    admin = kafka.admin();
    await admin.connect();
    deadLetters = new TopicObserver(brokers, topics.deadLetter, `test-${run}.observer`);
    await deadLetters.start();
  }, 60_000);

  afterAll(async () => {
    seen.open();
    await app?.close();
    await deadLetters?.stop();
    await publisher.disconnect();
    await admin?.deleteTopics({ topics: topicDefinitions(prefix).map((t) => t.name), timeout: 10_000 }).catch(() => undefined);
    await admin?.disconnect();
  }, 30_000);

  it('hands each message to its @EventPattern handler, retries a failure, and dead-letters with the reason', async () => {
    await send(topics.articles, 'ok', 'fine');
    await send(topics.articles, 'blip', 'fails-once');
    await send(topics.articles, 'poison', 'poison');
    await send(topics.articles, 'exhausted', 'always-fails');

    await expectEventually(() => expect([...seen.handled].sort()).toEqual(['blip', 'ok']), { timeoutMs: 30_000 });
    const ok = seen.payloads.find((m) => m.key === 'ok')!;
    expect(ok).toMatchObject({ topic: topics.articles, partition: 0, offset: '0', key: 'ok' });
    expect(JSON.parse(ok.value!)).toEqual({ id: 'ok', behaviour: 'fine' });
    expect(seen.loggedWith).toEqual([true, true]);
    expect(seen.attempts.get('blip')).toBe(2);

    const records = await expectEventually(() => {
      expect(deadLetters.messages).toHaveLength(2);
      return Object.fromEntries(deadLetters.messages.map((m) => [m.key, JSON.parse(m.value) as DeadLetterV1]));
    });
    // The handler's own error, not Nest's "Internal server error": the filter let it through.
    expect(records.poison).toMatchObject({
      sourceTopic: topics.articles,
      offset: '2',
      code: 'DOMAIN.RULE',
      reason: 'this can never work',
      attempts: 1,
      consumerGroup: groupId,
    });
    expect(records.exhausted).toMatchObject({
      offset: '3',
      code: 'PROCESSING.FAILED',
      reason: 'the thing it needs is broken',
      attempts: 3,
    });
    expect(seen.attempts.get('exhausted')).toBe(3);
    await expectEventually(async () => expect(await committed(topics.articles)).toBe('4'), { timeoutMs: 15_000 });
  }, 60_000);

  it('commits a message only once its handler succeeded', async () => {
    await send(topics.articles, 'gated', 'gated');
    await seen.inHandler;
    // Held in the handler: the group's offset stays on the message, which a restart would read again.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(await committed(topics.articles)).toBe('4');
    expect(seen.handled).not.toContain('gated');

    seen.open();
    await expectEventually(() => expect(seen.handled).toContain('gated'));
    await expectEventually(async () => expect(await committed(topics.articles)).toBe('5'), { timeoutMs: 15_000 });
  }, 60_000);

  it('hands batches to the handler declared with batchOf(topic), and replays a failed batch message by message', async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `b${i}`);
    await publisher.publish(
      topics.claimsExtracted,
      ids.map((id) => ({ key: id, value: { id, behaviour: id === 'b17' ? 'poison' : 'fine' } })),
    );
    const expected = ids.filter((id) => id !== 'b17');
    await expectEventually(() => expect(seen.handled.filter((id) => /^b\d+$/.test(id)).sort()).toEqual([...expected].sort()), {
      timeoutMs: 30_000,
    });
    expect(Math.max(...seen.batchSizes)).toBeGreaterThan(1);
    expect(Math.max(...seen.batchSizes)).toBeLessThanOrEqual(10);
    const dead = await expectEventually(() => {
      const d = deadLetters.withKey('b17');
      expect(d).toHaveLength(1);
      return JSON.parse(d[0]!.value) as DeadLetterV1;
    });
    expect(dead).toMatchObject({ sourceTopic: topics.claimsExtracted, code: 'DOMAIN.RULE', reason: 'poison in a batch', attempts: 1 });
    await expectEventually(async () => expect(await committed(topics.claimsExtracted)).toBe('30'), { timeoutMs: 15_000 });
  }, 60_000);
});
