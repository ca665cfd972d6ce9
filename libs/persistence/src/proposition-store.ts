import type { DataSource, EntityManager } from 'typeorm';
import type { Claim, Link } from '@claim-ledger/contracts';

export interface PropositionSlots {
  id: string;
  key: string;
  action?: string | undefined;
  agent?: string | undefined;
  patient?: string | undefined;
}

/** How many current members of a proposition the linker compares a new claim with. */
export const MEMBERS_PER_PROPOSITION = 200;

/**
 * The linker's side of the ledger. `withPropositions` runs a unit of work holding row
 * locks on the propositions it touches, taken in id order: two linker instances that
 * link claims of the same proposition take turns, so the second sees the first's
 * claims and neither splits the proposition or writes a link twice.
 */
export class PropositionStore {
  constructor(private readonly dataSource: DataSource) {}

  async withPropositions<T>(slots: readonly PropositionSlots[], work: (tx: PropositionTx) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('READ COMMITTED', async (m) => {
      const unique = [...new Map(slots.map((s) => [s.id, s])).values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      if (unique.length > 0) {
        // The id derives from the key, so every instance inserts the same row: ON CONFLICT keeps one.
        await m.query(
          `INSERT INTO propositions (id, key, action, agent, patient)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
           ON CONFLICT (id) DO NOTHING`,
          [
            unique.map((s) => s.id),
            unique.map((s) => s.key),
            unique.map((s) => s.action ?? null),
            unique.map((s) => s.agent ?? null),
            unique.map((s) => s.patient ?? null),
          ],
        );
        await m.query(`SELECT id FROM propositions WHERE id = ANY($1) ORDER BY id FOR UPDATE`, [unique.map((s) => s.id)]);
      }
      return work(new PropositionTx(m));
    });
  }
}

export class PropositionTx {
  constructor(private readonly m: EntityManager) {}

  /** The claims among these that are still current (a later revision may have superseded them). */
  async current(claimIds: readonly string[]): Promise<Set<string>> {
    const rows: { id: string }[] = await this.m.query(`SELECT id FROM claims WHERE id = ANY($1) AND superseded_at IS NULL`, [claimIds]);
    return new Set(rows.map((r) => r.id));
  }

  /** The newest current members of each proposition, leaving out the given claims. */
  async members(propositionIds: readonly string[], except: readonly string[]): Promise<Map<string, Claim[]>> {
    const out = new Map<string, Claim[]>();
    if (propositionIds.length === 0) return out;
    const rows: { proposition_id: string; record: Claim }[] = await this.m.query(
      `SELECT p.id AS proposition_id, c.record
         FROM unnest($1::text[]) AS p(id)
         CROSS JOIN LATERAL (
           SELECT record FROM claims
            WHERE proposition_id = p.id AND superseded_at IS NULL AND NOT (id = ANY($2))
            ORDER BY stated_at DESC, id DESC
            LIMIT $3
         ) c`,
      [propositionIds, except, MEMBERS_PER_PROPOSITION],
    );
    for (const r of rows) out.set(r.proposition_id, [...(out.get(r.proposition_id) ?? []), r.record]);
    return out;
  }

  /** Files claims under their propositions (column and record alike). */
  async assign(propositions: ReadonlyMap<string, string>): Promise<void> {
    if (propositions.size === 0) return;
    await this.m.query(
      `UPDATE claims c SET proposition_id = a.proposition_id, record = jsonb_set(c.record, '{propositionId}', to_jsonb(a.proposition_id))
         FROM unnest($1::text[], $2::text[]) AS a(claim_id, proposition_id)
        WHERE c.id = a.claim_id`,
      [[...propositions.keys()], [...propositions.values()]],
    );
  }

  /** Writes links; a link already written (a redelivered event) is left as it is. Returns how many were new. */
  async insertLinks(links: readonly Link[], propositionOf: (claimId: string) => string): Promise<number> {
    if (links.length === 0) return 0;
    const result = await this.m.queryRunner!.query(
      `INSERT INTO claim_links (from_claim, to_claim, relation, independent, reason, proposition_id)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::boolean[], $5::text[], $6::text[])
       ON CONFLICT (from_claim, to_claim) DO NOTHING
       RETURNING from_claim`,
      [
        links.map((l) => l.from),
        links.map((l) => l.to),
        links.map((l) => l.relation),
        links.map((l) => l.independent),
        links.map((l) => l.reason),
        links.map((l) => propositionOf(l.to)),
      ],
      true,
    );
    return result.records.length;
  }
}
