import type { DataSource } from 'typeorm';
import type { Claim } from '@claim-ledger/contracts';
import { claimRecordSql } from '../claim-record-sql';
import { preparedStatement } from '../prepared-statements';

// The article page's, with LedgerReader's: prepared, see prepared-statements.ts.
export const ARTICLE_REVISIONS = preparedStatement(
  'article-revisions',
  `SELECT revision, title, body, claim_count,
          to_char(published_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS published_at,
          to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS recorded_at
     FROM article_revisions WHERE publisher = $1 AND article_id = $2 ORDER BY revision`,
);
export const WITHDRAWN_CLAIMS = preparedStatement(
  'withdrawn-claims',
  `SELECT ${claimRecordSql('')} AS record, to_char(superseded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS superseded_at
     FROM claims WHERE publisher = $1 AND article_id = $2 AND superseded_at IS NOT NULL
    ORDER BY revision, span_start, id`,
);

/** One recorded revision of an article and what changed from the one before it. */
export interface ArticleRevision {
  revision: number;
  title: string | null;
  publishedAt: string;
  recordedAt: string;
  claimCount: number;
  /** Against the previous revision (null for the first): the title, and the sentences that left and came. */
  changes: { titleChanged: boolean; sentencesRemoved: string[]; sentencesAdded: string[] } | null;
}

/** Splits a body into sentences well enough to show what an edit changed. */
function sentences(body: string): string[] {
  return body
    .split(/(?<=[.!?…])\s+|\n+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function diff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = sentences(before);
  const b = sentences(after);
  const inA = new Set(a);
  const inB = new Set(b);
  return { removed: a.filter((s) => !inB.has(s)), added: b.filter((s) => !inA.has(s)) };
}

/** An article's revisions and the claims an edit withdrew, for the article page. */
export class ArticleHistoryReader {
  constructor(private readonly dataSource: DataSource) {}

  async revisions(publisher: string, articleId: string): Promise<ArticleRevision[] | null> {
    const rows: { revision: number; title: string | null; body: string; published_at: string; recorded_at: string; claim_count: number }[] =
      await this.dataSource.query(ARTICLE_REVISIONS, [publisher, articleId]);
    if (rows.length === 0) return null;
    return rows.map((r, i) => {
      const prev = i > 0 ? rows[i - 1]! : null;
      const d = prev ? diff(prev.body, r.body) : null;
      return {
        revision: r.revision,
        title: r.title,
        publishedAt: r.published_at,
        recordedAt: r.recorded_at,
        claimCount: r.claim_count,
        changes: prev && d ? { titleChanged: prev.title !== r.title, sentencesRemoved: d.removed, sentencesAdded: d.added } : null,
      };
    });
  }

  /** Claims of earlier revisions that a later one no longer holds, with when they were withdrawn. */
  async withdrawnClaims(publisher: string, articleId: string): Promise<{ claim: Claim; supersededAt: string }[]> {
    const rows: { record: Claim; superseded_at: string }[] = await this.dataSource.query(WITHDRAWN_CLAIMS, [publisher, articleId]);
    return rows.map((r) => ({ claim: r.record, supersededAt: r.superseded_at }));
  }
}
