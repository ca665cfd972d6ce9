import { articleV1Schema, parseJsonEvent } from '@claim-ledger/contracts';
import { extractClaims } from '@claim-ledger/extraction';
import { InMemoryPropositions } from '@claim-ledger/linking';
import { readJsonLines } from './read-json-lines';

export interface CommandOutcome {
  articles: number;
  rejected: number;
  claims: number;
  links: number;
  /** Articles in a language with no pack. */
  unsupported: number;
}

/**
 * `extract` and `analyze`: article.v1 JSON Lines in, claim records out; `analyze` also
 * files them under propositions and writes the links between them. A bad line is
 * reported on stderr with its number and the reason, and skipped.
 */
export async function runAnalyze(
  file: string | undefined,
  write: (s: string) => void,
  withLinks: boolean,
  onProgress?: (state: { articles: number; bytes: number }) => void,
): Promise<CommandOutcome> {
  const outcome: CommandOutcome = { articles: 0, rejected: 0, claims: 0, links: 0, unsupported: 0 };
  // Each article is linked to the claims of the articles before it, as the linker
  // service links each article to the ledger.
  const ledger = new InMemoryPropositions();
  for await (const { line, text, bytes } of readJsonLines(file)) {
    onProgress?.({ articles: outcome.articles, bytes });
    const parsed = parseJsonEvent(articleV1Schema, text);
    if (!parsed.ok) {
      outcome.rejected++;
      process.stderr.write(`line ${line}: ${parsed.reason}\n`);
      continue;
    }
    outcome.articles++;
    const { claims, unsupported } = extractClaims(parsed.value);
    if (unsupported) {
      outcome.unsupported++;
      process.stderr.write(`line ${line}: article ${parsed.value.id}: ${unsupported.code}: ${unsupported.reason}\n`);
    }
    outcome.claims += claims.length;
    if (!withLinks) {
      for (const c of claims) write(`${JSON.stringify(c)}\n`);
      continue;
    }
    const { propositions, links } = ledger.link(claims);
    for (const c of claims) {
      const propositionId = propositions.get(c.id);
      write(`${JSON.stringify(propositionId ? { ...c, propositionId } : c)}\n`);
    }
    for (const l of links) write(`${JSON.stringify(l)}\n`);
    outcome.links += links.length;
  }
  return outcome;
}
