import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { createDataSource, ensureDatabase, runMigrations } from '@claim-ledger/persistence';
import { buildLedger, CLAIMS_PER_PROPOSITION, SOURCES, TOPICS } from './api-ledger';
import { machine, percentile, writeResult } from './bench-report';

// `npm run bench:api`: the analysts' API against a ledger of 1,000,000 claims, in a
// database of its own (BENCH_API_DATABASE_URL, default claim_ledger_bench_api; built once
// and kept, BENCH_API_REBUILD=1 builds it again). The API runs as its own process from
// dist/, as in production; this process only sends requests. Measures p50/p99 of a
// filtered claims query, a full-text query and a proposition timeline (one client, one
// request at a time), requests/s with 32 concurrent clients, and the API's memory while
// it streams an NDJSON export. Writes bench/results/api.json.
const url = process.env.BENCH_API_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_bench_api';
const TOTAL = Number(process.env.BENCH_API_CLAIMS ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_API_SAMPLES ?? 400);
const CONCURRENCY = 32;
const LOAD_SECONDS = Number(process.env.BENCH_API_LOAD_SECONDS ?? 15);
const PORT = Number(process.env.BENCH_API_PORT ?? 18381);
const KEY = 'bench-analyst-secret-0001';
const root = join(__dirname, '../..');

const log = (s: string) => process.stdout.write(`${s}\n`);
const country = (s: number) => `country:${String.fromCharCode(65 + Math.floor(s / 26), 65 + (s % 26))}`;
const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/** The three queries measured, each a new request every time (a different source, word or proposition). */
const QUERIES: Record<string, (i: number) => string> = {
  filteredClaims: (i) => {
    const year = 2023 + (i % 2);
    return `/v1/claims?source=${country((i * 11) % SOURCES)}&language=${i % 2 ? 'en' : 'ro'}&statedFrom=${year}-01-01&statedTo=${year}-12-31&limit=50`;
  },
  // Romanian words searched without their diacritics half of the time, English words the rest.
  fullText: (i) => {
    const t = TOPICS[i % TOPICS.length]!;
    const word = i % 2 ? t[1] : i % 4 === 0 ? strip(t[0]) : t[0];
    return `/v1/claims?q=${encodeURIComponent(word)}&limit=50`;
  },
  propositionTimeline: (i) => `/v1/propositions/prop_${(i * 7919) % (TOTAL / CLAIMS_PER_PROPOSITION)}/timeline?limit=200`,
};

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function get(path: string, accept = 'application/json'): Promise<{ status: number; bytes: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: PORT, path, agent, headers: { authorization: `Bearer ${KEY}`, accept } }, (res) => {
      let bytes = 0;
      let lines = 0;
      res.on('data', (d: Buffer) => {
        bytes += d.length;
        for (let i = d.indexOf(10); i !== -1; i = d.indexOf(10, i + 1)) lines++;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, lines }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function startApi(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', './deploy/runtime/register-paths.js', 'dist/apps/api/src/main.js'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: '16',
      // (The API serves the alerts' live stream from Redis, and will not start without it.)
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      HTTP_PORT: String(PORT),
      API_KEYS: `bench:${KEY}:claims.read`,
      API_RATE_LIMIT: '1000000',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 200));
    try {
      if ((await get('/health')).status === 200) return child;
    } catch {
      // not listening yet
    }
  }
  child.kill();
  throw new Error('the API did not answer /health within 20 s');
}

