import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Claim, ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { createDataSource, ensureDatabase, LedgerWriter, PropositionStore, runMigrations } from '@claim-ledger/persistence';
import { MAX_CORROBORATIONS } from '@claim-ledger/linking';
import { LinkArticleClaimsUseCase } from './link-article-claims.use-case';

// Two linker instances, each with its own connection pool, link claims of one
// proposition at the same time, against the real Postgres.
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';
const run = randomBytes(4).toString('hex');

function article(i: number): ClaimsExtractedV1 {
  const id = `concurrency-${run}-${i}`;
  const claim: Claim = {
    kind: 'claim',
    id: `clm_${run}_${i}`,
    articleId: id,
    publisher: 'test',
    revision: 1,
    language: 'en',
    span: { start: 0, end: 40 },
    text: 'Officials said the parts were shipped.',
    source: { id: i % 3 === 0 ? 'country:US' : 'country:KR', name: 'Someone', kind: 'government', surface: 'Someone' },
    cue: { surface: 'said' },
    stance: i % 4 === 3 ? 'denies' : 'asserts',
    hedged: false,
    content: `the parts were shipped, batch ${i}`,
    quantities: [],
    statedAt: { start: `2024-03-${String(1 + i).padStart(2, '0')}` },
    entities: [],
    // A frame of this run only, so other runs' claims never join the proposition.
    frame: { action: 'transfer', agent: 'country:KP', patient: `org:test-${run}` },
    confidence: 0.9,
  };
  return {
    article: { id, publisher: 'test', body: 'x'.repeat(40), language: 'en', publishedAt: claim.statedAt.start + 'T10:00:00Z', revision: 1 },
    claims: [claim],
    extractor: { name: 'test', version: '0' },
    extractedAt: new Date().toISOString(),
  };
}

describe('two linker instances linking one proposition at once', () => {
  const n = 16;
  let a: DataSource;
  let b: DataSource;

  beforeAll(async () => {
    await ensureDatabase(url);
    a = createDataSource({ url, poolSize: 4 });
    b = createDataSource({ url, poolSize: 4 });
    await Promise.all([a.initialize(), b.initialize()]);
    await runMigrations(a, url);
    const writer = new LedgerWriter(a);
    for (let i = 0; i < n; i++) await writer.record(article(i));
  }, 60_000);

  afterAll(async () => {
    await a?.destroy();
    await b?.destroy();
  });

  it('files every claim under one proposition and writes every link exactly once, conflicts and corroborations bounded', async () => {
    const claims = Array.from({ length: n }, (_, i) => article(i).claims[0]!);
    const first = new LinkArticleClaimsUseCase(new PropositionStore(a));
    const second = new LinkArticleClaimsUseCase(new PropositionStore(b));
    // Each instance takes every other article; all start at once.
    const outcomes = await Promise.all(claims.map((c, i) => (i % 2 === 0 ? first : second).execute([c])));

    const filed: { proposition_id: string }[] = await a.query(
      `SELECT DISTINCT proposition_id FROM claim_filings WHERE claim_id = ANY($1)`,
      [claims.map((c) => c.id)],
    );
    expect(filed).toHaveLength(1);
    const proposition = filed[0]!.proposition_id;
    expect(proposition).toMatch(/^prop_/);
    const links: { from_claim: string; to_claim: string; relation: string }[] = await a.query(
      `SELECT from_claim, to_claim, relation FROM claim_links WHERE proposition_id = $1`,
      [proposition],
    );
    const pairs = new Set(links.map((l) => [l.from_claim, l.to_claim].sort().join('|')));
    expect(pairs.size).toBe(links.length);
    expect(outcomes.reduce((sum, o) => sum + o.inserted, 0)).toBe(links.length);
    // Conflicts are stored once per claim and other source (membership says the rest);
    // corroborations are bounded per claim.
    // Each claim stores at most one conflict per other source (two sources here), and every
    // denial conflicts with something (12 x 4 pairs conflict; membership says the rest).
    const conflicts = links.filter((l) => l.relation === 'conflicts');
    expect(conflicts.length).toBeLessThanOrEqual(n * 2);
    for (const denial of claims.filter((c) => c.stance === 'denies'))
      expect(conflicts.some((l) => l.from_claim === denial.id || l.to_claim === denial.id)).toBe(true);
    const corroborating = new Map<string, number>();
    for (const l of links.filter((x) => x.relation === 'corroborates'))
      corroborating.set(l.to_claim, (corroborating.get(l.to_claim) ?? 0) + 1);
    for (const count of corroborating.values()) expect(count).toBeLessThanOrEqual(MAX_CORROBORATIONS);

    // Redelivered, every event finds its links written and writes nothing.
    const again = await Promise.all(claims.map((c, i) => (i % 2 === 0 ? second : first).execute([c])));
    expect(again.reduce((sum, o) => sum + o.inserted, 0)).toBe(0);
  }, 60_000);
});

