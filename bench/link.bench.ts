import type { DataSource } from 'typeorm';
import type { Claim, ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { claimKeys, propositionIdOf } from '@claim-ledger/linking';
import { createDataSource, ensureDatabase, LedgerWriter, PropositionStore, runMigrations } from '@claim-ledger/persistence';
import { LinkArticleClaimsUseCase } from '../apps/linker/src/link-article-claims.use-case';
import { machine, writeResult } from './bench-report';

// `npm run bench:link`: linking latency per article against a real Postgres ledger
// holding 10,000 and then 1,000,000 claims. Claims per proposition stay the same as the
// ledger grows (more propositions, not fatter ones), so the ratio shows what the size
// of the ledger alone costs. Writes bench/results/link.json.
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_bench';
const SIZES = (process.env.BENCH_LINK_SIZES ?? '10000,1000000').split(',').map(Number);
const ARTICLES = Number(process.env.BENCH_LINK_ARTICLES ?? 300);
const CLAIMS_PER_ARTICLE = 5;
const CLAIMS_PER_PROPOSITION = 20;

const COUNTRIES = (() => {
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90 && out.length < 120; b += 3) out.push(String.fromCharCode(a, b));
  return out;
})();
const ACTIONS = ['transfer', 'attack', 'visit', 'sanction', 'agree'];
const UNITS = ['container', 'shell', 'soldier', 'USD', 'tonne'];

function frameFor(p: number): Claim['frame'] {
  const action = ACTIONS[p % ACTIONS.length]!;
  const agent = COUNTRIES[Math.floor(p / ACTIONS.length) % COUNTRIES.length]!;
  const patient = COUNTRIES[Math.floor(p / (ACTIONS.length * COUNTRIES.length)) % COUNTRIES.length]!;
  return { action, agent: `country:${agent}`, patient: `country:${patient === agent ? 'ZZ' : patient}` };
}

/** A realistic claim: a source, a stance, a figure, dates, a frame. */
function claimFor(i: number, proposition: number, tag: string): Claim {
  const day = new Date(Date.UTC(2023, 0, 1) + (i % 700) * 86_400_000).toISOString().slice(0, 10);
  const source = COUNTRIES[(i * 7) % COUNTRIES.length]!;
  const value = 1000 + ((i * 37) % 9000);
  return {
    kind: 'claim',
    id: `clm_${tag}_${i}`,
    articleId: `${tag}-${Math.floor(i / CLAIMS_PER_ARTICLE)}`,
    publisher: 'bench',
    revision: 1,
    language: i % 2 ? 'en' : 'ro',
    span: { start: 0, end: 120 },
    text: 'The ministry said about 7,000 containers were shipped since July.',
    source: { id: `country:${source}`, name: source, kind: 'government', surface: source },
    cue: { surface: 'said' },
    stance: i % 9 === 0 ? 'denies' : 'asserts',
    hedged: i % 5 === 0,
    content: `about ${value} ${UNITS[proposition % UNITS.length]}s were shipped since July`,
    quantities: [{ value, approx: true, unit: UNITS[proposition % UNITS.length]!, surface: String(value) }],
    statedAt: { start: day },
    eventTime: { start: '2023-07-01', surface: 'since July' },
    entities: [],
    frame: frameFor(proposition),
    confidence: 0.9,
  };
}

