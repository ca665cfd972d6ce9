import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Admin, EachMessagePayload, Kafka } from 'kafkajs';
import { Client } from 'pg';
import { articleKey, type ArticleV1, type ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { extractClaims, EXTRACTOR_VERSION } from '@claim-ledger/extraction';
import { createKafka, ensureTopics, topicDefinitions, topicNames } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { createDataSource, runMigrations } from '@claim-ledger/persistence';
import { freshDatabase } from './bench-database';
import { BenchService } from './bench-services';
import { machine, percentile, writeResult } from './bench-report';
import { pipelineFeed } from './pipeline-feed';

// `npm run bench:pipeline`: the whole pipeline on this machine, each service a process of
// its own (as `npm start` runs them) on topics with a prefix of its own and a database of
// its own (BENCH_PIPELINE_DATABASE_URL, reset on every run). Measured in one run:
// - the machine's limits: bare kafkajs produce -> consume of the ledger's input messages
//   (acks=-1) and a bare batched insert (500 rows a statement) of the same articles;
// - throughput with 1, 2 and 4 instances of the ledger and of the linker: the ledger's
//   input (claims.extracted.v1, built by the same extraction engine the extractor runs)
//   published as fast as the broker takes it, to every revision stored, and to every
//   claims.recorded.v1 linked;
// - latency at a steady rate through every service: an article POSTed to the gateway ->
//   its claims answered by the API (polled) and -> its claims.linked.v1 event;
// - the RSS of each service, and link rows and bytes per 1,000 articles.
// Writes bench/results/pipeline.json.

const env = process.env;
const BROKERS = (env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const DB_URL = env.BENCH_PIPELINE_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_bench_pipeline';
const ARTICLES = Number(env.BENCH_PIPELINE_ARTICLES ?? 5000);
const INSTANCES = (env.BENCH_PIPELINE_INSTANCES ?? '1,2,4').split(',').map(Number);
// Throughput passes of each instance count, taken in turn (x1, x2, x4, x1, ...): on this
// virtual 2-core machine one pass's rates moved by a third from one minute to the next with
// nothing else of ours running (issue 15), so each count reports its median pass, with every
// pass's rates beside it.
const REPEATS = Number(env.BENCH_PIPELINE_REPEATS ?? 3);
const MAX_RUN_SECONDS = Number(env.BENCH_PIPELINE_MAX_SECONDS ?? 120);
const LATENCY_RATE = Number(env.BENCH_PIPELINE_RATE ?? 50);
const LATENCY_SECONDS = Number(env.BENCH_PIPELINE_LATENCY_SECONDS ?? 40);
// Seconds of the same stream before the measured ones (see latencyRun).
const WARMUP_SECONDS = Number(env.BENCH_PIPELINE_WARMUP_SECONDS ?? 20);
const PHASES = new Set((env.BENCH_PIPELINE_PHASES ?? 'bare,throughput,latency').split(','));
// A directory to write each service's CPU profile to (node --cpu-prof), to see where the time goes.
const CPU_PROF_DIR = env.BENCH_PIPELINE_CPU_PROF_DIR;
const POLL_MS = 25;
const POLLERS = 64;
const SEND_BATCH = 500;
const PUBLISHER_KEY = 'bench-publisher-secret-0001';
const ANALYST_KEY = 'bench-analyst-secret-0001';

const log = createLogger('bench', 'warn');
const runId = randomBytes(3).toString('hex');

/**
 * A service process of the benchmark, profiled when BENCH_PIPELINE_CPU_PROF_DIR is set.
 * Settings to try on one service: BENCH_ONLY_LEDGER_KAFKA_MAX_BATCH_SIZE=200 runs the
 * ledger (only) with KAFKA_MAX_BATCH_SIZE=200; BENCH_NODE_ARGS_LINKER='--trace-gc' adds Node
 * flags to the linker's (only) after its own.
 */
const service = (name: string, label: string, vars: NodeJS.ProcessEnv) => {
  const only = `BENCH_ONLY_${name.toUpperCase()}_`;
  const own = Object.fromEntries(
    Object.entries(env)
      .filter(([k]) => k.startsWith(only))
      .map(([k, v]) => [k.slice(only.length), v]),
  );
  const nodeArgs = (env[`BENCH_NODE_ARGS_${name.toUpperCase()}`] ?? '').split(' ').filter(Boolean);
  if (CPU_PROF_DIR) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${CPU_PROF_DIR}/${label}`);
  return new BenchService(name, label, { ...vars, ...own }, nodeArgs);
};

function serviceEnv(prefix: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    KAFKA_BROKERS: BROKERS.join(','),
    DATABASE_URL: DB_URL,
    API_KEYS: `bench-publisher:${PUBLISHER_KEY}:articles.write;bench-analyst:${ANALYST_KEY}:claims.read`,
    KAFKA_TOPIC_PREFIX: prefix,
    KAFKA_GROUP_PREFIX: prefix.replace(/\.$/, ''),
    KAFKA_START_FROM: 'earliest',
    LOG_LEVEL: env.BENCH_PIPELINE_LOG_LEVEL ?? 'info',
    NODE_ENV: 'development',
    // Any free port for /healthz and /metrics: several instances of a service (and the
    // services of others on this machine) must not collide on the default ones.
    OPS_HTTP_PORT: '0',
    // Settings to try on every service: BENCH_SERVICE_KAFKA_MAX_BATCH_SIZE=100 runs them with KAFKA_MAX_BATCH_SIZE=100.
    ...Object.fromEntries(
      Object.entries(env)
        .filter(([k]) => k.startsWith('BENCH_SERVICE_'))
        .map(([k, v]) => [k.slice('BENCH_SERVICE_'.length), v]),
    ),
    ...extra,
  };
}

/** Milliseconds at the p-th percentile, rounded. */
const percentileMs = (xs: number[], p: number) => Math.round(percentile(xs, p));

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** The claims.extracted.v1 events the extractor publishes for these articles. */
function extractedEvents(feed: readonly ArticleV1[]): ClaimsExtractedV1[] {
  return feed.map((article) => {
    const { language, claims } = extractClaims(article);
    return {
      article: { ...article, language },
      claims,
      extractor: { name: 'claim-ledger', version: EXTRACTOR_VERSION },
      extractedAt: new Date().toISOString(),
      correlationId: `bench-${article.publisher}-${article.id}-${article.revision}`,
    };
  });
}

async function resetDatabase(): Promise<void> {
  await freshDatabase(DB_URL);
  const ds = createDataSource({ url: DB_URL, poolSize: 2 });
  await ds.initialize();
  try {
    await runMigrations(ds, DB_URL);
  } finally {
    await ds.destroy();
  }
}

async function deleteTopics(admin: Admin, prefix: string): Promise<void> {
  const mine = (await admin.listTopics()).filter((t) => t.startsWith(prefix));
  if (mine.length) await admin.deleteTopics({ topics: mine, timeout: 10_000 }).catch(() => undefined);
}

/** Waits until each group has `members` members and is stable. */
async function waitForGroups(admin: Admin, groups: readonly string[], members: number, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { groups: described } = await admin.describeGroups([...groups]);
    if (described.every((g) => g.state === 'Stable' && g.members.length === members)) return;
    if (Date.now() > until)
      throw new Error(`groups not stable: ${JSON.stringify(described.map((g) => [g.groupId, g.state, g.members.length]))}`);
    await sleep(250);
  }
}

/** Messages of the topic the group has committed (consumed and processed). */
async function committed(admin: Admin, groupId: string, topic: string): Promise<number> {
  const [t] = await admin.fetchOffsets({ groupId, topics: [topic] });
  return (t?.partitions ?? []).reduce((n, p) => n + Math.max(0, Number(p.offset)), 0);
}

async function highWatermark(admin: Admin, topic: string): Promise<number> {
  return (await admin.fetchTopicOffsets(topic)).reduce((n, p) => n + Number(p.high), 0);
}

async function produceAll(kafka: Kafka, topic: string, messages: { key: string; value: string; correlationId?: string }[]): Promise<void> {
  const producer = kafka.producer({ maxInFlightRequests: 1 });
  await producer.connect();
  try {
    for (let i = 0; i < messages.length; i += SEND_BATCH) {
      await producer.send({
        topic,
        acks: -1,
        messages: messages.slice(i, i + SEND_BATCH).map((m) => ({
          key: m.key,
          value: m.value,
          headers: m.correlationId ? { 'x-correlation-id': m.correlationId } : {},
        })),
      });
    }
  } finally {
    await producer.disconnect();
  }
}

/** Bare kafkajs: the same messages produced (acks=-1, 500 a request) and consumed by one consumer. */
async function bareKafka(kafka: Kafka, admin: Admin, values: string[]): Promise<number> {
  const topic = `bench-${runId}.bare`;
  await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 6, replicationFactor: 1 }] });
  const consumer = kafka.consumer({ groupId: `bench-${runId}.bare`, maxWaitTimeInMs: 100 });
  let received = 0;
  let done!: () => void;
  const allReceived = new Promise<void>((r) => (done = r));
  const joined = new Promise<void>((r) => consumer.on(consumer.events.GROUP_JOIN, () => r()));
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachBatch: async ({ batch }) => {
      received += batch.messages.length;
      if (received >= values.length) done();
    },
  });
  await joined;
  const started = performance.now();
  await produceAll(
    kafka,
    topic,
    values.map((value, i) => ({ key: `k${i}`, value })),
  );
  await allReceived;
  const seconds = (performance.now() - started) / 1000;
  await consumer.disconnect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
  return values.length / seconds;
}

/** Bare pg: the same articles inserted 500 rows a statement into a table shaped like article_revisions. */
async function barePg(feed: readonly ArticleV1[]): Promise<number> {
  const c = new Client({ connectionString: DB_URL });
  await c.connect();
  try {
    await c.query(`DROP TABLE IF EXISTS bench_bare_rows`);
    await c.query(`CREATE TABLE bench_bare_rows (publisher text, article_id text, revision int, body text, published_at timestamptz,
                   PRIMARY KEY (publisher, article_id, revision))`);
    const started = performance.now();
    for (let i = 0; i < feed.length; i += SEND_BATCH) {
      const b = feed.slice(i, i + SEND_BATCH);
      await c.query(`INSERT INTO bench_bare_rows SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::timestamptz[])`, [
        b.map((a) => a.publisher),
        b.map((a) => a.id),
        b.map((a) => a.revision),
        b.map((a) => a.body),
        b.map((a) => a.publishedAt),
      ]);
    }
    const seconds = (performance.now() - started) / 1000;
    await c.query(`DROP TABLE bench_bare_rows`);
    return feed.length / seconds;
  } finally {
    await c.end();
  }
}

interface ThroughputRun {
  instances: number;
  articles: number;
  ledgerSeconds: number | null;
  ledgerArticlesPerSecond: number;
  linkedSeconds: number | null;
  linkedArticlesPerSecond: number;
  /** Whether every article was linked within the run's time limit (else the rate is of those that were). */
  complete: boolean;
  claims: number;
  /** claims.recorded.v1 events the linker had committed when the run ended. */
  articlesLinked: number;
  /** Claims the linker had filed under a proposition. */
  claimsFiled: number;
  linkRows: number;
  linkBytes: number;
  propositions: number;
  maxRssMb: Record<string, number>;
  /**
   * CPU per article (ms) of each service, of Postgres's backends and of the broker, from the
   * first message to every revision stored (`toLedger`), and from there to every article
   * linked (`afterLedger`): where the time of each stretch goes, when the processes share the cores.
   */
  cpuMsPerArticle: { toLedger: Record<string, number> | null; afterLedger: Record<string, number> | null };
}

/** An instance count's passes: its median pass by ledger rate, the median of each rate, and every pass's rates in the order run. */
type ThroughputEntry = ThroughputRun & {
  medianLinkedArticlesPerSecond: number;
  passes: { ledgerArticlesPerSecond: number; linkedArticlesPerSecond: number; complete: boolean }[];
};

/** The median (of an even number, the lower of the two middle ones). */
function medianOf(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[(sorted.length - 1) >> 1]!;
}

function entryOf(passes: readonly ThroughputRun[]): ThroughputEntry {
  const median = medianOf(passes.map((p) => p.ledgerArticlesPerSecond));
  const run = passes.find((p) => p.ledgerArticlesPerSecond === median)!;
  return {
    ...run,
    medianLinkedArticlesPerSecond: medianOf(passes.map((p) => p.linkedArticlesPerSecond)),
    passes: passes.map((p) => ({
      ledgerArticlesPerSecond: p.ledgerArticlesPerSecond,
      linkedArticlesPerSecond: p.linkedArticlesPerSecond,
      complete: p.complete,
    })),
  };
}

/**
 * CPU seconds so far of each Postgres backend serving the benchmark's database but its own
 * connection, read every 500 ms and kept once read: a pool closes a connection idle for 10 s,
 * and a backend gone before a mark still counts with its last reading.
 */
class PostgresCpuSampler {
  readonly latest = new Map<number, number>();
  /** The service each backend serves (its connection's application_name). */
  readonly clientOf = new Map<number, string>();
  private timer: NodeJS.Timeout | undefined;
  private ownPid = -1;
  private reading: Promise<void> = Promise.resolve();

  constructor(private readonly db: Client) {}

  async start(): Promise<void> {
    this.ownPid = Number((await this.db.query(`SELECT pg_backend_pid() AS pid`)).rows[0].pid);
    await this.sample();
    this.timer = setInterval(() => void this.sample().catch(() => undefined), 500);
  }

  /** Reads every backend once; a reading asked for while one runs waits for it (one client, one query at a time). */
  sample(): Promise<void> {
    this.reading = this.reading
      .catch(() => undefined)
      .then(async () => {
        for (const [pid, { cpu, client }] of await postgresCpu(this.db))
          if (pid !== this.ownPid && cpu > 0) {
            this.latest.set(pid, cpu);
            this.clientOf.set(pid, client);
          }
      });
    return this.reading;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

/**
 * CPU seconds so far of every process the throughput run measures, by name (a service's
 * instances summed); Postgres's by backend (`postgres:<pid>`), so that a stretch counts each
 * backend from its own reading at the stretch's start (0 for one opened since).
 */
async function cpuByProcess(services: readonly BenchService[], pg: PostgresCpuSampler): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const add = (name: string, s: number) => out.set(name, (out.get(name) ?? 0) + s);
  for (const s of services) add(s.service, s.sampleCpu());
  await pg.sample();
  for (const [pid, cpu] of pg.latest) out.set(`postgres:${pid}`, cpu);
  add('kafka', kafkaCpuSeconds());
  return out;
}

/** CPU ms per article of each process between two readings of cpuByProcess (Postgres's backends summed). */
function cpuMsPerArticleBetween(before: Map<string, number>, after: Map<string, number>, articles: number): Record<string, number> {
  const seconds = new Map<string, number>();
  for (const [name, s] of after) {
    const key = name.startsWith('postgres:') ? 'postgres' : name;
    seconds.set(key, (seconds.get(key) ?? 0) + s - (before.get(name) ?? 0));
  }
  return Object.fromEntries([...seconds].map(([name, s]) => [name, round((s * 1000) / articles, 2)]));
}

/** CPU seconds the local broker has used. */
const kafkaCpuSeconds = () => kafkaBrokerPids().reduce((n, pid) => n + processCpuSeconds(pid), 0);

/** The local broker's processes (a JVM running kafka.Kafka), found in /proc. */
function kafkaBrokerPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('kafka.Kafka')) pids.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

async function throughputRun(kafka: Kafka, admin: Admin, n: number, events: ClaimsExtractedV1[]): Promise<ThroughputRun> {
  await resetDatabase();
  const prefix = `bench-${runId}-x${n}.`;
  const topics = topicNames(prefix);
  await ensureTopics(kafka, topicDefinitions(prefix));
  const group = prefix.replace(/\.$/, '');
  const services = [
    ...Array.from({ length: n }, (_, i) => service('ledger', `ledger-x${n}-${i}`, serviceEnv(prefix))),
    ...Array.from({ length: n }, (_, i) => service('linker', `linker-x${n}-${i}`, serviceEnv(prefix))),
  ];
  const db = new Client({ connectionString: DB_URL });
  await db.connect();
  const pg = new PostgresCpuSampler(db);
  try {
    for (const s of services) s.start();
    await waitForGroups(admin, [`${group}.ledger`, `${group}.linker`], n, 90_000);
    const messages = events.map((e) => ({ key: articleKey(e.article), value: JSON.stringify(e), correlationId: e.correlationId }));
    await pg.start();
    const cpuAtStart = await cpuByProcess(services, pg);
    let cpuAtLedger: Map<string, number> | null = null;
    const started = performance.now();
    const producing = produceAll(kafka, topics.claimsExtracted, messages);
    let ledgerSeconds: number | null = null;
    let linkedSeconds: number | null = null;
    let linkedSoFar = 0;
    let stored = 0;
    const deadline = started + MAX_RUN_SECONDS * 1000;
    while (performance.now() < deadline) {
      if (ledgerSeconds === null) {
        stored = Number((await db.query(`SELECT count(*)::int AS n FROM article_revisions`)).rows[0].n);
        if (stored >= events.length) {
          ledgerSeconds = (performance.now() - started) / 1000;
          cpuAtLedger = await cpuByProcess(services, pg);
        }
      }
      linkedSoFar = await committed(admin, `${group}.linker`, topics.claimsRecorded);
      if (ledgerSeconds !== null && linkedSoFar >= events.length && linkedSoFar >= (await highWatermark(admin, topics.claimsRecorded))) {
        linkedSeconds = (performance.now() - started) / 1000;
        break;
      }
      if (services.some((s) => !s.alive)) throw new Error(`a service died: see .run/bench/`);
      await sleep(100);
    }
    await producing;
    const elapsed = (performance.now() - started) / 1000;
    const cpuAtEnd = await cpuByProcess(services, pg);
    pg.stop();
    const counts = (
      await db.query(`SELECT (SELECT count(*) FROM claims WHERE superseded_at IS NULL)::int AS claims,
                             (SELECT count(*) FROM claim_filings)::int AS filed,
                             (SELECT count(*) FROM claim_links)::int AS links,
                             (SELECT count(*) FROM propositions)::int AS propositions,
                             pg_total_relation_size('claim_links')::bigint AS link_bytes`)
    ).rows[0];
    for (const s of services) await s.stop();
    const maxRssMb: Record<string, number> = {};
    for (const s of services) maxRssMb[s.service] = round(Math.max(maxRssMb[s.service] ?? 0, s.maxRssMb));
    return {
      instances: n,
      articles: events.length,
      ledgerSeconds: ledgerSeconds && round(ledgerSeconds, 2),
      ledgerArticlesPerSecond: Math.round(ledgerSeconds ? events.length / ledgerSeconds : stored / elapsed),
      linkedSeconds: linkedSeconds && round(linkedSeconds, 2),
      linkedArticlesPerSecond: Math.round(linkedSeconds ? events.length / linkedSeconds : linkedSoFar / elapsed),
      complete: linkedSeconds !== null,
      claims: counts.claims,
      articlesLinked: linkedSeconds ? events.length : linkedSoFar,
      claimsFiled: counts.filed,
      linkRows: counts.links,
      linkBytes: Number(counts.link_bytes),
      propositions: counts.propositions,
      maxRssMb,
      // (Null for a stretch the pass did not finish.)
      cpuMsPerArticle: {
        toLedger: cpuAtLedger && cpuMsPerArticleBetween(cpuAtStart, cpuAtLedger, events.length),
        afterLedger: cpuAtLedger && linkedSeconds !== null ? cpuMsPerArticleBetween(cpuAtLedger, cpuAtEnd, events.length) : null,
      },
    };
  } finally {
    pg.stop();
    for (const s of services) await s.stop();
    await db.end();
    await deleteTopics(admin, prefix);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`${url} did not answer`);
    await sleep(250);
  }
}

type Stage = 'articles' | 'extracted' | 'recorded' | 'linked';

/** How many articles became queryable and linked, and how soon after their POST. */
interface ArrivalFigures {
  queryable: number;
  linked: number;
  p50QueryableMs: number;
  p99QueryableMs: number;
  p50LinkedMs: number;
  p99LinkedMs: number;
}

function arrivalFigures(queryable: number[], linked: number[]): ArrivalFigures {
  return {
    queryable: queryable.length,
    linked: linked.length,
    p50QueryableMs: percentileMs(queryable, 50),
    p99QueryableMs: percentileMs(queryable, 99),
    p50LinkedMs: percentileMs(linked, 50),
    p99LinkedMs: percentileMs(linked, 99),
  };
}

interface LatencyRun extends ArrivalFigures {
  rate: number;
  seconds: number;
  articles: number;
  /** POSTs the gateway answered 503 (broker slow to acknowledge) and that were sent again (this and the next two: over the whole stream, warm-up included). */
  retriedPosts: number;
  /** POSTs still refused after 10 attempts: left out of the figures. */
  failedPosts: number;
  /** Polls the API refused with 429 (its rate limit): should be none. */
  throttledPolls: number;
  p90QueryableMs: number;
  p90LinkedMs: number;
  /** Each topic's event of an article, after its POST: articles.v1, claims.extracted/recorded/linked.v1. */
  stages: Record<Stage, { n: number; p50Ms: number; p90Ms: number; p99Ms: number }>;
  cpuMsPerArticle: Record<string, number>;
  /** Postgres's CPU ms an article by the service whose statements it ran. */
  postgresCpuMsPerArticle: Record<string, number>;
  /** How long after its producer's timestamp this benchmark's observer saw an event (its own delay). */
  observerLagMs: { p50: number; p99: number };
  /** The same, of claims.recorded.v1 only: part of every "queryable" figure, since it gates the polls. */
  recordedObserverLagMs: { p50: number; p99: number };
  /**
   * The stream's first seconds, before the measured ones: services just started. Not in the
   * figures above; the same figures of its own.
   */
  warmUp: ArrivalFigures & { seconds: number; articles: number };
  bySecondsIntoRun: {
    from: number;
    /** How many of the window's articles are the warm-up's (not in the pass's figures). */
    warmUpArticles: number;
    /** Articles POSTed in this window (its percentiles are of these). */
    articles: number;
    p50QueryableMs: number;
    p99QueryableMs: number;
    p50LinkedMs: number;
    p99LinkedMs: number;
    /** p99 of each stage's arrival after the POST, in this window: which service a cold start holds up (null where none arrived). */
    p99StageMs: Record<Stage, number | null>;
  }[];
  maxRssMb: Record<string, number>;
}

/** Articles POSTed one a request at a steady rate through every service; when each is queryable and linked. */
async function latencyRun(kafka: Kafka, admin: Admin, feed: readonly ArticleV1[]): Promise<LatencyRun> {
  await resetDatabase();
  const prefix = `bench-${runId}-lat.`;
  const topics = topicNames(prefix);
  await ensureTopics(kafka, topicDefinitions(prefix));
  const group = prefix.replace(/\.$/, '');
  const gatewayPort = await freePort();
  const apiPort = await freePort();
  const services = [
    service('gateway', 'lat-gateway', serviceEnv(prefix, { HTTP_PORT: String(gatewayPort) })),
    // The API keeps its rate limits and live streams in Redis (REDIS_URL; db 0 unless given).
    // Its per-key limit (600 a minute) is for analysts, not for this one poller: under it the
    // benchmark measured the limiter (23,897 of 25,000 polls answered 429, queryable p50 54 s
    // while linked, which comes after it, was 7.9 s), not the pipeline.
    service(
      'api',
      'lat-api',
      serviceEnv(prefix, { HTTP_PORT: String(apiPort), REDIS_URL: env.REDIS_URL ?? 'redis://127.0.0.1:6379/0', API_RATE_LIMIT: '1000000' }),
    ),
    service('extractor', 'lat-extractor', serviceEnv(prefix)),
    service('ledger', 'lat-ledger', serviceEnv(prefix)),
    service('linker', 'lat-linker', serviceEnv(prefix)),
  ];
  const linkedAt = new Map<string, number>();
  // When each article's event first appears on each topic: where between POST and linked the time goes.
  const stageAt: Record<Stage, Map<string, number>> = { articles: new Map(), extracted: new Map(), recorded: new Map(), linked: new Map() };
  const stageOf = new Map<string, Stage>([
    [topics.articles, 'articles'],
    [topics.claimsExtracted, 'extracted'],
    [topics.claimsRecorded, 'recorded'],
    [topics.claimsLinked, 'linked'],
  ]);
  const observerLagMs: number[] = [];
  const recordedLagMs: number[] = [];
  const pg = new Client({ connectionString: DB_URL });
  const pgCpu = new PostgresCpuSampler(pg);
  // Two observers: claims.recorded.v1, which gates the polls (so its delay is counted in
  // "queryable"), has one of its own, not held up by fetching and decoding the linked
  // events (links and their reasons, the largest); the other topics share the other.
  const observer = kafka.consumer({ groupId: `${group}.observer`, maxWaitTimeInMs: 50 });
  const recordedObserver = kafka.consumer({ groupId: `${group}.observer-recorded`, maxWaitTimeInMs: 50 });
  try {
    await pg.connect();
    for (const s of services) s.start();
    await waitForGroups(admin, [`${group}.extractor`, `${group}.ledger`, `${group}.linker`], 1, 90_000);
    await waitForHttp(`http://127.0.0.1:${gatewayPort}/health`);
    await waitForHttp(`http://127.0.0.1:${apiPort}/health`);
    const observerJoined = Promise.all(
      [observer, recordedObserver].map((c) => new Promise<void>((r) => c.on(c.events.GROUP_JOIN, () => r()))),
    );
    await observer.connect();
    await recordedObserver.connect();
    await observer.subscribe({ topics: [...stageOf.keys()].filter((t) => t !== topics.claimsRecorded), fromBeginning: true });
    await recordedObserver.subscribe({ topics: [topics.claimsRecorded], fromBeginning: true });
    const observe = {
      partitionsConsumedConcurrently: 24,
      // Nothing to resume: no offset commit (a round trip after every batch) delays the next fetch.
      autoCommit: false,
      eachMessage: async ({ topic, message }: EachMessagePayload) => {
        // The producer's timestamp (CreateTime), on this machine's clock: not delayed by this
        // process, which is busy polling and parsing every event of four topics.
        const at = Number(message.timestamp) - performance.timeOrigin;
        const seenAt = performance.now();
        const stage = stageOf.get(topic)!;
        // The key and the first "revision" (the article's: it comes before the claims and
        // links), not the whole event: parsing every linked event (links and their reasons)
        // kept this consumer, and so the polls it gates, seconds behind the pipeline.
        const value = message.value!.toString();
        const at_ = value.indexOf('"revision":');
        const revision = at_ < 0 ? NaN : parseInt(value.slice(at_ + 11, at_ + 24), 10);
        const k = `${message.key!.toString()}#${revision}`;
        // (Of the measured articles only, as every figure they explain.)
        if (!warmUpKeys.has(k)) {
          observerLagMs.push(seenAt - at);
          if (stage === 'recorded') recordedLagMs.push(seenAt - at);
        }
        if (!stageAt[stage].has(k)) stageAt[stage].set(k, at);
        if (stage === 'linked' && !linkedAt.has(k)) linkedAt.set(k, seenAt);
      },
    };
    await observer.run(observe);
    await recordedObserver.run(observe);
    await observerJoined;

    const sentAt = new Map<string, number>();
    // The warm-up's articles (see below), kept out of the pass's figures.
    const warmUpKeys = new Set<string>();
    const queryableAt = new Map<string, number>();
    const pending = new Set<number>();
    const inFlight = new Set<number>();
    const keyOf = (a: ArticleV1) => `${a.publisher}/${a.id}#${a.revision}`;
    let retriedPosts = 0;
    let failedPosts = 0;
    let throttledPolls = 0;
    // As a publisher would: a 503 (the broker slow to acknowledge) is sent again; the
    // article's latency still counts from its first attempt.
    const post = async (a: ArticleV1) => {
      for (let attempt = 1; ; attempt++) {
        const res = await httpCall(gatewayPort, 'POST', '/v1/articles', PUBLISHER_KEY, JSON.stringify(a));
        if (res.status === 202) return;
        if (res.status !== 503 || attempt >= 10) throw new Error(`gateway answered ${res.status}: ${res.body}`);
        retriedPosts++;
        await sleep(200);
      }
    };
    const poll = async (i: number) => {
      const a = feed[i]!;
      inFlight.add(i);
      try {
        const res = await httpCall(
          apiPort,
          'GET',
          `/v1/articles/${encodeURIComponent(a.publisher)}/${encodeURIComponent(a.id)}`,
          ANALYST_KEY,
        );
        if (res.status === 200) {
          const body = JSON.parse(res.body) as { article: { revision: number } };
          if (body.article.revision >= a.revision) {
            queryableAt.set(keyOf(a), performance.now());
            pending.delete(i);
          }
        } else if (res.status === 429) throttledPolls++;
      } finally {
        inFlight.delete(i);
      }
    };
    // At most POLLERS requests in flight, the oldest articles first: a pipeline that falls
    // behind must not drown the API (and the machine) in polls of thousands of articles.
    // Stale revisions (a later one recorded first) never get a claims.recorded.v1 and are never polled.
    // An article is polled once its claims.recorded.v1 event is out (the ledger publishes it
    // after its commit): polls of articles not yet stored took the pollers' turns, and at 8
    // in flight on a loaded machine the pollers fell behind the feed, so "queryable" grew
    // with the pollers' queue (p50 12.6 s while recorded was 1.4 s). Waiting for the event
    // can only make the figure later, never earlier, than the API could answer.
    const poller = setInterval(() => {
      for (const i of pending) {
        if (inFlight.size >= POLLERS) break;
        if (!inFlight.has(i) && stageAt.recorded.has(keyOf(feed[i]!))) poll(i).catch(() => undefined);
      }
    }, POLL_MS);

    // The stream starts with WARMUP_SECONDS of the same feed at the same rate, then the
    // measured LATENCY_SECONDS follow without a pause: the figures are of a steady stream,
    // not of services just started (their first seconds: V8 optimising the engines as they
    // run, pools opening connections, whose backends read the catalogue on first use). The
    // warm-up's own figures are reported beside them (`warmUp`), not dropped.
    const warm = Math.min(feed.length, LATENCY_RATE * WARMUP_SECONDS);
    const count = Math.min(feed.length - warm, LATENCY_RATE * LATENCY_SECONDS);
    // Backends come and go (a pool closes a connection idle for 10 s): each is read every
    // 500 ms, and its CPU counted from its reading at the measured stretch's start (0 for one
    // that opened since).
    await pgCpu.start();
    // CPU of start-up, joining and the warm-up, left out of the CPU per article below.
    let cpuBefore = new Map<string, number>();
    let kafkaBefore = 0;
    let benchBefore = process.cpuUsage();
    let pgFirst = new Map<number, number>();
    const startMeasuring = async () => {
      await pgCpu.sample();
      pgFirst = new Map(pgCpu.latest);
      cpuBefore = new Map(services.map((s) => [s.service, s.sampleCpu()]));
      kafkaBefore = kafkaCpuSeconds();
      benchBefore = process.cpuUsage();
    };
    const started = performance.now();
    const posts: Promise<void>[] = [];
    for (let i = 0; i < warm + count; i++) {
      if (i === warm) await startMeasuring();
      const due = started + (i * 1000) / LATENCY_RATE;
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      const a = feed[i]!;
      if (i < warm) warmUpKeys.add(keyOf(a));
      sentAt.set(keyOf(a), performance.now());
      posts.push(
        post(a).then(
          () => void pending.add(i),
          (err: Error) => {
            failedPosts++;
            sentAt.delete(keyOf(a));
            console.error(`not published: ${err.message}`);
          },
        ),
      );
    }
    await Promise.all(posts);
    const until = performance.now() + 60_000;
    while (performance.now() < until && (pending.size > 0 || linkedAt.size < sentAt.size)) await sleep(100);
    clearInterval(poller);

    const queryable: number[] = [];
    const linked: number[] = [];
    const warmUpQueryable: number[] = [];
    const warmUpLinked: number[] = [];
    const measuredSentAt = [...sentAt].filter(([k]) => !warmUpKeys.has(k));
    // p50/p99 of each stage's arrival after the POST, as the observer saw the topics.
    const stages = Object.fromEntries(
      (Object.keys(stageAt) as Stage[]).map((stage) => {
        const xs = measuredSentAt.flatMap(([k, t]) => {
          const at = stageAt[stage].get(k);
          return at === undefined ? [] : [at - t];
        });
        return [stage, { n: xs.length, p50Ms: percentileMs(xs, 50), p90Ms: percentileMs(xs, 90), p99Ms: percentileMs(xs, 99) }];
      }),
    ) as LatencyRun['stages'];
    // The same figures per 10 s of the run: whether latency is a cold start or a queue that grows.
    const windows = new Map<
      number,
      { sent: number; warmUp: number; queryable: number[]; linked: number[]; stages: Record<Stage, number[]> }
    >();
    for (const [k, t] of sentAt) {
      const w = Math.floor((t - started) / 10_000) * 10;
      if (!windows.has(w))
        windows.set(w, {
          sent: 0,
          warmUp: 0,
          queryable: [],
          linked: [],
          stages: { articles: [], extracted: [], recorded: [], linked: [] },
        });
      windows.get(w)!.sent++;
      const inWarmUp = warmUpKeys.has(k);
      if (inWarmUp) windows.get(w)!.warmUp++;
      for (const stage of Object.keys(stageAt) as Stage[]) {
        const at = stageAt[stage].get(k);
        if (at !== undefined) windows.get(w)!.stages[stage].push(at - t);
      }
      const q = queryableAt.get(k);
      if (q !== undefined) {
        (inWarmUp ? warmUpQueryable : queryable).push(q - t);
        windows.get(w)!.queryable.push(q - t);
      }
      const l = linkedAt.get(k);
      if (l !== undefined) {
        (inWarmUp ? warmUpLinked : linked).push(l - t);
        windows.get(w)!.linked.push(l - t);
      }
    }
    // CPU each service used per article from the measured stretch's first POST to the end of
    // the pass (start-up and warm-up left out), in ms: unlike wall times, hardly moved by what
    // else runs on the machine.
    await pgCpu.sample();
    pgCpu.stop();
    const pgSeconds = new Map<string, number>();
    for (const [pid, cpu] of pgCpu.latest) {
      const client = pgCpu.clientOf.get(pid) ?? 'other';
      pgSeconds.set(client, (pgSeconds.get(client) ?? 0) + cpu - (pgFirst.get(pid) ?? 0));
    }
    const cpuMsPerArticle: Record<string, number> = {
      postgres: round(([...pgSeconds.values()].reduce((n, s) => n + s, 0) * 1000) / count, 2),
    };
    // Postgres's share by the service whose statements it ran (each connection's application_name).
    const postgresCpuMsPerArticle = Object.fromEntries(
      [...pgSeconds].sort((a, b) => b[1] - a[1]).map(([client, s]) => [client, round((s * 1000) / count, 2)]),
    );
    // Every reading before any service stops: their shutdowns are not the stream's.
    for (const s of services) cpuMsPerArticle[s.service] = round(((s.sampleCpu() - cpuBefore.get(s.service)!) * 1000) / count, 2);
    // The rest of the machine's load in the same stretch: the broker, and this process (the
    // feed's POSTs, the observers and the pollers), which competes with the pipeline for the cores.
    cpuMsPerArticle.kafka = round(((kafkaCpuSeconds() - kafkaBefore) * 1000) / count, 2);
    const benchUsage = process.cpuUsage(benchBefore);
    cpuMsPerArticle.benchmark = round((benchUsage.user + benchUsage.system) / 1000 / count, 2);
    for (const s of services) await s.stop();
    const maxRssMb: Record<string, number> = {};
    for (const s of services) maxRssMb[s.service] = round(s.maxRssMb);
    return {
      rate: LATENCY_RATE,
      cpuMsPerArticle,
      postgresCpuMsPerArticle,
      seconds: LATENCY_SECONDS,
      articles: count,
      retriedPosts,
      failedPosts,
      throttledPolls,
      ...arrivalFigures(queryable, linked),
      warmUp: { seconds: warm / LATENCY_RATE, articles: warmUpKeys.size, ...arrivalFigures(warmUpQueryable, warmUpLinked) },
      p90QueryableMs: percentileMs(queryable, 90),
      p90LinkedMs: percentileMs(linked, 90),
      stages,
      observerLagMs: { p50: percentileMs(observerLagMs, 50), p99: percentileMs(observerLagMs, 99) },
      recordedObserverLagMs: { p50: percentileMs(recordedLagMs, 50), p99: percentileMs(recordedLagMs, 99) },
      bySecondsIntoRun: [...windows].map(([from, w]) => ({
        from,
        warmUpArticles: w.warmUp,
        articles: w.sent,
        p50QueryableMs: percentileMs(w.queryable, 50),
        p99QueryableMs: percentileMs(w.queryable, 99),
        p50LinkedMs: percentileMs(w.linked, 50),
        p99LinkedMs: percentileMs(w.linked, 99),
        p99StageMs: Object.fromEntries(
          Object.entries(w.stages).map(([stage, xs]) => [stage, xs.length ? percentileMs(xs, 99) : null]),
        ) as Record<Stage, number | null>,
      })),
      maxRssMb,
    };
  } finally {
    await observer.disconnect().catch(() => undefined);
    await recordedObserver.disconnect().catch(() => undefined);
    pgCpu.stop();
    await pg.end().catch(() => undefined);
    for (const s of services) await s.stop();
    await deleteTopics(admin, prefix);
  }
}

