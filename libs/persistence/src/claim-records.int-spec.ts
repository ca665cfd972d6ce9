import { randomBytes } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { Claim, ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { ArticleHistoryReader } from './analysts/article-history-reader';
import { ClaimSearch, findClaimWithArticle } from './analysts/claim-search';
import { LinkFeedReader } from './analysts/link-feed-reader';
import { ClaimRecordsReader } from './claim-records-reader';
import { createDataSource } from './create-data-source';
import { LedgerReader } from './ledger-reader';
import { LedgerWriter } from './ledger-writer';
import { PropositionStore } from './proposition-store';
import { ensureDatabase, runMigrations } from './run-migrations';

// Against the real Postgres: the linker files a claim in claim_filings only (rewriting the
// record recomputed the row's search column, and updating the row wrote it into every index
// of claims, issue 15), and every reader still returns the record with its propositionId.
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';
const run = randomBytes(4).toString('hex');
const publisher = `records-${run}`;
const propositionId = `prop_records_${run}`;

function claim(articleId: string, id: string, revision: number, spanStart: number): Claim {
  return {
    kind: 'claim',
    id,
    articleId,
    publisher,
    revision,
    language: 'en',
    span: { start: spanStart, end: spanStart + 10 },
    text: 'x',
    source: { id: `org:records-${run}`, name: 'Records Office', kind: 'organization', surface: 'the office' },
    cue: { surface: 'said' },
    stance: 'asserts',
    hedged: false,
    content: `the harbour reopened ${run}`,
    quantities: [],
    statedAt: { start: '2025-02-01' },
    entities: [],
    confidence: 0.9,
  };
}

function event(articleId: string, revision: number, claims: Claim[]): ClaimsExtractedV1 {
  return {
    article: { id: articleId, publisher, body: 'body', language: 'en', publishedAt: '2025-02-01T00:00:00Z', revision },
    claims,
    extractor: { name: 'test', version: '0' },
    extractedAt: '2025-02-01T00:00:00Z',
  };
}

const readAll = async (rows: Readable): Promise<{ record: Claim }[]> => {
  const out: { record: Claim }[] = [];
  for await (const row of rows) out.push(row as { record: Claim });
  return out;
};

describe('claim records and the proposition they are filed under', () => {
  let db: DataSource;
  const [first, second] = [`a-${run}`, `b-${run}`];
  const filedA = claim(first, `clm_records_${run}_a1`, 1, 0);
  const unfiled = claim(first, `clm_records_${run}_a2`, 1, 20);
  const filedB = claim(second, `clm_records_${run}_b1`, 1, 0);
  const withProposition = (c: Claim): Claim => ({ ...c, propositionId });

  beforeAll(async () => {
    await ensureDatabase(url);
    db = createDataSource({ url, poolSize: 2 });
    await db.initialize();
    await runMigrations(db, url);
    const writer = new LedgerWriter(db);
    await writer.record(event(first, 1, [filedA, unfiled]));
    await writer.record(event(second, 1, [filedB]));
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
  });

  it("filing writes the proposition in claim_filings and leaves the claims' rows as the ledger stored them", async () => {
    // (xmin: the transaction that wrote the row's current version; an update makes a new one.)
    const stored = async () =>
      (await db.query(
        `SELECT c.id, c.record, c.xmin::text AS version, f.proposition_id, to_char(f.stated_at, 'YYYY-MM-DD') AS filed_stated
           FROM claims c LEFT JOIN claim_filings f ON f.claim_id = c.id WHERE c.id = ANY($1) ORDER BY c.id`,
        [[filedA.id, filedB.id]],
      )) as {
        id: string;
        record: Claim;
        version: string;
        proposition_id: string | null;
        filed_stated: string | null;
      }[];
    const before = await stored();
    await new PropositionStore(db).withKeys([`records-${run}`], async (tx) => {
      await tx.file(
        [filedA, filedB],
        new Map([
          [filedA.id, propositionId],
          [filedB.id, propositionId],
        ]),
        () => [`records-${run}`],
      );
      await tx.insertLinks(
        [{ kind: 'link', from: filedB.id, to: filedA.id, relation: 'conflicts', independent: true, reason: 'test' }],
        () => propositionId,
      );
    });
    const after = await stored();
    expect(before.map((r) => r.proposition_id)).toEqual([null, null]);
    expect(after.map((r) => r.proposition_id)).toEqual([propositionId, propositionId]);
    expect(after.map((r) => r.filed_stated)).toEqual([filedA.statedAt.start, filedB.statedAt.start]);
    expect(after.map((r) => r.version)).toEqual(before.map((r) => r.version));
    expect(after.map((r) => r.record)).toEqual(before.map((r) => r.record));
    expect(after.map((r) => r.record)).toEqual([filedA, filedB]);
  });

  it('every reader returns a filed claim with its propositionId, and an unfiled one without', async () => {
    const ledger = new LedgerReader(db);
    expect((await ledger.findArticle(publisher, first))!.claims).toEqual([withProposition(filedA), unfiled]);

    const links = (await ledger.findLinks(filedA.id, { limit: 10 }))!;
    expect(links.claim).toEqual(withProposition(filedA));
    expect(links.links.map((l) => l.other)).toEqual([withProposition(filedB)]);
    expect((await ledger.propositionClaims(propositionId, 10)).items).toEqual([withProposition(filedA), withProposition(filedB)]);

    const records = await new ClaimRecordsReader(db).claims([filedA.id, unfiled.id]);
    expect(records.get(filedA.id)).toEqual(withProposition(filedA));
    expect(records.get(unfiled.id)).toEqual(unfiled);

    const search = new ClaimSearch(db);
    const page = await search.page({ publisher, sort: 'statedAt' }, 10);
    expect(page.items.map((i) => i.claim).sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      withProposition(filedA),
      unfiled,
      withProposition(filedB),
    ]);
    const streamed = await readAll((await search.stream({ publisher, proposition: propositionId, sort: 'statedAt' }))!);
    expect(streamed.map((r) => r.record).sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      withProposition(filedA),
      withProposition(filedB),
    ]);
    expect((await findClaimWithArticle(db, filedB.id))!.claim).toEqual(withProposition(filedB));

    // The newest conflicts across the ledger: this run's link among them (other suites may add theirs).
    const feed = await new LinkFeedReader(db).newest('conflicts', 100);
    const ours = feed.items.find((l) => l.from.id === filedB.id);
    expect(ours).toMatchObject({ propositionId, from: withProposition(filedB), to: withProposition(filedA) });
  });

  it("a withdrawn claim's record keeps its propositionId", async () => {
    await new LedgerWriter(db).record(event(first, 2, [claim(first, `clm_records_${run}_a3`, 2, 0)]));
    const withdrawn = await new ArticleHistoryReader(db).withdrawnClaims(publisher, first);
    expect(withdrawn.map((w) => w.claim)).toEqual([withProposition(filedA), unfiled]);
  });
});
