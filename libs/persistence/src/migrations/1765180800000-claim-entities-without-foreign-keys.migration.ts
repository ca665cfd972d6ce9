import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * claim_entities (which claim names which entity, as source or subject) without its two
 * foreign keys, as claim_keys, claim_links and claim_filings have none: the ledger writes a
 * claim's rows in the statement that inserts the claim and the entities it names
 * (LedgerWriter), and the services delete no claims. Their triggers, two checks a row and
 * nine rows an article, were a third of the executor's time in that statement (EXPLAIN
 * ANALYZE of a batch of 105 articles of the pipeline benchmark: 16 of 64 ms) and 10-20% of
 * Postgres's CPU an article (issue 15). Whoever deletes articles or claims by hand deletes
 * their claim_entities rows too (the cascade from claims no longer does); readers join
 * claim_entities to claims, so a row left behind names nothing.
 */
export class ClaimEntitiesWithoutForeignKeys1765180800000 implements MigrationInterface {
  name = 'ClaimEntitiesWithoutForeignKeys1765180800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claim_entities DROP CONSTRAINT claim_entities_claim_id_fkey`);
    await q.query(`ALTER TABLE claim_entities DROP CONSTRAINT claim_entities_entity_id_fkey`);
  }

  async down(q: QueryRunner): Promise<void> {
    // Rows whose claim or entity is gone (deleted by hand since up) would fail the checks.
    await q.query(
      `DELETE FROM claim_entities ce
        WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.id = ce.claim_id)
           OR NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = ce.entity_id)`,
    );
    await q.query(
      `ALTER TABLE claim_entities ADD CONSTRAINT claim_entities_claim_id_fkey FOREIGN KEY (claim_id) REFERENCES claims (id) ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE claim_entities ADD CONSTRAINT claim_entities_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES entities (id)`,
    );
  }
}
