/**
 * The SQL of a claim's record as the API and the alerts return it: the record the ledger
 * stored, with `propositionId` from the proposition_id column once the linker has filed
 * the claim. The linker writes the column only: rewriting the record too made every
 * filing recompute the row's generated search tsvector (four to_tsvector calls) and copy
 * the record, and filing was the costliest statement of the pipeline (issue 15). Rows
 * filed before that still carry the field in the record; the column wins, and holds the
 * same value. `alias` names the claims table in the statement ('' for none).
 */
export function claimRecordSql(alias = 'c'): string {
  const c = alias ? `${alias}.` : '';
  return `CASE WHEN ${c}proposition_id IS NULL THEN ${c}record ELSE ${c}record || jsonb_build_object('propositionId', ${c}proposition_id) END`;
}
