import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Every revision ever recorded, so a replaced revision keeps its history. */
@Entity({ name: 'article_revisions' })
export class ArticleRevisionEntity {
  @PrimaryColumn({ type: 'text' })
  publisher!: string;

  @PrimaryColumn({ name: 'article_id', type: 'text' })
  articleId!: string;

  @PrimaryColumn({ type: 'integer' })
  revision!: number;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ name: 'claim_count', type: 'integer' })
  claimCount!: number;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  @Column({ name: 'correlation_id', type: 'text', nullable: true })
  correlationId!: string | null;
}
