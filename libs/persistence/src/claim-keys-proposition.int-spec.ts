import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Claim, ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { createDataSource } from './create-data-source';
import { LedgerWriter } from './ledger-writer';
import { ClaimKeysProposition1764921600000 } from './migrations/1764921600000-claim-keys-proposition.migration';
import { ClaimFilings1765008000000 } from './migrations/1765008000000-claim-filings.migration';
import { PropositionStore } from './proposition-store';
import { ensureDatabase, runMigrations } from './run-migrations';

// Against the real Postgres: the linker's candidates come from claim_keys alone (a key row
// carries its claim's proposition; superseded claims are asked of their partial index),
// and give what joining every claim's row gave (issue 15).
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';
const run = randomBytes(4).toString('hex');
const key = `t:keys-${run}`;
// How many of a key's newest claims are read (the linker's CANDIDATES_PER_KEY).
const PER_KEY = 15;

function claimOn(i: number): Claim {
  const day = new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10);
  return {
    kind: 'claim',
    id: `clm_keys_${run}_${String(i).padStart(3, '0')}`,
    articleId: `keys-${run}`,
    publisher: 'test',
    revision: 1,
    language: 'en',
    span: { start: i * 10, end: i * 10 + 9 },
    text: `Officials said ${i}.`,
    source: { id: 'country:US', name: 'Officials', kind: 'government', surface: 'Officials' },
    cue: { surface: 'said' },
    stance: 'asserts',
    hedged: false,
    content: `figure ${i}`,
    quantities: [],
    statedAt: { start: day },
    entities: [],
    confidence: 0.9,
  };
}

