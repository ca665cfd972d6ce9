/**
 * The SQL of a claim's record as the API and the alerts return it: the record the ledger
 * stored, with `propositionId` from `claim_filings` once the linker has filed the claim.
 * The linker writes a filing only: rewriting the record made every filing recompute the
 * row's generated search tsvector (four to_tsvector calls) and copy the record, and even
 * setting a column of `claims` wrote a new version of the row into every index of a
 * current claim (issue 15). Rows filed before that still carry the field in the record;
 * the filing wins, and holds the same value. `alias` names the claims table in the
 * statement ('' for none).
 */
export function claimRecordSql(alias = 'c'): string {
  const id = alias ? `${alias}.id` : 'id';
  const record = alias ? `${alias}.record` : 'record';
  // (The filing's alias is one no statement gives its own tables.)
  return `COALESCE(${record} || (SELECT jsonb_build_object('propositionId', filing_of_record.proposition_id) FROM claim_filings filing_of_record WHERE filing_of_record.claim_id = ${id}), ${record})`;
}