function rssMB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function main(): Promise<void> {
  await ensureDatabase(url);
  const db = createDataSource({ url, poolSize: 2 });
  await db.initialize();
  await runMigrations(db, url);
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM claims`);
  let buildSeconds: number | null = null;
  if (n !== TOTAL || process.env.BENCH_API_REBUILD === '1') {
    log(`building a ledger of ${TOTAL.toLocaleString('en-US')} claims in ${new URL(url).pathname.slice(1)}`);
    const t = Date.now();
    await buildLedger(db, TOTAL, log);
    buildSeconds = Math.round((Date.now() - t) / 1000);
    log(`built in ${buildSeconds} s`);
  } else log(`reusing the ledger of ${TOTAL.toLocaleString('en-US')} claims in ${new URL(url).pathname.slice(1)}`);
  const [{ links }] = await db.query(`SELECT count(*)::int AS links FROM claim_links`);
  await db.destroy();

  const api = await startApi();
  try {
    const queries: Record<string, { p50Ms: number; p99Ms: number; meanMs: number; samples: number; example: string }> = {};
    for (const [name, path] of Object.entries(QUERIES)) {
      for (let i = 0; i < 30; i++) await get(path(i + 100_000)); // warm-up
      const times: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        const t = process.hrtime.bigint();
        const res = await get(path(i));
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
        if (res.status !== 200) throw new Error(`${path(i)} answered ${res.status}`);
      }
      times.sort((a, b) => a - b);
      queries[name] = {
        p50Ms: +percentile(times, 50).toFixed(2),
        p99Ms: +percentile(times, 99).toFixed(2),
        meanMs: +(times.reduce((a, b) => a + b, 0) / times.length).toFixed(2),
        samples: SAMPLES,
        example: path(0),
      };
      log(`${name}: p50 ${queries[name]!.p50Ms} ms, p99 ${queries[name]!.p99Ms} ms`);
    }

    // 32 clients, each sending the three queries in turn, for LOAD_SECONDS.
    const names = Object.keys(QUERIES);
    let done = 0;
    let failed = 0;
    const loadTimes: number[] = [];
    const until = Date.now() + LOAD_SECONDS * 1000;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, c) => {
        for (let i = c; Date.now() < until; i += CONCURRENCY) {
          const t = process.hrtime.bigint();
          const res = await get(QUERIES[names[i % names.length]!]!(i));
          loadTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
          if (res.status === 200) done++;
          else failed++;
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    loadTimes.sort((a, b) => a - b);
    const concurrent = {
      clients: CONCURRENCY,
      seconds: +seconds.toFixed(1),
      requests: done,
      failed,
      requestsPerSecond: +(done / seconds).toFixed(1),
      p50Ms: +percentile(loadTimes, 50).toFixed(1),
      p99Ms: +percentile(loadTimes, 99).toFixed(1),
    };
    log(`${CONCURRENCY} concurrent clients: ${concurrent.requestsPerSecond} requests/s (p99 ${concurrent.p99Ms} ms)`);

    // Exports: NDJSON streams of a month, a year and the whole ledger, the API's memory
    // sampled meanwhile. Constant memory: the peak does not grow with the rows streamed.
    const exportOf = async (from: string | null, to: string | null) => {
      const path = from && to ? `/v1/claims?statedFrom=${from}&statedTo=${to}` : '/v1/claims';
      const before = rssMB(api.pid!);
      const samples: number[] = [];
      const sampler = setInterval(() => samples.push(rssMB(api.pid!)), 100);
      const t = Date.now();
      const exported = await get(path, 'application/x-ndjson');
      clearInterval(sampler);
      const seconds = (Date.now() - t) / 1000;
      const half = Math.floor(samples.length / 2);
      const out = {
        query: `${path} (Accept: application/x-ndjson)`,
        rows: exported.lines,
        megabytes: +(exported.bytes / 2 ** 20).toFixed(1),
        seconds: +seconds.toFixed(1),
        rowsPerSecond: Math.round(exported.lines / seconds),
        apiRssBeforeMB: before,
        apiRssPeakMB: Math.max(before, ...samples),
        // No upward trend: the second half of the stream peaks no higher than the first.
        apiRssPeakFirstHalfMB: Math.max(before, ...samples.slice(0, half)),
        apiRssPeakSecondHalfMB: Math.max(before, ...samples.slice(half)),
      };
      log(
        `export: ${out.rows} claims, ${out.megabytes} MB in ${out.seconds} s; API RSS ${before} MB before, peak ${out.apiRssPeakFirstHalfMB} MB in the first half, ${out.apiRssPeakSecondHalfMB} MB in the second`,
      );
      return out;
    };
    const exports = [await exportOf('2024-01-01', '2024-01-31'), await exportOf('2024-01-01', '2024-12-31'), await exportOf(null, null)];

    const result = {
      benchmark: 'api',
      date: new Date().toISOString(),
      machine: machine(),
      ledger: { claims: TOTAL, propositions: TOTAL / CLAIMS_PER_PROPOSITION, links, sources: SOURCES, buildSeconds },
      targetP99Ms: 50,
      queries,
      concurrent,
      exports,
    };
    writeResult('api', result);
    log('written to bench/results/api.json');
  } finally {
    api.kill('SIGTERM');
    agent.destroy();
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
