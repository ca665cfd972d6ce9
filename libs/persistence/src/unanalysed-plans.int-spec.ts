import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from './create-data-source';
import { ARTICLE_REVISIONS, WITHDRAWN_CLAIMS } from './analysts/article-history-reader';
import { RECORD_NEW_ARTICLES, SUPERSEDE_LINKS_OF_CLAIMS } from './ledger-writer';
import { ARTICLE_WITH_CLAIMS } from './ledger-reader';
import { preparedNameOf } from './prepared-statements';
import { CURRENT_CLAIMS, HOLD_CURRENT_CLAIMS, PROPOSITION_MEMBERS } from './proposition-store';
import { ensureDatabase, runMigrations } from './run-migrations';

// Against the real Postgres, on a ledger of its own whose tables were never analysed (a new
// deployment's first minutes, every benchmark pass): the statements that look claims or
// their links up by claim id must find them by key, for a few ids or hundreds. Testing
// `superseded_at IS NULL` beside the ids let the planner AND the keys with a whole partial
// index of current rows, a cost that grew with the ledger until autovacuum first analysed it
// (issue 15).
const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test');
const name = `claim_ledger_plans_${randomBytes(4).toString('hex')}`;
const url = Object.assign(new URL(base.toString()), { pathname: `/${name}` }).toString();
const CLAIMS = 20_000;

/** A migrated ledger of its own, autovacuum off, with `claims` current claims (5 an article, each filed). */
async function unanalysedLedger(at: string, claims: number): Promise<DataSource> {
  await ensureDatabase(at);
  const db = createDataSource({ url: at, poolSize: 2 });
  await db.initialize();
  await runMigrations(db, at);
  // Autovacuum would analyse the tables within a minute: kept from it, so that the
  // planner has no statistics throughout, as in a ledger's first minute.
  for (const t of ['articles', 'claims', 'claim_filings', 'claim_links'])
    await db.query(`ALTER TABLE ${t} SET (autovacuum_enabled = false)`);
  await db.query(
    `INSERT INTO articles (publisher, article_id, revision, url, title, body, language, published_at)
     SELECT 'p', 'a' || i, 1, NULL, NULL, 'body', 'en', now() FROM generate_series(0, $1 / 5 - 1) i`,
    [claims],
  );
  await db.query(
    `INSERT INTO claims (id, publisher, article_id, revision, language, source_id, source_name, stance, stated_at, span_start, record)
     SELECT 'clm_' || i, 'p', 'a' || (i / 5), 1, 'en', 'country:US', 'Officials', 'asserts', date '2024-01-01' + (i % 300), i % 5, '{}'
       FROM generate_series(0, $1 - 1) i`,
    [claims],
  );
  await db.query(`INSERT INTO claim_filings (claim_id, proposition_id, stated_at) SELECT id, 'prop_1', stated_at FROM claims`);
  return db;
}

async function dropDatabase(db: DataSource | undefined, at: string): Promise<void> {
  await db?.destroy();
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${new URL(at).pathname.slice(1)}" WITH (FORCE)`);
  await admin.end();
}

let probes = 0;

/** The plan a prepared statement keeps once Postgres settles on a generic one (prepared-statements.ts). */
async function genericPlanOf(db: DataSource, sql: string, ...params: string[]): Promise<string[]> {
  return scansOf(await genericPlanTreeOf(db, sql, ...params));
}

/** The same plan, whole. */
async function genericPlanTreeOf(db: DataSource, sql: string, ...params: string[]): Promise<PlanNode> {
  return db.transaction(async (m) => {
    await m.query(`SET LOCAL plan_cache_mode = force_generic_plan`);
    // (A name a probe: a PREPARE outlives a failed transaction on its connection.)
    const probe = `generic_probe_${++probes}`;
    await m.query(`PREPARE ${probe} AS ${sql}`);
    // (EXECUTE takes no bind parameters: the test's values, word characters only, as literals.)
    const [row] = await m.query(`EXPLAIN (FORMAT JSON) EXECUTE ${probe}(${params.map((p) => `'${p}'`).join(', ')})`);
    await m.query(`DEALLOCATE ${probe}`);
    return row['QUERY PLAN'][0].Plan as PlanNode;
  });
}

/** The filters of a plan's scans of `table`, as EXPLAIN words them. */
function filtersOn(node: PlanNode, table: string, out: string[] = []): string[] {
  if (node['Relation Name'] === table) out.push(node.Filter ?? '');
  for (const child of node.Plans ?? []) filtersOn(child, table, out);
  return out;
}

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Filter?: string;
  Plans?: PlanNode[];
}

