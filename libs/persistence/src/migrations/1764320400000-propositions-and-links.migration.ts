import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Propositions (groups of claims about the same thing, found by canonical slots),
 * links between claims, and the canonical sources and entities claims mention.
 */
export class PropositionsAndLinks1764320400000 implements MigrationInterface {
  name = 'PropositionsAndLinks1764320400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE propositions (
        id            text        PRIMARY KEY,
        key           text        NOT NULL UNIQUE,
        action        text,
        agent         text,
        patient       text,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE claims ADD COLUMN proposition_id text REFERENCES propositions (id)`);
    // The linker's look-up: the current members of a proposition, newest first.
    await q.query(
      `CREATE INDEX claims_proposition_current ON claims (proposition_id, stated_at DESC, id) WHERE superseded_at IS NULL AND proposition_id IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE claim_links (
        from_claim    text        NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        to_claim      text        NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        relation      text        NOT NULL CHECK (relation IN ('corroborates', 'conflicts', 'updates')),
        independent   boolean     NOT NULL,
        reason        text        NOT NULL,
        proposition_id text       NOT NULL REFERENCES propositions (id),
        created_at    timestamptz NOT NULL DEFAULT now(),
        superseded_at timestamptz,
        PRIMARY KEY (from_claim, to_claim),
        CHECK (from_claim <> to_claim)
      )`);
    await q.query(`CREATE INDEX claim_links_to ON claim_links (to_claim)`);
    await q.query(`CREATE INDEX claim_links_relation_current ON claim_links (relation, created_at DESC) WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX claim_links_proposition ON claim_links (proposition_id)`);
    await q.query(`
      CREATE TABLE entities (
        id          text        PRIMARY KEY,
        name        text        NOT NULL,
        kind        text        NOT NULL,
        first_seen  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE claim_entities (
        claim_id   text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        entity_id  text NOT NULL REFERENCES entities (id),
        role       text NOT NULL CHECK (role IN ('source', 'about')),
        PRIMARY KEY (claim_id, entity_id, role)
      )`);
    await q.query(`CREATE INDEX claim_entities_entity ON claim_entities (entity_id, role)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE claim_entities`);
    await q.query(`DROP TABLE entities`);
    await q.query(`DROP TABLE claim_links`);
    await q.query(`DROP INDEX claims_proposition_current`);
    await q.query(`ALTER TABLE claims DROP COLUMN proposition_id`);
    await q.query(`DROP TABLE propositions`);
  }
}
