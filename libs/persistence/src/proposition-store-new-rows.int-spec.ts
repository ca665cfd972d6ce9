import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Claim, Link } from '@claim-ledger/contracts';
import { createDataSource } from './create-data-source';
import { PropositionStore } from './proposition-store';
import { ensureDatabase, runMigrations } from './run-migrations';

// Against the real Postgres: the linker writes key rows and links as plain inserts (rows
// of claims filed now cannot be there yet); should one be there after all, the unit of
// work rolls back to its savepoint and writes only the rows that are not, and goes on.
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';
const run = randomBytes(4).toString('hex');

function claim(i: number): Claim {
  return {
    kind: 'claim',
    id: `clm_new_rows_${run}_${i}`,
    articleId: `new-rows-${run}`,
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
    statedAt: { start: '2024-01-02' },
    entities: [],
    confidence: 0.9,
  };
}

const link = (from: Claim, to: Claim): Link => ({
  kind: 'link',
  from: from.id,
  to: to.id,
  relation: 'corroborates',
  independent: true,
  reason: 'test',
});

describe('the linker’s key rows and links, written as new rows', () => {
  let db: DataSource;
  let store: PropositionStore;
  const [a, b, c, d] = [claim(0), claim(1), claim(2), claim(3)];
  const proposition = `prop_new_rows_${run}`;
  const propositions = new Map([a, b, c, d].map((x) => [x.id, proposition]));
  const keysOf = (x: Claim) => [`t:new-rows-${run}`, `e:${x.id}`];

  beforeAll(async () => {
    await ensureDatabase(url);
    // One connection: the statements it prepared can be read after each unit of work.
    db = createDataSource({ url, poolSize: 1 });
    await db.initialize();
    await runMigrations(db, url);
    store = new PropositionStore(db);
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
  });

  it('writes every link of a first filing and says all are new', async () => {
    const written = await store.withKeys([`t:new-rows-${run}`], async (tx) => {
      await tx.file([a, b], propositions, keysOf);
      return tx.insertLinksReturningPairs([link(b, a)], () => proposition);
    });
    expect(written).toEqual(new Set([`${b.id} ${a.id}`]));
    const keys: { n: string }[] = await db.query(`SELECT count(*) AS n FROM claim_keys WHERE claim_id = ANY($1)`, [[a.id, b.id]]);
    expect(Number(keys[0]!.n)).toBe(4);
  });

  it('meets rows already there without failing the unit of work: writes the others, counts only them, and goes on', async () => {
    const after = await store.withKeys([`t:new-rows-${run}`], async (tx) => {
      // b's key rows are there, c's are not.
      await tx.file([b, c], propositions, keysOf);
      // b -> a is there, c -> a is not.
      const written = await tx.insertLinksReturningPairs([link(b, a), link(c, a)], () => proposition);
      // The transaction is still usable after the rolled-back insert.
      return { written, current: await tx.current([a.id, b.id, c.id]) };
    });
    expect(after.written).toEqual(new Set([`${c.id} ${a.id}`]));
    const keys: { claim_id: string; n: string }[] = await db.query(
      `SELECT claim_id, count(*) AS n FROM claim_keys WHERE claim_id = ANY($1) GROUP BY claim_id ORDER BY claim_id`,
      [[a.id, b.id, c.id]],
    );
    expect(keys.map((k) => [k.claim_id, Number(k.n)])).toEqual([a, b, c].map((x) => [x.id, 2]));
    const links: { from_claim: string; to_claim: string }[] = await db.query(
      `SELECT from_claim, to_claim FROM claim_links WHERE to_claim = $1 ORDER BY from_claim`,
      [a.id],
    );
    expect(links).toEqual([
      { from_claim: b.id, to_claim: a.id },
      { from_claim: c.id, to_claim: a.id },
    ]);
    // The plain inserts that failed ran prepared, and the connection runs them prepared
    // again in its next unit of work, as new rows go in.
    const prepared: { name: string }[] = await db.query(`SELECT name FROM pg_prepared_statements ORDER BY name`);
    expect(prepared.map((r) => r.name)).toEqual(expect.arrayContaining(['linker-insert-keys', 'linker-insert-links']));
    const next = await store.withKeys([`t:new-rows-${run}`], async (tx) => {
      await tx.file([d], propositions, keysOf);
      return tx.insertLinksReturningPairs([link(d, a)], () => proposition);
    });
    expect(next).toEqual(new Set([`${d.id} ${a.id}`]));
    const [row] = await db.query(`SELECT count(*)::int AS n FROM claim_keys WHERE claim_id = $1`, [d.id]);
    expect(row.n).toBe(2);
  });
});

describe('the records of the claims a linker filed', () => {
  let db: DataSource;

  beforeAll(async () => {
    await ensureDatabase(url);
    db = createDataSource({ url, poolSize: 2 });
    await db.initialize();
    await runMigrations(db, url);
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
  });

  it('come back as candidates of its later units of work as filed, not read again from the ledger', async () => {
    // (These claims have no row in `claims`: a record read from the ledger could not be found.)
    const store = new PropositionStore(db);
    const d = { ...claim(3), id: `clm_records_${run}` };
    const key = `t:records-${run}`;
    await store.withKeys([key], (tx) => tx.file([d], new Map([[d.id, `prop_records_${run}`]]), () => [key]));
    const found = await store.withKeys([key], (tx) => tx.candidates([key], [], 5));
    expect(found.get(key)?.map((m) => [m.claim, m.propositionId])).toEqual([[d, `prop_records_${run}`]]);
    expect(found.get(key)![0]!.claim).toBe(d);
    // Another instance has not filed it: it reads records from the ledger, which has none.
    const other = await new PropositionStore(db).withKeys([key], (tx) => tx.candidates([key], [], 5));
    expect(other.get(key)).toBeUndefined();
  });
});
