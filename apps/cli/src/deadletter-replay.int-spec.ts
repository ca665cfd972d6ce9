import type { DeadLetterV1 } from '@claim-ledger/contracts';
import { createKafka, ensureTopics, REPLAYED_FROM_HEADER, topicDefinitions, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import type { Consumer, Producer } from 'kafkajs';
import { expectEventually } from '../../../test/support/expect-eventually';
import { testEnv } from '../../../test/support/test-env';
import { runDeadletterReplay } from './deadletter-replay.command';

interface Seen {
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

// Issue 14: `claim-ledger deadletter replay` re-publishes chosen dead letters to their
// source topic, over the real broker.
describe('deadletter replay', () => {
  const env = testEnv({ LOG_LEVEL: 'fatal' });
  const brokers = env.KAFKA_BROKERS!.split(',');
  const topics = topicNames(env.KAFKA_TOPIC_PREFIX);
  const kafka = createKafka({ brokers, clientId: 'test-deadletters' }, createLogger('test', 'fatal'));
  let producer: Producer;
  let consumer: Consumer;
  const seen: Seen[] = [];
  const letter = (over: Partial<DeadLetterV1>): DeadLetterV1 => ({
    sourceTopic: topics.articles,
    partition: 0,
    offset: '7',
    key: null,
    value: '{"id":"x"}',
    valueEncoding: 'utf8',
    consumerGroup: 'claim-ledger.extractor',
    code: 'PROCESSING.FAILED',
    reason: 'a bug, since fixed',
    attempts: 5,
    failedAt: '2026-11-29T10:00:00.000Z',
    ...over,
  });
  const article = JSON.stringify({
    id: 'a',
    publisher: 'dl',
    body: 'Ministrul a declarat că bugetul crește.',
    publishedAt: '2025-06-05T10:00:00+03:00',
  });

  const run = async (...args: string[]) => {
    const out: string[] = [];
    const log: string[] = [];
    const status = await runDeadletterReplay(
      args,
      env,
      (s) => out.push(s),
      (s) => log.push(s),
    );
    return {
      status,
      lines: out
        .join('')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
      log,
    };
  };

  beforeAll(async () => {
    await ensureTopics(kafka, topicDefinitions(env.KAFKA_TOPIC_PREFIX));
    // Idempotent: a send retried on a busy machine must not put a dead letter there twice.
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    await producer.send({
      topic: topics.deadLetter,
      messages: [
        { key: 'dl/a', value: JSON.stringify(letter({ key: 'dl/a', value: article, correlationId: 'corr-a' })), partition: 0 },
        { key: 'dl/b', value: JSON.stringify(letter({ key: 'dl/b', code: 'MESSAGE.INVALID_SCHEMA' })), partition: 1 },
        {
          key: 'dl/c',
          value: JSON.stringify(
            letter({ key: 'dl/c', value: Buffer.from([0xff, 0x00, 0x41]).toString('base64'), valueEncoding: 'base64' }),
          ),
          partition: 2,
        },
        { key: 'dl/d', value: JSON.stringify(letter({ key: 'dl/d', sourceTopic: 'someone-else.articles.v1' })), partition: 2 },
        { key: 'junk', value: 'not a dead letter', partition: 0 },
      ],
    });
    consumer = kafka.consumer({ groupId: `${env.KAFKA_GROUP_PREFIX}.observe-articles` });
    const joined = new Promise<void>((r) => consumer.on(consumer.events.GROUP_JOIN, () => r()));
    await consumer.connect();
    await consumer.subscribe({ topic: topics.articles, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([k, v]) => [k, String(v)]));
        seen.push({ key: message.key?.toString() ?? null, value: message.value ?? Buffer.alloc(0), headers });
      },
    });
    await joined;
  }, 60_000);

  afterAll(async () => {
    await consumer?.disconnect();
    await producer?.disconnect();
    const admin = kafka.admin();
    await admin.connect();
    await admin
      .deleteTopics({ topics: topicDefinitions(env.KAFKA_TOPIC_PREFIX).map((t) => t.name), timeout: 10_000 })
      .catch(() => undefined);
    await admin.disconnect();
  }, 30_000);

  it('lists what a selection would replay in a dry run, and publishes nothing', async () => {
    const { status, lines, log } = await run('--code', 'PROCESSING.FAILED', '--dry-run');
    expect(lines.map((l) => [l.key, l.skipped ?? null])).toEqual(
      expect.arrayContaining([
        ['dl/a', null],
        ['dl/c', null],
        ['dl/d', 'someone-else.articles.v1 is not a topic of this deployment'],
      ]),
    );
    expect(lines).toHaveLength(3);
    expect(status).toBe(1);
    expect(log).toEqual(['deadletter replay: 2 would be replayed (dry run), 1 skipped']);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(seen).toEqual([]);
  }, 30_000);

  it('re-publishes the chosen ones to their source topic, as they first came, with their correlation id', async () => {
    const { status, lines } = await run('--source-topic', 'articles.v1', '--key', 'dl/a,dl/c');
    expect(status).toBe(0);
    expect(lines.map((l) => l.key).sort()).toEqual(['dl/a', 'dl/c']);
    await expectEventually(() => expect(seen).toHaveLength(2), { timeoutMs: 20_000 });
    const a = seen.find((s) => s.key === 'dl/a')!;
    expect(a.value.toString('utf8')).toBe(article);
    expect(a.headers).toMatchObject({ 'x-correlation-id': 'corr-a', [REPLAYED_FROM_HEADER]: `${topics.deadLetter}/0/0` });
    expect(seen.find((s) => s.key === 'dl/c')!.value).toEqual(Buffer.from([0xff, 0x00, 0x41]));
  }, 30_000);

  it('replays by position in deadletter.v1', async () => {
    const { status, lines } = await run('--at', '1:0');
    expect([status, lines.map((l) => [l.key, l.code])]).toEqual([0, [['dl/b', 'MESSAGE.INVALID_SCHEMA']]]);
    await expectEventually(() => expect(seen.map((s) => s.key)).toContain('dl/b'), { timeoutMs: 20_000 });
  }, 30_000);
});
