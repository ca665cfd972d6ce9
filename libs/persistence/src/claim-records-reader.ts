import type { DataSource } from 'typeorm';
import type { Claim } from '@claim-ledger/contracts';
import { claimRecordSql } from './claim-record-sql';

export interface PropositionSlots {
  id: string;
  action: string | null;
  agent: string | null;
  patient: string | null;
}

/** Claim records and propositions by id, for the alerts service to fill its payloads. */
export class ClaimRecordsReader {
  constructor(private readonly dataSource: DataSource) {}

  async claims(ids: readonly string[]): Promise<Map<string, Claim>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; record: Claim }[] = await this.dataSource.query(
      `SELECT id, ${claimRecordSql('')} AS record FROM claims WHERE id = ANY($1::text[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.record]));
  }

  async propositions(ids: readonly string[]): Promise<Map<string, PropositionSlots>> {
    if (ids.length === 0) return new Map();
    const rows: PropositionSlots[] = await this.dataSource.query(
      `SELECT id, action, agent, patient FROM propositions WHERE id = ANY($1::text[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
}
