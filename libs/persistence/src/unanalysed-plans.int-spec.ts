import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource } from './create-data-source';
import { CURRENT_CLAIMS, HOLD_CURRENT_CLAIMS } from './proposition-store';
import { ensureDatabase, runMigrations } from './run-migrations';

// Against the real Postgres, on a ledger of its own whose tables were never analysed (a new
// deployment's first minutes, every benchmark pass): the linker's statements that look
// claims up by id must find them by their primary key, for a few ids or hundreds. Testing
// `superseded_at IS NULL` beside the ids let the planner AND the keys with a whole partial
// index of current rows, a cost that grew with the ledger until autovacuum first analysed it
// (issue 15).
const base = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test');
const name = `claim_ledger_plans_${randomBytes(4).toString('hex')}`;
const url = Object.assign(new URL(base.toString()), { pathname: `/${name}` }).toString();
const CLAIMS = 20_000;

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
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
    await ensureDatabase(url);
    db = createDataSource({ url, poolSize: 2 });
    await db.initialize();
    await runMigrations(db, url);
    // Autovacuum would analyse the tables within a minute: kept from it, so that the
    // planner has no statistics throughout, as in a ledger's first minute.
    for (const t of ['articles', 'claims', 'claim_filings']) await db.query(`ALTER TABLE ${t} SET (autovacuum_enabled = false)`);
    await db.query(
      `INSERT INTO articles (publisher, article_id, revision, url, title, body, language, published_at)
       SELECT 'p', 'a' || i, 1, NULL, NULL, 'body', 'en', now() FROM generate_series(0, $1 / 5 - 1) i`,
      [CLAIMS],
    );
    await db.query(
      `INSERT INTO claims (id, publisher, article_id, revision, language, source_id, source_name, stance, stated_at, span_start, record)
       SELECT 'clm_' || i, 'p', 'a' || (i / 5), 1, 'en', 'country:US', 'Officials', 'asserts', date '2024-01-01' + (i % 300), i % 5, '{}'
         FROM generate_series(0, $1 - 1) i`,
      [CLAIMS],
    );
    await db.query(`INSERT INTO claim_filings (claim_id, proposition_id, stated_at) SELECT id, 'prop_1', stated_at FROM claims`);
    const [stats] = await db.query(
      `SELECT count(*)::int AS analysed FROM pg_stat_user_tables
        WHERE relname IN ('claims', 'claim_filings') AND (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL)`,
    );
    expect(stats.analysed).toBe(0);
  }, 120_000);

  afterAll(async () => {
    await db?.destroy();
    const admin = new Client({ connectionString: base.toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

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