describe('linking a batch of articles in one transaction', () => {
  const n = 16;
  let db: DataSource;
  // The same articles under another tag: another frame, so the two sets never meet.
  const tagged = (tag: string, i: number): ClaimsExtractedV1 => JSON.parse(JSON.stringify(article(i)).replaceAll(run, tag));
  const sequentialTag = `${run}s`;
  const batchTag = `${run}b`;

  beforeAll(async () => {
    await ensureDatabase(url);
    db = createDataSource({ url, poolSize: 4 });
    await db.initialize();
    await runMigrations(db, url);
    const writer = new LedgerWriter(db);
    for (let i = 0; i < n; i++) await writer.recordMany([tagged(sequentialTag, i), tagged(batchTag, i)]);
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
  });

  it('files and links as linking the articles one transaction each, in order, would; redelivered, it writes nothing', async () => {
    const linker = new LinkArticleClaimsUseCase(new PropositionStore(db));
    for (let i = 0; i < n; i++) await linker.execute(tagged(sequentialTag, i).claims);
    const batchOutcomes = [];
    for (let i = 0; i < n; i += 5)
      batchOutcomes.push(
        ...(await linker.executeMany(Array.from({ length: Math.min(5, n - i) }, (_, k) => tagged(batchTag, i + k).claims))),
      );

    // Links and propositions by article index, so that the two sets compare.
    const shape = async (tag: string) => {
      const ids = Array.from({ length: n }, (_, i) => tagged(tag, i).claims[0]!.id);
      const index = (id: string) => ids.indexOf(id);
      const links: { from_claim: string; to_claim: string; relation: string }[] = await db.query(
        `SELECT from_claim, to_claim, relation FROM claim_links WHERE from_claim = ANY($1) OR to_claim = ANY($1)`,
        [ids],
      );
      const filed: { id: string; proposition_id: string }[] = await db.query(
        `SELECT claim_id AS id, proposition_id FROM claim_filings WHERE claim_id = ANY($1)`,
        [ids],
      );
      const founders = new Map<string, number>();
      for (const f of filed.sort((x, y) => index(x.id) - index(y.id)))
        if (!founders.has(f.proposition_id)) founders.set(f.proposition_id, index(f.id));
      return {
        links: links.map((l) => `${index(l.from_claim)} ${l.relation} ${index(l.to_claim)}`).sort(),
        propositions: filed.map((f) => `${index(f.id)} in ${founders.get(f.proposition_id)}`).sort(),
      };
    };
    const sequential = await shape(sequentialTag);
    const batched = await shape(batchTag);
    expect(sequential.links.length).toBeGreaterThan(0);
    expect(batched).toEqual(sequential);
    expect(batchOutcomes.reduce((sum, o) => sum + o.inserted, 0)).toBe(batched.links.length);
    expect(batchOutcomes.every((o) => Object.keys(o.propositions).length === 1)).toBe(true);

    const again = await linker.executeMany(Array.from({ length: n }, (_, i) => tagged(batchTag, i).claims));
    expect(again.reduce((sum, o) => sum + o.inserted, 0)).toBe(0);
    expect(again.map((o) => Object.values(o.propositions))).toEqual(batchOutcomes.map((o) => Object.values(o.propositions)));
  }, 60_000);
});

describe('a claim joining a proposition is linked to members its keys did not find', () => {
  let db: DataSource;
  const tag = `${run}m`;
  const tagged = (i: number): ClaimsExtractedV1 => JSON.parse(JSON.stringify(article(i)).replaceAll(run, tag));

  beforeAll(async () => {
    await ensureDatabase(url);
    db = createDataSource({ url, poolSize: 4 });
    await db.initialize();
    await runMigrations(db, url);
    const writer = new LedgerWriter(db);
    for (const i of [0, 1, 3]) await writer.record(tagged(i));
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
  });

  it('stores the link under the proposition, the member being the later claim', async () => {
    const linker = new LinkArticleClaimsUseCase(new PropositionStore(db));
    // (The member, a denial by another source, conflicts with the joiner: a link stored whatever the bounds.)
    const [founder, joiner, member] = [tagged(0).claims[0]!, tagged(1).claims[0]!, tagged(3).claims[0]!];
    const { propositions } = await linker.execute([founder]);
    const propositionId = propositions[founder.id]!;
    // A later claim filed under the proposition (in claim_filings, as the linker files) with no keys indexed: no key look-up finds it.
    await db.query(`INSERT INTO claim_filings (claim_id, proposition_id, stated_at) VALUES ($1, $2, $3)`, [
      member.id,
      propositionId,
      member.statedAt.start,
    ]);
    const outcome = await linker.execute([joiner]);
    expect(outcome.propositions[joiner.id]).toBe(propositionId);
    const stored: { from_claim: string; to_claim: string; proposition_id: string }[] = await db.query(
      `SELECT from_claim, to_claim, proposition_id FROM claim_links WHERE from_claim = $1 OR to_claim = $1`,
      [member.id],
    );
    expect(stored).toEqual([{ from_claim: joiner.id, to_claim: member.id, proposition_id: propositionId }]);
  }, 60_000);
});
