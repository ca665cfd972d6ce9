import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The linker's index of what claims are about: each claim under its heaviest keys (word
 * stems, entities, the unit of its figure, the frame of its action). A new claim finds
 * its candidates through it, a few newest per key, so the cost does not grow with the
 * ledger. Propositions are now founded by a claim and named after it: the key column
 * keeps the founding claim.
 */
export class ClaimKeys1764403200000 implements MigrationInterface {
  name = 'ClaimKeys1764403200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE claim_keys (
        key        text NOT NULL,
        claim_id   text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        stated_at  date NOT NULL,
        PRIMARY KEY (key, claim_id)
      )`);
    await q.query(`CREATE INDEX claim_keys_lookup ON claim_keys (key, stated_at DESC, claim_id DESC)`);
    await q.query(`CREATE INDEX claim_keys_claim ON claim_keys (claim_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE claim_keys`);
  }
}
