import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The current revision of an article; older revisions live in article_revisions. */
@Entity({ name: 'articles' })
export class ArticleEntity {
  @PrimaryColumn({ type: 'text' })
  publisher!: string;

  @PrimaryColumn({ name: 'article_id', type: 'text' })
  articleId!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'text', nullable: true })
  title!: string | null;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt!: Date;

  @Column({ name: 'first_recorded_at', type: 'timestamptz' })
  firstRecordedAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
