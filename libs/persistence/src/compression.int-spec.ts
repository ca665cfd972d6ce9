import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from './create-data-source';
import { Lz4Compression1764835200000 } from './migrations/1764835200000-lz4-compression.migration';
import { LedgerWriter } from './ledger-writer';
import { ensureDatabase, runMigrations } from './run-migrations';

// Against the real Postgres: article bodies and claim records are compressed with lz4
// where the server has it (issue 15: pglz was a large share of the ledger's insert).
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';

describe('the compression of the ledger’s large values', () => {
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

  it('is lz4 for bodies, records and search vectors written by the ledger, where the server has lz4', async () => {
    const [{ lz4 }] = await db.query(
      `SELECT coalesce(bool_or('lz4' = ANY(enumvals)), false) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
    );
    const columns: { col: string; method: string }[] = await db.query(
      `SELECT attrelid::regclass || '.' || attname AS col, attcompression::text AS method FROM pg_attribute
        WHERE (attrelid, attname) IN (('articles'::regclass, 'body'), ('article_revisions'::regclass, 'body'),
                                      ('claims'::regclass, 'record'), ('claims'::regclass, 'search'))
        ORDER BY 1`,
    );
    expect(columns).toEqual(
      ['article_revisions.body', 'articles.body', 'claims.record', 'claims.search'].map((col) => ({ col, method: lz4 ? 'l' : '' })),
    );
    if (!lz4) return;

    // A body long enough to be compressed, as the ledger writes it.
    const id = `compression-${randomBytes(4).toString('hex')}`;
    const body = Array.from({ length: 300 }, (_, i) => `Officials said the harbour reopened on day ${i}.`).join(' ');
    await new LedgerWriter(db).record({
      article: { id, publisher: 'compression-test', body, language: 'en', publishedAt: '2025-01-01T00:00:00Z', revision: 1 },
      claims: [],
      extractor: { name: 'test', version: '0' },
      extractedAt: '2025-01-01T00:00:00Z',
    });
    const [stored] = await db.query(
      `SELECT pg_column_compression(a.body) AS article, pg_column_compression(r.body) AS revision, a.body = $2 AS same
         FROM articles a JOIN article_revisions r USING (publisher, article_id) WHERE a.article_id = $1`,
      [id, body],
    );
    expect(stored).toEqual({ article: 'lz4', revision: 'lz4', same: true });
  });

  it("is undone to the server's default compression, as before the migration", async () => {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await new Lz4Compression1764835200000().down(runner);
      const methods: { method: string }[] = await runner.query(
        `SELECT attcompression::text AS method FROM pg_attribute
          WHERE (attrelid, attname) IN (('articles'::regclass, 'body'), ('article_revisions'::regclass, 'body'),
                                        ('claims'::regclass, 'record'), ('claims'::regclass, 'search'))`,
      );
      expect(methods.map((m) => m.method)).toEqual(['', '', '', '']);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
