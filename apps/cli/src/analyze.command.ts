import { articleV1Schema, parseJsonEvent } from '@claim-ledger/contracts';
import { extractClaims } from '@claim-ledger/extraction';
import { readJsonLines } from './read-json-lines';

export interface CommandOutcome {
  articles: number;
  rejected: number;
  claims: number;
}

/**
 * `extract` and `analyze`: article.v1 JSON Lines in, claim (and, for analyze, link)
 * records out. A bad line is reported on stderr with its number and skipped.
 */
export async function runAnalyze(file: string | undefined, write: (s: string) => void): Promise<CommandOutcome> {
  const outcome: CommandOutcome = { articles: 0, rejected: 0, claims: 0 };
  for await (const { line, text } of readJsonLines(file)) {
    const parsed = parseJsonEvent(articleV1Schema, text);
    if (!parsed.ok) {
      outcome.rejected++;
      process.stderr.write(`line ${line}: ${parsed.reason}\n`);
      continue;
    }
    outcome.articles++;
    const { claims } = extractClaims(parsed.value);
    outcome.claims += claims.length;
    for (const c of claims) write(`${JSON.stringify(c)}\n`);
  }
  return outcome;
}
