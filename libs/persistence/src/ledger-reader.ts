import type { DataSource } from 'typeorm';
import type { Claim } from '@claim-ledger/contracts';
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
}