/** Every index a plan reads, and the tables it scans whole. */
function scansOf(node: PlanNode, out: string[] = []): string[] {
  if (node['Index Name']) out.push(node['Index Name']);
  if (node['Node Type'] === 'Seq Scan') out.push(`seq:${node['Relation Name']}`);
  for (const child of node.Plans ?? []) scansOf(child, out);
  return out;
}

describe('statements by id on a ledger never analysed', () => {
  let db: DataSource;

  beforeAll(async () => {
    db = await unanalysedLedger(url, CLAIMS);
    // Each claim links to the next three; a tenth of the links superseded.
    await db.query(
      `INSERT INTO claim_links (from_claim, to_claim, relation, independent, reason, proposition_id, superseded_at)
       SELECT 'clm_' || i, 'clm_' || (i + k), 'corroborates', true, '{}', 'prop_1', CASE WHEN i % 10 = 0 THEN now() END
         FROM generate_series(0, $1 - 4) i, generate_series(1, 3) k`,
      [CLAIMS],
    );
    const [stats] = await db.query(
      `SELECT count(*)::int AS analysed FROM pg_stat_user_tables
        WHERE relname IN ('claims', 'claim_filings', 'claim_links') AND (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL)`,
    );
    expect(stats.analysed).toBe(0);
  }, 120_000);

  afterAll(() => dropDatabase(db, url));

  async function planOf(sql: string, ids: string[]): Promise<string[]> {
    const [row] = await db.query(`EXPLAIN (FORMAT JSON) ${sql}`, [ids]);
    return scansOf(row['QUERY PLAN'][0].Plan);
  }

  // A unit of work of one article (the latency pass), and of a batch.
  const few = Array.from({ length: 25 }, (_, i) => `clm_${i * 701}`);
  const many = Array.from({ length: 800 }, (_, i) => `clm_${i * 23}`);

  it.each([
    ['few', few],
    ['many', many],
  ])('the linker’s current claims are found by primary key (%s ids)', async (_, ids) => {
    expect(await planOf(CURRENT_CLAIMS, ids)).toEqual(['claims_pkey', 'claim_filings_pkey']);
  });

  it.each([
    ['few', few],
    ['many', many],
  ])('the linker’s held claims are found by primary key (%s ids)', async (_, ids) => {
    expect(await planOf(HOLD_CURRENT_CLAIMS, ids)).toEqual(['claims_pkey']);
  });

  it.each([
    ['few', few.slice(0, 6)],
    ['many', many.slice(0, 100)],
  ])('the ledger finds the links of superseded claims by key (%s ids)', async (_, ids) => {
    const scans = await planOf(SUPERSEDE_LINKS_OF_CLAIMS, ids);
    expect(scans.length).toBeGreaterThan(0);
    expect(scans.filter((s) => !['claim_links_pkey', 'claim_links_to'].includes(s))).toEqual([]);
  });

  it('supersedes the current links of the claims given, in both directions, and no other', async () => {
    await db
      .transaction(async (m) => {
        const before = new Date(Date.now() - 60_000).toISOString();
        // clm_100's links from it were superseded (a tenth) a minute ago: they keep their time.
        await m.query(`UPDATE claim_links SET superseded_at = $1 WHERE from_claim = 'clm_100'`, [before]);
        await m.query(SUPERSEDE_LINKS_OF_CLAIMS, [['clm_100', 'clm_205', 'clm_none']]);
        const rows: { from_claim: string; to_claim: string; superseded: boolean; kept: boolean }[] = await m.query(
          `SELECT from_claim, to_claim, superseded_at IS NOT NULL AS superseded, superseded_at = $1 AS kept FROM claim_links
          WHERE from_claim IN ('clm_97', 'clm_98', 'clm_99', 'clm_100', 'clm_101', 'clm_202', 'clm_203', 'clm_204', 'clm_205', 'clm_206')
          ORDER BY from_claim, to_claim`,
          [before],
        );
        const touches = (r: { from_claim: string; to_claim: string }) =>
          ['clm_100', 'clm_205'].includes(r.from_claim) || ['clm_100', 'clm_205'].includes(r.to_claim);
        expect(rows.filter(touches).every((r) => r.superseded)).toBe(true);
        expect(rows.filter((r) => r.from_claim === 'clm_100').every((r) => r.kept)).toBe(true);
        // The others as they were: current (none of the claims selected here is a tenth one).
        expect(rows.filter((r) => !touches(r)).map((r) => [r.from_claim, r.superseded])).toEqual(
          rows.filter((r) => !touches(r)).map((r) => [r.from_claim, false]),
        );
        expect(rows.filter(touches).length).toBe(12);
        throw new Error('rollback');
      })
      .catch((err: Error) => {
        if (err.message !== 'rollback') throw err;
      });
  });

  it('the statements give the claims still current, with their propositions', async () => {
    await db.query(`UPDATE claims SET superseded_at = now() WHERE id = 'clm_701'`);
    const [current] = await db.query(CURRENT_CLAIMS, [['clm_0', 'clm_701', 'clm_1402', 'clm_none']]);
    expect([...(Object.values(current)[0] as [string, string][])].sort()).toEqual([
      ['clm_0', 'prop_1'],
      ['clm_1402', 'prop_1'],
    ]);
    await db.transaction(async (m) => {
      const [held] = await m.query(HOLD_CURRENT_CLAIMS, [['clm_1402', 'clm_0', 'clm_701', 'clm_0', 'clm_none']]);
      expect([...(Object.values(held)[0] as string[])].sort()).toEqual(['clm_0', 'clm_1402']);
    });
  });
});

