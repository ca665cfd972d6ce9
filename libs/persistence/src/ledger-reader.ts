import type { DataSource } from 'typeorm';
import type { Claim, Link } from '@claim-ledger/contracts';
import { claimRecordSql } from './claim-record-sql';

// The article page's (and the latency benchmark's polls'). Not prepared
// (prepared-statements.ts): its claims have several partial indexes of current claims to
// choose from, and on a small ledger never analysed the generic plan read the one by
// language, all of a language's current claims a request (unanalysed-plans.int-spec.ts).
export const ARTICLE_WITH_CLAIMS = `SELECT a.publisher, a.article_id, a.revision, a.url, a.title, a.language, a.published_at, a.body,
          coalesce((SELECT json_agg(${claimRecordSql('c')} ORDER BY c.span_start, c.id) FROM claims c
                     WHERE c.publisher = a.publisher AND c.article_id = a.article_id AND c.superseded_at IS NULL), '[]') AS claims
     FROM articles a WHERE a.publisher = $1 AND a.article_id = $2`;

export interface ArticleWithClaims {
  article: {
    publisher: string;
    id: string;
    revision: number;
    url: string | null;
    title: string | null;
    language: string;
    publishedAt: string;
    body: string;
  };
  claims: Claim[];
}

/**
 * Read side of the ledger for the query API: articles, a claim's links, a proposition's
 * members. Current claims only; history stays in the table. Claim searches are
 * ClaimSearch's (analysts/claim-search.ts).
 */
export class LedgerReader {
  constructor(private readonly dataSource: DataSource) {}

  async findArticle(publisher: string, articleId: string): Promise<ArticleWithClaims | null> {
    // One statement, so one round trip and one snapshot: the article and the claims of the
    // revision it holds (two statements could straddle a revision's commit). The article
    // page is what the latency benchmark polls (issue 15); two round trips in a row, each a
    // wait for a busy Postgres and then for a core, made most of its response time.
    const rows: {
      publisher: string;
      article_id: string;
      revision: number;
      url: string | null;
      title: string | null;
      language: string;
      published_at: Date;
      body: string;
      claims: Claim[];
    }[] = await this.dataSource.query(ARTICLE_WITH_CLAIMS, [publisher, articleId]);
    const a = rows[0];
    if (!a) return null;
    return {
      article: {
        publisher: a.publisher,
        id: a.article_id,
        revision: a.revision,
        url: a.url,
        title: a.title,
        language: a.language,
        publishedAt: a.published_at.toISOString(),
        body: a.body,
      },
      claims: a.claims,
    };
  }

  /**
   * The current links of a claim, in both directions, with the claims at their other end,
   * newest other claim first, one page at a time: `next` is set whenever more links exist.
   */
  async findLinks(
    claimId: string,
    page: { limit: number; after?: { key: string; id: string } },
  ): Promise<{ claim: Claim; links: (Link & { other: Claim })[]; next: { key: string; id: string } | null } | null> {
    const found: { record: Claim }[] = await this.dataSource.query(`SELECT ${claimRecordSql('')} AS record FROM claims WHERE id = $1`, [
      claimId,
    ]);
    const claim = found[0];
    if (!claim) return null;
    const params: unknown[] = [claimId, page.limit + 1];
    let after = '';
    if (page.after) {
      params.push(page.after.key, page.after.id);
      after = `AND (o.stated_at, o.id) < ($3::date, $4)`;
    }
    const rows: (LinkRow & { other: Claim; other_id: string; other_stated: string })[] = await this.dataSource.query(
      `SELECT l.from_claim, l.to_claim, l.relation, l.independent, l.reason, ${claimRecordSql('o')} AS other, o.id AS other_id,
              to_char(o.stated_at, 'YYYY-MM-DD') AS other_stated
         FROM claim_links l
         JOIN claims o ON o.id = CASE WHEN l.from_claim = $1 THEN l.to_claim ELSE l.from_claim END
        WHERE (l.from_claim = $1 OR l.to_claim = $1) AND l.superseded_at IS NULL ${after}
        ORDER BY o.stated_at DESC, o.id DESC
        LIMIT $2`,
      params,
    );
    const shown = rows.slice(0, page.limit);
    const last = shown[shown.length - 1];
    return {
      claim: claim.record,
      links: shown.map((r) => ({ ...toLink(r), other: r.other })),
      next: rows.length > page.limit && last ? { key: last.other_stated, id: last.other_id } : null,
    };
  }

