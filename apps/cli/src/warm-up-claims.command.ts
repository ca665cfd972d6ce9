import { writeFileSync } from 'node:fs';
import { warmUpClaims } from '@claim-ledger/extraction';

/**
 * `warm-up-claims`: writes the claims the linker warms its engine up on (the extraction
 * engine's claims of the warm-up articles, as four publishers give them), so that the
 * linker ships them as data and never loads the extraction engine.
 */
export function runWarmUpClaims(out: string, log: (s: string) => void): void {
  const articles = warmUpClaims();
  const provenance = 'the extraction engine on the warm-up articles of libs/extraction as four publishers give them, by `npm run train`';
  writeFileSync(out, JSON.stringify({ provenance, articles }) + '\n');
  log(`warm-up-claims: ${articles.flat().length} claims of ${articles.length} articles, written to ${out}`);
}
