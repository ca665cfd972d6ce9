import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { ClaimsExtractedV1 } from '@claim-ledger/contracts';
import { arrayParams } from './array-literal';
import { preparedStatement } from './prepared-statements';

/** The transaction's query runner, whose structured results give RETURNING rows alike for every statement. */
function runner(m: EntityManager): QueryRunner {
  if (!m.queryRunner) throw new Error('LedgerWriter must run inside a transaction');
  return m.queryRunner;
}

/**
 * $1 claim ids: their current links, in either direction, superseded now. Each id's links are
 * probed by the primary key (from) and claim_links_to (to) in a LATERAL subquery, and
 * `superseded_at` is tested on the rows found, outside it. Written as `superseded_at IS NULL
 * AND (from_claim = ANY($1) OR to_claim = ANY($1))`, the statement's plan on a ledger never
 * analysed (a new deployment's first minute, every benchmark pass) ANDed the keys with the
 * whole partial index of current links, or scanned the table for 50 ids: 4-8 ms for a
 * revision of 6 claims at 65,000 links, growing with the ledger (issue 15;
 * unanalysed-plans.int-spec.ts). A link another transaction superseded meanwhile keeps its time.
 * The links are locked in key order, as two ledgers superseding linked claims must not wait
 * on each other in a cycle.
 */
export const SUPERSEDE_LINKS_OF_CLAIMS = `WITH found AS MATERIALIZED (
    SELECT l.from_claim, l.to_claim, l.superseded_at FROM unnest($1::text[]) AS u(id)
     CROSS JOIN LATERAL (SELECT from_claim, to_claim, superseded_at FROM claim_links WHERE from_claim = u.id
                         UNION ALL
                         SELECT from_claim, to_claim, superseded_at FROM claim_links WHERE to_claim = u.id) l
     ORDER BY l.from_claim, l.to_claim
  )
  UPDATE claim_links l SET superseded_at = coalesce(l.superseded_at, now())
    FROM found
   WHERE found.superseded_at IS NULL AND l.from_claim = found.from_claim AND l.to_claim = found.to_claim`;

/**
 * The articles of a batch (no article twice) that are not in the ledger yet, with their
 * revisions, claims, entities and which claim names which, in one statement; it returns
 * the articles it inserted. An article already there, or inserted by a transaction that
 * committed while this one waited on its row, is left alone (DO NOTHING). Every other
 * write follows from the articles this statement inserted, and only once all of them are
 * (the one-time filter on their count): the article rows are taken in key order before any
 * entity row, and the entities in the order entityRows gives ($27-$29), as the transaction
 * of recordMany takes them. Not in the database's order (ORDER BY entity_id): under a
 * collation other than C (postgres:17's en_US) it differs from JavaScript's for ids such as
 * `country:US` and `country:ro`, and two batches naming both would wait on each other.
 *
 * Prepared (prepared-statements.ts): it reads no table but through its inserts' unique
 * keys, so a generic plan has no index to choose wrong, and the parse and plan of its six
 * parts cost Postgres more than the rest of a one-article write.
 */
