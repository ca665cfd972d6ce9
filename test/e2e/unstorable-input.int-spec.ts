import request from 'supertest';
import { articleKey, type Claim, type DeadLetterV1 } from '@claim-ledger/contracts';
import { createKafka, EventPublisher, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { expectEventually } from '../support/expect-eventually';
import { startPipeline, type RunningPipeline } from '../support/pipeline';
import { ANALYST_KEY, PUBLISHER_KEY, runSuffix, testEnv } from '../support/test-env';
import { TopicObserver } from '../support/topic-observer';

// Issue 16: the gateway answered 202 to articles the ledger cannot store (a NUL byte, a
// lone surrogate, a revision past a Postgres integer, year 0000), which were then
// dead-lettered; and the API answered 500 to %00 and to impossible cursor dates. Here
// each is refused at the boundary, naming the field, over HTTP and on Kafka alike, while
// what Postgres can store, up to the edges of the rules, reaches the ledger.
const run = runSuffix();
const article = (id: string, patch: Record<string, unknown> = {}): Record<string, unknown> & { id: string; publisher: string } => ({
  id: `${id}-${run}`,
  publisher: 'hostile',
  body: 'Ministrul a declarat ieri că bugetul crește cu 5%. Primarul a spus că taxele vor scădea.',
  publishedAt: '2025-06-05T10:00:00+03:00',
  ...patch,
});
const unstorable: [field: string, rule: string, value: Record<string, unknown>][] = [
  ['body', 'invalid_format', article('nul-body', { body: 'Ministrul a declarat\u0000 că bugetul crește.' })],
  ['id', 'invalid_format', article('nul-id\u0000')],
  ['id', 'invalid_format', article('surrogate-\ud800')],
  ['title', 'invalid_format', article('surrogate-title', { title: 'Titlu \udc00' })],
  ['revision', 'too_big', article('big-revision', { revision: 2 ** 31 })],
  ['publishedAt', 'too_small', article('year-0000', { publishedAt: '0000-01-01T00:00:00Z' })],
  ['publishedAt', 'invalid_format', article('offset', { publishedAt: '2025-06-05T10:00:00+16:00' })],
];

describe('input the ledger cannot store is refused at the boundary, naming the field', () => {
  const env = testEnv();
  const brokers = env.KAFKA_BROKERS!.split(',');
  const topics = topicNames(env.KAFKA_TOPIC_PREFIX);
  let pipeline: RunningPipeline;
  let deadLetters: TopicObserver;
  let publisher: EventPublisher;
  const gateway = () => request(pipeline.gateway.getHttpServer());
  const api = () => request(pipeline.api.getHttpServer());

  beforeAll(async () => {
    pipeline = await startPipeline(env);
    deadLetters = new TopicObserver(brokers, topics.deadLetter, `${env.KAFKA_GROUP_PREFIX}.observe-dlq`);
    await deadLetters.start();
    publisher = new EventPublisher(createKafka({ brokers, clientId: 'test-producer' }, createLogger('test', 'error')));
    await publisher.connect();
  }, 120_000);

  afterAll(async () => {
    await publisher?.disconnect();
    await deadLetters?.stop();
    await pipeline?.stop();
  }, 60_000);

  it.each(unstorable)('the gateway answers 400 naming %s (%s)', async (field, rule, value) => {
    const res = await gateway().post('/v1/articles').set('authorization', `Bearer ${PUBLISHER_KEY}`).send(value).expect(400);
    expect(res.body.error).toMatchObject({ code: 'ARTICLE.INVALID', issues: [expect.objectContaining({ field, rule })] });
    expect(res.body.error.message).toMatch(new RegExp(`^${field}: `));
    expect(res.body.error.correlationId).toEqual(expect.any(String));
  });

  it('names the broken article of a batch, and accepts none of it', async () => {
    const res = await gateway()
      .post('/v1/articles')
      .set('authorization', `Bearer ${PUBLISHER_KEY}`)
      .send([article('batch-ok'), article('batch-bad', { body: 'a\u0000' })])
      .expect(400);
    expect(res.body.error.issues).toEqual([expect.objectContaining({ field: '[1].body', rule: 'invalid_format' })]);
  });

  it('dead-letters the same articles sent straight to articles.v1, with MESSAGE.INVALID_SCHEMA naming the field', async () => {
    // Keys the ledger can store, so that only the value is at fault.
    const keyed = unstorable.map(([field, , value], i) => ({ field, key: `hostile/kafka-${i}-${run}`, value }));
    await publisher.publish(
      topics.articles,
      keyed.map(({ key, value }) => ({ key, value })),
    );
    for (const { field, key } of keyed) {
      const dlq = await expectEventually(
        () => {
          const found = deadLetters.withKey(key);
          expect(found).toHaveLength(1);
          return JSON.parse(found[0]!.value) as DeadLetterV1;
        },
        { timeoutMs: 60_000 },
      );
      expect(dlq).toMatchObject({ sourceTopic: topics.articles, code: 'MESSAGE.INVALID_SCHEMA', attempts: 1 });
      expect([key, dlq.issues?.map((i) => i.field)]).toEqual([key, [field]]);
      expect(dlq.reason).toMatch(new RegExp(`^${field}: `));
    }
  }, 90_000);

  it('stores what Postgres can hold up to the edges of the rules, and serves it back', async () => {
    const edge = article('edge-😀-\u0001', {
      title: 'Titlu 👍🏽',
      body: 'Ministrul a declarat ieri că bugetul crește cu 5% 📈. Primarul a spus că taxele vor scădea.\u0007',
      publishedAt: '1800-01-01T00:00:00-14:00',
      revision: 2 ** 31 - 1,
    });
    await gateway().post('/v1/articles').set('authorization', `Bearer ${PUBLISHER_KEY}`).send(edge).expect(202);
    const stored = await expectEventually(
      async () => {
        const res = await api()
          .get(`/v1/articles/hostile/${encodeURIComponent(edge.id)}`)
          .set('authorization', `Bearer ${ANALYST_KEY}`)
          .expect(200);
        return res.body as { article: { id: string; title: string; body: string; revision: number }; claims: Claim[] };
      },
      { timeoutMs: 60_000 },
    );
    expect(stored.article).toMatchObject({ id: edge.id, title: edge.title, body: edge.body, revision: 2 ** 31 - 1 });
    expect(stored.claims.length).toBeGreaterThanOrEqual(2);

    // Page through its claims one at a time: the cursors carry dates of the year 1799.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await api()
        .get('/v1/claims')
        .query({ articleId: edge.id, limit: '1', ...(cursor ? { cursor } : {}) })
        .set('authorization', `Bearer ${ANALYST_KEY}`)
        .expect(200);
      seen.push(...(res.body.claims as Claim[]).map((c) => c.id));
      cursor = res.body.next;
    } while (cursor);
    expect(seen.sort()).toEqual(stored.claims.map((c) => c.id).sort());
    expect(deadLetters.withKey(articleKey(edge))).toEqual([]);
  }, 90_000);

  describe('the API answers 400 naming the parameter, never 500', () => {
    const get = (path: string) => api().get(path).set('authorization', `Bearer ${ANALYST_KEY}`);

    it.each([
      ['/v1/claims?publisher=%00', 'publisher'],
      ['/v1/claims?articleId=a%00b', 'articleId'],
      ['/v1/claims?source=country%3AKR%00', 'source'],
      ['/v1/articles/hostile/a%00b', 'id'],
      ['/v1/articles/hos%00tile/a', 'publisher'],
      ['/v1/claims/clm_%00/links', 'id'],
      ['/v1/propositions/%00', 'id'],
    ])('%s', async (path, field) => {
      const res = await get(path).expect(400);
      expect(res.body.error).toMatchObject({ code: 'REQUEST.INVALID_PARAMETER', issues: [expect.objectContaining({ field })] });
    });

    it.each([
      ['an impossible date', { statedAt: '9999-99-99', id: 'clm_x' }],
      ['year 0000', { statedAt: '0000-01-01', id: 'clm_x' }],
      ['a NUL in the id', { statedAt: '2025-01-01', id: 'clm_\u0000' }],
    ])('a well-formed cursor with %s', async (_, position) => {
      const cursor = Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
      const res = await get(`/v1/claims?cursor=${cursor}`).expect(400);
      expect(res.body.error).toMatchObject({ code: 'QUERY.INVALID', issues: [expect.objectContaining({ field: 'cursor' })] });
    });

    it('limit in anything but plain decimal digits', async () => {
      for (const limit of ['0x10', '1e1', '%2016']) {
        const res = await get(`/v1/claims?limit=${limit}`).expect(400);
        expect(res.body.error.issues).toEqual([expect.objectContaining({ field: 'limit' })]);
      }
      await get('/v1/claims?limit=16').expect(200);
    });
  });

  describe('both services', () => {
    it('take the key from Authorization: Bearer only, and answer 405 with Allow for a wrong method', async () => {
      await api().get('/v1/claims').set('x-api-key', ANALYST_KEY).expect(401);
      await gateway().post('/v1/articles').set('x-api-key', PUBLISHER_KEY).send(article('x-api-key')).expect(401);
      const get = await gateway().get('/v1/articles').set('authorization', `Bearer ${PUBLISHER_KEY}`).expect(405);
      expect(get.headers.allow).toBe('OPTIONS, POST');
      expect(get.body.error).toMatchObject({ code: 'REQUEST.METHOD_NOT_ALLOWED', correlationId: expect.any(String) });
      const del = await api().delete('/v1/articles/hostile/a').expect(405);
      expect(del.headers.allow).toBe('GET, HEAD, OPTIONS');
    });

    it('refuse an unauthenticated body before reading it: 401, not 413', async () => {
      const res = await gateway()
        .post('/v1/articles')
        .set('content-type', 'application/json')
        .set('content-length', String(33 * 1024 * 1024));
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('AUTH.MISSING_KEY');
    });
  });
});
