import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { ClaimsExtractedV1 } from '@claim-ledger/contracts';

/** The transaction's query runner, whose structured results give RETURNING rows alike for every statement. */
function runner(m: EntityManager): QueryRunner {
  if (!m.queryRunner) throw new Error('LedgerWriter must run inside a transaction');
  return m.queryRunner;
}

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
    return this.dataSource.transaction('READ COMMITTED', (m) => this.recordIn(m, event));
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
    if (event.claims.length > 0) await this.recordEntities(m, event);
    if (supersededClaimIds.length > 0) {
      await m.query(
        `UPDATE claim_links SET superseded_at = now() WHERE superseded_at IS NULL AND (from_claim = ANY($1) OR to_claim = ANY($1))`,
        [supersededClaimIds],
      );
    }
    const status = revisionInsert.records.length > 0 ? 'recorded' : 'duplicate';
    return { status, supersededClaimIds };
  }

  /** The canonical sources and entities of the claims, and which claim names which. */
  private async recordEntities(m: EntityManager, event: ClaimsExtractedV1): Promise<void> {
    const rows = event.claims.flatMap((c) => [
      { claim: c.id, e: c.source, role: 'source' },
      ...c.entities.map((e) => ({ claim: c.id, e, role: 'about' })),
    ]);
    const unique = [...new Map(rows.map((r) => [r.e.id, r.e])).values()];
    await m.query(
      `INSERT INTO entities (id, name, kind) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (id) DO NOTHING`,
      [unique.map((e) => e.id), unique.map((e) => e.name), unique.map((e) => e.kind)],
    );
    await m.query(
      `INSERT INTO claim_entities (claim_id, entity_id, role) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
      [rows.map((r) => r.claim), rows.map((r) => r.e.id), rows.map((r) => r.role)],
    );
  }
}
