import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The linker's candidate look-up reads claim_keys alone. Each key row carries its claim's
 * proposition (a claim is indexed once, when it is filed, and keeps its proposition), and
 * whether a claim was superseded is asked of a partial index of the superseded ones, which
 * the ledger writes only when it supersedes a claim. Before, every key's newest claims were
 * joined to `claims` for proposition_id and superseded_at: a heap fetch of a wide row (its
 * record and search vector) for each of ~12,000 distinct claims a batch of 200 articles
 * finds, 460 ms of the statement's 660 (EXPLAIN ANALYZE, pipeline feed, issue 15).
 */
export class ClaimKeysProposition1764921600000 implements MigrationInterface {
  name = 'ClaimKeysProposition1764921600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claim_keys ADD COLUMN proposition_id text`);
    await q.query(`UPDATE claim_keys ck SET proposition_id = c.proposition_id FROM claims c WHERE c.id = ck.claim_id`);
    // Keys of a claim that is gone or was never filed: the look-up left them out (it joined
    // claims on a proposition), and the linker writes none.
    await q.query(`DELETE FROM claim_keys WHERE proposition_id IS NULL`);
    await q.query(`ALTER TABLE claim_keys ALTER COLUMN proposition_id SET NOT NULL`);
    await q.query(`CREATE INDEX claims_superseded ON claims (id) WHERE superseded_at IS NOT NULL`);
    // Every key row was rewritten: the look-up's plans need the table's statistics again.
    await q.query(`ANALYZE claim_keys`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX claims_superseded`);
    await q.query(`ALTER TABLE claim_keys DROP COLUMN proposition_id`);
  }
}
