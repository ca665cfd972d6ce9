import { randomBytes } from 'node:crypto';
import { createLogger } from '@claim-ledger/observability';
import { expectEventually } from '../../../test/support/expect-eventually';
import type { FailureKind } from './classify-failure';
import { ConsumerRunner } from './consumer-runner';
import { createKafka } from './create-kafka';
import { ensureTopics } from './ensure-topics';
import { EventPublisher } from './event-publisher';
import { PermanentMessageError } from './permanent-message.error';

// What the runner tells its observer (the metrics of /metrics), against the real broker:
// each outcome once, each retry with its kind.
describe('ConsumerRunner observer', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const run = randomBytes(4).toString('hex');
  const input = `test-${run}.observed-input`;
  const dlq = `test-${run}.observed-dlq`;
  const logger = createLogger('observer-test', 'silent');
  const kafka = createKafka({ brokers, clientId: 'observer-test' }, logger);
  const publisher = new EventPublisher(kafka);
  const attempts = new Map<string, number>();
  const events: string[] = [];
  let runner: ConsumerRunner;

  beforeAll(async () => {
    await ensureTopics(kafka, [
      { name: input, partitions: 1, maxMessageBytes: 1_048_576 },
      { name: dlq, partitions: 1, maxMessageBytes: 1_048_576 },
    ]);
    await publisher.connect();
    runner = new ConsumerRunner(kafka, publisher, logger, {
      groupId: `test-${run}.observed`,
      topics: [input],
      deadLetterTopic: dlq,
      maxAttempts: 2,
      retryDelayMs: 10,
      maxRetryDelayMs: 50,
      partitionsConsumedConcurrently: 1,
      fromBeginning: true,
      onFatal: (e) => {
        throw e;
      },
      observer: {
        processed: (topic) => events.push(`processed ${topic === input}`),
        retried: (topic, kind: FailureKind) => events.push(`retried ${kind} ${topic === input}`),
        deadLettered: (topic, code) => events.push(`dead-lettered ${code} ${topic === input}`),
      },
      handler: async (m) => {
        const { id, behaviour } = JSON.parse(m.value!) as { behaviour: string; id: string };
        const n = (attempts.get(id) ?? 0) + 1;
        attempts.set(id, n);
        if (behaviour === 'poison') throw new PermanentMessageError('DOMAIN.RULE', 'never');
        if (behaviour === 'db-blip' && n === 1) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
        if (behaviour === 'bug') throw new Error('a bug');
      },
    });
    await runner.start();
  }, 60_000);

  afterAll(async () => {
    await runner?.stop();
    await publisher.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [input, dlq] });
    await admin.disconnect();
  }, 30_000);

  it('reports processed, retried (with the kind) and dead-lettered (with the code) messages', async () => {
    for (const [id, behaviour] of [
      ['a', 'fine'],
      ['b', 'db-blip'],
      ['c', 'poison'],
      ['d', 'bug'],
    ]) {
      await publisher.publish(input, [{ key: id!, value: { id, behaviour } }]);
    }
    await expectEventually(() => expect(events).toHaveLength(6), { timeoutMs: 30_000 });
    // One partition: in order.
    expect(events).toEqual([
      'processed true',
      'retried transient true',
      'processed true',
      'dead-lettered DOMAIN.RULE true',
      'retried unknown true',
      'dead-lettered PROCESSING.FAILED true',
    ]);
  }, 45_000);
});
