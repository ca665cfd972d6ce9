import type { DataSource } from 'typeorm';
import type { Claim, Link } from '@claim-ledger/contracts';
import { ArticleEntity } from './entities/article.entity';
import { ClaimEntity } from './entities/claim.entity';

export interface ClaimFilter {
  publisher?: string;
  articleId?: string;
  /** Matches the canonical source id (`country:KR`) or name (`South Korea`), case-insensitively. */
  source?: string;
  language?: string;
  limit: number;
  /** Opaque cursor from the previous page. */
  after?: { statedAt: string; id: string };
}

export interface ClaimPage {
  claims: Claim[];
  next: { statedAt: string; id: string } | null;
}

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

/** Read side of the ledger for the query API. Current claims only; history stays in the table. */
export class LedgerReader {
  constructor(private readonly dataSource: DataSource) {}

  async findClaims(f: ClaimFilter): Promise<ClaimPage> {
    const q = this.dataSource.getRepository(ClaimEntity).createQueryBuilder('c').where('c.superseded_at IS NULL');
    if (f.publisher) q.andWhere('c.publisher = :publisher', { publisher: f.publisher });
    if (f.articleId) q.andWhere('c.article_id = :articleId', { articleId: f.articleId });
    if (f.language) q.andWhere('c.language = :language', { language: f.language });
    if (f.source) {
      q.andWhere('(lower(c.source_id) = lower(:source) OR lower(c.source_name) = lower(:source))', { source: f.source });
    }
    if (f.after) {
      q.andWhere('(c.stated_at, c.id) < (:afterStated, :afterId)', { afterStated: f.after.statedAt, afterId: f.after.id });
    }
    const rows = await q
      .orderBy('c.stated_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(f.limit + 1)
      .getMany();
    const page = rows.slice(0, f.limit);
    const last = page[page.length - 1];
    return {
      claims: page.map((r) => r.record),
      next: rows.length > f.limit && last ? { statedAt: last.statedAt, id: last.id } : null,
    };
  }

  async findArticle(publisher: string, articleId: string): Promise<ArticleWithClaims | null> {
    const a = await this.dataSource.getRepository(ArticleEntity).findOneBy({ publisher, articleId });
    if (!a) return null;
    const claims = await this.dataSource
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .where('c.publisher = :publisher AND c.article_id = :articleId AND c.superseded_at IS NULL', { publisher, articleId })
      .orderBy('c.span_start', 'ASC')
      .getMany();
    return {
      article: {
        publisher: a.publisher,
        id: a.articleId,
        revision: a.revision,
        url: a.url,
        title: a.title,
        language: a.language,
        publishedAt: a.publishedAt.toISOString(),
        body: a.body,
      },
      claims: claims.map((c) => c.record),
    };
  }

  /** The current links of a claim, in both directions, with the claims at their other end. */
  async findLinks(claimId: string): Promise<{ claim: Claim; links: (Link & { other: Claim })[] } | null> {
    const claim = await this.dataSource.getRepository(ClaimEntity).findOneBy({ id: claimId });
    if (!claim) return null;
    const rows: { from_claim: string; to_claim: string; relation: Link['relation']; independent: boolean; reason: string; other: Claim }[] =
      await this.dataSource.query(
        `SELECT l.from_claim, l.to_claim, l.relation, l.independent, l.reason, o.record AS other
           FROM claim_links l
           JOIN claims o ON o.id = CASE WHEN l.from_claim = $1 THEN l.to_claim ELSE l.from_claim END
          WHERE (l.from_claim = $1 OR l.to_claim = $1) AND l.superseded_at IS NULL
          ORDER BY o.stated_at DESC, o.id
          LIMIT 500`,
        [claimId],
      );
    return {
      claim: claim.record,
      links: rows.map((r) => ({
        kind: 'link',
        from: r.from_claim,
        to: r.to_claim,
        relation: r.relation,
        independent: r.independent,
        reason: r.reason,
        other: r.other,
      })),
    };
  }

  /** A proposition: its slots, its current claims and the links among them. */
  async findProposition(id: string): Promise<{ proposition: Record<string, unknown>; claims: Claim[]; links: Link[] } | null> {
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT id, key, action, agent, patient, created_at FROM propositions WHERE id = $1`,
      [id],
    );
    if (rows.length === 0) return null;
    const claims: { record: Claim }[] = await this.dataSource.query(
      `SELECT record FROM claims WHERE proposition_id = $1 AND superseded_at IS NULL ORDER BY stated_at, id LIMIT 1000`,
      [id],
    );
    const links: { from_claim: string; to_claim: string; relation: Link['relation']; independent: boolean; reason: string }[] =
      await this.dataSource.query(
        `SELECT from_claim, to_claim, relation, independent, reason FROM claim_links WHERE proposition_id = $1 AND superseded_at IS NULL ORDER BY from_claim, to_claim LIMIT 5000`,
        [id],
      );
    return {
      proposition: rows[0]!,
      claims: claims.map((c) => c.record),
      links: links.map((l) => ({
        kind: 'link',
        from: l.from_claim,
        to: l.to_claim,
        relation: l.relation,
        independent: l.independent,
        reason: l.reason,
      })),
    };
  }
}