describe('prepared statements on a small ledger never analysed', () => {
  // A generic plan is made once, for any values: on a new ledger of a few hundred claims
  // (when a latency pass's linker settles on its plans) one that probes a partial index of
  // current claims by id looks as cheap as the primary key, and walks that whole index an id
  // once the ledger has grown (the held claims' statement prepared: 67 ms a run).
  const smallUrl = Object.assign(new URL(base.toString()), { pathname: `/${name}_small` }).toString();
  let small: DataSource;

  beforeAll(async () => {
    small = await unanalysedLedger(smallUrl, 300);
  }, 120_000);

  afterAll(() => dropDatabase(small, smallUrl));

  it('the statements by claim id would walk a partial index: they stay unnamed', async () => {
    const scans = await genericPlanOf(small, HOLD_CURRENT_CLAIMS, '{clm_1,clm_2}');
    expect(scans.some((s) => s.startsWith('claims_') && s.endsWith('_current'))).toBe(true);
    expect(preparedNameOf(HOLD_CURRENT_CLAIMS)).toBeUndefined();
    expect(preparedNameOf(CURRENT_CLAIMS)).toBeUndefined();
  });

  it('the article page’s prepared statements have one way to their rows; its claims’ would not', async () => {
    // The claims of the article: a generic plan took the partial index by language.
    const scans = await genericPlanOf(small, ARTICLE_WITH_CLAIMS, 'p', 'a1');
    expect(scans).not.toEqual(['articles_pkey', 'claims_article_current', 'claim_filings_pkey']);
    expect(preparedNameOf(ARTICLE_WITH_CLAIMS)).toBeUndefined();
    for (const sql of [ARTICLE_REVISIONS, WITHDRAWN_CLAIMS]) expect(preparedNameOf(sql)).toBeDefined();
    expect(await genericPlanOf(small, ARTICLE_REVISIONS, 'p', 'a1')).toEqual(['article_revisions_pkey']);
    expect(new Set(await genericPlanOf(small, WITHDRAWN_CLAIMS, 'p', 'a1'))).toEqual(
      new Set(['claims_article_superseded', 'claim_filings_pkey']),
    );
  });

  it('the ledger’s statement of new articles reads no table: its generic plan has no scan to choose', async () => {
    expect(preparedNameOf(RECORD_NEW_ARTICLES)).toBe('ledger-record-new-articles');
    // One article of one claim naming its source (the arrays as literals, one element each).
    const one = (v: string) => `{${v}}`;
    const params = [
      ...['p', 'new1', '1', 'NULL', 'NULL', 'body', 'en', '2025-01-01T00:00:00Z', '1', 'NULL'].map(one),
      ...['clm_new1', 'p', 'new1', '1', 'en', 'country:US', 'Officials', 'asserts', '2025-01-01', '0'].map(one),
      '[{}]',
      ...['p', 'new1', 'clm_new1', 'country:US', 'source'].map(one),
      ...['country:US', 'Officials', 'government'].map(one),
    ];
    expect(await genericPlanOf(small, RECORD_NEW_ARTICLES, ...params)).toEqual([]);
  });

  it('a prepared statement of the linker has one way to its rows', async () => {
    expect(preparedNameOf(PROPOSITION_MEMBERS)).toBe('linker-proposition-members');
    const scans = await genericPlanOf(small, PROPOSITION_MEMBERS, '{prop_1}', '{clm_1}', '40');
    expect(new Set(scans)).toEqual(new Set(['claim_filings_proposition', 'claims_superseded']));
  });

  it('the linker’s members leave the unit’s claims out through a hash, not by comparing each filing with every one', async () => {
    const plan = await genericPlanTreeOf(small, PROPOSITION_MEMBERS, '{prop_1}', '{clm_1,clm_2,clm_3}', '40');
    const onFilings = filtersOn(plan, 'claim_filings');
    expect(onFilings).toEqual([expect.stringContaining('(NOT (hashed SubPlan')]);
    expect(onFilings.join(' ')).not.toMatch(/\$2/);
  });
});
