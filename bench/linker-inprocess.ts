import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { extractClaims, EXTRACTOR_VERSION } from '@claim-ledger/extraction';
import { claimRecordSql, createDataSource, LedgerWriter, PropositionStore, PropositionTx, runMigrations } from '@claim-ledger/persistence';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { LinkArticleClaimsUseCase } from '../apps/linker/src/link-article-claims.use-case';
import { freshDatabase } from './bench-database';
import { pipelineFeed } from './pipeline-feed';

// The linker's use case in-process on the pipeline feed, against the real Postgres (a
// database of its own), to see where its time goes: `node dist/bench/linker-inprocess.js`.
// The feed's ledger events are written first (LedgerWriter.recordMany, 200 a
// transaction), then linked in batches of LINKER_BATCH in feed order, as one linker
// takes one partition's batch at a time. Prints wall and CPU time (the linker's process
// and its Postgres backend), the time of each of the unit of work's statements, and a
// hash of every link, filing and key written, so that a change that alters linking shows.
// Settings: LINKER_INPROC_DATABASE_URL, LINKER_INPROC_ARTICLES (5000), LINKER_BATCH (50),
// LINKER_INPROC_EVENTS (a file the extracted events are cached in).

const env = process.env;
const DB_URL = env.LINKER_INPROC_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_bench_linker';
const ARTICLES = Number(env.LINKER_INPROC_ARTICLES ?? 5000);
const BATCH = Number(env.LINKER_BATCH ?? 50);
const EVENTS_FILE = env.LINKER_INPROC_EVENTS;

function events(): ClaimsExtractedV1[] {
  if (EVENTS_FILE && existsSync(EVENTS_FILE)) return JSON.parse(readFileSync(EVENTS_FILE, 'utf8'));
  const out = pipelineFeed({ total: ARTICLES }).map((article) => {
    const { language, claims } = extractClaims(article);
    return {
      article: { ...article, language },
      claims,
      extractor: { name: 'claim-ledger', version: EXTRACTOR_VERSION },
      extractedAt: '2026-01-01T00:00:00.000Z',
    };
  });
  if (EVENTS_FILE) writeFileSync(EVENTS_FILE, JSON.stringify(out));
  return out;
}

/** CPU seconds (user + system) of a process, from /proc. */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const timings = new Map<string, { ms: number; n: number }>();
function timed<T extends object>(proto: T, method: keyof T & string): void {
  const original = proto[method] as unknown as (...args: unknown[]) => Promise<unknown>;
  (proto as Record<string, unknown>)[method] = async function (this: unknown, ...args: unknown[]) {
    const t = performance.now();
    try {
      return await original.apply(this, args);
    } finally {
      const s = timings.get(method) ?? { ms: 0, n: 0 };
      s.ms += performance.now() - t;
      s.n++;
      timings.set(method, s);
    }
  };
}

