import { randomBytes } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Claim, ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { createDataSource } from './create-data-source';
import { LedgerWriter } from './ledger-writer';
import { ensureDatabase, runMigrations } from './run-migrations';

// Against the real Postgres: what the ledger keeps when events come again, or change.
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';

/** Waits until a session of this database waits on a lock (the batch's insert of `articleId`), up to 10 s. */
async function waitForLockWait(articleId: string): Promise<void> {
  const { Client } = await import('pg');
  const probe = new Client({ connectionString: url });
  await probe.connect();
  try {
    for (let tries = 0; tries < 200; tries++) {
      const rows = await probe.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%articles%'`,
      );
      if (rows.rows[0].n > 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no session waited on a lock while writing ${articleId}`);
  } finally {
    await probe.end();
  }
}

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
  /** The current claims of an article, by id. */
  const current = async (a = article): Promise<string[]> =>
    (await db.query(`SELECT id FROM claims WHERE article_id = $1 AND superseded_at IS NULL ORDER BY id`, [a])).map(
      (r: { id: string }) => r.id,
    );
  /** The article at this revision, inserted by another ledger's transaction (not committed by this). */
  const insertArticleIn = (other: QueryRunner, a: string, revision: number) =>
    other.query(
      `INSERT INTO articles (publisher, article_id, revision, body, language, published_at)
       VALUES ('writer-test', $1, $2, 'body', 'en', '2025-01-01T00:00:00Z')`,
      [a, revision],
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

  it('writes a batch with the outcomes of writing its events one by one in order: revisions, duplicates, re-extractions, stale ones', async () => {
    const tag = randomBytes(4).toString('hex');
    const [x, y, z] = [`bx-${tag}`, `by-${tag}`, `bz-${tag}`];
    await writer.record(event(z, 3, [`${z}-c`]));
    // x twice (a revision after its first, in the same batch), y new, z stale.
    const first = await writer.recordMany([
      event(x, 1, [`${x}-a`, `${x}-b`]),
      event(y, 1, [`${y}-a`]),
      event(x, 2, [`${x}-c`]),
      event(z, 2, [`${z}-b`]),
    ]);
    expect(first).toEqual([
      { status: 'recorded', supersededClaimIds: [] },
      { status: 'recorded', supersededClaimIds: [] },
      { status: 'recorded', supersededClaimIds: [`${x}-a`, `${x}-b`] },
      { status: 'stale', currentRevision: 3 },
    ]);
    expect(await current(x)).toEqual([`${x}-c`]);
    expect(await current(y)).toEqual([`${y}-a`]);
    expect(await current(z)).toEqual([`${z}-c`]);

    // The batch delivered again writes nothing twice; y re-extracted with other claims replaces them.
    const again = await writer.recordMany([event(x, 2, [`${x}-c`]), event(y, 1, [`${y}-d`])]);
    expect(again).toEqual([
      { status: 'duplicate', supersededClaimIds: [] },
      { status: 'duplicate', supersededClaimIds: [`${y}-a`] },
    ]);
    expect(await current(y)).toEqual([`${y}-d`]);
    const rows = await db.query(
      `SELECT (SELECT count(*) FROM article_revisions WHERE article_id = ANY($1))::int AS revisions,
              (SELECT count(*) FROM claims WHERE article_id = ANY($1))::int AS claims,
              (SELECT count(*) FROM claim_entities ce JOIN claims c ON c.id = ce.claim_id
                WHERE c.article_id = ANY($1) AND ce.role = 'source' AND ce.entity_id = 'country:US')::int AS sources`,
      [[x, y, z]],
    );
    // Every claim written, by the batch or alone, names its source.
    expect(rows[0]).toEqual({ revisions: 4, claims: 6, sources: 6 });
  });

  it('writes an article new to the ledger as the transaction writes one: revision, claims, entities and who names whom', async () => {
    const tag = randomBytes(4).toString('hex');
    const [alone, batched] = [`ea-${tag}`, `eb-${tag}`];
    // Claims naming an entity as subject besides their source; `alone` takes the transaction
    // (record), `batched` the statement of new articles (recordMany).
    const withEntities = (a: string) => {
      const e = event(a, 1, [`${a}-a`, `${a}-b`]);
      e.claims[1] = { ...e.claims[1]!, entities: [{ id: `org:${tag}`, name: `Org ${tag}`, kind: 'organization', surface: `Org ${tag}` }] };
      return e;
    };
    expect(await writer.record(withEntities(alone))).toEqual({ status: 'recorded', supersededClaimIds: [] });
    expect(await writer.recordMany([withEntities(batched)])).toEqual([{ status: 'recorded', supersededClaimIds: [] }]);
    const written = async (a: string) =>
      db.query(
        `SELECT (SELECT json_agg(json_build_array(revision, body, claim_count) ORDER BY revision) FROM article_revisions WHERE article_id = $1) AS revisions,
                (SELECT json_agg(json_build_array(replace(id, $1, ''), record->>'content', source_id) ORDER BY id) FROM claims WHERE article_id = $1) AS claims,
                (SELECT json_agg(json_build_array(replace(ce.claim_id, $1, ''), ce.entity_id, ce.role, e.name, e.kind) ORDER BY ce.claim_id, ce.role)
                   FROM claim_entities ce JOIN claims c ON c.id = ce.claim_id JOIN entities e ON e.id = ce.entity_id WHERE c.article_id = $1) AS named`,
        [a],
      );
    const [fromBatch] = await written(batched);
    expect(fromBatch).toEqual((await written(alone))[0]);
    expect(fromBatch.named).toHaveLength(3);
    // Delivered again, the batch finds the article there and writes nothing twice.
    expect(await writer.recordMany([withEntities(batched)])).toEqual([{ status: 'duplicate', supersededClaimIds: [] }]);
    expect((await written(batched))[0]).toEqual(fromBatch);
  });

  it('two batches with the same new article and a new entity at once: one records it, the other finds it there', async () => {
    const tag = randomBytes(4).toString('hex');
    const shared = `sh-${tag}`;
    const withEntity = (a: string) => {
      const e = event(a, 1, [`${a}-a`]);
      e.claims[0] = { ...e.claims[0]!, entities: [{ id: `org:${tag}`, name: `Org ${tag}`, kind: 'organization', surface: `Org ${tag}` }] };
      return e;
    };
    // Each batch has an article of its own besides the shared one, both naming the new entity.
    const other = new LedgerWriter(db);
    const outcomes = await Promise.all([
      writer.recordMany([withEntity(`s1-${tag}`), withEntity(shared)]),
      other.recordMany([withEntity(shared), withEntity(`s2-${tag}`)]),
    ]);
    const ofShared = [outcomes[0][1]!, outcomes[1][0]!].map((o) => o.status).sort();
    expect(ofShared).toEqual(['duplicate', 'recorded']);
    expect([outcomes[0][0], outcomes[1][1]]).toEqual([
      { status: 'recorded', supersededClaimIds: [] },
      { status: 'recorded', supersededClaimIds: [] },
    ]);
    const [row] = await db.query(
      `SELECT (SELECT count(*) FROM claims WHERE article_id = ANY($1))::int AS claims,
              (SELECT count(*) FROM claim_entities WHERE entity_id = $2)::int AS named`,
      [[`s1-${tag}`, `s2-${tag}`, shared], `org:${tag}`],
    );
    expect(row).toEqual({ claims: 3, named: 3 });
  });

  it('replaces the claims of an article already written earlier in the same batch, extracted again with fewer', async () => {
    const v = `bv-${randomBytes(4).toString('hex')}`;
    const outcomes = await writer.recordMany([event(v, 1, [`${v}-a`, `${v}-b`]), event(v, 1, [`${v}-a`])]);
    expect(outcomes).toEqual([
      { status: 'recorded', supersededClaimIds: [] },
      { status: 'duplicate', supersededClaimIds: [`${v}-b`] },
    ]);
    expect(await current(v)).toEqual([`${v}-a`]);
  });

  it('replaces the claims of an article another transaction wrote while the batch waited on it', async () => {
    const u = `bu-${randomBytes(4).toString('hex')}`;
    // Another ledger's transaction has written the article at revision 1 with claims a and b.
    const other = db.createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      await insertArticleIn(other, u, 1);
      await other.query(
        `INSERT INTO article_revisions (publisher, article_id, revision, body, published_at, claim_count)
         VALUES ('writer-test', $1, 1, 'body', '2025-01-01T00:00:00Z', 2)`,
        [u],
      );
      await other.query(
        `INSERT INTO claims (id, publisher, article_id, revision, language, source_id, source_name, stance, stated_at, span_start, record)
         SELECT id, 'writer-test', $1, 1, 'en', 'country:US', 'United States', 'asserts', '2025-01-01', 0, '{}'::jsonb
           FROM unnest($2::text[]) AS id`,
        [u, [`${u}-a`, `${u}-b`]],
      );
      // The same revision extracted again with claim a only: the batch waits on the row,
      // its statement's snapshot predates the commit, and the article is none of its own.
      const writing = writer.recordMany([event(u, 1, [`${u}-a`])]);
      await waitForLockWait(u);
      await other.commitTransaction();
      expect(await writing).toEqual([{ status: 'duplicate', supersededClaimIds: [`${u}-b`] }]);
    } finally {
      await other.release();
    }
    expect(await current(u)).toEqual([`${u}-a`]);
  });

  it('locks an article another transaction inserted while the batch waited on it, and sees its revision', async () => {
    const w = `bw-${randomBytes(4).toString('hex')}`;
    // Another ledger's transaction has inserted the article at revision 2 and not committed yet.
    const other = db.createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      await insertArticleIn(other, w, 2);
      const writing = writer.recordMany([event(w, 1, [`${w}-a`])]);
      // The batch's insert now waits on the uncommitted row; its statement's snapshot predates
      // the commit. (Committed only once Postgres shows the batch waiting on a lock, so the
      // test exercises that path whatever the machine's load.)
      await waitForLockWait(w);
      await other.commitTransaction();
      expect(await writing).toEqual([{ status: 'stale', currentRevision: 2 }]);
    } finally {
      await other.release();
    }
    const rows = await db.query(`SELECT count(*)::int AS n FROM claims WHERE article_id = $1`, [w]);
    expect(rows[0].n).toBe(0);
  });
});
