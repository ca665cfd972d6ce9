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

// Against the real broker: what the runner does with failing handlers.
describe('ConsumerRunner', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const run = randomBytes(4).toString('hex');
  const input = `test-${run}.runner-input`;
  const dlq = `test-${run}.runner-dlq`;
  const logger = createLogger('runner-test', 'silent');
  const kafka = createKafka({ brokers, clientId: 'runner-test' }, logger);
  const publisher = new EventPublisher(kafka);
  const attempts = new Map<string, number>();
  const handled: string[] = [];
  let runner: ConsumerRunner;
  let deadLetters: TopicObserver;

  beforeAll(async () => {
    await ensureTopics(kafka, [
      { name: input, partitions: 2, maxMessageBytes: 1_048_576 },
      { name: dlq, partitions: 1, maxMessageBytes: 1_048_576 },
    ]);
    await publisher.connect();
    runner = new ConsumerRunner(kafka, publisher, logger, {
      groupId: `test-${run}.runner`,
      topics: [input],
      deadLetterTopic: dlq,
      maxAttempts: 3,
      retryDelayMs: 10,
      maxRetryDelayMs: 50,
      partitionsConsumedConcurrently: 2,
      fromBeginning: true,
      onFatal: (e) => {
        throw e;
      },
      handler: async (m) => {
        const body = JSON.parse(m.value!) as { behaviour: string; id: string };
        const n = (attempts.get(body.id) ?? 0) + 1;
        attempts.set(body.id, n);
        if (body.behaviour === 'poison') throw new PermanentMessageError('DOMAIN.RULE', 'this can never work');
        if (body.behaviour === 'always-fails') throw new Error('database is away');
        if (body.behaviour === 'fails-once' && n === 1) throw new Error('a blip');
        // Postgres away for longer than maxAttempts: the message waits, it is never dead-lettered.
        if (body.behaviour === 'database-down' && n <= 6)
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
        if (body.behaviour === 'unstorable') throw Object.assign(new Error('invalid input syntax for type integer'), { code: '22P02' });
        handled.push(body.id);
      },
    });
    await runner.start();
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

  it('retries a failure, waits out a transient one, dead-letters poison at once and exhausted retries last, and keeps consuming', async () => {
    const send = (id: string, behaviour: string) => publisher.publish(input, [{ key: id, value: { id, behaviour } }]);
    await send('poison', 'poison');
    await send('exhausted', 'always-fails');
    await send('blip', 'fails-once');
    await send('ok', 'fine');
    await send('waits', 'database-down');
    await send('rejected', 'unstorable');
    const raw = kafka.producer();
    await raw.connect();
    await raw.send({ topic: input, messages: [{ key: 'not-utf8', value: Buffer.from([0xff, 0xfe, 0x41]) }] });
    await raw.disconnect();

    await expectEventually(() => expect(handled.sort()).toEqual(['blip', 'ok', 'waits']), { timeoutMs: 30_000 });
    const records = await expectEventually(() => {
      expect(deadLetters.messages).toHaveLength(4);
      return deadLetters.messages.map((m) => JSON.parse(m.value) as DeadLetterV1);
    });
    const byKey = Object.fromEntries(records.map((r) => [r.key, r]));
    expect(byKey.poison).toMatchObject({ code: 'DOMAIN.RULE', reason: 'this can never work', attempts: 1, sourceTopic: input });
    expect(byKey.exhausted).toMatchObject({ code: 'PROCESSING.FAILED', reason: 'database is away', attempts: 3 });
    expect(byKey['not-utf8']).toMatchObject({
      code: 'MESSAGE.EMPTY_OR_NOT_UTF8',
      valueEncoding: 'base64',
      value: Buffer.from([0xff, 0xfe, 0x41]).toString('base64'),
    });
    expect(byKey.rejected).toMatchObject({
      code: 'PROCESSING.REJECTED',
      reason: 'invalid input syntax for type integer (SQLSTATE 22P02)',
      attempts: 3,
    });
    expect(byKey.waits).toBeUndefined();
    expect(attempts.get('waits')).toBe(7);
    expect(attempts.get('blip')).toBe(2);
    expect(attempts.get('exhausted')).toBe(3);
  }, 60_000);

  it('leaves a message that waits for a dependency uncommitted when it stops, so the next consumer of the group gets it', async () => {
    const topic = `test-${run}.runner-wait`;
    await ensureTopics(kafka, [{ name: topic, partitions: 1, maxMessageBytes: 1_048_576 }]);
    let databaseUp = false;
    let tries = 0;
    const stored: string[] = [];
    const consumer = () =>
      new ConsumerRunner(kafka, publisher, logger, {
        groupId: `test-${run}.runner-wait`,
        topics: [topic],
        deadLetterTopic: dlq,
        // One attempt: anything but a transient failure would be dead-lettered at once.
        maxAttempts: 1,
        retryDelayMs: 10,
        maxRetryDelayMs: 100,
        partitionsConsumedConcurrently: 1,
        fromBeginning: true,
        sessionTimeoutMs: 6_000,
        heartbeatIntervalMs: 500,
        onFatal: (e) => {
          throw e;
        },
        handler: async (m) => {
          tries++;
          if (!databaseUp) throw new Error('Connection terminated unexpectedly');
          stored.push(m.key!);
        },
      });
    const first = consumer();
    await first.start();
    await first.joined;
    await publisher.publish(topic, [{ key: 'waiting', value: { id: 'waiting' } }]);
    await expectEventually(() => expect(tries).toBeGreaterThan(3), { timeoutMs: 30_000 });
    const stopping = Date.now();
    await first.stop();
    expect(Date.now() - stopping).toBeLessThan(5_000);
    expect(stored).toEqual([]);

    databaseUp = true;
    const second = consumer();
    await second.start();
    try {
      await expectEventually(() => expect(stored).toEqual(['waiting']), { timeoutMs: 30_000 });
    } finally {
      await second.stop();
    }
    expect(deadLetters.withKey('waiting')).toEqual([]);
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] });
    await admin.disconnect();
  }, 90_000);
});