async function main(): Promise<void> {
  const feed = events();
  await freshDatabase(DB_URL);
  const db = createDataSource({ url: DB_URL, poolSize: 1 });
  await db.initialize();
  await runMigrations(db, DB_URL);
  const writer = new LedgerWriter(db);
  // One connection: its backend's CPU is the ledger's writes, then the linker's statements.
  const [{ pid }]: { pid: number }[] = await db.query('SELECT pg_backend_pid() AS pid');
  const pgBeforeRecord = cpuOf(pid);
  let t = performance.now();
  for (let i = 0; i < feed.length; i += 200) await writer.recordMany(feed.slice(i, i + 200));
  const recordSeconds = (performance.now() - t) / 1000;
  const recordPgCpu = cpuOf(pid) - pgBeforeRecord;

  for (const m of ['current', 'candidates', 'holdCurrent', 'file', 'insertLinksReturningPairs'] as const) timed(PropositionTx.prototype, m);
  // withKeys: the whole unit of work (locks, statements, engine, commit).
  timed(PropositionStore.prototype, 'withKeys');
  // Each SQL statement the unit of work sends, by its first words (a method may send two:
  // candidates reads the ids, then the records it does not keep).
  // With the CPU its Postgres backend used meanwhile (the machine's load moves wall times most).
  const bySql = new Map<string, { ms: number; pgCpuMs: number; n: number; rows: number }>();
  const query = PostgresQueryRunner.prototype.query;
  PostgresQueryRunner.prototype.query = async function (this: PostgresQueryRunner, sql: string, params?: unknown[], structured?: boolean) {
    const t = performance.now();
    const cpu = cpuOf(pid);
    let rows = 0;
    try {
      const result: unknown = await query.call(this, sql, params, structured as false);
      rows = Array.isArray(result) ? result.length : ((result as { records?: unknown[] })?.records?.length ?? 0);
      return result as never;
    } finally {
      const name = sql.replace(/\s+/g, ' ').trim().slice(0, 60);
      const s = bySql.get(name) ?? { ms: 0, pgCpuMs: 0, n: 0, rows: 0 };
      s.rows += rows;
      s.ms += performance.now() - t;
      s.pgCpuMs += (cpuOf(pid) - cpu) * 1000;
      s.n++;
      bySql.set(name, s);
    }
  } as typeof query;
  const restoreQuery = () => (PostgresQueryRunner.prototype.query = query);
  const linker = new LinkArticleClaimsUseCase(new PropositionStore(db));
  const pgBefore = cpuOf(pid);
  const cpuBefore = process.cpuUsage();
  const eluBefore = performance.eventLoopUtilization();
  t = performance.now();
  for (let i = 0; i < feed.length; i += BATCH) await linker.executeMany(feed.slice(i, i + BATCH).map((e) => e.claims));
  const linkSeconds = (performance.now() - t) / 1000;
  // The share of the time the main thread computed rather than waited for Postgres.
  const eventLoopUtilization = performance.eventLoopUtilization(eluBefore).utilization;
  restoreQuery();
  const cpu = process.cpuUsage(cpuBefore);
  const pgCpu = cpuOf(pid) - pgBefore;

  const hash = async (sql: string) => {
    const h = createHash('sha256');
    const rows: Record<string, unknown>[] = await db.query(sql);
    for (const r of rows) h.update(JSON.stringify(Object.values(r)));
    return `${rows.length} ${h.digest('hex').slice(0, 12)}`;
  };
  const outcome = {
    links: await hash(
      `SELECT from_claim, to_claim, relation, independent, reason, proposition_id, superseded_at IS NULL AS current FROM claim_links ORDER BY 1, 2`,
    ),
    // (`recorded`: the propositionId the readers return with the record.)
    filings: await hash(
      `SELECT c.id, f.proposition_id, (${claimRecordSql('c')})->>'propositionId' AS recorded
         FROM claims c LEFT JOIN claim_filings f ON f.claim_id = c.id ORDER BY c.id`,
    ),
    keys: await hash(`SELECT key, claim_id, stated_at FROM claim_keys ORDER BY 1, 2, 3`),
    propositions: await hash(`SELECT id, key FROM propositions ORDER BY id`),
  };
  // With --expose-gc, the heap is what is still held (the events, the records kept), not garbage.
  (globalThis as { gc?: () => void }).gc?.();
  const sizes: { name: string; bytes: string }[] = await db.query(
    `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes FROM pg_class c
      WHERE c.relname IN ('claims', 'claim_links', 'claim_keys') ORDER BY 1`,
  );
  await db.destroy();
  const wall = linkSeconds;
  const unitOfWork = timings.get('withKeys')!.ms;
  const statements = [...timings].filter(([k]) => k !== 'withKeys').reduce((s, [, v]) => s + v.ms, 0);
  console.log(
    JSON.stringify(
      {
        load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
        articles: feed.length,
        batch: BATCH,
        recordSeconds: +recordSeconds.toFixed(2),
        recordPostgresCpuSeconds: +recordPgCpu.toFixed(2),
        linkSeconds: +wall.toFixed(2),
        articlesPerSecond: Math.round(feed.length / wall),
        linkerCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
        postgresCpuSeconds: +pgCpu.toFixed(2),
        eventLoopUtilization: +eventLoopUtilization.toFixed(3),
        // The whole process's (the feed's events are held too), to compare runs of the same feed.
        maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
        heapUsedMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
        statementsMs: Object.fromEntries(
          [...timings].map(([k, v]) => [k, { ms: Math.round(v.ms), n: v.n, avg: +(v.ms / v.n).toFixed(2) }]),
        ),
        sqlMs: Object.fromEntries(
          [...bySql].map(([k, v]) => [k, { ms: Math.round(v.ms), pgCpuMs: Math.round(v.pgCpuMs), n: v.n, rows: v.rows }]),
        ),
        // The unit of work less its timed statements: the engine, the locks, BEGIN and COMMIT.
        restOfUnitOfWorkMs: Math.round(unitOfWork - statements),
        outcome,
        sizes: Object.fromEntries(sizes.map((s) => [s.name, Math.round(Number(s.bytes) / 2 ** 20) + ' MB'])),
      },
      null,
      2,
    ),
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
