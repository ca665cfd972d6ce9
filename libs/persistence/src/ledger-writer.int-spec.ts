import { randomBytes } from 'node:crypto';
import type { DataSource, QueryRunner } from 'typeorm';
import type { Claim, ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { createDataSource } from './create-data-source';
import { LedgerWriter, type RecordOutcome } from './ledger-writer';
import { ensureDatabase, runMigrations } from './run-migrations';

// Against the real Postgres: what the ledger keeps when events come again, or change.
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';

/** Waits until `sessions` sessions of this database wait on a lock (the batches' insert of `articleId`), up to 10 s. */
async function waitForLockWait(articleId: string, sessions = 1): Promise<void> {
  const { Client } = await import('pg');
  const probe = new Client({ connectionString: url });
  await probe.connect();
  try {
    for (let tries = 0; tries < 200; tries++) {
      const rows = await probe.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%articles%'`,
      );
      if (rows.rows[0].n >= sessions) return;
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
    db = createDataSource({ url, poolSize: 4 });
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

  it('writes an article new to the ledger as the transaction writes one: every column of its revision, claims, entities and who names whom', async () => {
    const tag = randomBytes(4).toString('hex');
    const [alone, batched] = [`ea-${tag}`, `eb-${tag}`];
    // Claims that differ in every column the ledger keeps, two naming entities besides their
    // source (one of them twice); `alone` takes the transaction (record), `batched` the
    // statement of new articles (recordMany).
    const varied = (a: string) => {
      const e = event(a, 1, [`${a}-a`, `${a}-b`, `${a}-c`]);
      e.article = { ...e.article, url: `https://example.org/${tag}`, title: `Title ${tag}`, body: `Body of ${tag}` };
      e.correlationId = `corr-${tag}`;
      // (Entities of each article's own, so that each path writes their rows.)
      const org = { id: `org:${a}`, name: `Org ${a}`, kind: 'organization', surface: `Org ${a}` } as const;
      const person = { id: `person:${a}`, name: `Person ${a}`, kind: 'person', surface: `P. ${a}` } as const;
      e.claims[1] = {
        ...e.claims[1]!,
        language: 'ro',
        span: { start: 20, end: 40 },
        source: { ...org, surface: 'the group' },
        stance: 'denies',
        content: 'nothing happened',
        statedAt: { start: '2025-02-03' },
        entities: [person],
      };
      e.claims[2] = { ...e.claims[2]!, span: { start: 50, end: 60 }, hedged: true, content: 'it may happen', entities: [org, person] };
      return e;
    };
    expect(await writer.record(varied(alone))).toEqual({ status: 'recorded', supersededClaimIds: [] });
    expect(await writer.recordMany([varied(batched)])).toEqual([{ status: 'recorded', supersededClaimIds: [] }]);
    // Every row the article wrote, whole, with the article's id taken out of every value and
    // the times of writing dropped (they differ by when, not by how), as is the claims'
    // `search`, generated by Postgres from columns compared here (it splits the id's parts).
    const written = async (a: string) =>
      db.query(
        `SELECT (SELECT json_agg(replace((to_jsonb(r) - 'first_recorded_at' - 'updated_at')::text, $1, '')) FROM articles r WHERE article_id = $1) AS articles,
                (SELECT json_agg(replace((to_jsonb(r) - 'recorded_at')::text, $1, '') ORDER BY revision) FROM article_revisions r WHERE article_id = $1) AS revisions,
                (SELECT json_agg(replace((to_jsonb(c) - 'recorded_at' - 'search')::text, $1, '') ORDER BY id) FROM claims c WHERE article_id = $1) AS claims,
                (SELECT json_agg(replace(to_jsonb(ce)::text || (to_jsonb(e) - 'first_seen')::text, $1, '') ORDER BY ce.claim_id, ce.entity_id, ce.role)
                   FROM claim_entities ce JOIN claims c ON c.id = ce.claim_id JOIN entities e ON e.id = ce.entity_id WHERE c.article_id = $1) AS named`,
        [a],
      );
    const [fromBatch] = await written(batched);
    expect(fromBatch).toEqual((await written(alone))[0]);
    expect(fromBatch.claims).toHaveLength(3);
    expect(fromBatch.named).toHaveLength(6);
    // Delivered again, the batch finds the article there and writes nothing twice.
    expect(await writer.recordMany([varied(batched)])).toEqual([{ status: 'duplicate', supersededClaimIds: [] }]);
    expect((await written(batched))[0]).toEqual(fromBatch);
  });

  it('keeps the name an entity last comes with in an event, written alone or in a batch', async () => {
    const tag = randomBytes(4).toString('hex');
    // Two claims name one entity by two names (an alias resolved to one id).
    const named = (a: string) => {
      const e = event(a, 1, [`${a}-a`, `${a}-b`]);
      e.claims = e.claims.map((c, i) => ({
        ...c,
        entities: [{ id: `org:${a}`, name: `Name ${i}`, kind: 'organization', surface: `N${i}` }],
      }));
      return e;
    };
    await writer.record(named(`na-${tag}`));
    await writer.recordMany([named(`nb-${tag}`)]);
    const rows = await db.query(`SELECT id, name FROM entities WHERE id = ANY($1) ORDER BY id`, [[`org:na-${tag}`, `org:nb-${tag}`]]);
    expect(rows).toEqual([
      { id: `org:na-${tag}`, name: 'Name 1' },
      { id: `org:nb-${tag}`, name: 'Name 1' },
    ]);
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
    // A third session holds the shared article's row until both batches wait on it, then
    // gives it up: the two race for it from the same point, whatever the machine's load.
    const holder = db.createQueryRunner();
    await holder.connect();
    let outcomes: RecordOutcome[][];
    try {
      await holder.startTransaction();
      await insertArticleIn(holder, shared, 1);
      const other = new LedgerWriter(db);
      const racing = Promise.all([
        writer.recordMany([withEntity(`s1-${tag}`), withEntity(shared)]),
        other.recordMany([withEntity(shared), withEntity(`s2-${tag}`)]),
      ]);
      await waitForLockWait(shared, 2);
      await holder.rollbackTransaction();
      outcomes = await racing;
    } finally {
      await holder.release();
    }
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

  /**
   * Where the batch meets the contested article: alone, the statement of new articles waits
   * on its row; behind an article twice, the batch's transaction does (its second group, as
   * the statement takes only the first), and must lock the row on its own once it is free.
   */
  const placements: [string, (contested: ClaimsExtractedV1) => { batch: ClaimsExtractedV1[]; before: RecordOutcome[] }][] = [
    ['the statement of new articles', (contested) => ({ batch: [contested], before: [] })],
    [
      'the transaction',
      (contested) => {
        const p = `bp-${randomBytes(4).toString('hex')}`;
        return {
          batch: [event(p, 1, [`${p}-a`]), event(p, 1, [`${p}-a`]), contested],
          before: [
            { status: 'recorded', supersededClaimIds: [] },
            { status: 'duplicate', supersededClaimIds: [] },
          ],
        };
      },
    ],
  ];

  it.each(placements)(
    'replaces the claims of an article another transaction wrote while the batch waited on it (%s)',
    async (_, placed) => {
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
        const { batch, before } = placed(event(u, 1, [`${u}-a`]));
        const writing = writer.recordMany(batch);
        await waitForLockWait(u);
        await other.commitTransaction();
        expect(await writing).toEqual([...before, { status: 'duplicate', supersededClaimIds: [`${u}-b`] }]);
      } finally {
        await other.release();
      }
      expect(await current(u)).toEqual([`${u}-a`]);
    },
  );

  it.each(placements)(
    'locks an article another transaction inserted while the batch waited on it, and sees its revision (%s)',
    async (_, placed) => {
      const w = `bw-${randomBytes(4).toString('hex')}`;
      // Another ledger's transaction has inserted the article at revision 2 and not committed yet.
      const other = db.createQueryRunner();
      await other.connect();
      try {
        await other.startTransaction();
        await insertArticleIn(other, w, 2);
        const { batch, before } = placed(event(w, 1, [`${w}-a`]));
        const writing = writer.recordMany(batch);
        // The batch's insert now waits on the uncommitted row; its statement's snapshot predates
        // the commit. (Committed only once Postgres shows the batch waiting on a lock, so the
        // test exercises that path whatever the machine's load.)
        await waitForLockWait(w);
        await other.commitTransaction();
        expect(await writing).toEqual([...before, { status: 'stale', currentRevision: 2 }]);
      } finally {
        await other.release();
      }
      const rows = await db.query(`SELECT count(*)::int AS n FROM claims WHERE article_id = $1`, [w]);
      expect(rows[0].n).toBe(0);
    },
  );
});