  /**
   * A proposition: its slots, how many current claims and links it has, and the first
   * page of each (claims oldest statement first, links by their ends), with the position
   * to go on from whenever there are more. Nothing is cut off without a `next`.
   */
  async findProposition(
    id: string,
    page: { limit: number; claimsAfter?: { key: string; id: string }; linksAfter?: { key: string; id: string } },
  ): Promise<{
    proposition: Record<string, unknown>;
    claimCount: number;
    linkCount: number;
    claims: Claim[];
    claimsNext: { key: string; id: string } | null;
    links: Link[];
    linksNext: { key: string; id: string } | null;
  } | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT p.id, p.key, p.action, p.agent, p.patient, p.created_at,
              (SELECT count(*)::int FROM claim_filings pf JOIN claims c ON c.id = pf.claim_id
                WHERE pf.proposition_id = p.id AND c.superseded_at IS NULL) AS claim_count,
              (SELECT count(*)::int FROM claim_links l WHERE l.proposition_id = p.id AND l.superseded_at IS NULL) AS link_count
         FROM propositions p WHERE p.id = $1`,
      [id],
    );
    const found = rows[0];
    if (!found) return null;
    const { claim_count, link_count, ...proposition } = found;
    const claims = await this.propositionClaims(id, page.limit, page.claimsAfter);
    const links = await this.propositionLinks(id, page.limit, page.linksAfter);
    return {
      proposition,
      claimCount: claim_count as number,
      linkCount: link_count as number,
      claims: claims.items,
      claimsNext: claims.next,
      links: links.items,
      linksNext: links.next,
    };
  }

  /** The current claims of a proposition, oldest statement first, a page at a time. */
  async propositionClaims(id: string, limit: number, after?: { key: string; id: string }) {
    const params: unknown[] = [id, limit + 1];
    if (after) params.push(after.key, after.id);
    const rows: { record: Claim; id: string; stated: string }[] = await this.dataSource.query(
      `SELECT ${claimRecordSql('c')} AS record, c.id, to_char(c.stated_at, 'YYYY-MM-DD') AS stated
         FROM claim_filings pf JOIN claims c ON c.id = pf.claim_id
        WHERE pf.proposition_id = $1 AND c.superseded_at IS NULL ${after ? 'AND (c.stated_at, c.id) > ($3::date, $4)' : ''}
        ORDER BY c.stated_at, c.id LIMIT $2`,
      params,
    );
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    return { items: shown.map((r) => r.record), next: rows.length > limit && last ? { key: last.stated, id: last.id } : null };
  }

  /** The current links of a proposition, by their two ends, a page at a time. */
  async propositionLinks(id: string, limit: number, after?: { key: string; id: string }) {
    const params: unknown[] = [id, limit + 1];
    if (after) params.push(after.key, after.id);
    const rows: LinkRow[] = await this.dataSource.query(
      `SELECT from_claim, to_claim, relation, independent, reason FROM claim_links
        WHERE proposition_id = $1 AND superseded_at IS NULL ${after ? 'AND (from_claim, to_claim) > ($3, $4)' : ''}
        ORDER BY from_claim, to_claim LIMIT $2`,
      params,
    );
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    return { items: shown.map(toLink), next: rows.length > limit && last ? { key: last.from_claim, id: last.to_claim } : null };
  }
}

interface LinkRow {
  from_claim: string;
  to_claim: string;
  relation: Link['relation'];
  independent: boolean;
  reason: string;
}

const toLink = (r: LinkRow): Link => ({
  kind: 'link',
  from: r.from_claim,
  to: r.to_claim,
  relation: r.relation,
  independent: r.independent,
  reason: r.reason,
});
