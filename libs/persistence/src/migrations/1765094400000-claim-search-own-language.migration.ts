import type { MigrationInterface, QueryRunner } from 'typeorm';

// The claim's search vector through its own language's configuration (AnalystSearch's
// claim_ro and claim_en): Romanian claims with claim_ro, every other one with claim_en.
const OWN_LANGUAGE = `CASE WHEN language = 'ro' THEN 'claim_ro'::regconfig ELSE 'claim_en'::regconfig END`;
const OWN_LANGUAGE_VECTOR = `
  setweight(to_tsvector(${OWN_LANGUAGE}, coalesce(record->>'content', '')), 'A') ||
  setweight(to_tsvector(${OWN_LANGUAGE}, coalesce(source_name, '')), 'B')`;
// As AnalystSearch1764496800000 made it: both configurations over every claim.
const BOTH_LANGUAGES_VECTOR = `
  setweight(to_tsvector('claim_ro'::regconfig, coalesce(record->>'content', '')), 'A') ||
  setweight(to_tsvector('claim_en'::regconfig, coalesce(record->>'content', '')), 'A') ||
  setweight(to_tsvector('claim_ro'::regconfig, coalesce(source_name, '')), 'B') ||
  setweight(to_tsvector('claim_en'::regconfig, coalesce(source_name, '')), 'B')`;

/**
 * A claim's search vector is made with its own language's stemmer only, not with both
 * (issue 15). The four to_tsvector calls of every claim the ledger inserts were about
 * half of inserting it: on this machine 10,000 PolNeAR claims
 * inserted into a table with the old column and its GIN index took 790-1,070 ms, with
 * this one 340-430 ms. A query is still read with both configurations, either reading
 * matching, and its excluded words are asked of both apart (analysts/full-text-sql.ts).
 *
 * A generated column's expression cannot be altered before PostgreSQL 17: the column is
 * dropped and added again, which rewrites the claims table and its indexes (a ledger of
 * millions of claims takes minutes; run it in a quiet hour).
 */
export class ClaimSearchOwnLanguage1765094400000 implements MigrationInterface {
  name = 'ClaimSearchOwnLanguage1765094400000';

  async up(q: QueryRunner): Promise<void> {
    await replaceSearch(q, OWN_LANGUAGE_VECTOR);
  }

  async down(q: QueryRunner): Promise<void> {
    await replaceSearch(q, BOTH_LANGUAGES_VECTOR);
  }
}

async function replaceSearch(q: QueryRunner, vector: string): Promise<void> {
  // (The column's compression, Lz4Compression1764835200000's where the server has lz4, is kept.)
  const [{ compression }] = (await q.query(
    `SELECT attcompression::text AS compression FROM pg_attribute WHERE attrelid = 'claims'::regclass AND attname = 'search'`,
  )) as { compression: string }[];
  await q.query(`DROP INDEX claims_search_current`);
  await q.query(`ALTER TABLE claims DROP COLUMN search`);
  const compressed = compression === 'l' ? ' COMPRESSION lz4' : '';
  await q.query(`ALTER TABLE claims ADD COLUMN search tsvector${compressed} GENERATED ALWAYS AS (${vector}) STORED`);
  await q.query(`CREATE INDEX claims_search_current ON claims USING gin (search) WHERE superseded_at IS NULL`);
}
