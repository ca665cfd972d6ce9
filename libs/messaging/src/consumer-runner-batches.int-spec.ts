import { randomBytes } from 'node:crypto';
import type { DeadLetterV1 } from '@claim-ledger/contracts';
import { createLogger } from '@claim-ledger/observability';
import { expectEventually } from '../../../test/support/expect-eventually';
import { TopicObserver } from '../../../test/support/topic-observer';
import { ConsumerRunner } from './consumer-runner';
import { createKafka } from './create-kafka';
import { ensureTopics } from './ensure-topics';
import { EventPublisher } from './event-publisher';
import { PermanentMessageError } from './permanent-message.error';

// Against the real broker: a runner with a batch handler hands it whole batches, falls
// back to one message at a time when a batch fails, and commits only what was handled.
describe('ConsumerRunner with a batch handler', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const run = randomBytes(4).toString('hex');
  const input = `test-${run}.batch-input`;
  const dlq = `test-${run}.batch-dlq`;
  const groupId = `test-${run}.batch`;
  const logger = createLogger('batch-test', 'silent');
  const kafka = createKafka({ brokers, clientId: 'batch-test' }, logger);
  const publisher = new EventPublisher(kafka);
  const batchSizes: number[] = [];
  /** Ids whose work was done (a failed batch's work is undone, as a rolled-back transaction's). */
  const done: string[] = [];
  const singles: string[] = [];
  /** What the runner told its observer, by message handled. */
  let processed = 0;
  /** The bindings of the log each batch handler was given. */
  const batchLogs: Record<string, unknown>[] = [];
  let runner: ConsumerRunner;
  let deadLetters: TopicObserver;

  const body = (v: string | null) => JSON.parse(v!) as { id: string; behaviour: string };

  beforeAll(async () => {
    await ensureTopics(kafka, [
      { name: input, partitions: 1, maxMessageBytes: 1_048_576 },
      { name: dlq, partitions: 1, maxMessageBytes: 1_048_576 },
    ]);
    await publisher.connect();
    runner = new ConsumerRunner(kafka, publisher, logger, {
      groupId,
      topics: [input],
      deadLetterTopic: dlq,
      maxAttempts: 3,
      retryDelayMs: 10,
      maxRetryDelayMs: 50,
      partitionsConsumedConcurrently: 1,
      fromBeginning: true,
      maxBatchSize: 25,
      onFatal: (e) => {
        throw e;
      },
      handler: async (m) => {
        const b = body(m.value);
        if (b.behaviour === 'poison') throw new PermanentMessageError('DOMAIN.RULE', 'this can never work');
        singles.push(b.id);
        done.push(b.id);
      },
      observer: {
        processed: () => processed++,
        retried: () => undefined,
        deadLettered: () => undefined,
      },
      batchHandler: async (ms, log) => {
        batchSizes.push(ms.length);
        batchLogs.push(log.bindings());
        const bodies = ms.map((m) => body(m.value));
        if (bodies.some((b) => b.behaviour === 'poison')) throw new Error('one message of the batch is poison');
        done.push(...bodies.map((b) => b.id));
      },
    });
    await runner.start();
    await runner.joined;
    deadLetters = new TopicObserver(brokers, dlq, `test-${run}.observer`);
    await deadLetters.start();
  }, 60_000);

  afterAll(async () => {
    await runner?.stop();
    await deadLetters?.stop();
    await publisher.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [input, dlq] });
    await admin.disconnect();
  }, 30_000);

  it('handles batches whole, a batch with a poison message one by one (dead-lettering it), and commits every offset', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `m${i}`);
    await publisher.publish(
      input,
      ids.map((id) => ({ key: id, value: { id, behaviour: id === 'm30' ? 'poison' : 'fine' } })),
    );

    await expectEventually(() => expect(new Set(done)).toEqual(new Set(ids.filter((id) => id !== 'm30'))), { timeoutMs: 30_000 });
    // Each id done once: the failed batch did nothing, its messages were then handled alone.
    expect(done).toHaveLength(59);
    expect(Math.max(...batchSizes)).toBeGreaterThan(1);
    expect(Math.max(...batchSizes)).toBeLessThanOrEqual(25);
    expect(singles).toContain('m29');
    expect(singles).not.toContain('m0');
    const [dead] = await expectEventually(() => {
      expect(deadLetters.messages).toHaveLength(1);
      return deadLetters.messages.map((m) => JSON.parse(m.value) as DeadLetterV1);
    });
    expect(dead).toMatchObject({ key: 'm30', code: 'DOMAIN.RULE', reason: 'this can never work', attempts: 1, sourceTopic: input });
    // Every message handled counts once, in a batch or alone (not the dead-lettered one).
    expect(processed).toBe(59);

    const admin = kafka.admin();
    await admin.connect();
    try {
      await expectEventually(
        async () => {
          const [t] = await admin.fetchOffsets({ groupId, topics: [input] });
          expect(t!.partitions[0]!.offset).toBe('60');
        },
        { timeoutMs: 15_000 },
      );
    } finally {
      await admin.disconnect();
    }
  }, 60_000);

  it('hands a unit of one message to the batch handler, its log naming the message, and counts it', async () => {
    const before = { sizes: batchSizes.length, processed, singles: singles.length };
    await publisher.publish(input, [{ key: 'solo', value: { id: 'solo', behaviour: 'fine' }, correlationId: `solo-${run}` }]);
    await expectEventually(() => expect(done).toContain('solo'), { timeoutMs: 30_000 });
    expect(batchSizes.slice(before.sizes)).toEqual([1]);
    expect(singles).toHaveLength(before.singles);
    expect(processed).toBe(before.processed + 1);
    expect(batchLogs.at(-1)).toMatchObject({ correlationId: `solo-${run}`, topic: input, key: 'solo', offset: '60' });
  }, 45_000);
});
