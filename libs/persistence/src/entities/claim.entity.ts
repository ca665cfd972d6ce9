import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Claim } from '@claim-ledger/contracts';

/**
 * One claim. The columns hold what queries filter and sort on; `record` holds the
 * whole claim record as the contract defines it, as extracted, so the API returns it
 * unchanged, but for `propositionId`: the linker files a claim in `claim_filings` only,
 * and readers lay it over the record (claimRecordSql).
 */
@Entity({ name: 'claims' })
export class ClaimEntity {
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  publisher!: string;

  @Column({ name: 'article_id', type: 'text' })
  articleId!: string;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'text' })
  language!: string;

  @Column({ name: 'source_id', type: 'text' })
  sourceId!: string;

  @Column({ name: 'source_name', type: 'text' })
  sourceName!: string;

  @Column({ type: 'text' })
  stance!: string;

  @Column({ name: 'stated_at', type: 'date' })
  statedAt!: string;

  @Column({ name: 'span_start', type: 'integer' })
  spanStart!: number;

  @Column({ type: 'jsonb' })
  record!: Claim;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt!: Date;

  /** Set when a higher revision of the article replaced this claim; kept for history. */
  @Column({ name: 'superseded_at', type: 'timestamptz', nullable: true })
  supersededAt!: Date | null;
}