export const RECORD_NEW_ARTICLES = preparedStatement(
  'ledger-record-new-articles',
  `WITH inserted AS (
    INSERT INTO articles (publisher, article_id, revision, url, title, body, language, published_at)
    SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
    ORDER BY 1, 2
    ON CONFLICT (publisher, article_id) DO NOTHING
    RETURNING publisher, article_id
  ), revisions AS (
    INSERT INTO article_revisions (publisher, article_id, revision, title, body, published_at, claim_count, correlation_id)
    SELECT u.publisher, u.article_id, u.revision, u.title, u.body, u.published_at, u.claim_count, u.correlation_id
      FROM unnest($1::text[], $2::text[], $3::int[], $5::text[], $6::text[], $8::timestamptz[], $9::int[], $10::text[])
           AS u(publisher, article_id, revision, title, body, published_at, claim_count, correlation_id)
      JOIN inserted USING (publisher, article_id)
     WHERE (SELECT count(*) FROM inserted) > 0
    ON CONFLICT DO NOTHING
  ), inserted_claims AS (
    INSERT INTO claims (id, publisher, article_id, revision, language, source_id, source_name, stance, stated_at, span_start, record)
    SELECT u.id, u.publisher, u.article_id, u.revision, u.language, u.source_id, u.source_name, u.stance, u.stated_at, u.span_start,
           $21::jsonb -> (u.n - 1)::int
      FROM unnest($11::text[], $12::text[], $13::text[], $14::int[], $15::text[], $16::text[], $17::text[], $18::text[], $19::date[], $20::int[])
           WITH ORDINALITY AS u(id, publisher, article_id, revision, language, source_id, source_name, stance, stated_at, span_start, n)
      JOIN inserted USING (publisher, article_id)
     WHERE (SELECT count(*) FROM inserted) > 0
    ON CONFLICT (id) DO UPDATE SET superseded_at = NULL WHERE claims.superseded_at IS NOT NULL
  ), named AS MATERIALIZED (
    SELECT u.* FROM unnest($22::text[], $23::text[], $24::text[], $25::text[], $26::text[])
           AS u(publisher, article_id, claim_id, entity_id, role)
      JOIN inserted USING (publisher, article_id)
     WHERE (SELECT count(*) FROM inserted) > 0
  ), inserted_entities AS (
    INSERT INTO entities (id, name, kind)
    SELECT e.id, e.name, e.kind FROM unnest($27::text[], $28::text[], $29::text[]) WITH ORDINALITY AS e(id, name, kind, n)
     WHERE e.id IN (SELECT entity_id FROM named)
     ORDER BY e.n
    ON CONFLICT (id) DO NOTHING
  ), inserted_claim_entities AS (
    INSERT INTO claim_entities (claim_id, entity_id, role) SELECT claim_id, entity_id, role FROM named ON CONFLICT DO NOTHING
  )
  SELECT publisher, article_id FROM inserted`,
);

export type RecordOutcome =
  /** A new revision (or a new article): its claims are now the current ones. */
  | { status: 'recorded'; supersededClaimIds: string[] }
  /** This revision was already recorded: nothing was written twice. */
  | { status: 'duplicate'; supersededClaimIds: string[] }
  /** A higher revision is already current: this one is kept out of the current view. */
  | { status: 'stale'; currentRevision: number };

/**
 * Writes an article revision and its claims in one transaction. Idempotent: the same
 * event delivered again writes nothing; a higher revision replaces the current claims
 * (they stay in the table, marked superseded); a lower one changes nothing.
 */
export class LedgerWriter {
  constructor(private readonly dataSource: DataSource) {}

  async record(event: ClaimsExtractedV1): Promise<RecordOutcome> {
    return this.dataSource.transaction((m) => this.recordIn(m, event));
  }

  /**
   * Writes several events with a fixed number of multi-row statements (not a round trip per
   * article), with the same outcome, event by event, as `record` called on each in order.
   * Events of one article are written in the order given. It commits in two steps: the
   * articles new to the ledger in one statement, then the rest in one transaction. A failure
   * between them leaves the first step's articles written, and the batch, delivered again,
   * finds them there (duplicates) and writes the rest.
   */
  async recordMany(events: readonly ClaimsExtractedV1[]): Promise<RecordOutcome[]> {
    if (events.length === 0) return [];
    // Articles the ledger has never seen (nearly every event of a live feed) are written by
    // one statement of their own, its own transaction: one round trip where the transaction
    // below takes four (BEGIN, the lock, the writes, COMMIT), each a wait for a busy
    // Postgres and then for a core (issue 15). Only the first of an article's events in the
    // batch can be its first write; the others, and every event of an article already
    // there, go through the transaction, in the order given.
    const first = groupsOfDistinctArticles(events)[0]!;
    const written = await this.recordNewArticles(first);
    const outcomes: (RecordOutcome | undefined)[] = events.map((e, i) =>
      i < first.length && written.has(articleKeyOf(e)) ? { status: 'recorded', supersededClaimIds: [] } : undefined,
    );
    const rest = events.filter((_, i) => outcomes[i] === undefined);
    if (rest.length === 0) return outcomes as RecordOutcome[];
    const restOutcomes = await this.dataSource.transaction(async (m) => {
      const out: RecordOutcome[] = [];
      // An article twice in the batch (a revision after its first): the second waits for
      // the next round, which sees the first one's writes.
      for (const group of groupsOfDistinctArticles(rest)) out.push(...(await this.recordGroupIn(m, group)));
      return out;
    });
    let k = 0;
    return outcomes.map((o) => o ?? restOutcomes[k++]!);
  }

