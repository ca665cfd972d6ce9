import { Pool } from 'pg';
import { createDataSource } from './create-data-source';
import { preparedNameOf, preparedStatement, PreparingClient } from './prepared-statements';
import { ensureDatabase } from './run-migrations';

// Against the real Postgres: which statements a session keeps prepared (pg_prepared_statements
// is the session's own list).
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';

const BY_ID = preparedStatement('test-prepared-by-id', 'SELECT a, b FROM prepared_statements_test WHERE a = $1');
const STAR = preparedStatement('test-prepared-star', 'SELECT * FROM prepared_statements_test WHERE a = $1');
const PREPARED = 'SELECT name, statement FROM pg_prepared_statements ORDER BY name';

describe('PreparingClient', () => {
  let pool: Pool;

  beforeAll(async () => {
    await ensureDatabase(url);
    pool = new Pool({ connectionString: url, max: 1, Client: PreparingClient });
    await pool.query('DROP TABLE IF EXISTS prepared_statements_test');
    await pool.query('CREATE TABLE prepared_statements_test (a int PRIMARY KEY, b text)');
    await pool.query(`INSERT INTO prepared_statements_test VALUES (1, 'one'), (2, 'two')`);
  });

  afterAll(async () => {
    await pool.query('DROP TABLE IF EXISTS prepared_statements_test');
    await pool.end();
  });

  it('runs a registered statement prepared under its name, and any other unnamed', async () => {
    const client = await pool.connect();
    try {
      await client.query('DEALLOCATE ALL');
      expect((await client.query(BY_ID, [1])).rows).toEqual([{ a: 1, b: 'one' }]);
      expect((await client.query(BY_ID, [2])).rows).toEqual([{ a: 2, b: 'two' }]);
      expect((await client.query('SELECT b FROM prepared_statements_test WHERE a = $1', [2])).rows).toEqual([{ b: 'two' }]);
      const { rows } = await client.query(PREPARED);
      // One entry for the two runs of the registered statement; none for the other.
      expect(rows).toEqual([{ name: 'test-prepared-by-id', statement: BY_ID }]);
    } finally {
      client.release();
    }
  });

  it('prepares again under a new name once a migration changed what a statement returns', async () => {
    const client = await pool.connect();
    try {
      expect((await client.query(STAR, [1])).rows).toEqual([{ a: 1, b: 'one' }]);
      // Outside a transaction the run is tried again at once, under the new name.
      await client.query('ALTER TABLE prepared_statements_test ADD COLUMN c text');
      expect((await client.query(STAR, [1])).rows).toEqual([{ a: 1, b: 'one', c: null }]);
      expect((await client.query(PREPARED)).rows.map((r: { name: string }) => r.name)).toContain('test-prepared-star+');
      // Inside one the error is the caller's (the transaction is lost); the next run succeeds.
      await client.query('ALTER TABLE prepared_statements_test ADD COLUMN d text');
      await client.query('BEGIN');
      await expect(client.query(STAR, [1])).rejects.toMatchObject({ code: '0A000' });
      await client.query('ROLLBACK');
      expect((await client.query(STAR, [1])).rows).toEqual([{ a: 1, b: 'one', c: null, d: null }]);
      expect((await client.query(PREPARED)).rows.map((r: { name: string }) => r.name)).toContain('test-prepared-star++');
    } finally {
      client.release();
    }
  });

  it('answers a callback as pg does, result or error', async () => {
    const rows = await new Promise((resolve, reject) =>
      pool.query(BY_ID, [2], (err: Error | undefined, res: { rows: unknown[] }) => (err ? reject(err) : resolve(res.rows))),
    );
    expect(rows).toEqual([{ a: 2, b: 'two' }]);
    const err = await new Promise((resolve) => pool.query(BY_ID, ['not a number'], (e: Error | undefined) => resolve(e)));
    expect(err).toMatchObject({ code: '22P02' });
  });

  it('gives a name one text and a text one name', () => {
    expect(preparedStatement('test-prepared-by-id', BY_ID)).toBe(BY_ID);
    expect(() => preparedStatement('test-prepared-by-id', 'SELECT 1')).toThrow(/test-prepared-by-id/);
    expect(() => preparedStatement('test-prepared-other', BY_ID)).toThrow(/test-prepared-other/);
    expect(preparedNameOf(BY_ID)).toBe('test-prepared-by-id');
  });

  it('is the client of the ledger DataSource', async () => {
    const ds = createDataSource({ url, poolSize: 1 });
    await ds.initialize();
    try {
      // One pool connection: the statement and the list run in the same session.
      await ds.query(BY_ID, [1]);
      const rows: { name: string }[] = await ds.query(PREPARED);
      expect(rows.map((r) => r.name)).toContain('test-prepared-by-id');
    } finally {
      await ds.destroy();
    }
  });
});
