import type { Readable } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { Claim } from '@claim-ledger/contracts';
import { claimRecordSql } from '../claim-record-sql';
import { buildClaimSql, type ClaimQuery, type KeysetPosition } from './claim-query';

/** A claim as the analysts' API lists it: the record, and when its article was published. */
export interface ListedClaim {
  claim: Claim;
  publishedAt: string;
}

export interface Page<T> {
  items: T[];
  next: KeysetPosition | null;
}

interface ClaimRow {
  record: Claim;
  sort_key: string;
  id: string;
  published_at: string;
}

/**
 * Claims by any combination of filters, in pages that never end without saying so
 * (a `next` position whenever more rows match), or streamed whole for exports.
 */
export class ClaimSearch {
  constructor(private readonly dataSource: DataSource) {}

  async page(f: ClaimQuery, limit: number): Promise<Page<ListedClaim>> {
    const ids = await this.resolve(f);
    if (ids === 'none') return { items: [], next: null };
    const { sql, params } = buildClaimSql(f, ids.sources, ids.entities, limit);
    const rows: ClaimRow[] = await this.dataSource.query(sql, params);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => ({ claim: r.record, publishedAt: r.published_at })),
      next: rows.length > limit && last ? { key: last.sort_key, id: last.id } : null,
    };
  }

  /**
   * Every matching claim as an object stream (a server-side cursor read 100 rows at a
   * time, so memory stays flat however many match). The connection goes back to the pool
   * when the stream ends, fails or is destroyed (the client went away).
   */
  async stream(f: ClaimQuery): Promise<Readable | null> {
    const ids = await this.resolve(f);
    if (ids === 'none') return null;
    const { sql, params } = buildClaimSql(f, ids.sources, ids.entities, null);
    const runner = this.dataSource.createQueryRunner('slave');
    await runner.connect();
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      void runner.release();
    };
    try {
      const rows = await runner.stream(sql, params, release, release);
      rows.once('close', release);
      return rows;
    } catch (e) {
      release();
      throw e;
    }
  }

  /**
   * The canonical ids a `source` or `entity` filter names (by id or name, any case).
   * 'none' when one names nothing known: no claim can match.
   */
  private async resolve(f: ClaimQuery): Promise<{ sources: string[] | null; entities: string[] | null } | 'none'> {
    const sources = f.source ? await this.entityIds(f.source) : null;
    const entities = f.entity ? await this.entityIds(f.entity) : null;
    if ((sources && sources.length === 0) || (entities && entities.length === 0)) return 'none';
    return { sources, entities };
  }

  async entityIds(idOrName: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM entities WHERE lower(id) = lower($1) UNION SELECT id FROM entities WHERE lower(name) = lower($1)`,
      [idOrName],
    );
    return rows.map((r) => r.id);
  }
}

/** One claim with the article it appeared in, for the claim page and its schema.org form. */
export interface ClaimWithArticle {
  claim: Claim;
  current: boolean;
  article: { publisher: string; id: string; url: string | null; title: string | null; publishedAt: string };
}

export async function findClaimWithArticle(dataSource: DataSource, id: string): Promise<ClaimWithArticle | null> {
  const rows: {
    record: Claim;
    superseded: boolean;
    url: string | null;
    title: string | null;
    published_at: string;
    publisher: string;
    article_id: string;
  }[] = await dataSource.query(
    `SELECT ${claimRecordSql('c')} AS record, c.superseded_at IS NOT NULL AS superseded, a.url, a.title, a.publisher, a.article_id,
              to_char(a.published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS published_at
         FROM claims c JOIN articles a ON a.publisher = c.publisher AND a.article_id = c.article_id
        WHERE c.id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    claim: r.record,
    current: !r.superseded,
    article: { publisher: r.publisher, id: r.article_id, url: r.url, title: r.title, publishedAt: r.published_at },
  };
}