  /** RECORD_NEW_ARTICLES for `events` (no article twice): the keys of the articles it inserted. */
  private async recordNewArticles(events: readonly ClaimsExtractedV1[]): Promise<Set<string>> {
    const arts = events.map((e) => e.article);
    const claims = events.flatMap((e) => e.claims.map((c) => ({ c, a: e.article })));
    // A row per claim and entity it names, as source or subject, with the claim's article.
    const named = claims.flatMap(({ c, a }) => namesOf(c).map((r) => ({ ...r, c, a })));
    const { entities } = entityRows(events);
    const rows: { publisher: string; article_id: string }[] = await this.dataSource.query(
      RECORD_NEW_ARTICLES,
      arrayParams([
        arts.map((a) => a.publisher),
        arts.map((a) => a.id),
        arts.map((a) => a.revision),
        arts.map((a) => a.url ?? null),
        arts.map((a) => a.title ?? null),
        arts.map((a) => a.body),
        arts.map((a) => a.language),
        arts.map((a) => a.publishedAt),
        events.map((e) => e.claims.length),
        events.map((e) => e.correlationId ?? null),
        ...claimColumns(claims),
        named.map((r) => r.a.publisher),
        named.map((r) => r.a.id),
        named.map((r) => r.c.id),
        named.map((r) => r.e.id),
        named.map((r) => r.role),
        entities.map((e) => e.id),
        entities.map((e) => e.name),
        entities.map((e) => e.kind),
      ]),
    );
    return new Set(rows.map((r) => `${r.publisher}/${r.article_id}`));
  }