describe('the linker’s candidates from claim_keys', () => {
  let db: DataSource;
  const n = PER_KEY + 1;
  const claims = Array.from({ length: n }, (_, i) => claimOn(i));
  // Two propositions, so that each claim's is seen to come back.
  const propositionOf = new Map(claims.map((c, i) => [c.id, `prop_keys_${run}_${i % 2}`]));

  beforeAll(async () => {
    await ensureDatabase(url);
    db = createDataSource({ url, poolSize: 2 });
    await db.initialize();
    await runMigrations(db, url);
    const event: ClaimsExtractedV1 = {
      article: {
        id: `keys-${run}`,
        publisher: 'test',
        body: 'x'.repeat(500),
        language: 'en',
        publishedAt: '2024-01-01T00:00:00Z',
        revision: 1,
      },
      claims,
      extractor: { name: 'test', version: '0' },
      extractedAt: '2024-01-01T00:00:00Z',
    };
    await new LedgerWriter(db).record(event);
    await new PropositionStore(db).withKeys([key], (tx) => tx.file(claims, propositionOf, () => [key]));
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
  });

  it('writes each key row with its claim’s proposition', async () => {
    const rows: { claim_id: string; proposition_id: string }[] = await db.query(
      `SELECT claim_id, proposition_id FROM claim_keys WHERE key = $1 ORDER BY claim_id`,
      [key],
    );
    expect(rows).toEqual(claims.map((c) => ({ claim_id: c.id, proposition_id: propositionOf.get(c.id) })));
  });

  it('gives a key’s newest current claims, newest first, a superseded one left out but still counted in the limit, as the join did', async () => {
    const newest = claims[n - 1]!;
    await db.query(`UPDATE claims SET superseded_at = now() WHERE id = $1`, [newest.id]);
    const except = claims[n - 2]!;
    const found = await new PropositionStore(db).withKeys([key], (tx) => tx.candidates([key], [except.id], PER_KEY));
    // The newest PER_KEY key rows are claims 1..n-1; the newest is superseded and the next one left out.
    const expected = claims.slice(1, n - 2).reverse();
    expect(found.get(key)!.map((m) => [m.claim.id, m.propositionId])).toEqual(expected.map((c) => [c.id, propositionOf.get(c.id)]));
    expect(found.get(key)![0]!.claim).toEqual(expect.objectContaining({ id: expected[0]!.id, content: expected[0]!.content }));
    // The same statement as before the migration: the key rows joined to claims (and their filings).
    const joined: { id: string; proposition_id: string }[] = await db.query(
      `SELECT c.id, f.proposition_id FROM (SELECT claim_id, stated_at FROM claim_keys WHERE key = $1
          ORDER BY stated_at DESC, claim_id DESC LIMIT $2) ck JOIN claims c ON c.id = ck.claim_id JOIN claim_filings f ON f.claim_id = c.id
        WHERE c.superseded_at IS NULL AND c.id <> $3 ORDER BY ck.stated_at DESC, ck.claim_id DESC`,
      [key, PER_KEY, except.id],
    );
    expect(joined.map((r) => [r.id, r.proposition_id])).toEqual(expected.map((c) => [c.id, propositionOf.get(c.id)]));
  });

  it('gives each of several keys its own claims (one claim under two keys, a key asked twice, a key with none)', async () => {
    const second = `t:keys2-${run}`;
    const none = `t:keys-none-${run}`;
    await new PropositionStore(db).withKeys([second], (tx) => tx.file(claims.slice(2, 6), propositionOf, () => [second]));
    const except = claims[3]!;
    const found = await new PropositionStore(db).withKeys([key, second], (tx) =>
      tx.candidates([second, key, second, none], [except.id], PER_KEY),
    );
    expect([...found.keys()]).toEqual([second, key]);
    // Newest first, the claim left out missing, each with its proposition.
    expect(found.get(second)!.map((m) => [m.claim.id, m.propositionId])).toEqual(
      [claims[5]!, claims[4]!, claims[2]!].map((c) => [c.id, propositionOf.get(c.id)]),
    );
    // The first key's claims as asked alone; claims 2, 4 and 5 are under both.
    const alone = await new PropositionStore(db).withKeys([key], (tx) => tx.candidates([key], [except.id], PER_KEY));
    expect(found.get(key)!.map((m) => m.claim.id)).toEqual(alone.get(key)!.map((m) => m.claim.id));
    expect(found.get(key)!.map((m) => m.claim.id)).toEqual(expect.arrayContaining([claims[2]!.id, claims[4]!.id, claims[5]!.id]));
    expect(found.get(key)!.map((m) => m.claim.id)).not.toContain(except.id);
  });

  it('leaves out a key whose every claim is left out', async () => {
    const only = `t:keys-only-${run}`;
    await new PropositionStore(db).withKeys([only], (tx) => tx.file([claims[7]!], propositionOf, () => [only]));
    const found = await new PropositionStore(db).withKeys([only], (tx) => tx.candidates([only, key], [claims[7]!.id], PER_KEY));
    expect(found.has(only)).toBe(false);
    expect(found.has(key)).toBe(true);
  });

  it('gives each proposition’s newest current members, as a join of its filings gives them', async () => {
    const [even, odd] = [`prop_keys_${run}_0`, `prop_keys_${run}_1`];
    const none = `prop_keys_${run}_none`;
    const except = claims[2]!.id;
    const found = await new PropositionStore(db).withKeys([], (tx) => tx.members([odd, even, odd, none], [except], 5));
    expect([...found.keys()]).toEqual([odd, even]);
    for (const p of [even, odd]) {
      const joined: { id: string }[] = await db.query(
        `SELECT f.claim_id AS id FROM claim_filings f JOIN claims c ON c.id = f.claim_id
          WHERE f.proposition_id = $1 AND c.superseded_at IS NULL AND f.claim_id <> $2
          ORDER BY f.stated_at DESC, f.claim_id LIMIT 5`,
        [p, except],
      );
      expect(joined).toHaveLength(5);
      expect(found.get(p)!.map((m) => [m.claim.id, m.propositionId])).toEqual(joined.map((r) => [r.id, p]));
    }
    expect(found.get(even)!.map((m) => m.claim.id)).not.toContain(except);
  });

  it('is undone, and done again fills the key rows written meanwhile from their claims', async () => {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      const migration = new ClaimKeysProposition1764921600000();
      // (The later migration, which moved filings out of claims, undone first and done again last.)
      const filings = new ClaimFilings1765008000000();
      await filings.down(runner);
      await migration.down(runner);
      const columns: { column_name: string }[] = await runner.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'claim_keys' ORDER BY ordinal_position`,
      );
      expect(columns.map((c) => c.column_name)).toEqual(['key', 'claim_id', 'stated_at']);
      expect(await runner.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'claims_superseded'`)).toEqual([]);
      // A key row written by a linker of before the migration.
      await runner.query(`DELETE FROM claim_keys WHERE key = $1 AND claim_id = $2`, [key, claims[0]!.id]);
      await runner.query(`INSERT INTO claim_keys (key, claim_id, stated_at) VALUES ($1, $2, $3)`, [
        key,
        claims[0]!.id,
        claims[0]!.statedAt.start,
      ]);
      await migration.up(runner);
      await filings.up(runner);
      // Each claim is filed where it was, through the column and back.
      const filed: { claim_id: string; proposition_id: string }[] = await runner.query(
        `SELECT claim_id, proposition_id FROM claim_filings WHERE claim_id = ANY($1) ORDER BY claim_id`,
        [claims.map((c) => c.id)],
      );
      expect(filed).toEqual(
        claims.map((c) => ({ claim_id: c.id, proposition_id: propositionOf.get(c.id) })).sort((x, y) => (x.claim_id < y.claim_id ? -1 : 1)),
      );
      const [row] = await runner.query(`SELECT proposition_id FROM claim_keys WHERE key = $1 AND claim_id = $2`, [key, claims[0]!.id]);
      expect(row).toEqual({ proposition_id: propositionOf.get(claims[0]!.id) });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  }, 60_000);
});
