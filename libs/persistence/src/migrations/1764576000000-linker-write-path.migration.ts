import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The linker's writes without per-row foreign key checks. Every link and every key row
 * fired a trigger that looked its claims (and its proposition) up and locked them: on a
 * ledger of 1,500 articles, EXPLAIN ANALYZE of the linker's insert of 5,000 links spent
 * 237 of 382 ms in the three triggers of claim_links, and 64 of 188 ms of an insert of
 * 5,000 claim_keys in its one (issue 15). The checks guard nothing the writer does not
 * already hold: the linker writes links and keys only for claims it has just read as
 * current and holds FOR SHARE in the same transaction (PropositionTx.holdCurrent), under
 * propositions it inserts in that transaction, and no code deletes claims (a revision
 * marks them superseded). Their ON DELETE CASCADE went with them: whoever deletes claims
 * by hand deletes their links and keys too (`down` restores the constraints).
 * claim_keys_claim goes too: it served only the cascade (the linker reads keys through
 * claim_keys_lookup and writes them through the primary key), and every key row wrote it.
 */
export class LinkerWritePath1764576000000 implements MigrationInterface {
  name = 'LinkerWritePath1764576000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claim_links DROP CONSTRAINT claim_links_from_claim_fkey`);
    await q.query(`ALTER TABLE claim_links DROP CONSTRAINT claim_links_to_claim_fkey`);
    await q.query(`ALTER TABLE claim_links DROP CONSTRAINT claim_links_proposition_id_fkey`);
    await q.query(`ALTER TABLE claim_keys DROP CONSTRAINT claim_keys_claim_id_fkey`);
    await q.query(`DROP INDEX claim_keys_claim`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX claim_keys_claim ON claim_keys (claim_id)`);
    await q.query(
      `ALTER TABLE claim_keys ADD CONSTRAINT claim_keys_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES claims (id) ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE claim_links ADD CONSTRAINT claim_links_proposition_id_fkey FOREIGN KEY (proposition_id) REFERENCES propositions (id)`,
    );
    await q.query(
      `ALTER TABLE claim_links ADD CONSTRAINT claim_links_to_claim_fkey FOREIGN KEY (to_claim) REFERENCES claims (id) ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE claim_links ADD CONSTRAINT claim_links_from_claim_fkey FOREIGN KEY (from_claim) REFERENCES claims (id) ON DELETE CASCADE`,
    );
  }
}