  private async recordGroupIn(m: EntityManager, events: readonly ClaimsExtractedV1[]): Promise<RecordOutcome[]> {
    const q = runner(m);
    const arts = events.map((e) => e.article);
    const pubs = arts.map((a) => a.publisher);
    const ids = arts.map((a) => a.id);
    const revs = arts.map((a) => a.revision);
    const articleColumns: unknown[][] = [
      pubs,
      ids,
      revs,
      arts.map((a) => a.url ?? null),
      arts.map((a) => a.title ?? null),
      arts.map((a) => a.body),
      arts.map((a) => a.language),
      arts.map((a) => a.publishedAt),
    ];
    // Insert-if-absent, then lock the rows in key order: concurrent deliveries of one
    // article serialise here, and two batches of one group each never wait on each other in
    // a cycle. (A transaction of several groups, an article twice in the batch, takes the
    // next group's articles after the first one's entities, and can: Postgres then aborts one
    // of the two with 40P01, which the consumer retries as transient.) One statement, not two: every round trip of the transaction waits for a busy Postgres and
    // then for a core, and they made most of the ledger's latency (issue 15). The rows it
    // inserts are its own (their revision is the event's); the others it locks.
    const locked: { publisher: string; article_id: string; revision: number; fresh: boolean }[] = await m.query(
      `WITH inserted AS (
         INSERT INTO articles (publisher, article_id, revision, url, title, body, language, published_at)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
         ORDER BY 1, 2
         ON CONFLICT (publisher, article_id) DO NOTHING
         RETURNING publisher, article_id, revision
       ), existing AS (
         SELECT a.publisher, a.article_id, a.revision FROM articles a
           JOIN unnest($1::text[], $2::text[]) AS u(publisher, article_id) USING (publisher, article_id)
          ORDER BY a.publisher, a.article_id
            FOR UPDATE OF a
       )
       SELECT *, true AS fresh FROM inserted UNION ALL SELECT *, false AS fresh FROM existing`,
      arrayParams(articleColumns),
    );
    // An article another transaction inserted after this statement's snapshot was taken (and
    // committed before its insert looked): neither inserted nor seen. Locked on its own, as
    // the two statements did.
    const found = new Set(locked.map((r) => `${r.publisher}/${r.article_id}`));
    const unseen = arts.filter((a) => !found.has(`${a.publisher}/${a.id}`));
    if (unseen.length > 0) {
      locked.push(
        ...(await m.query(
          `SELECT a.publisher, a.article_id, a.revision, false AS fresh FROM articles a
             JOIN unnest($1::text[], $2::text[]) AS u(publisher, article_id) USING (publisher, article_id)
            ORDER BY a.publisher, a.article_id
              FOR UPDATE OF a`,
          arrayParams([unseen.map((a) => a.publisher), unseen.map((a) => a.id)]),
        )),
      );
    }
    const currentOf = new Map(locked.map((r) => [`${r.publisher}/${r.article_id}`, r.revision]));
    // Articles this statement inserted have no claims yet: nothing of theirs can be replaced.
    const fresh = new Set(locked.filter((r) => r.fresh).map((r) => `${r.publisher}/${r.article_id}`));
    const current = arts.map((a) => currentOf.get(`${a.publisher}/${a.id}`) ?? a.revision);
    const live = events.map((_, i) => i).filter((i) => revs[i]! >= current[i]!);
    const newer = live.filter((i) => revs[i]! > current[i]!);
    const pick = <T>(xs: readonly T[], at: readonly number[]) => at.map((i) => xs[i]!);
    const superseded = new Map<string, string[]>();
    const addSuperseded = (rows: { id: string; publisher: string; article_id: string }[]) => {
      for (const r of rows) {
        const k = `${r.publisher}/${r.article_id}`;
        superseded.set(k, [...(superseded.get(k) ?? []), r.id]);
      }
    };

    if (newer.length > 0) {
      await m.query(
        `UPDATE articles a SET revision = u.revision, url = u.url, title = u.title, body = u.body, language = u.language,
                published_at = u.published_at, updated_at = now()
           FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
                AS u(publisher, article_id, revision, url, title, body, language, published_at)
          WHERE a.publisher = u.publisher AND a.article_id = u.article_id`,
        arrayParams(articleColumns.map((col) => pick(col, newer))),
      );
      const rows = await q.query(
        `UPDATE claims c SET superseded_at = now()
           FROM unnest($1::text[], $2::text[], $3::int[]) AS u(publisher, article_id, revision)
          WHERE c.publisher = u.publisher AND c.article_id = u.article_id AND c.revision < u.revision AND c.superseded_at IS NULL
          RETURNING c.id, c.publisher, c.article_id`,
        arrayParams([pick(pubs, newer), pick(ids, newer), pick(revs, newer)]),
        true,
      );
      addSuperseded(rows.records);
    }

    let recorded = new Set<string>();
    if (live.length > 0) {
      const liveEvents = pick(events, live);
      // (Only these can have claims of the same revision to replace: an article seen before this batch.)
      const known = live.filter((i) => !fresh.has(`${pubs[i]}/${ids[i]}`));
      const claims = liveEvents.flatMap((e) => e.claims.map((c) => ({ c, a: e.article })));
      const { entities, claimEntities } = entityRows(liveEvents);
      // The revisions, their claims, the claims of the same revision extracted again that
      // the event no longer has (superseded: its claims are exactly the event's), the
      // claims' canonical sources and entities and which claim names which, in one
      // statement (one round trip, not five). The statement's parts see the tables as they
      // were before it and touch no row twice: claims inserted (or made current again) are
      // the event's, claims superseded are not; the foreign keys of revisions and claims are
      // checked at its end (claim_entities keeps none: ClaimEntitiesWithoutForeignKeys1765180800000).
      const written = await q.query(
        `WITH revisions AS (
           INSERT INTO article_revisions (publisher, article_id, revision, title, body, published_at, claim_count, correlation_id)
           SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::timestamptz[], $7::int[], $8::text[])
           ON CONFLICT DO NOTHING RETURNING publisher, article_id
         ), inserted_claims AS (
           INSERT INTO claims (id, publisher, article_id, revision, language, source_id, source_name, stance, stated_at, span_start, record)
           SELECT u.id, u.publisher, u.article_id, u.revision, u.language, u.source_id, u.source_name, u.stance, u.stated_at, u.span_start,
                  $19::jsonb -> (u.n - 1)::int
             FROM unnest($9::text[], $10::text[], $11::text[], $12::int[], $13::text[], $14::text[], $15::text[], $16::text[], $17::date[], $18::int[])
                  WITH ORDINALITY AS u(id, publisher, article_id, revision, language, source_id, source_name, stance, stated_at, span_start, n)
           ON CONFLICT (id) DO UPDATE SET superseded_at = NULL WHERE claims.superseded_at IS NOT NULL
         ), replaced AS (
           UPDATE claims c SET superseded_at = now()
             FROM unnest($26::text[], $27::text[], $28::int[]) AS u(publisher, article_id, revision)
            WHERE c.publisher = u.publisher AND c.article_id = u.article_id AND c.revision = u.revision
              AND c.superseded_at IS NULL AND NOT (c.id = ANY($9))
            RETURNING c.id, c.publisher, c.article_id
         ), inserted_entities AS (
           INSERT INTO entities (id, name, kind) SELECT * FROM unnest($20::text[], $21::text[], $22::text[]) ON CONFLICT (id) DO NOTHING
         ), inserted_claim_entities AS (
           INSERT INTO claim_entities (claim_id, entity_id, role) SELECT * FROM unnest($23::text[], $24::text[], $25::text[]) ON CONFLICT DO NOTHING
         )
         SELECT NULL AS id, publisher, article_id FROM revisions
         UNION ALL SELECT id, publisher, article_id FROM replaced`,
        arrayParams([
          pick(pubs, live),
          pick(ids, live),
          pick(revs, live),
          liveEvents.map((e) => e.article.title ?? null),
          liveEvents.map((e) => e.article.body),
          liveEvents.map((e) => e.article.publishedAt),
          liveEvents.map((e) => e.claims.length),
          liveEvents.map((e) => e.correlationId ?? null),
          ...claimColumns(claims),
          entities.map((e) => e.id),
          entities.map((e) => e.name),
          entities.map((e) => e.kind),
          claimEntities.map((r) => r.claim),
          claimEntities.map((r) => r.e.id),
          claimEntities.map((r) => r.role),
          pick(pubs, known),
          pick(ids, known),
          pick(revs, known),
        ]),
        true,
      );
      const rows = written.records as { id: string | null; publisher: string; article_id: string }[];
      recorded = new Set(rows.filter((r) => r.id === null).map((r) => `${r.publisher}/${r.article_id}`));
      addSuperseded(rows.filter((r): r is { id: string; publisher: string; article_id: string } => r.id !== null));
      const all = [...superseded.values()].flat();
      if (all.length > 0) {
        await m.query(SUPERSEDE_LINKS_OF_CLAIMS, arrayParams([all]));
      }
    }
    return events.map((e, i): RecordOutcome => {
      if (revs[i]! < current[i]!) return { status: 'stale', currentRevision: current[i]! };
      const k = `${e.article.publisher}/${e.article.id}`;
      // Sorted: the rows come back in no set order, and the outcome must not depend on it.
      return { status: recorded.has(k) ? 'recorded' : 'duplicate', supersededClaimIds: [...(superseded.get(k) ?? [])].sort() };
    });
  }