// The feed's POSTs and the polls go over kept-alive connections with node:http, not fetch:
// this process shares the machine's two cores with the pipeline it measures, and fetch (its
// WHATWG streams and headers) made about a fifth of its CPU at 50 articles/s.
// (No cap of its own: the polls keep to POLLERS in flight, and a POST must never wait here.)
const keepAlive = new Agent({ keepAlive: true });

/** One request to a service on this machine, with a bearer key; the whole body read. */
function httpCall(
  port: number,
  method: 'GET' | 'POST',
  path: string,
  key: string,
  body?: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { authorization: `Bearer ${key}` };
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(body);
    }
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: keepAlive }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** CPU seconds of a process (utime + stime from /proc; 0 once it has gone). */
function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds so far of the Postgres backends serving the benchmark's database, by pid
 * (the server runs on this machine; a backend that exits between two readings is lost).
 */
async function postgresCpu(db: Client): Promise<Map<number, { cpu: number; client: string }>> {
  const { rows } = await db.query<{ pid: number; client: string }>(
    `SELECT pid, application_name AS client FROM pg_stat_activity WHERE datname = current_database()`,
  );
  return new Map(rows.map((r) => [r.pid, { cpu: processCpuSeconds(r.pid), client: r.client || 'other' }]));
}

