import type { DataSource } from 'typeorm';
import { createDataSource } from './create-data-source';
import { ClaimEntitiesWithoutForeignKeys1765180800000 } from './migrations/1765180800000-claim-entities-without-foreign-keys.migration';
import { ensureDatabase, runMigrations } from './run-migrations';

// Against the real Postgres: claim_entities is written with its claims in one statement and
// keeps no foreign keys (issue 15: their checks were a third of that statement's executor time).
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';

const foreignKeys = async (runner: { query: (sql: string) => Promise<unknown> }): Promise<string[]> =>
  (
    (await runner.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'claim_entities'::regclass AND contype = 'f' ORDER BY conname`,
    )) as { conname: string }[]
  ).map((r) => r.conname);

describe('the constraints of claim_entities', () => {
  let db: DataSource;

  beforeAll(async () => {
    await ensureDatabase(url);
    db = createDataSource({ url, poolSize: 1 });
    await db.initialize();
    await runMigrations(db, url);
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
  });

  it('are its primary key and role check only, no foreign keys', async () => {
    expect(await foreignKeys(db)).toEqual([]);
    const kept: { conname: string }[] = await db.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = 'claim_entities'::regclass ORDER BY conname`,
    );
    expect(kept.map((r) => r.conname)).toEqual(['claim_entities_pkey', 'claim_entities_role_check']);
  });

  it('get both foreign keys back when the migration is undone', async () => {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await new ClaimEntitiesWithoutForeignKeys1765180800000().down(runner);
      expect(await foreignKeys(runner)).toEqual(['claim_entities_claim_id_fkey', 'claim_entities_entity_id_fkey']);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