  private async recordIn(m: EntityManager, event: ClaimsExtractedV1): Promise<RecordOutcome> {
    const a = event.article;
    // Insert-if-absent, then lock the row: concurrent deliveries of one article serialise here.
    await m.query(
      `INSERT INTO articles (publisher, article_id, revision, url, title, body, language, published_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (publisher, article_id) DO NOTHING`,
      [a.publisher, a.id, a.revision, a.url ?? null, a.title ?? null, a.body, a.language, a.publishedAt],
    );
    const rows: { revision: number }[] = await m.query(
      `SELECT revision FROM articles WHERE publisher = $1 AND article_id = $2 FOR UPDATE`,
      [a.publisher, a.id],
    );
    const current = rows[0]?.revision ?? a.revision;
    if (a.revision < current) return { status: 'stale', currentRevision: current };

    let supersededClaimIds: string[] = [];
    if (a.revision > current) {
      await m.query(
        `UPDATE articles SET revision = $3, url = $4, title = $5, body = $6, language = $7,
                published_at = $8, updated_at = now()
          WHERE publisher = $1 AND article_id = $2`,
        [a.publisher, a.id, a.revision, a.url ?? null, a.title ?? null, a.body, a.language, a.publishedAt],
      );
      // Structured result: for an UPDATE, TypeORM's plain result is [rows, count].
      const superseded = await runner(m).query(
        `UPDATE claims SET superseded_at = now()
          WHERE publisher = $1 AND article_id = $2 AND revision < $3 AND superseded_at IS NULL
          RETURNING id`,
        [a.publisher, a.id, a.revision],
        true,
      );
      supersededClaimIds = (superseded.records as { id: string }[]).map((r) => r.id);
    }

    const revisionInsert = await runner(m).query(
      `INSERT INTO article_revisions (publisher, article_id, revision, title, body, published_at, claim_count, correlation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT DO NOTHING RETURNING revision`,
      [a.publisher, a.id, a.revision, a.title ?? null, a.body, a.publishedAt, event.claims.length, event.correlationId ?? null],
      true,
    );

    if (event.claims.length > 0) {
      // One statement for all claims: unnest keeps it parameterised whatever their number.
      const c = event.claims;
      await m.query(
        `INSERT INTO claims (id, publisher, article_id, revision, language, source_id, source_name, stance, stated_at, span_start, record)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::date[], $10::int[], $11::jsonb[])
         ON CONFLICT (id) DO UPDATE SET superseded_at = NULL WHERE claims.superseded_at IS NOT NULL`,
        [
          c.map((x) => x.id),
          c.map(() => a.publisher),
          c.map(() => a.id),
          c.map(() => a.revision),
          c.map((x) => x.language),
          c.map((x) => x.source.id),
          c.map((x) => x.source.name),
          c.map((x) => x.stance),
          c.map((x) => x.statedAt.start),
          c.map((x) => x.span.start),
          c.map((x) => JSON.stringify(x)),
        ],
      );
    }
    // The same revision extracted again (a newer extractor, or a redelivery from before
    // an upgrade): its claims are exactly the event's; any others of it are superseded.
    const replaced = await runner(m).query(
      `UPDATE claims SET superseded_at = now()
        WHERE publisher = $1 AND article_id = $2 AND revision = $3 AND superseded_at IS NULL AND NOT (id = ANY($4))
        RETURNING id`,
      [a.publisher, a.id, a.revision, event.claims.map((c) => c.id)],
      true,
    );
    supersededClaimIds = [...supersededClaimIds, ...(replaced.records as { id: string }[]).map((r) => r.id)];
    if (event.claims.length > 0) await this.recordEntitiesOf(m, [event]);
    if (supersededClaimIds.length > 0) {
      await m.query(SUPERSEDE_LINKS_OF_CLAIMS, [supersededClaimIds]);
    }
    const status = revisionInsert.records.length > 0 ? 'recorded' : 'duplicate';
    return { status, supersededClaimIds: [...supersededClaimIds].sort() };
  }

