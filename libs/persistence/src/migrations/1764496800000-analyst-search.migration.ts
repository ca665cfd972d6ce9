import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the analysts' API searches and sorts by. Full text over a claim's content and
 * its source's name, in Romanian and English at once and blind to diacritics
 * ("Ministerul Agriculturii" is found by "ministerul agriculturii", "Constanța" by
 * "constanta"): two text search configurations that run `unaccent` before each
 * language's stemmer, and a stored tsvector holding both. Plus the indexes the filters
 * and the keyset pages need (stated_at and id in one direction; publication time; an
 * article's withdrawn claims; entities by id and name in any case).
 */
export class AnalystSearch1764496800000 implements MigrationInterface {
  name = 'AnalystSearch1764496800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    for (const [name, base, stem] of [
      ['claim_ro', 'romanian', 'romanian_stem'],
      ['claim_en', 'english', 'english_stem'],
    ] as const) {
      await q.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = pg_catalog.${base})`);
      await q.query(`ALTER TEXT SEARCH CONFIGURATION ${name} ALTER MAPPING FOR hword, hword_part, word WITH unaccent, ${stem}`);
    }
    // to_tsvector(regconfig, text) is immutable, so the column can be generated and stored.
    await q.query(`
      ALTER TABLE claims ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('claim_ro'::regconfig, coalesce(record->>'content', '')), 'A') ||
        setweight(to_tsvector('claim_en'::regconfig, coalesce(record->>'content', '')), 'A') ||
        setweight(to_tsvector('claim_ro'::regconfig, coalesce(source_name, '')), 'B') ||
        setweight(to_tsvector('claim_en'::regconfig, coalesce(source_name, '')), 'B')
      ) STORED`);
    await q.query(`CREATE INDEX claims_search_current ON claims USING gin (search) WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX claims_stated_id_current ON claims (stated_at DESC, id DESC) WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX claims_recorded_current ON claims (recorded_at DESC, id DESC) WHERE superseded_at IS NULL`);
    await q.query(`CREATE INDEX articles_published ON articles (published_at DESC, publisher, article_id)`);
    // The article page lists the claims a later revision withdrew; without it, a scan of the ledger.
    await q.query(`CREATE INDEX claims_article_superseded ON claims (publisher, article_id) WHERE superseded_at IS NOT NULL`);
    await q.query(`CREATE INDEX entities_name_lower ON entities (lower(name))`);
    await q.query(`CREATE INDEX entities_id_lower ON entities (lower(id))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX entities_id_lower`);
    await q.query(`DROP INDEX entities_name_lower`);
    await q.query(`DROP INDEX claims_article_superseded`);
    await q.query(`DROP INDEX articles_published`);
    await q.query(`DROP INDEX claims_recorded_current`);
    await q.query(`DROP INDEX claims_stated_id_current`);
    await q.query(`DROP INDEX claims_search_current`);
    await q.query(`ALTER TABLE claims DROP COLUMN search`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION claim_en`);
    await q.query(`DROP TEXT SEARCH CONFIGURATION claim_ro`);
    // unaccent stays: another schema object may use it, and keeping it is harmless.
  }
}
