import { randomBytes } from 'node:crypto';
import type { Kafka, Producer, ProducerConfig } from 'kafkajs';
import { createLogger } from '@claim-ledger/observability';
import { expectEventually } from '../../../test/support/expect-eventually';
import { TopicObserver } from '../../../test/support/topic-observer';
import { createKafka } from './create-kafka';
import { ensureTopics } from './ensure-topics';
import { EventPublisher } from './event-publisher';

// Against the real broker: publishes made while one is being sent go together in fewer
// produce requests, each acknowledged, in the order they were made.
describe('EventPublisher', () => {
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const run = randomBytes(4).toString('hex');
  const topics = [`test-${run}.publisher-a`, `test-${run}.publisher-b`];
  const kafka = createKafka({ brokers, clientId: 'publisher-test' }, createLogger('publisher-test', 'silent'));
  let produceRequests = 0;
  // The real client, whose producer counts the produce requests it makes.
  const counting = Object.assign(Object.create(kafka) as Kafka, {
    producer: (config?: ProducerConfig): Producer => {
      const p = kafka.producer(config);
      p.on(p.events.REQUEST, (e) => {
        if (e.payload.apiName === 'Produce') produceRequests++;
      });
      return p;
    },
  });
  const publisher = new EventPublisher(counting);
  const observers = topics.map((t, i) => new TopicObserver(brokers, t, `test-${run}.publisher-observer-${i}`));

  beforeAll(async () => {
    await ensureTopics(
      kafka,
      topics.map((name) => ({ name, partitions: 1, maxMessageBytes: 1_048_576 })),
    );
    await publisher.connect();
    for (const o of observers) await o.start();
  }, 60_000);

  afterAll(async () => {
    for (const o of observers) await o.stop();
    await publisher.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics });
    await admin.disconnect();
  }, 30_000);

  it('sends publishes that wait for the producer together, to each topic in the order they were made', async () => {
    const n = 200;
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        publisher.publish(topics[i % 2]!, [
          { key: 'same-key', value: { i, part: 1 } },
          { key: 'same-key', value: { i, part: 2 } },
        ]),
      ),
    );
    for (const [t, o] of observers.entries()) {
      await expectEventually(() => expect(o.messages).toHaveLength(n), { timeoutMs: 20_000 });
      const expected = Array.from({ length: n / 2 }, (_, k) => 2 * k + t).flatMap((i) => [`${i}/1`, `${i}/2`]);
      expect(
        o.messages.map((m) => {
          const v = JSON.parse(m.value) as { i: number; part: number };
          return `${v.i}/${v.part}`;
        }),
      ).toEqual(expected);
    }
    // The first goes alone; the ones that queued behind it share requests.
    expect(produceRequests).toBeGreaterThan(0);
    expect(produceRequests).toBeLessThan(n / 2);
  }, 60_000);
});
