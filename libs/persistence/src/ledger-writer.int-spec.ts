import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Claim, ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { createDataSource } from './create-data-source';
import { LedgerWriter } from './ledger-writer';
import { ensureDatabase, runMigrations } from './run-migrations';

// Against the real Postgres: what the ledger keeps when events come again, or change.
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';

function event(articleId: string, revision: number, claimIds: string[]): ClaimsExtractedV1 {
  const claim = (id: string): Claim => ({
    kind: 'claim',
    id,
    articleId,
    publisher: 'writer-test',
    revision,
    language: 'en',
    span: { start: 0, end: 10 },
    text: 'x',
    source: { id: 'country:US', name: 'United States', kind: 'government', surface: 'Washington' },
    cue: { surface: 'said' },
    stance: 'asserts',
    hedged: false,
    content: 'something happened',
    quantities: [],
    statedAt: { start: '2025-01-01' },
    entities: [],
    confidence: 0.9,
  });
  return {
    article: { id: articleId, publisher: 'writer-test', body: 'body', language: 'en', publishedAt: '2025-01-01T00:00:00Z', revision },
    claims: claimIds.map(claim),
    extractor: { name: 'test', version: '0' },
    extractedAt: '2025-01-01T00:00:00Z',
  };
}

describe('LedgerWriter', () => {
  let db: DataSource;
  let writer: LedgerWriter;
  const article = `a-${randomBytes(4).toString('hex')}`;
  const current = async () =>
    (await db.query(`SELECT id FROM claims WHERE article_id = $1 AND superseded_at IS NULL ORDER BY id`, [article])).map(
      (r: { id: string }) => r.id,
    );

  beforeAll(async () => {
    await ensureDatabase(url);
    db = createDataSource({ url, poolSize: 2 });
    await db.initialize();
    await runMigrations(db, url);
    writer = new LedgerWriter(db);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('stores a redelivered event once, replaces a re-extracted revision, supersedes on a higher revision and ignores a stale one', async () => {
    expect(await writer.record(event(article, 1, [`${article}-a`, `${article}-b`]))).toEqual({
      status: 'recorded',
      supersededClaimIds: [],
    });
    expect(await writer.record(event(article, 1, [`${article}-a`, `${article}-b`]))).toEqual({
      status: 'duplicate',
      supersededClaimIds: [],
    });
    expect(await current()).toEqual([`${article}-a`, `${article}-b`]);

    // The same revision extracted anew gives other claims: they replace the old ones.
    const again = await writer.record(event(article, 1, [`${article}-a`, `${article}-c`]));
    expect(again).toEqual({ status: 'duplicate', supersededClaimIds: [`${article}-b`] });
    expect(await current()).toEqual([`${article}-a`, `${article}-c`]);
    // ...and back: a claim superseded this way comes back when it is extracted again.
    await writer.record(event(article, 1, [`${article}-a`, `${article}-b`]));
    expect(await current()).toEqual([`${article}-a`, `${article}-b`]);

    const higher = await writer.record(event(article, 2, [`${article}-d`]));
    expect(higher.status).toBe('recorded');
    expect(await current()).toEqual([`${article}-d`]);
    expect(await writer.record(event(article, 1, [`${article}-a`]))).toEqual({ status: 'stale', currentRevision: 2 });
    expect(await current()).toEqual([`${article}-d`]);
    const history = await db.query(`SELECT count(*)::int AS n FROM claims WHERE article_id = $1`, [article]);
    expect(history[0].n).toBe(4);
  });
});
