import { randomBytes } from 'node:crypto';
import type { DeadLetterV1 } from '@claim-ledger/contracts';
import { createLogger } from '@claim-ledger/observability';
import { expectEventually } from '../../../test/support/expect-eventually';
import { TopicObserver } from '../../../test/support/topic-observer';
import { ConsumerRunner } from './consumer-runner';
import { createKafka } from './create-kafka';
import { ensureTopics } from './ensure-topics';
import { EventPublisher } from './event-publisher';
import type { InboundMessage } from './inbound-message';
import { PermanentMessageError } from './permanent-message.error';

/**
 * Waits until every partition of the topics has a leader. New partitions elect theirs a
 * moment after they are made: publishing before that meets "not the leader", and the
 * producer's retries may write a message twice (seen once in CI), which is the producer's
 * at-least-once, not what these tests are about.
 */
async function leadersElected(kafka: ReturnType<typeof createKafka>, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await expectEventually(
      async () => {
        const metadata = await admin.fetchTopicMetadata({ topics });
        expect(metadata.topics.flatMap((t) => t.partitions).every((p) => p.leader >= 0)).toBe(true);
      },
      { timeoutMs: 15_000 },
    );
  } finally {
    await admin.disconnect();
  }
}

/** Deletes the topics a suite made. */
async function deleteTopics(kafka: ReturnType<typeof createKafka>, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

// Against the real broker: with coalescePartitions the batches of every partition of a
// fetch go to the batch handler together, each partition's messages in order, one unit
// at a time; a failed unit falls back to one message at a time, and every partition's
// offsets are committed.
describe('ConsumerRunner coalescing the partitions of a fetch', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const run = randomBytes(4).toString('hex');
  const input = `test-${run}.coalesced-input`;
  const dlq = `test-${run}.coalesced-dlq`;
  const groupId = `test-${run}.coalesced`;
  const partitions = 4;
  const logger = createLogger('coalesced-test', 'silent');
  const kafka = createKafka({ brokers, clientId: 'coalesced-test' }, logger);
  const publisher = new EventPublisher(kafka);
  /** The partitions of each unit the batch handler got, and whether units ever overlapped. */
  const unitPartitions: number[][] = [];
  let inUnit = 0;
  let overlapped = false;
  const done: { id: string; partition: number; offset: number }[] = [];
  const singles: string[] = [];
  let runner: ConsumerRunner;
  let deadLetters: TopicObserver;

  const ids = Array.from({ length: 80 }, (_, i) => `m${i}`);
  const body = (v: string | null) => JSON.parse(v!) as { id: string; behaviour: string };
  const record = (m: InboundMessage) => done.push({ id: body(m.value).id, partition: m.partition, offset: Number(m.offset) });

  beforeAll(async () => {
    await ensureTopics(kafka, [
      { name: input, partitions, maxMessageBytes: 1_048_576 },
      { name: dlq, partitions: 1, maxMessageBytes: 1_048_576 },
    ]);
    await leadersElected(kafka, [input, dlq]);
    await publisher.connect();
    // Published before the consumer starts: its first fetch finds all four partitions.
    await publisher.publish(
      input,
      ids.map((id) => ({ key: id, value: { id, behaviour: id === 'm41' ? 'poison' : 'fine' } })),
    );
    runner = new ConsumerRunner(kafka, publisher, logger, {
      groupId,
      topics: [input],
      deadLetterTopic: dlq,
      maxAttempts: 3,
      retryDelayMs: 10,
      maxRetryDelayMs: 50,
      partitionsConsumedConcurrently: 1,
      coalescePartitions: true,
      fromBeginning: true,
      maxBatchSize: 50,
      onFatal: (e) => {
        throw e;
      },
      handler: async (m) => {
        if (body(m.value).behaviour === 'poison') throw new PermanentMessageError('DOMAIN.RULE', 'this can never work');
        singles.push(body(m.value).id);
        record(m);
      },
      batchHandler: async (ms) => {
        overlapped ||= inUnit > 0;
        inUnit++;
        try {
          unitPartitions.push([...new Set(ms.map((m) => m.partition))]);
          // As a transaction would: yield to the event loop while the unit is in hand.
          await new Promise((r) => setTimeout(r, 5));
          if (ms.some((m) => body(m.value).behaviour === 'poison')) throw new Error('one message of the unit is poison');
          ms.forEach(record);
        } finally {
          inUnit--;
        }
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
    await deleteTopics(kafka, [input, dlq]);
  }, 30_000);

  it('hands a unit messages of several partitions, in order within each, and commits every partition', async () => {
    await expectEventually(() => expect(new Set(done.map((d) => d.id))).toEqual(new Set(ids.filter((id) => id !== 'm41'))), {
      timeoutMs: 30_000,
    });
    // Each record handed over once (by its partition and offset), none but the poison missing.
    expect(new Set(done.map((d) => `${d.partition}:${d.offset}`)).size).toBe(done.length);
    expect(done).toHaveLength(79);
    expect(Math.max(...unitPartitions.map((ps) => ps.length))).toBeGreaterThan(1);
    expect(overlapped).toBe(false);
    // The unit holding the poison message was done message by message, the others whole.
    expect(singles.length).toBeGreaterThan(0);
    expect(singles.length).toBeLessThan(50);
    for (let p = 0; p < partitions; p++) {
      const offsets = done.filter((d) => d.partition === p).map((d) => d.offset);
      expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    }
    const [dead] = await expectEventually(() => {
      expect(deadLetters.messages).toHaveLength(1);
      return deadLetters.messages.map((m) => JSON.parse(m.value) as DeadLetterV1);
    });
    expect(dead).toMatchObject({ key: 'm41', code: 'DOMAIN.RULE', attempts: 1, sourceTopic: input });

    const admin = kafka.admin();
    await admin.connect();
    try {
      const high = await admin.fetchTopicOffsets(input);
      await expectEventually(
        async () => {
          const [t] = await admin.fetchOffsets({ groupId, topics: [input] });
          const committed = Object.fromEntries(t!.partitions.map((p) => [p.partition, p.offset]));
          expect(committed).toEqual(Object.fromEntries(high.map((p) => [p.partition, p.high])));
        },
        { timeoutMs: 15_000 },
      );
    } finally {
      await admin.disconnect();
    }
  }, 60_000);
});

// Partitions whose batch fills a unit keep units of their own, and such units run side by
// side up to partitionsConsumedConcurrently, never two with a partition in common.
describe('ConsumerRunner coalescing with units side by side', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const run = randomBytes(4).toString('hex');
  const input = `test-${run}.lanes-input`;
  const dlq = `test-${run}.lanes-dlq`;
  const groupId = `test-${run}.lanes`;
  const logger = createLogger('lanes-test', 'silent');
  const kafka = createKafka({ brokers, clientId: 'lanes-test' }, logger);
  const publisher = new EventPublisher(kafka);
  const ids = Array.from({ length: 200 }, (_, i) => `n${i}`);
  const inHand = new Set<number>();
  let sideBySide = 0;
  let shared = false;
  const done: string[] = [];
  let runner: ConsumerRunner;

  beforeAll(async () => {
    await ensureTopics(kafka, [
      { name: input, partitions: 4, maxMessageBytes: 1_048_576 },
      { name: dlq, partitions: 1, maxMessageBytes: 1_048_576 },
    ]);
    await leadersElected(kafka, [input, dlq]);
    await publisher.connect();
    await publisher.publish(
      input,
      ids.map((id) => ({ key: id, value: { id } })),
    );
    runner = new ConsumerRunner(kafka, publisher, logger, {
      groupId,
      topics: [input],
      deadLetterTopic: dlq,
      maxAttempts: 3,
      partitionsConsumedConcurrently: 2,
      coalescePartitions: true,
      fromBeginning: true,
      maxBatchSize: 10,
      onFatal: (e) => {
        throw e;
      },
      handler: async (m) => void done.push(m.key!),
      batchHandler: async (ms) => {
        const partitions = new Set(ms.map((m) => m.partition));
        shared ||= [...partitions].some((p) => inHand.has(p));
        partitions.forEach((p) => inHand.add(p));
        sideBySide = Math.max(sideBySide, inHand.size);
        await new Promise((r) => setTimeout(r, 5));
        partitions.forEach((p) => inHand.delete(p));
        done.push(...ms.map((m) => m.key!));
      },
    });
    await runner.start();
    await runner.joined;
  }, 60_000);

  afterAll(async () => {
    await runner?.stop();
    await publisher.disconnect();
    await deleteTopics(kafka, [input, dlq]);
  }, 30_000);

  it('runs units of different partitions side by side, never two of one partition', async () => {
    await expectEventually(() => expect(new Set(done)).toEqual(new Set(ids)), { timeoutMs: 30_000 });
    expect(done).toHaveLength(ids.length);
    expect(shared).toBe(false);
    expect(sideBySide).toBeGreaterThan(1);
  }, 60_000);
});
