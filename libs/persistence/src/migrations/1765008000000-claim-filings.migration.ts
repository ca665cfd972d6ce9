import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where the linker filed each claim, in a table of its own: a filing is a narrow insert
 * (claim, proposition, date) into one primary key and one index, not an update of the
 * claim's row. Updating `claims.proposition_id` wrote a new version of the whole row (its
 * record and search vector) and an entry in each of the eight indexes of a current claim,
 * the GIN one of the search vector among them, since `proposition_id` was itself indexed
 * (never a HOT update): 8,000 filings took 770-890 ms that way against 25-40 ms inserted
 * here (the pipeline benchmark's ledger, issue 15), and left the table twice its size in
 * dead rows. The proposition pages read `claim_filings_proposition` as they read
 * `claims_proposition_current`.
 */
export class ClaimFilings1765008000000 implements MigrationInterface {
  name = 'ClaimFilings1765008000000';

  async up(q: QueryRunner): Promise<void> {
    // No foreign keys, as on claim_keys and claim_links (LinkerWritePath1764576000000): the
    // linker files only claims it holds FOR SHARE, under propositions it inserts in the same
    // transaction, and nothing deletes claims; their triggers were most of such an insert.
    await q.query(`CREATE TABLE claim_filings (
      claim_id text PRIMARY KEY,
      proposition_id text NOT NULL,
      stated_at date NOT NULL
    )`);
    const [{ filed }]: { filed: number }[] = await q.query(
      `WITH copied AS (
         INSERT INTO claim_filings (claim_id, proposition_id, stated_at)
         SELECT id, proposition_id, stated_at FROM claims WHERE proposition_id IS NOT NULL
         RETURNING 1
       )
       SELECT count(*)::int AS filed FROM copied`,
    );
    await q.query(`CREATE INDEX claim_filings_proposition ON claim_filings (proposition_id, stated_at DESC, claim_id)`);
    await q.query(`DROP INDEX claims_proposition_current`);
    await q.query(`ALTER TABLE claims DROP COLUMN proposition_id`);
    // The proposition pages' plans need the statistics of the filings copied; an empty
    // table is left unanalysed (statistics that say "empty" outlive the first filings where
    // autovacuum is off, and misled the candidate look-up of claim_keys so, issue 15).
    if (filed > 0) await q.query(`ANALYZE claim_filings`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE claims ADD COLUMN proposition_id text REFERENCES propositions(id)`);
    await q.query(`UPDATE claims c SET proposition_id = f.proposition_id FROM claim_filings f WHERE f.claim_id = c.id`);
    await q.query(
      `CREATE INDEX claims_proposition_current ON claims (proposition_id, stated_at DESC, id)
        WHERE superseded_at IS NULL AND proposition_id IS NOT NULL`,
    );
    await q.query(`DROP TABLE claim_filings`);
  }
}
