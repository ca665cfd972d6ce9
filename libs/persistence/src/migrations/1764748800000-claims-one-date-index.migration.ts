import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The current claims by statement date through one index instead of two. Both
 * claims_stated_current (stated_at DESC, id) and claims_stated_id_current (stated_at DESC,
 * id DESC) are partial on current claims; every query that sorts by the date sorts by id
 * in the same direction (the API's keyset pages, a proposition's members oldest first),
 * which the second gives read forwards or backwards, and a range of dates either gives.
 * The first served no query, and every claim the ledger inserts and every filing the
 * linker writes (an UPDATE of the row, which writes every index of claims) wrote it
 * (issue 15).
 */
export class ClaimsOneDateIndex1764748800000 implements MigrationInterface {
  name = 'ClaimsOneDateIndex1764748800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX claims_stated_current`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX claims_stated_current ON claims (stated_at DESC, id) WHERE superseded_at IS NULL`);
  }
}
