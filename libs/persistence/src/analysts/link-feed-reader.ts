import type { DataSource } from 'typeorm';
import type { Claim } from '@claim-ledger/contracts';
import { claimRecordSql } from '../claim-record-sql';
import type { KeysetPosition } from './claim-query';
import type { Page } from './claim-search';

export interface FeedLink {
  relation: 'conflicts' | 'updates' | 'corroborates';
  independent: boolean;
  reason: string;
  propositionId: string;
  createdAt: string;
  from: Claim;
  to: Claim;
}

/** The newest links across the ledger (the conflicts feed), a page at a time. */
export class LinkFeedReader {
  constructor(private readonly dataSource: DataSource) {}

  async newest(relation: FeedLink['relation'], limit: number, after?: KeysetPosition): Promise<Page<FeedLink>> {
    const params: unknown[] = [relation, limit + 1];
    if (after) params.push(after.key, after.id);
    // The position's id is "from\nto": the link's primary key breaks ties of created_at.
    const rows: {
      relation: FeedLink['relation'];
      independent: boolean;
      reason: string;
      proposition_id: string;
      created_at: string;
      from_claim: string;
      to_claim: string;
      f: Claim;
      t: Claim;
    }[] = await this.dataSource.query(
      `SELECT l.relation, l.independent, l.reason, l.proposition_id, l.from_claim, l.to_claim,
              to_char(l.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS created_at,
              ${claimRecordSql('f')} AS f, ${claimRecordSql('t')} AS t
         FROM claim_links l JOIN claims f ON f.id = l.from_claim JOIN claims t ON t.id = l.to_claim
        WHERE l.relation = $1 AND l.superseded_at IS NULL
          ${after ? `AND (l.created_at, l.from_claim || E'\\n' || l.to_claim) < ($3::timestamptz, $4)` : ''}
        ORDER BY l.created_at DESC, l.from_claim || E'\\n' || l.to_claim DESC
        LIMIT $2`,
      params,
    );
    const shown = rows.slice(0, limit);
    const last = shown[shown.length - 1];
    return {
      items: shown.map((r) => ({
        relation: r.relation,
        independent: r.independent,
        reason: r.reason,
        propositionId: r.proposition_id,
        createdAt: r.created_at,
        from: r.f,
        to: r.t,
      })),
      next: rows.length > limit && last ? { key: last.created_at, id: `${last.from_claim}\n${last.to_claim}` } : null,
    };
  }
}
