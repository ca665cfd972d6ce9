import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Claim, ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { ClaimSearch } from './analysts/claim-search';
import { createDataSource } from './create-data-source';
import { LedgerWriter } from './ledger-writer';
import { ClaimSearchOwnLanguage1765094400000 } from './migrations/1765094400000-claim-search-own-language.migration';
import { ensureDatabase, runMigrations } from './run-migrations';

// Against the real Postgres: a claim's search vector is made with its own language's
// stemmer (issue 15: four to_tsvector calls a claim were most of the insert's cost).
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';
const run = randomBytes(4).toString('hex');
const publisher = `search-vector-${run}`;

function claim(id: string, language: 'ro' | 'en', content: string, sourceName: string): Claim {
  return {
    kind: 'claim',
    id,
    articleId: `a-${language}-${run}`,
    publisher,
    revision: 1,
    language,
    span: { start: 0, end: content.length },
    text: content,
    source: { id: `org:search-${run}`, name: sourceName, kind: 'organization', surface: sourceName },
    cue: { surface: language === 'ro' ? 'a declarat' : 'said' },
    stance: 'asserts',
    hedged: false,
    content,
    quantities: [],
    statedAt: { start: '2025-02-01' },
    entities: [],
    confidence: 0.9,
  };
}

const event = (c: Claim): ClaimsExtractedV1 => ({
  article: { id: c.articleId, publisher, body: c.content, language: c.language, publishedAt: '2025-02-01T00:00:00Z', revision: 1 },
  claims: [c],
  extractor: { name: 'test', version: '0' },
  extractedAt: '2025-02-01T00:00:00Z',
});

describe("a claim's search vector", () => {
  let db: DataSource;
  const ro = claim(`clm_ro_${run}`, 'ro', 'Guvernul și ministerul anunță întârzieri în portul Constanța', 'Ministerul Transporturilor');
  const en = claim(`clm_en_${run}`, 'en', 'The ministry said the delays in the harbour were over', 'the Ministry of Transport');

  const lexemes = async (runner: { query: (sql: string, params: unknown[]) => Promise<unknown> }, id: string): Promise<string[]> => {
    const rows = (await runner.query(`SELECT tsvector_to_array(search) AS words FROM claims WHERE id = $1`, [id])) as { words: string[] }[];
    return rows[0]!.words;
  };
  // Through the analysts' claim query, as GET /v1/claims?q= runs it.
  const found = async (q: string): Promise<string[]> =>
    (await new ClaimSearch(db).page({ publisher, q, sort: '-statedAt' }, 50)).items.map((i) => i.claim.id).sort();

  beforeAll(async () => {
    await ensureDatabase(url);
    db = createDataSource({ url, poolSize: 1 });
    await db.initialize();
    await runMigrations(db, url);
    const writer = new LedgerWriter(db);
    await writer.record(event(ro));
    await writer.record(event(en));
  }, 60_000);

  afterAll(async () => {
    // (claim_entities keeps no foreign keys: its rows go with their claims by hand.)
    await db?.query(`DELETE FROM claim_entities WHERE claim_id = ANY($1)`, [[ro.id, en.id]]);
    await db?.query(`DELETE FROM articles WHERE publisher = $1`, [publisher]);
    await db?.destroy();
  });

  it("holds the claim's words as its own language's stemmer reads them, and no other language's", async () => {
    const roWords = await lexemes(db, ro.id);
    const enWords = await lexemes(db, en.id);
    // Romanian stems without diacritics, not the words as the English stemmer leaves them.
    expect(roWords).toEqual(expect.arrayContaining(['intarzier', 'minister', 'constant']));
    expect(roWords).not.toContain('intarzieri');
    expect(roWords).not.toContain('ministerul');
    // English stems without English stop words, not the words as the Romanian stemmer leaves them.
    expect(enWords).toEqual(expect.arrayContaining(['ministri', 'delay', 'harbour']));
    expect(enWords).not.toContain('the');
    expect(enWords).not.toContain('delays');
  });

  it('is found by a search in either language, with or without diacritics', async () => {
    expect(await found('intarzieri')).toEqual([ro.id]);
    expect(await found('întârzierile')).toEqual([ro.id]);
    expect(await found('delayed harbour')).toEqual([en.id]);
    expect(await found('ministerul transporturilor')).toEqual([ro.id]);
    expect(await found('the ministries')).toEqual([en.id]);
  });

  it('excludes a word as either language reads it, whichever reading of the query matched the claim', async () => {
    // Romanian leaves "delays" whole and the English vector holds "delay": within the union
    // of both readings, the Romanian one of "ministry -delays" matches the English claim.
    expect(await found('ministry -delays')).toEqual([]);
    expect(await found('ministry -întârzieri')).toEqual([en.id]);
    expect(await found('constanța -intarzieri')).toEqual([]);
    expect(await found('harbour or constanta')).toEqual([en.id, ro.id].sort());
  });

  it('is made with both stemmers again when the migration is undone', async () => {
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await new ClaimSearchOwnLanguage1765094400000().down(runner);
      expect(await lexemes(runner, en.id)).toEqual(expect.arrayContaining(['the', 'delays', 'delay']));
      expect(await lexemes(runner, ro.id)).toEqual(expect.arrayContaining(['intarzieri', 'intarzier']));
      const [index] = (await runner.query(
        `SELECT indexdef FROM pg_indexes WHERE tablename = 'claims' AND indexname = 'claims_search_current'`,
      )) as { indexdef: string }[];
      expect(index?.indexdef).toContain('gin (search)');
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
