/**
 * Whether claim `alias` matches a web-search query (the SQL expression of parameter `q`):
 * read with its own language's configuration, as its search vector was made
 * (ClaimSearchOwnLanguage1765094400000: claim_ro for Romanian claims, claim_en for the
 * others). Each reading is asked only of its own language's claims: OR-ed over every claim,
 * the other language's reading of an exclusion ("ciolacu -delays": Romanian leaves
 * "delays" whole, the English vector holds "delay") let excluded claims through. The
 * union of both readings comes first, which every match meets: it is what the GIN index
 * answers (the exact test alone, an OR of language and vector, made the planner scan
 * every current claim).
 */
export function fullTextMatchSql(alias: string, q: string): string {
  const ro = `websearch_to_tsquery('claim_ro', ${q})`;
  const en = `websearch_to_tsquery('claim_en', ${q})`;
  return (
    `(${alias}.search @@ (${ro} || ${en}) AND ` +
    `((${alias}.language = 'ro' AND ${alias}.search @@ ${ro}) OR (${alias}.language <> 'ro' AND ${alias}.search @@ ${en})))`
  );
}
