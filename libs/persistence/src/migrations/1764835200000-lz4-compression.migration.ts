import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The columns a value of which is compressed on nearly every write of the ledger. */
const COLUMNS = [
  ['articles', 'body'],
  ['article_revisions', 'body'],
  ['claims', 'record'],
  ['claims', 'search'],
] as const;

/**
 * Article bodies and claim records compressed with lz4 instead of pglz, where the server
 * has lz4 (PostgreSQL 14+ built with it; otherwise nothing changes). Every article the
 * ledger records writes its body twice (articles and article_revisions), a few KB each,
 * and a claim's row with its record and search vector passes the 2 KB past which Postgres
 * compresses it: on this machine pglz took 0.32-0.42 ms a 6 KB body, lz4 0.10-0.13 ms,
 * for 15% more bytes (issue 15), and lz4 also reads back faster (the article page the API
 * serves holds the body). Only what is written from now on is compressed so: values
 * already stored stay as they are, and both read alike.
 */
export class Lz4Compression1764835200000 implements MigrationInterface {
  name = 'Lz4Compression1764835200000';

  async up(q: QueryRunner): Promise<void> {
    if (!(await hasLz4(q))) return;
    for (const [table, column] of COLUMNS) await q.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET COMPRESSION lz4`);
  }

  async down(q: QueryRunner): Promise<void> {
    if (!(await hasLz4(q))) return;
    // Back to the server's default_toast_compression, as before up (not pinned to pglz).
    for (const [table, column] of COLUMNS) await q.query(`ALTER TABLE ${table} ALTER COLUMN ${column} SET COMPRESSION DEFAULT`);
  }
}

async function hasLz4(q: QueryRunner): Promise<boolean> {
  const rows: { lz4: boolean }[] = await q.query(
    `SELECT coalesce(bool_or('lz4' = ANY(enumvals)), false) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
  );
  return rows[0]?.lz4 === true;
}