  /** The canonical sources and entities of the claims, and which claim names which. */
  private async recordEntitiesOf(m: EntityManager, events: readonly ClaimsExtractedV1[]): Promise<void> {
    const { entities, claimEntities } = entityRows(events);
    await m.query(
      `INSERT INTO entities (id, name, kind) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (id) DO NOTHING`,
      [entities.map((e) => e.id), entities.map((e) => e.name), entities.map((e) => e.kind)],
    );
    await m.query(
      `INSERT INTO claim_entities (claim_id, entity_id, role) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
      [claimEntities.map((r) => r.claim), claimEntities.map((r) => r.e.id), claimEntities.map((r) => r.role)],
    );
  }
}

type ClaimOf = { c: ClaimsExtractedV1['claims'][number]; a: ClaimsExtractedV1['article'] };

/** The entities a claim names: its source, and what it is about. */
function namesOf(c: ClaimOf['c']) {
  return [{ e: c.source, role: 'source' }, ...c.entities.map((e) => ({ e, role: 'about' }))];
}

/**
 * The claims' columns as the ledger's statements take them (id, publisher, article, revision,
 * language, source id and name, stance, date, span start), then their records.
 */
function claimColumns(claims: readonly ClaimOf[]): unknown[] {
  return [
    claims.map((x) => x.c.id),
    claims.map((x) => x.a.publisher),
    claims.map((x) => x.a.id),
    claims.map((x) => x.a.revision),
    claims.map((x) => x.c.language),
    claims.map((x) => x.c.source.id),
    claims.map((x) => x.c.source.name),
    claims.map((x) => x.c.stance),
    claims.map((x) => x.c.statedAt.start),
    claims.map((x) => x.c.span.start),
    // The records as one JSON array, the n-th claim's at n - 1: a jsonb[] parameter cost
    // far more to write out and read in (every quotation mark of every record escaped by
    // pg, then unescaped by Postgres's array parser before its JSON parser).
    JSON.stringify(claims.map((x) => x.c)),
  ];
}

/**
 * The entities the events' claims name (each once, with the name and kind it last comes
 * with), and a row per claim and entity it names, as source or subject.
 */
function entityRows(events: readonly ClaimsExtractedV1[]) {
  const claimEntities = events.flatMap((e) => e.claims).flatMap((c) => namesOf(c).map((r) => ({ ...r, claim: c.id })));
  // Sorted, so that concurrent batches naming the same entities take their locks in one
  // order; both of the ledger's entity inserts take this list in this order, never the
  // database's (RECORD_NEW_ARTICLES says why).
  const entities = [...new Map(claimEntities.map((r) => [r.e.id, r.e])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, claimEntities };
}

const articleKeyOf = (e: ClaimsExtractedV1) => `${e.article.publisher}/${e.article.id}`;

/** Consecutive runs of events in which no article appears twice, in the order given. */
function groupsOfDistinctArticles(events: readonly ClaimsExtractedV1[]): ClaimsExtractedV1[][] {
  const groups: ClaimsExtractedV1[][] = [];
  let seen = new Set<string>();
  let group: ClaimsExtractedV1[] = [];
  for (const e of events) {
    const k = `${e.article.publisher}/${e.article.id}`;
    if (seen.has(k)) {
      groups.push(group);
      group = [];
      seen = new Set();
    }
    seen.add(k);
    group.push(e);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