/** The machine's 1-minute load average. */
const readLoad = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

async function main(): Promise<void> {
  const kafka = createKafka({ brokers: BROKERS, clientId: `bench-${runId}` }, log);
  const admin = kafka.admin();
  await admin.connect();
  const loadSamples: number[] = [readLoad()];
  const loadSampler = setInterval(() => loadSamples.push(readLoad()), 10_000);
  try {
    const feed = pipelineFeed({ total: ARTICLES, seed: 7 });
    const t = performance.now();
    const events = extractedEvents(feed);
    const extractSeconds = (performance.now() - t) / 1000;
    const values = events.map((e) => JSON.stringify(e));
    const avgMessageBytes = Math.round(values.reduce((n, v) => n + Buffer.byteLength(v), 0) / values.length);
    const claimsPerArticle = round(events.reduce((n, e) => n + e.claims.length, 0) / events.length, 2);
    console.log(
      `feed: ${feed.length} article revisions (${feed.filter((a) => a.revision > 1).length} revisions), ${claimsPerArticle} claims each, messages of ${avgMessageBytes} B (extracted in ${round(extractSeconds)} s)`,
    );

    await resetDatabase();
    const bareKafkaMessagesPerSecond = PHASES.has('bare') ? Math.round(await bareKafka(kafka, admin, values)) : NaN;
    const barePgRowsPerSecond = PHASES.has('bare') ? Math.round(await barePg(feed)) : NaN;
    console.log(
      `bare kafkajs produce->consume: ${bareKafkaMessagesPerSecond} messages/s; bare pg batched insert: ${barePgRowsPerSecond} rows/s`,
    );

    const passes = new Map<number, ThroughputRun[]>(INSTANCES.map((n) => [n, []]));
    for (let pass = 0; pass < (PHASES.has('throughput') ? REPEATS : 0); pass++)
      for (const n of INSTANCES) {
        const r = await throughputRun(kafka, admin, n, events);
        passes.get(n)!.push(r);
        console.log(
          `x${n} (pass ${pass + 1} of ${REPEATS}): ledger ${r.ledgerArticlesPerSecond} articles/s${r.ledgerSeconds === null ? ' (incomplete)' : ''}, linked ${r.linkedArticlesPerSecond} articles/s${r.complete ? '' : ` (incomplete after ${MAX_RUN_SECONDS} s)`}, ${r.linkRows} link rows, RSS ${JSON.stringify(r.maxRssMb)}, CPU ms an article ${JSON.stringify(r.cpuMsPerArticle)}`,
        );
      }
    const runs = [...passes.values()].filter((p) => p.length > 0).map(entryOf);

    // One stream: the warm-up's articles, then the measured ones (latencyRun).
    const latencyFeed = pipelineFeed({ total: LATENCY_RATE * (WARMUP_SECONDS + LATENCY_SECONDS), seed: 11 });
    const latency = PHASES.has('latency')
      ? await latencyRun(kafka, admin, latencyFeed)
      : {
          rate: LATENCY_RATE,
          seconds: 0,
          articles: 0,
          retriedPosts: 0,
          throttledPolls: 0,
          queryable: 0,
          linked: 0,
          p50QueryableMs: NaN,
          p99QueryableMs: NaN,
          p50LinkedMs: NaN,
          p99LinkedMs: NaN,
          maxRssMb: {},
        };
    console.log(
      `latency at ${latency.rate}/s: queryable p50 ${latency.p50QueryableMs} ms p99 ${latency.p99QueryableMs} ms (${latency.queryable}/${latency.articles}); linked p50 ${latency.p50LinkedMs} ms p99 ${latency.p99LinkedMs} ms (${latency.linked}/${latency.articles})`,
    );
    if ('warmUp' in latency)
      console.log(
        `  the warm-up before it (${latency.warmUp.seconds} s from the services' start, ${latency.warmUp.articles} articles, not in the figures above): queryable p50 ${latency.warmUp.p50QueryableMs} ms p99 ${latency.warmUp.p99QueryableMs} ms, linked p50 ${latency.warmUp.p50LinkedMs} ms p99 ${latency.warmUp.p99LinkedMs} ms`,
      );
    if ('stages' in latency)
      console.log(
        `by stage after the POST: ${JSON.stringify(latency.stages)}; observer lag ${JSON.stringify(latency.observerLagMs)} (recorded ${JSON.stringify(latency.recordedObserverLagMs)}); CPU ms an article ${JSON.stringify(latency.cpuMsPerArticle)}, of which Postgres for ${JSON.stringify(latency.postgresCpuMsPerArticle)}`,
      );
    if ('bySecondsIntoRun' in latency)
      for (const w of latency.bySecondsIntoRun)
        console.log(
          `  from ${w.from} s${w.warmUpArticles === w.articles ? ' (warm-up)' : w.warmUpArticles > 0 ? ` (${w.warmUpArticles} of the warm-up)` : ''} (${w.articles} articles): queryable p50/p99 ${w.p50QueryableMs}/${w.p99QueryableMs} ms, linked ${w.p50LinkedMs}/${w.p99LinkedMs} ms; p99 by stage ${JSON.stringify(w.p99StageMs)}`,
        );
    clearInterval(loadSampler);
    const loads = loadSamples.length ? loadSamples : [readLoad()];

    const best = (f: (r: ThroughputEntry) => number) => Math.max(...runs.map(f));
    const one = runs.find((r) => r.instances === Math.min(...INSTANCES)) ?? {
      linkRows: NaN,
      linkBytes: NaN,
      articlesLinked: 1,
      claimsFiled: 1,
    };
    const maxRssMb: Record<string, number> = { ...latency.maxRssMb };
    for (const p of passes.values())
      for (const r of p) for (const [s, mb] of Object.entries(r.maxRssMb)) maxRssMb[s] = Math.max(maxRssMb[s] ?? 0, mb);
    // (The highest of the counts' median rates, each on its own: the two may come from two counts.)
    const ledgerArticlesPerSecond = best((r) => r.ledgerArticlesPerSecond);
    const linkedArticlesPerSecond = best((r) => r.medianLinkedArticlesPerSecond);
    const result = {
      machine: {
        ...machine(),
        // What else ran on the machine is only known to whoever ran the benchmark (BENCH_MACHINE_SHARED);
        // the load average it saw is measured.
        shared: `${env.BENCH_MACHINE_SHARED ?? 'unknown (BENCH_MACHINE_SHARED not given)'}; load average ${Math.min(...loads)}-${Math.max(...loads)} (1-minute, sampled every 10 s during the run)`,
        loadAverage: { min: Math.min(...loads), max: Math.max(...loads), samples: loads },
      },
      date: new Date().toISOString(),
      feed: { articles: feed.length, revisions: feed.filter((a) => a.revision > 1).length, claimsPerArticle, avgMessageBytes },
      ledgerArticlesPerSecond,
      linkedArticlesPerSecond,
      bareKafkaMessagesPerSecond,
      barePgRowsPerSecond,
      ledgerShareOfBarePg: round(ledgerArticlesPerSecond / barePgRowsPerSecond, 3),
      ledgerShareOfBareKafka: round(ledgerArticlesPerSecond / bareKafkaMessagesPerSecond, 3),
      linkedShareOfBarePg: round(linkedArticlesPerSecond / barePgRowsPerSecond, 3),
      p50QueryableMs: latency.p50QueryableMs,
      p99QueryableMs: latency.p99QueryableMs,
      p50LinkedMs: latency.p50LinkedMs,
      p99LinkedMs: latency.p99LinkedMs,
      maxRssMb,
      // Of the articles the linker got through (all of them when the run was complete).
      linkRowsPer1000Articles: Math.round((one.linkRows / Math.max(1, one.articlesLinked)) * 1000),
      linkBytesPer1000Articles: Math.round((one.linkBytes / Math.max(1, one.articlesLinked)) * 1000),
      linkRowsPerClaim: round(one.linkRows / Math.max(1, one.claimsFiled), 2),
      scaling: runs,
      latency,
    };
    writeResult(env.BENCH_PIPELINE_RESULT ?? 'pipeline', result);
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await admin.disconnect();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
