import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleKey, type DeadLetterV1 } from '@claim-ledger/contracts';
import { extractClaims } from '@claim-ledger/extraction';
import { createKafka, EventPublisher, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { expectEventually } from '../support/expect-eventually';
import { startPipeline, type RunningPipeline } from '../support/pipeline';
import { runSuffix, testEnv } from '../support/test-env';
import { TopicObserver } from '../support/topic-observer';

const gold = JSON.parse(readFileSync(join(__dirname, '../../../shared/eval/dev/en-wire-2024-03-18.json'), 'utf8'));

describe('at-least-once delivery: duplicates are stored once, malformed events are dead-lettered', () => {
  const env = testEnv();
  const brokers = env.KAFKA_BROKERS!.split(',');
  const topics = topicNames(env.KAFKA_TOPIC_PREFIX);
  let pipeline: RunningPipeline;
  let recorded: TopicObserver;
  let deadLetters: TopicObserver;
  let publisher: EventPublisher;

  beforeAll(async () => {
    pipeline = await startPipeline(env);
    recorded = new TopicObserver(brokers, topics.claimsRecorded, `${env.KAFKA_GROUP_PREFIX}.observe-recorded`);
    deadLetters = new TopicObserver(brokers, topics.deadLetter, `${env.KAFKA_GROUP_PREFIX}.observe-dlq`);
    await Promise.all([recorded.start(), deadLetters.start()]);
    publisher = new EventPublisher(createKafka({ brokers, clientId: 'test-producer' }, createLogger('test', 'error')));
    await publisher.connect();
  }, 120_000);

  afterAll(async () => {
    await publisher?.disconnect();
    await recorded?.stop();
    await deadLetters?.stop();
    await pipeline?.stop();
  }, 60_000);

  it('stores one copy of a twice-delivered article and dead-letters the malformed one with its reason', async () => {
    const article = { ...gold.article, id: `${gold.article.id}-${runSuffix()}`, revision: 1 };
    const key = articleKey(article);
    const malformedKey = `${article.publisher}/malformed-${runSuffix()}`;
    const expected = extractClaims(article)
      .claims.map((c) => c.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);

    await publisher.publish(topics.articles, [{ key, value: article }]);
    await publisher.publish(topics.articles, [{ key, value: article }]);
    // Valid JSON, but no body and a date without an offset.
    await publisher.publish(topics.articles, [
      { key: malformedKey, value: { id: 'malformed', publisher: article.publisher, publishedAt: '2024-03-18 07:30' } },
    ]);

    // Both deliveries went through the ledger (it re-announces a duplicate)...
    await expectEventually(() => expect(recorded.withKey(key)).toHaveLength(2), { timeoutMs: 60_000 });
    const statuses = recorded.withKey(key).map((m) => JSON.parse(m.value).claims.length);
    expect(statuses).toEqual([expected.length, expected.length]);

    // ...and the ledger holds exactly one copy of each claim.
    const rows: { id: string }[] = await pipeline.db.query('SELECT id FROM claims WHERE publisher = $1 AND article_id = $2 ORDER BY id', [
      article.publisher,
      article.id,
    ]);
    expect(rows.map((r) => r.id)).toEqual(expected);
    const revisions = await pipeline.db.query('SELECT count(*)::int AS n FROM article_revisions WHERE publisher = $1 AND article_id = $2', [
      article.publisher,
      article.id,
    ]);
    expect(revisions[0].n).toBe(1);

    // One dead letter, naming the fields that broke the contract.
    const dlq = await expectEventually(() => {
      const found = deadLetters.withKey(malformedKey);
      expect(found).toHaveLength(1);
      return JSON.parse(found[0]!.value) as DeadLetterV1;
    });
    expect(dlq).toMatchObject({ sourceTopic: topics.articles, code: 'MESSAGE.INVALID_SCHEMA', attempts: 1 });
    expect(dlq.issues?.map((i) => i.field).sort()).toEqual(['body', 'publishedAt']);
    expect(dlq.reason).toMatch(/body/);
  }, 90_000);

  it('replaces the claims of a lower revision with those of a higher one, keeping the history', async () => {
    const base = { ...gold.article, id: `${gold.article.id}-rev-${runSuffix()}` };
    const key = articleKey(base);
    const v2 = { ...base, revision: 2, body: base.body.replace('about 7,000 containers', 'about 7,500 containers') };
    await publisher.publish(topics.articles, [{ key, value: { ...base, revision: 1 } }]);
    await expectEventually(() => expect(recorded.withKey(key)).toHaveLength(1), { timeoutMs: 60_000 });
    await publisher.publish(topics.articles, [{ key, value: v2 }]);
    await expectEventually(() => expect(recorded.withKey(key)).toHaveLength(2), { timeoutMs: 60_000 });

    const current: { revision: number; n: number }[] = await pipeline.db.query(
      `SELECT revision, count(*)::int AS n FROM claims WHERE publisher = $1 AND article_id = $2 AND superseded_at IS NULL GROUP BY revision`,
      [base.publisher, base.id],
    );
    expect(current).toEqual([{ revision: 2, n: extractClaims(v2).claims.length }]);
    const history = await pipeline.db.query(
      `SELECT count(*)::int AS n FROM claims WHERE publisher = $1 AND article_id = $2 AND revision = 1 AND superseded_at IS NOT NULL`,
      [base.publisher, base.id],
    );
    expect(history[0].n).toBe(extractClaims({ ...base, revision: 1 }).claims.length);
    const second = JSON.parse(recorded.withKey(key)[1]!.value);
    expect(second.supersededClaimIds).toHaveLength(history[0].n);
  }, 90_000);
});