/** Fills the ledger up to `target` claims with bulk inserts (claims filed under their propositions). */
async function fillTo(db: DataSource, target: number): Promise<void> {
  const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM claims WHERE publisher = 'bench'`);
  const propositions = Math.max(1, Math.floor(target / CLAIMS_PER_PROPOSITION));
  const batch = 5000;
  for (let from = n as number; from < target; from += batch) {
    const claims = Array.from({ length: Math.min(batch, target - from) }, (_, k) => {
      const i = from + k;
      return claimFor(i, i % propositions, 'fill');
    });
    const articles = [...new Set(claims.map((c) => c.articleId))];
    await db.query(
      `INSERT INTO articles (publisher, article_id, revision, body, language, published_at)
       SELECT 'bench', a, 1, 'x', 'en', now() FROM unnest($1::text[]) a ON CONFLICT DO NOTHING`,
      [articles],
    );
    // Each proposition is founded by a claim of its own; the fill files claims as the linker would.
    const founders = claims.map((_, k) => `bench-proposition-${(from + k) % propositions}`);
    const ids = founders.map(propositionIdOf);
    await db.query(`INSERT INTO propositions (id, key) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`, [
      ids,
      founders.map((f) => `founded-by:${f}`),
    ]);
    await db.query(
      `WITH filed AS (
         INSERT INTO claims (id, publisher, article_id, revision, language, source_id, source_name, stance, stated_at, span_start, record)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::int[], $11::jsonb[])
         ON CONFLICT DO NOTHING
         RETURNING id, stated_at
       )
       INSERT INTO claim_filings (claim_id, proposition_id, stated_at)
       SELECT f.id, p.proposition_id, f.stated_at FROM filed f JOIN unnest($1::text[], $12::text[]) AS p(claim_id, proposition_id) ON p.claim_id = f.id`,
      [
        claims.map((c) => c.id),
        claims.map(() => 'bench'),
        claims.map((c) => c.articleId),
        claims.map(() => 1),
        claims.map((c) => c.language),
        claims.map((c) => c.source.id),
        claims.map((c) => c.source.name),
        claims.map((c) => c.stance),
        claims.map((c) => c.statedAt.start),
        claims.map(() => 0),
        claims.map((c, k) => JSON.stringify({ ...c, propositionId: ids[k] })),
        ids,
      ],
    );
    const keyRows = claims.flatMap((c, k) => claimKeys(c).map((key) => [key, c.id, c.statedAt.start, ids[k]!] as const));
    await db.query(
      `INSERT INTO claim_keys (key, claim_id, stated_at, proposition_id) SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::text[]) ON CONFLICT DO NOTHING`,
      [keyRows.map((r) => r[0]), keyRows.map((r) => r[1]), keyRows.map((r) => r[2]), keyRows.map((r) => r[3])],
    );
    if ((from / batch) % 20 === 0) process.stderr.write(`\r  ledger: ${Math.min(target, from + batch)} claims`);
  }
  process.stderr.write('\n');
  // Measure a settled ledger, not one still digesting a bulk load: vacuum, then checkpoint.
  await db.query('VACUUM (ANALYZE) claims');
  await db.query('VACUUM (ANALYZE) propositions');
  await db.query('VACUUM (ANALYZE) claim_links');
  await db.query('VACUUM (ANALYZE) claim_keys');
  await db.query('VACUUM (ANALYZE) claim_filings');
  await db.query('CHECKPOINT');
}

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

async function measure(db: DataSource, size: number, round: number): Promise<{ p50: number; p99: number; mean: number; links: number }> {
  const writer = new LedgerWriter(db);
  const useCase = new LinkArticleClaimsUseCase(new PropositionStore(db));
  const propositions = Math.max(1, Math.floor(size / CLAIMS_PER_PROPOSITION));
  const latencies: number[] = [];
  let links = 0;
  for (let a = 0; a < ARTICLES; a++) {
    const claims = Array.from({ length: CLAIMS_PER_ARTICLE }, (_, k) => {
      const i = a * CLAIMS_PER_ARTICLE + k;
      return claimFor(i, (i * 7919) % propositions, `new${round}`);
    });
    const event: ClaimsExtractedV1 = {
      article: {
        id: claims[0]!.articleId,
        publisher: 'bench',
        body: 'x',
        language: 'en',
        publishedAt: '2025-01-01T00:00:00Z',
        revision: 1,
      },
      claims,
      extractor: { name: 'bench', version: '0' },
      extractedAt: new Date().toISOString(),
    };
    await writer.record(event); // the ledger's part, not timed
    const started = process.hrtime.bigint();
    const outcome = await useCase.execute(claims);
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    links += outcome.links.length;
  }
  const warm = latencies.slice(Math.floor(ARTICLES / 10));
  return {
    p50: +percentile(warm, 50).toFixed(2),
    p99: +percentile(warm, 99).toFixed(2),
    mean: +(warm.reduce((x, y) => x + y, 0) / warm.length).toFixed(2),
    links,
  };
}

async function main(): Promise<void> {
  await ensureDatabase(url);
  const db = createDataSource({ url, poolSize: 4 });
  await db.initialize();
  await runMigrations(db, url);
  process.stderr.write('resetting the bench ledger\n');
  await db.query(
    'TRUNCATE claim_keys, claim_links, claim_filings, claim_entities, entities, claims, article_revisions, articles, propositions',
  );
  const results: Record<string, unknown>[] = [];
  let round = 0;
  for (const size of SIZES) {
    process.stderr.write(`filling the ledger to ${size} claims\n`);
    const t = Date.now();
    await fillTo(db, size);
    process.stderr.write(
      `  filled in ${((Date.now() - t) / 1000).toFixed(0)} s; linking ${ARTICLES} articles of ${CLAIMS_PER_ARTICLE} claims\n`,
    );
    const m = await measure(db, size, round++);
    results.push({ ledgerClaims: size, ...m });
    process.stdout.write(
      `link: ledger ${size} claims: p50 ${m.p50} ms, p99 ${m.p99} ms, mean ${m.mean} ms per article (${m.links} links)\n`,
    );
  }
  await db.destroy();
  const first = results[0] as { p50: number; p99: number };
  const last = results[results.length - 1] as { p50: number; p99: number };
  const out = {
    machine: {
      ...machine(),
    },
    articlesPerSize: ARTICLES,
    claimsPerArticle: CLAIMS_PER_ARTICLE,
    claimsPerProposition: CLAIMS_PER_PROPOSITION,
    results,
    ratioP50: +(last.p50 / first.p50).toFixed(2),
    ratioP99: +(last.p99 / first.p99).toFixed(2),
    target: 'latency at 1,000,000 claims at most 2x the latency at 10,000; p99 at most 50 ms',
  };
  writeResult('link', out);
  process.stdout.write(`link: p50 ratio ${out.ratioP50}, p99 ratio ${out.ratioP99} (${out.machine.cpu})\n`);
}

main().catch((e: Error) => {
  process.stderr.write(`bench:link failed: ${e.message}\n`);
  process.exit(1);
});
