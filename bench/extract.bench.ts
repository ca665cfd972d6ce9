import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { extractClaims } from '@claim-ledger/extraction';
import { syntheticArticles } from './synthetic-articles';

// `npm run bench:extract`: throughput of the extraction engine on one core, and memory
// over a long run. Prints figures and writes them to bench/results/extract.json.
// Run alone on a quiet machine; compare runs made on the same machine.
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 100_000);
const WARMUP = 2_000;
const SAMPLE_EVERY = Math.max(1, Math.floor(ARTICLES / 20));

function main(): void {
  for (const a of syntheticArticles(WARMUP, 7)) extractClaims(a);
  globalThis.gc?.();
  const heap: { articles: number; heapUsedMB: number }[] = [];
  let bytes = 0;
  let claims = 0;
  let n = 0;
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const a of syntheticArticles(ARTICLES, 42)) {
    claims += extractClaims(a).claims.length;
    bytes += Buffer.byteLength(a.body, 'utf8');
    n++;
    if (n % SAMPLE_EVERY === 0) {
      globalThis.gc?.();
      heap.push({ articles: n, heapUsedMB: +(process.memoryUsage().heapUsed / 1e6).toFixed(1) });
      process.stderr.write(`\r${n}/${ARTICLES} articles`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  process.stderr.write('\n');
  const first = heap[Math.min(2, heap.length - 1)]!.heapUsedMB;
  const last = heap[heap.length - 1]!.heapUsedMB;
  const result = {
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
    },
    articles: n,
    avgArticleBytes: Math.round(bytes / n),
    claims,
    seconds: +seconds.toFixed(2),
    cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
    articlesPerSecond: Math.round(n / seconds),
    mbPerSecond: +(bytes / seconds / 1e6).toFixed(2),
    heap,
    heapGrowthMB: +(last - first).toFixed(1),
    targets: { articlesPerSecond: 2000, avgArticleBytes: 3000, memory: 'flat over 100,000 articles' },
  };
  const dir = join(__dirname, '../../bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'extract.json'), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(
    `extract: ${result.articlesPerSecond} articles/s, ${result.mbPerSecond} MB/s on one core ` +
      `(${n} articles of ${result.avgArticleBytes} B, ${claims} claims, ${result.seconds} s); ` +
      `heap ${first} MB -> ${last} MB (growth ${result.heapGrowthMB} MB); ${result.machine.cpu}\n`,
  );
}

main();
