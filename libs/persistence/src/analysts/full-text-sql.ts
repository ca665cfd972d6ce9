/**
 * The words and phrases a web-search query excludes (`-word`, `-"a phrase"`, as
 * websearch_to_tsquery reads them: a minus at the start or after a space), as one query
 * matching any of them; null when it excludes nothing.
 */
export function excludedTerms(q: string): string | null {
  const out: string[] = [];
  for (const m of q.matchAll(/(?:^|\s)-(?:"([^"]*)"?|([^\s"]+))/g)) {
    const term = m[1] !== undefined ? `"${m[1]}"` : m[2]!;
    if (term.replace(/"/g, '').trim()) out.push(term);
  }
  return out.length > 0 ? out.join(' or ') : null;
}

const eitherReading = (alias: string, q: string) =>
  `${alias}.search @@ (websearch_to_tsquery('claim_ro', ${q}) || websearch_to_tsquery('claim_en', ${q}))`;

/**
 * Whether claim `alias` matches a web-search query (the SQL expression of parameter `q`;
 * `excluded`, that of `excludedTerms(q)` when it has any). A claim's search vector holds
 * its words as its own language reads them (ClaimSearchOwnLanguage1765094400000); the
 * query is read both ways, and either reading may match, so that a word finds the claims
 * of both languages where their stems meet ("munitions" and "muniție": munit).
 *
 * An exclusion is asked of both readings apart: inside the union, a reading that keeps the
 * excluded word as the claim's vector does not hold it ("ciolacu -delays" read as Romanian
 * keeps "delays"; an English claim's vector holds "delay") let the claim through. Written
 * for the planner: the union is what the GIN index answers, and a NOT over the rare
 * excluded words keeps its estimate (asking each reading of its own language's claims
 * instead made the estimate fall to a twentieth, and a word of one language alone, found
 * by none, was looked for by walking the whole ledger in date order: 1 s at 1,000,000
 * claims).
 */
export function fullTextMatchSql(alias: string, q: string, excluded: string | null): string {
  return excluded === null ? eitherReading(alias, q) : `(${eitherReading(alias, q)} AND NOT ${eitherReading(alias, excluded)})`;
}
