import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { articleKey, type ArticleV1, type Claim } from '@claim-ledger/contracts';
import { extractClaims } from '@claim-ledger/extraction';
import { createKafka, ensureTopics, topicDefinitions, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { createDataSource, ensureDatabase, runMigrations } from '@claim-ledger/persistence';
import { expectEventually } from '../support/expect-eventually';
import { ServiceProcess } from '../support/service-process';
import { SystemPostgres } from '../support/system-postgres';
import { testEnv } from '../support/test-env';
import { TopicObserver } from '../support/topic-observer';
import { streamArticle, streamPlan } from './article-stream';

const root = join(__dirname, '../..');
const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Issue 16, "fault tests in CI": while a stream of articles and their revisions flows
// straight to articles.v1, each consumer is killed with SIGKILL and started again alone,
// the broker is restarted and Postgres is stopped for 30 s while the ledger writes. Then
// every article must be in the ledger once, at its current revision, with exactly the
// claims the offline extraction finds, no current link may touch a superseded claim, and
// no fault may have produced a dead letter (every article sent is valid).
const ARTICLES = 2_000;
const POSTGRES_DOWN_MS = 30_000;
/** The stream is paced to last about this long; its last tenth waits for the faults to end. */
const STREAM_MS = 90_000;
const BATCH = 10;

const databaseUrl = (() => {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test');
  url.pathname = '/claim_ledger_faults';
  return url.toString();
})();

interface FaultFigure {
  fault: string;
  /** From the fault to the dependency or service being back. */
  downMs: number;
  /** From its being back until an article published at that moment had been extracted, stored and linked. */
  recoverMs: number;
}

describe('the pipeline under faults', () => {
  const env = testEnv({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', KAFKA_MAX_ATTEMPTS: '3' });
  const brokers = env.KAFKA_BROKERS!.split(',');
  const topics = topicNames(env.KAFKA_TOPIC_PREFIX);
  const publisher = `faults-${env.KAFKA_GROUP_PREFIX!.slice('test-'.length)}`;
  const pgUrl = new URL(databaseUrl);
  const postgres = new SystemPostgres(pgUrl.hostname, Number(pgUrl.port || 5432));
  const services = Object.fromEntries(['extractor', 'ledger', 'linker'].map((s) => [s, new ServiceProcess(s, env)])) as Record<
    'extractor' | 'ledger' | 'linker',
    ServiceProcess
  >;
  const kafka = createKafka({ brokers, clientId: 'test-faults' }, createLogger('test', 'fatal'));
  let producer: Producer;
  let linked: TopicObserver;
  let deadLetters: TopicObserver;
  /** The revision of each article last sent (probes included). */
  const current = new Map<string, ArticleV1>();
  /** Every (article, revision) sent. */
  const sent: ArticleV1[] = [];
  let sendFailures = 0;

  const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  };
  const send = async (articles: ArticleV1[]) => {
    await producer.send({
      topic: topics.articles,
      acks: -1,
      messages: articles.map((a) => ({ key: articleKey(a), value: JSON.stringify(a) })),
    });
    for (const a of articles) {
      sent.push(a);
      current.set(articleKey(a), a);
    }
  };
  const linkedRevisions = () => {
    const seen = new Map<string, number>();
    for (const m of linked.messages) {
      const revision = (JSON.parse(m.value) as { revision: number }).revision;
      if (m.key && revision >= (seen.get(m.key) ?? 0)) seen.set(m.key, revision);
    }
    return seen;
  };
  /** Publishes a new article now and resolves with the milliseconds until it was linked. */
  const probe = async (name: string): Promise<number> => {
    const article: ArticleV1 = {
      ...streamArticle(publisher, 0, 1),
      id: `probe-${name}`,
    };
    const started = Date.now();
    await expectEventually(() => send([article]), { timeoutMs: 60_000, intervalMs: 500 });
    await expectEventually(() => expect(linked.withKey(articleKey(article)).length).toBeGreaterThan(0), {
      timeoutMs: 180_000,
      intervalMs: 100,
    });
    return Date.now() - started;
  };

  beforeAll(async () => {
    await postgres.start();
    await ensureDatabase(databaseUrl);
    const db = createDataSource({ url: databaseUrl, poolSize: 1 });
    await db.initialize();
    await runMigrations(db, databaseUrl);
    await db.destroy();
    await ensureTopics(kafka, topicDefinitions(env.KAFKA_TOPIC_PREFIX));
    linked = new TopicObserver(brokers, topics.claimsLinked, `${env.KAFKA_GROUP_PREFIX}.observe-linked`, 'fatal');
    deadLetters = new TopicObserver(brokers, topics.deadLetter, `${env.KAFKA_GROUP_PREFIX}.observe-dlq`, 'fatal');
    await Promise.all([linked.start(), deadLetters.start()]);
    producer = kafka.producer();
    await producer.connect();
    for (const s of Object.values(services)) s.start();
    // Through all three services once before the clock starts.
    await probe('warm-up');
  }, 180_000);

  afterAll(async () => {
    // Whatever failed, the machine's Postgres and broker are left running.
    await postgres.start();
    await run('bash', [join(root, 'deploy/local/kafka.sh'), 'start'], { cwd: root });
    await Promise.all(Object.values(services).map((s) => s.kill('SIGTERM')));
    await producer?.disconnect();
    await linked?.stop();
    await deadLetters?.stop();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: topicDefinitions(env.KAFKA_TOPIC_PREFIX).map((t) => t.name), timeout: 10_000 });
    await admin.disconnect();
  }, 180_000);

  it('loses nothing, duplicates nothing and dead-letters nothing while services, the broker and Postgres fail', async () => {
    const startedAt = Date.now();
    const plan = streamPlan(ARTICLES);
    let next = 0;
    let faultsDone = false;
    const pause = STREAM_MS / (plan.length / BATCH);
    const stream = (async () => {
      while (next < plan.length) {
        if (!faultsDone && next >= plan.length * 0.9) {
          await sleep(200);
          continue;
        }
        const batch = plan.slice(next, next + BATCH).map(({ i, revision }) => streamArticle(publisher, i, revision));
        try {
          await send(batch);
          next += batch.length;
          await sleep(pause);
        } catch {
          // The broker is away: send the same batch again (an article sent twice is stored once).
          sendFailures++;
          await sleep(500);
        }
      }
    })();
    const stored = async () =>
      (await query<{ n: number }>('SELECT count(*)::int AS n FROM article_revisions WHERE publisher = $1', [publisher]))[0]!.n;

    const faults: FaultFigure[] = [];
    await expectEventually(async () => expect(await stored()).toBeGreaterThan(200), { timeoutMs: 60_000, intervalMs: 500 });

    // Postgres away for 30 s while the ledger is writing (it stored articles in the last
    // 2 s), and the stream keeps coming.
    const storedBefore = await stored();
    await sleep(2_000);
    const writing = (await stored()) > storedBefore;
    const sentBefore = sent.length;
    let faultAt = Date.now();
    postgres.stop();
    expect(await postgres.answers()).toBe(false);
    await sleep(POSTGRES_DOWN_MS);
    await postgres.start();
    faults.push({ fault: 'postgres stopped for 30 s', downMs: Date.now() - faultAt, recoverMs: await probe('postgres') });
    expect({ ledgerWasWriting: writing, sentDuringOutage: sent.length > sentBefore }).toEqual({
      ledgerWasWriting: true,
      sentDuringOutage: true,
    });
    expect(services.ledger.alive && services.linker.alive).toBe(true);

    // Each consumer killed without leaving its group, and started again alone.
    for (const name of ['extractor', 'ledger', 'linker'] as const) {
      faultAt = Date.now();
      await services[name].kill('SIGKILL');
      services[name].start();
      faults.push({ fault: `${name} killed (SIGKILL) and restarted`, downMs: Date.now() - faultAt, recoverMs: await probe(name) });
    }

    // The broker stopped and started again.
    faultAt = Date.now();
    await run('bash', [join(root, 'deploy/local/kafka.sh'), 'stop'], { cwd: root });
    const down = await run('bash', [join(root, 'deploy/local/kafka.sh'), 'status'], { cwd: root }).then(
      () => false,
      () => true,
    );
    expect({ brokerWentDown: down }).toEqual({ brokerWentDown: true });
    await run('bash', [join(root, 'deploy/local/kafka.sh'), 'start'], { cwd: root });
    faults.push({ fault: 'kafka broker restarted', downMs: Date.now() - faultAt, recoverMs: await probe('kafka') });
    faultsDone = true;
    await stream;
    const streamEndedAt = Date.now();

    // Everything sent reaches the end of the pipeline at its current revision.
    await expectEventually(
      () => {
        const seen = linkedRevisions();
        const behind = [...current.values()].filter((a) => seen.get(articleKey(a)) !== a.revision);
        expect(behind.length).toBe(0);
      },
      { timeoutMs: 300_000, intervalMs: 500 },
    );
    const drainMs = Date.now() - streamEndedAt;
    expect(Object.values(services).every((s) => s.alive)).toBe(true);

    // Once, at the current revision; every revision sent stored once.
    const articles = await query<{ article_id: string; revision: number }>(
      'SELECT article_id, revision FROM articles WHERE publisher = $1',
      [publisher],
    );
    const expectedArticles = [...current.values()].map((a) => `${a.id}@${a.revision}`).sort();
    expect(articles.map((a) => `${a.article_id}@${a.revision}`).sort()).toEqual(expectedArticles);
    const revisions = await query<{ article_id: string; revision: number }>(
      'SELECT article_id, revision FROM article_revisions WHERE publisher = $1',
      [publisher],
    );
    const sentRevisions = [...new Set(sent.map((a) => `${a.id}@${a.revision}`))].sort();
    expect(revisions.map((r) => `${r.article_id}@${r.revision}`).sort()).toEqual(sentRevisions);

    // The current claims are those the offline extraction finds in the current revisions.
    const pick = (c: Claim) => ({ id: c.id, revision: c.revision, span: c.span, text: c.text, stance: c.stance, content: c.content });
    const currentClaims = await query<{ record: Claim }>('SELECT record FROM claims WHERE publisher = $1 AND superseded_at IS NULL', [
      publisher,
    ]);
    const offline = [...current.values()].flatMap((a) => extractClaims(a).claims);
    expect(offline.length).toBeGreaterThan(ARTICLES);
    const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
    expect(currentClaims.map((r) => pick(r.record)).sort(byId)).toEqual(offline.map(pick).sort(byId));
    // And the history holds each superseded revision's claims once.
    const allClaims = (await query<{ n: number }>('SELECT count(*)::int AS n FROM claims WHERE publisher = $1', [publisher]))[0]!.n;
    const offlineAll = new Set(sent.flatMap((a) => extractClaims(a).claims.map((c) => c.id))).size;
    expect(allClaims).toBe(offlineAll);

    // No current link touches a superseded claim.
    const stale = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM claim_links l JOIN claims c ON c.id IN (l.from_claim, l.to_claim)
        WHERE l.superseded_at IS NULL AND c.superseded_at IS NOT NULL AND c.publisher = $1`,
      [publisher],
    );
    expect(stale[0]!.n).toBe(0);
    const links = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM claim_links l JOIN claims c ON c.id = l.from_claim WHERE l.superseded_at IS NULL AND c.publisher = $1`,
      [publisher],
    );

    // No fault produced a dead letter.
    expect(deadLetters.messages).toEqual([]);

    const figures = {
      measuredAt: new Date().toISOString(),
      articles: current.size,
      messagesSent: sent.length,
      sendsRetriedWhileBrokerAway: sendFailures,
      revisionsStored: revisions.length,
      duplicated: revisions.length - sentRevisions.length,
      lost: sentRevisions.length - revisions.length,
      currentClaims: currentClaims.length,
      claimsStoredWithHistory: allClaims,
      currentLinks: links[0]!.n,
      deadLetters: deadLetters.messages.length,
      faults,
      longestRecoverMs: Math.max(...faults.map((f) => f.recoverMs)),
      drainAfterStreamMs: drainMs,
      totalMs: Date.now() - startedAt,
    };
    mkdirSync(join(root, '.run'), { recursive: true });
    writeFileSync(join(root, '.run/faults.json'), `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`fault run: ${JSON.stringify(figures, null, 2)}`);
  }, 900_000);
});
