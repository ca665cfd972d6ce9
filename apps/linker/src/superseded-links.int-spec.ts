import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Claim, ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { createDataSource, ensureDatabase, LedgerWriter, PropositionStore, runMigrations } from '@claim-ledger/persistence';
import { LinkArticleClaimsUseCase } from './link-article-claims.use-case';

// Revisions superseding claims while the linker links them, against the real Postgres:
// afterwards no current link may touch a superseded claim (issue 16, "current means current").
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';
const run = randomBytes(4).toString('hex');
const ARTICLES = 30;

function revision(i: number, rev: number): ClaimsExtractedV1 {
  const id = `superseded-${run}-${i}`;
  const claims: Claim[] = [0, 1].map((k) => ({
    kind: 'claim',
    id: `clm_${run}_${i}_${rev}_${k}`,
    articleId: id,
    publisher: 'test',
    revision: rev,
    language: 'en',
    span: { start: k * 20, end: k * 20 + 19 },
    text: 'Officials said the parts were shipped.',
    source: { id: k ? 'country:US' : 'country:KR', name: 'Someone', kind: 'government', surface: 'Someone' },
    cue: { surface: 'said' },
    stance: (i + k) % 5 === 0 ? 'denies' : 'asserts',
    hedged: false,
    content: `the parts were shipped, revision ${rev}`,
    quantities: [],
    statedAt: { start: `2024-04-${String(1 + (i % 28)).padStart(2, '0')}` },
    entities: [],
    // One frame for the whole run: every claim is about the same transfer.
    frame: { action: 'transfer', agent: 'country:KP', patient: `org:superseded-${run}` },
    confidence: 0.9,
  }));
  return {
    article: { id, publisher: 'test', body: 'x'.repeat(40), language: 'en', publishedAt: '2024-04-01T10:00:00Z', revision: rev },
    claims,
    extractor: { name: 'test', version: '0' },
    extractedAt: new Date().toISOString(),
  };
}

describe('links while revisions supersede claims', () => {
  let db: DataSource;
  beforeAll(async () => {
    await ensureDatabase(url);
    db = createDataSource({ url, poolSize: 6 });
    await db.initialize();
    await runMigrations(db, url);
  }, 60_000);
  afterAll(async () => {
    await db?.destroy();
  });

  it('leaves no current link to or from a superseded claim', async () => {
    const writer = new LedgerWriter(db);
    const linker = new LinkArticleClaimsUseCase(new PropositionStore(db));
    for (let i = 0; i < ARTICLES; i++) await writer.record(revision(i, 1));
    // Each article's first revision is linked at the moment its second one is recorded.
    for (let i = 0; i < ARTICLES; i++) {
      await Promise.all([linker.execute(revision(i, 1).claims), writer.record(revision(i, 2))]);
      await linker.execute(revision(i, 2).claims);
    }
    const stale: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM claim_links l
         JOIN claims c ON c.id IN (l.from_claim, l.to_claim)
        WHERE l.superseded_at IS NULL AND c.superseded_at IS NOT NULL AND c.article_id LIKE $1`,
      [`superseded-${run}-%`],
    );
    expect(stale[0]!.n).toBe(0);
    // The second revisions are linked among themselves.
    const current: { n: number }[] = await db.query(
      `SELECT count(*)::int AS n FROM claim_links l JOIN claims c ON c.id = l.to_claim
        WHERE l.superseded_at IS NULL AND c.article_id LIKE $1`,
      [`superseded-${run}-%`],
    );
    expect(current[0]!.n).toBeGreaterThan(0);
  }, 120_000);
});
