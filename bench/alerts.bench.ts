import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import {
  type AlertEvent,
  claimFacts,
  type CompiledFilter,
  compileFilter,
  DELIVERY_QUEUE,
  generateSigningSecret,
  makeClaim,
  makeLink,
  matchFilter,
  SecretBox,
  SubscriptionIndex,
  subscriptionFilterSchema,
  type SubscriptionFilter,
} from '@claim-ledger/alerts';
import { DEV_ALERTS_SECRET_KEY } from '@claim-ledger/config';
import type { Claim } from '@claim-ledger/contracts';
import { createKafka, ensureTopics, EventPublisher, topicDefinitions, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import {
  AlertDeliveryStore,
  AlertSubscriptionStore,
  ClaimRecordsReader,
  createDataSource,
  ensureDatabase,
  runMigrations,
} from '@claim-ledger/persistence';
import { Queue } from 'bullmq';
import { AlertsModule } from '../apps/alerts/src/alerts.module';
import { loadAlertsConfig } from '../apps/alerts/src/alerts.config';
import { MatchAlertsUseCase } from '../apps/alerts/src/match-alerts.use-case';
import { machine, percentile, seededRandom, writeResult } from './bench-report';
import { syntheticArticles } from './synthetic-articles';

// `npm run bench:alerts`: (1) the matching cost per event with 100 to 100,000
// subscriptions (in memory, the index alone); (2) deliveries per second from the BullMQ
// queue to a receiver on 127.0.0.1, through the real worker, Redis and Postgres; (3) the
// p99 from an article's publication (on articles.v1) to its webhook at the receiver, at
// 50 articles/s, with the extractor, ledger, linker and alerts services running as
// processes of their own from dist/. Writes bench/results/alerts.json.
const root = join(__dirname, '../..');
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_bench_alerts';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379/11';
const KAFKA_BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';
const SIZES = (process.env.BENCH_ALERTS_SIZES ?? '100,1000,10000,100000').split(',').map(Number);
const DELIVERIES = Number(process.env.BENCH_ALERTS_DELIVERIES ?? 5000);
const RATE = Number(process.env.BENCH_ALERTS_RATE ?? 50);
const SECONDS = Number(process.env.BENCH_ALERTS_SECONDS ?? 30);
const CONCURRENCY = process.env.BENCH_ALERTS_CONCURRENCY ?? '32';
const run = randomBytes(4).toString('hex');

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * (1) Matching. Subscriptions follow sources, entities, propositions and publishers, with
 * the relation any, conflicts or updates; the pools of values grow with the number of
 * subscriptions (more subscribers follow more things), so that an event matches about as
 * many subscriptions at every size. The cost per event should then not grow with the
 * number of subscriptions: the index looks at the few that can match, never at all.
 */
function benchMatching() {
  const results = [];
  for (const n of SIZES) {
    const r = seededRandom(7);
    const pool = Math.max(20, Math.floor(n / 4));
    const pick = (prefix: string) => `${prefix}${Math.floor(r() * pool)}`;
    const index = new SubscriptionIndex();
    const compiled: CompiledFilter[] = [];
    for (let i = 0; i < n; i++) {
      const kind = r();
      const relation = (['any', 'conflicts', 'updates'] as const)[i % 3]!;
      const f: Record<string, unknown> = { relation };
      if (kind < 0.35) f.sources = [`country:${pick('S')}`];
      else if (kind < 0.6) f.entities = [pick('E')];
      else if (kind < 0.85) f.propositions = [pick('P')];
      else f.publishers = [pick('pub')];
      if (r() < 0.2) f.languages = ['en'];
      if (relation !== 'any' && r() < 0.2) f.minFigureChangePercent = 10;
      const filter = subscriptionFilterSchema.parse(f) as SubscriptionFilter;
      index.upsert({ id: `sub-${i}`, filter });
      compiled.push(compileFilter(filter));
    }
    const er = seededRandom(11);
    const epick = (prefix: string) => `${prefix}${Math.floor(er() * pool)}`;
    const claimOf = (id: string): Claim =>
      makeClaim({
        id,
        publisher: epick('pub'),
        language: er() < 0.5 ? 'en' : 'ro',
        source: { id: `country:${epick('S')}`, name: `Source ${id}`, kind: 'government', surface: 'x' },
        entities: [{ id: epick('E'), name: `Entity ${id}`, kind: 'organization', surface: 'x' }],
        propositionId: epick('P'),
        quantities: [{ value: 1000 + Math.floor(er() * 1000), approx: false, unit: 'container', surface: 'n' }],
      });
    const events: AlertEvent[] = [];
    for (let i = 0; i < 20_000; i++) {
      const to = claimOf(`c${i}`);
      if (i % 2 === 0) events.push({ kind: 'claim', claim: to, stage: 'recorded' });
      else {
        const from = claimOf(`o${i}`);
        events.push({
          kind: 'link',
          link: makeLink(from, to, i % 4 === 1 ? 'conflicts' : 'updates'),
          from,
          to,
          newClaimId: to.id,
          propositionId: to.propositionId!,
        });
      }
    }
    for (const e of events.slice(0, 2000)) index.match(e); // warm-up
    let matches = 0;
    const started = process.hrtime.bigint();
    for (const e of events) matches += index.match(e).length;
    const ns = Number(process.hrtime.bigint() - started);
    // The baseline the index replaces: every subscription's filter checked for every event.
    const sample = events.slice(0, Math.max(20, Math.min(events.length, Math.floor(2_000_000 / n))));
    let scanned = 0;
    const scanStarted = process.hrtime.bigint();
    for (const e of sample) {
      const facts = new Map((e.kind === 'claim' ? [e.claim] : [e.from, e.to]).map((c) => [c.id, claimFacts(c)]));
      for (const f of compiled) if (matchFilter(f, e, (id) => facts.get(id)!)) scanned++;
    }
    const scanNs = Number(process.hrtime.bigint() - scanStarted);
    const row = {
      subscriptions: n,
      events: events.length,
      microsPerEvent: round(ns / events.length / 1000),
      matchesPerEvent: round(matches / events.length, 3),
      scanMicrosPerEvent: round(scanNs / sample.length / 1000),
      scanMatchesPerEvent: round(scanned / sample.length, 3),
    };
    process.stdout.write(
      `  matching ${String(n).padStart(7)} subscriptions: ${row.microsPerEvent} µs/event, ${row.matchesPerEvent} matches/event (checking every subscription: ${row.scanMicrosPerEvent} µs/event, ${row.scanMatchesPerEvent} matches)\n`,
    );
    results.push(row);
  }
  const first = results[0]!;
  const last = results[results.length - 1]!;
  return {
    results,
    ratio: round(last.microsPerEvent / first.microsPerEvent),
    scanRatio: round(last.scanMicrosPerEvent / first.scanMicrosPerEvent),
  };
}

class Receiver {
  readonly arrivals: { at: number; body: string }[] = [];
  private server!: Server;
  port = 0;
  async start() {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.arrivals.push({ at: Date.now(), body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.port = (this.server.address() as { port: number }).port;
  }
  async stop() {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }
}

function env(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    KAFKA_BROKERS,
    DATABASE_URL,
    REDIS_URL,
    KAFKA_TOPIC_PREFIX: `bench-${run}.`,
    KAFKA_GROUP_PREFIX: `bench-${run}`,
    KAFKA_START_FROM: 'earliest',
    LOG_LEVEL: 'warn',
    ALERTS_ALLOWED_HOSTS: '127.0.0.1',
    ALERTS_REDIS_PREFIX: `bench-${run}`,
    ALERTS_RATE_LIMIT_PER_SECOND: '10000',
    ALERTS_SUBSCRIPTION_REFRESH_MS: '200',
    ...overrides,
  };
}

async function subscribe(store: AlertSubscriptionStore, url: string, filter: Record<string, unknown>): Promise<string> {
  const box = new SecretBox(Buffer.from(DEV_ALERTS_SECRET_KEY, 'base64'));
  const created = await store.create({
    id: `sub_bench_${randomBytes(8).toString('hex')}`,
    ownerKeyId: `bench-${run}`,
    name: null,
    url,
    filter: subscriptionFilterSchema.parse(filter),
    secretSealed: box.seal(generateSigningSecret()),
    maxPerKey: 100_000,
  });
  if (created === 'limit') throw new Error('subscription limit');
  return created.id;
}

/** (2) Deliveries per second: deliveries queued first, then one worker (32 at a time) drains them to the receiver. */
async function benchDeliveries(store: AlertSubscriptionStore) {
  const receiver = new Receiver();
  await receiver.start();
  const e = env({ ALERTS_WORKER_CONCURRENCY: CONCURRENCY });
  const config = loadAlertsConfig(e);
  const db = createDataSource({ url: DATABASE_URL, poolSize: 8 });
  await db.initialize();
  const subs: string[] = [];
  for (let i = 0; i < 100; i++)
    subs.push(await subscribe(store, `http://127.0.0.1:${receiver.port}/hook`, { publishers: [`dps-${run}-${i}`] }));
  const index = new SubscriptionIndex();
  const redis = new Redis(REDIS_URL);
  const queue = new Queue(DELIVERY_QUEUE, { connection: redis, prefix: config.ALERTS_REDIS_PREFIX });
  for (const [i, id] of subs.entries()) index.upsert({ id, filter: subscriptionFilterSchema.parse({ publishers: [`dps-${run}-${i}`] }) });
  const matcher = new MatchAlertsUseCase(index, new ClaimRecordsReader(db), new AlertDeliveryStore(db), queue, redis, {
    attempts: 3,
    retryDelayMs: 1000,
    redisPrefix: config.ALERTS_REDIS_PREFIX,
    streamMaxEvents: 1000,
    publishLive: false,
  });
  for (let b = 0; b < DELIVERIES / 100; b++) {
    const claims = Array.from({ length: 100 }, (_, k) => makeClaim({ id: `dps-${run}-${b}-${k}`, publisher: `dps-${run}-${k}` }));
    await matcher.recorded(
      {
        publisher: 'x',
        articleId: `a${b}`,
        revision: 1,
        publishedAt: new Date().toISOString(),
        claims,
        supersededClaimIds: [],
        recordedAt: new Date().toISOString(),
      },
      `bench-${b}`,
    );
  }
  const started = Date.now();
  const app = await NestFactory.createApplicationContext(
    AlertsModule.forRoot(config, createLogger('alerts', 'warn'), db, { match: false, deliver: true }),
    {
      logger: false,
    },
  );
  await app.init();
  while (receiver.arrivals.length < DELIVERIES) {
    if (Date.now() - started > 300_000) throw new Error(`only ${receiver.arrivals.length} of ${DELIVERIES} deliveries in 300 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const seconds = (receiver.arrivals[receiver.arrivals.length - 1]!.at - started) / 1000;
  await app.close();
  await queue.close();
  redis.disconnect();
  await receiver.stop();
  const perSecond = round(DELIVERIES / seconds, 1);
  process.stdout.write(
    `  deliveries: ${DELIVERIES} in ${round(seconds)} s = ${perSecond}/s (1 worker, concurrency ${CONCURRENCY}, each recorded in Postgres)\n`,
  );
  return { deliveries: DELIVERIES, seconds: round(seconds), perSecond };
}

function service(name: string, entry: string, e: NodeJS.ProcessEnv): ChildProcess {
  const dir = join(root, '.run', 'bench-alerts');
  mkdirSync(dir, { recursive: true });
  const log = openSync(join(dir, `${name}.log`), 'a');
  // (With the service's Node flags, as npm start gives them: deploy/runtime/node-flags.js.)
  const { flagsOf } = require(join(root, 'deploy/runtime/node-flags.js')) as typeof import('../deploy/runtime/node-flags');
  return spawn(process.execPath, [...flagsOf(name), '-r', './deploy/runtime/register-paths.js', entry], {
    cwd: root,
    env: { PATH: process.env.PATH, ...e },
    stdio: ['ignore', log, log],
  });
}

/** (3) Publication to webhook at RATE articles/s, through the whole pipeline in separate processes. */
async function benchEndToEnd(store: AlertSubscriptionStore) {
  const receiver = new Receiver();
  await receiver.start();
  const publisherName = `bench-e2e-${run}`;
  await subscribe(store, `http://127.0.0.1:${receiver.port}/hook`, { publishers: [publisherName] });
  const e = env();
  const kafka = createKafka({ brokers: KAFKA_BROKERS.split(','), clientId: 'bench-alerts' }, createLogger('bench', 'error'));
  await ensureTopics(kafka, topicDefinitions(e.KAFKA_TOPIC_PREFIX));
  const children = ['extractor', 'ledger', 'linker', 'alerts'].map((name) => service(name, `dist/apps/${name}/src/main.js`, e));
  const publisher = new EventPublisher(kafka);
  await publisher.connect();
  const topics = topicNames(e.KAFKA_TOPIC_PREFIX);
  try {
    // Warm-up: wait until an article makes it all the way (services up, groups joined).
    const published = new Map<string, number>();
    const articles = [...syntheticArticles(RATE * SECONDS + 50, 99, 1500)].map((a) => ({
      ...a,
      id: `${a.id}-${run}`,
      publisher: publisherName,
    }));
    const warm = articles.shift()!;
    const deadline = Date.now() + 120_000;
    await publisher.publish(topics.articles, [{ key: `${warm.publisher}/${warm.id}`, value: warm }]);
    while (!receiver.arrivals.some((a) => a.body.includes(warm.id))) {
      if (Date.now() > deadline) throw new Error('the pipeline did not deliver the warm-up article within 120 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 2000));
    const before = receiver.arrivals.length;
    const total = RATE * SECONDS;
    const started = Date.now();
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const a = articles[i]!;
      published.set(a.id, Date.now());
      void publisher.publish(topics.articles, [{ key: `${a.publisher}/${a.id}`, value: a }]);
    }
    const achievedRate = round(total / ((Date.now() - started) / 1000), 1);
    // Drain: wait until the webhooks stop coming.
    let last = receiver.arrivals.length;
    let quietSince = Date.now();
    while (Date.now() - quietSince < 5000 && Date.now() - started < SECONDS * 1000 + 180_000) {
      await new Promise((r) => setTimeout(r, 500));
      if (receiver.arrivals.length !== last) {
        last = receiver.arrivals.length;
        quietSince = Date.now();
      }
    }
    const latencies: number[] = [];
    // The alerts service's own share: from the ledger's recordedAt (the payload's occurredAt) to arrival.
    const alertsShare: number[] = [];
    const firstPerArticle = new Map<string, number>();
    for (const a of receiver.arrivals.slice(before)) {
      const body = JSON.parse(a.body) as { claim: { articleId: string }; occurredAt: string };
      const at = published.get(body.claim.articleId);
      if (at === undefined) continue;
      latencies.push(a.at - at);
      alertsShare.push(a.at - Date.parse(body.occurredAt));
      if (!firstPerArticle.has(body.claim.articleId)) firstPerArticle.set(body.claim.articleId, a.at - at);
    }
    const row = {
      articles: total,
      articlesPerSecond: achievedRate,
      webhooks: latencies.length,
      articlesAlerted: firstPerArticle.size,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: Math.max(...latencies),
      recordedToWebhookP50Ms: percentile(alertsShare, 50),
      recordedToWebhookP99Ms: percentile(alertsShare, 99),
    };
    process.stdout.write(
      `  publication to webhook at ${achievedRate} articles/s: ${row.webhooks} webhooks for ${row.articlesAlerted} articles, p50 ${row.p50Ms} ms, p99 ${row.p99Ms} ms; recorded in the ledger to webhook p50 ${row.recordedToWebhookP50Ms} ms, p99 ${row.recordedToWebhookP99Ms} ms\n`,
    );
    return row;
  } finally {
    await publisher.disconnect();
    for (const c of children) c.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 3000));
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await receiver.stop();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: Object.values(topics) }).catch(() => undefined);
    await admin.disconnect();
  }
}

async function main() {
  process.stdout.write(`alerts benchmark on ${JSON.stringify(machine())}\n`);
  const matching = benchMatching();
  if (process.env.BENCH_ALERTS_ONLY === 'matching') process.exit(0);
  await ensureDatabase(DATABASE_URL);
  const db = createDataSource({ url: DATABASE_URL, poolSize: 4 });
  await db.initialize();
  await runMigrations(db, DATABASE_URL);
  const store = new AlertSubscriptionStore(db);
  const deliveries = await benchDeliveries(store);
  // A quick look at delivery throughput alone (nothing is written).
  if (process.env.BENCH_ALERTS_ONLY === 'deliveries') process.exit(0);
  const endToEnd = await benchEndToEnd(store);
  await db.destroy();
  writeResult('alerts', {
    machine: machine(),
    deliveriesPerSecond: deliveries.perSecond,
    p99PublishToWebhookMs: endToEnd.p99Ms,
    deliveries,
    endToEnd,
    matching,
    notes: [
      'deliveries: one worker process, concurrency 32, each attempt recorded in Postgres, signed, POSTed to a receiver on 127.0.0.1 over keep-alive',
      'endToEnd: articles of about 1.5 KB published on articles.v1; extractor, ledger, linker and alerts run as separate processes from dist/; one subscription to the publisher, relation any (a webhook per claim); latency from publication to arrival of each webhook',
      'matching: in memory; value pools grow with the number of subscriptions so that matches per event stay comparable; microsPerEvent at the largest size over the smallest is the ratio',
      'the machine is shared with other agents during the run',
    ],
  });
  process.exit(0);
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
