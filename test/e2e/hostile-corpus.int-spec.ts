import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import { articleKey, type DeadLetterV1 } from '@claim-ledger/contracts';
import { createKafka, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { expectEventually } from '../support/expect-eventually';
import { startPipeline, type RunningPipeline } from '../support/pipeline';
import { ANALYST_KEY, PUBLISHER_KEY, runSuffix, testEnv } from '../support/test-env';
import { TopicObserver } from '../support/topic-observer';

// Issue 16, "a hostile corpus": every input of test/data/hostile/corpus.jsonl is sent over
// HTTP to the gateway and as raw bytes to articles.v1. Each must be refused in the
// documented form (naming the field where the corpus says which), or stored and served
// back as sent; never a 500, never a stack trace. Afterwards every service still works.
interface HostileInput {
  name: string;
  expect: string;
  body?: string;
  base64?: string;
  kafka?: string;
  contentType?: string;
  expand?: Record<string, [string, number]>;
}
type Sent = { id: string; publisher: string; body: string; title?: string; revision?: number };

const corpus = readFileSync(join(__dirname, '../data/hostile/corpus.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as HostileInput);
const run = runSuffix();

/** The input's bytes, tokens replaced; byte for byte otherwise (latin1 maps bytes 1:1). */
function bytesOf(input: HostileInput, tag: string): Buffer {
  let text = (input.base64 !== undefined ? Buffer.from(input.base64, 'base64') : Buffer.from(input.body ?? '', 'utf8')).toString('latin1');
  const asBytes = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
  for (const [token, [unit, times]] of Object.entries(input.expand ?? {})) text = text.replaceAll(token, asBytes(unit.repeat(times)));
  return Buffer.from(text.replaceAll('@RUN@', `${run}${tag}`), 'latin1');
}

/** The articles in bytes that parse, as the services parse them (UTF-8, a BOM dropped); else []. */
function articlesIn(bytes: Buffer): Sent[] {
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    const list = Array.isArray(value) ? value : [value];
    return list.filter(
      (a): a is Sent => typeof a === 'object' && a !== null && typeof a.id === 'string' && typeof a.publisher === 'string',
    );
  } catch {
    return [];
  }
}

/** False for text holding a lone surrogate, which no URL or Kafka key can carry. */
const wellFormed = (text: string) => {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

const STACK = /\n\s+at .+:\d+:\d+|node_modules|\/work\/|\.ts:\d+/;
const namesField = (issues: { field: string }[] | undefined, field: string) =>
  (issues ?? []).some((i) => i.field === field || i.field.endsWith(`].${field}`));

describe('a hostile corpus, over HTTP and on articles.v1', () => {
  // Every refusal is logged at warn by design; the test reads the dead letters instead.
  const env = testEnv({ LOG_LEVEL: 'error' });
  const brokers = env.KAFKA_BROKERS!.split(',');
  const topics = topicNames(env.KAFKA_TOPIC_PREFIX);
  let pipeline: RunningPipeline;
  let port: number;
  let producer: Producer;
  let deadLetters: TopicObserver;
  let linked: TopicObserver;
  /** Articles the gateway accepted, to be served back. */
  const storedOverHttp: Sent[] = [];
  const api = () => request(pipeline.api.getHttpServer());

  const post = (body: Buffer, contentType: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const headers: Record<string, string | number> = { authorization: `Bearer ${PUBLISHER_KEY}`, 'content-length': body.length };
      if (contentType) headers['content-type'] = contentType;
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/v1/articles', headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      req.end(body);
    });

  /** The article served by the API, or null for 404; fails on anything else. */
  const served = async (a: Sent) => {
    if (!wellFormed(a.id) || !wellFormed(a.publisher)) return null;
    const res = await api()
      .get(`/v1/articles/${encodeURIComponent(a.publisher)}/${encodeURIComponent(a.id)}`)
      .set('authorization', `Bearer ${ANALYST_KEY}`);
    expect(STACK.test(res.text)).toBe(false);
    if (res.status === 404) return null;
    expect(res.status).toBe(200);
    return res.body as { article: Sent & { revision: number }; claims: unknown[] };
  };
  const expectServedAsSent = async (versions: Sent[]) => {
    const latest = versions.reduce((x, y) => ((y.revision ?? 1) > (x.revision ?? 1) ? y : x));
    const got = await served(latest);
    expect(got?.article).toMatchObject({ id: latest.id, publisher: latest.publisher, body: latest.body, revision: latest.revision ?? 1 });
    if (latest.title !== undefined) expect(got!.article.title).toBe(latest.title);
    const claims = await api()
      .get('/v1/claims')
      .query({ publisher: latest.publisher, articleId: latest.id })
      .set('authorization', `Bearer ${ANALYST_KEY}`);
    expect([claims.status, STACK.test(claims.text)]).toEqual([200, false]);
  };

  beforeAll(async () => {
    pipeline = await startPipeline(env);
    const server = pipeline.gateway.getHttpServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    port = (server.address() as AddressInfo).port;
    deadLetters = new TopicObserver(brokers, topics.deadLetter, `${env.KAFKA_GROUP_PREFIX}.observe-dlq`);
    linked = new TopicObserver(brokers, topics.claimsLinked, `${env.KAFKA_GROUP_PREFIX}.observe-linked`);
    await Promise.all([deadLetters.start(), linked.start()]);
    producer = createKafka({ brokers, clientId: 'test-hostile' }, createLogger('test', 'error')).producer();
    await producer.connect();
  }, 120_000);

  afterAll(async () => {
    await producer?.disconnect();
    await deadLetters?.stop();
    await linked?.stop();
    await pipeline?.stop();
  }, 60_000);

  it('holds at least 100 inputs', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
  });

  describe('over HTTP', () => {
    it.each(corpus.map((c) => [c.name, c] as const))('%s', async (_, input) => {
      const bytes = bytesOf(input, 'h');
      const res = await post(bytes, input.contentType ?? 'application/json');
      expect(STACK.test(res.text)).toBe(false);
      expect(res.status).toBeLessThan(500);
      if (res.status === 202) {
        expect(input.expect === 'store' || input.expect === 'any').toBe(true);
        storedOverHttp.push(...articlesIn(bytes));
        return;
      }
      expect([res.status >= 400, input.expect === 'store']).toEqual([true, false]);
      const { error } = JSON.parse(res.text) as {
        error: { code: string; message: string; correlationId: string; issues?: { field: string }[] };
      };
      expect(error).toMatchObject({ code: expect.any(String), message: expect.any(String), correlationId: expect.any(String) });
      for (const issue of error.issues ?? []) expect(issue.field).toEqual(expect.any(String));
      const field = /^reject:(.+)$/.exec(input.expect)?.[1];
      if (field) expect([field, namesField(error.issues, field) && error.message.includes(field)]).toEqual([field, true]);
    });

    it('serves back every accepted article as it was sent', async () => {
      expect(storedOverHttp.length).toBeGreaterThan(30);
      const byKey = new Map<string, Sent[]>();
      for (const a of storedOverHttp) byKey.set(articleKey(a), [...(byKey.get(articleKey(a)) ?? []), a]);
      for (const versions of byKey.values()) await expectEventually(() => expectServedAsSent(versions), { timeoutMs: 60_000 });
    }, 300_000);
  });

  it('as raw bytes on articles.v1: dead-letters, naming the field, or stores and serves back each', async () => {
    const sent = corpus
      .map((input, i) => ({ input, i, expect: input.kafka ?? input.expect }))
      .filter((s) => s.expect !== 'skip')
      .map((s) => {
        const bytes = bytesOf(s.input, 'k');
        const [article] = articlesIn(bytes);
        // Keyed as the gateway keys an article, when the value is one whose key a Kafka key can carry.
        const single = article && !Array.isArray(JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')));
        const key = single && wellFormed(articleKey(article)) ? articleKey(article) : `hostile/kafka-${s.i}-${run}`;
        return { ...s, bytes, article, key };
      });
    for (let i = 0; i < sent.length; i += 20) {
      await producer.send({
        topic: topics.articles,
        acks: -1,
        messages: sent.slice(i, i + 20).map((s) => ({ key: s.key, value: s.bytes })),
      });
    }
    const problems: string[] = [];
    for (const s of sent) {
      const outcome = await expectEventually(
        async () => {
          const letters = deadLetters.withKey(s.key);
          if (letters.length > 0) return { deadLetter: JSON.parse(letters[0]!.value) as DeadLetterV1 };
          if (s.article && (await served(s.article))) return { stored: true };
          throw new Error(`${s.input.name}: neither dead-lettered nor stored`);
        },
        { timeoutMs: 60_000, intervalMs: 200 },
      ).catch((e: Error) => ({ missing: e.message }));
      if ('missing' in outcome) problems.push(outcome.missing);
      else if ('stored' in outcome) {
        if (s.expect !== 'store' && s.expect !== 'any') problems.push(`${s.input.name}: stored, expected ${s.expect}`);
        else await expectServedAsSent([s.article!]);
      } else {
        const dl = outcome.deadLetter;
        const field = /^reject:(.+)$/.exec(s.expect)?.[1];
        if (s.expect === 'store') problems.push(`${s.input.name}: dead-lettered (${dl.reason}), expected stored`);
        else if (dl.sourceTopic !== topics.articles || !dl.code || !dl.reason || STACK.test(dl.reason))
          problems.push(`${s.input.name}: dead letter without a clean reason: ${dl.code} ${dl.reason}`);
        else if (field && !(namesField(dl.issues, field) && dl.reason.includes(field)))
          problems.push(`${s.input.name}: dead letter does not name ${field}: ${dl.reason}`);
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('leaves every service alive and healthy', async () => {
    await request(pipeline.gateway.getHttpServer()).get('/health').expect(200);
    await api().get('/health').expect(200);
    // Through gateway, extractor, ledger and linker once more.
    const article = {
      id: `after-${run}`,
      publisher: 'hostile',
      body: 'Ministrul a declarat ieri că bugetul crește cu 5%.',
      publishedAt: '2025-06-05T10:00:00+03:00',
    };
    await request(pipeline.gateway.getHttpServer())
      .post('/v1/articles')
      .set('authorization', `Bearer ${PUBLISHER_KEY}`)
      .send(article)
      .expect(202);
    await expectEventually(() => expect(linked.withKey(articleKey(article)).length).toBeGreaterThan(0), { timeoutMs: 60_000 });
    await expectServedAsSent([article]);
  }, 90_000);
});
