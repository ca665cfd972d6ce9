// Reads RONEC sentences from ../shared (never copied into the project): the text of a
// sentence is its tokens joined as `space_after` says.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED = process.env.CLAIM_LEDGER_SHARED ?? join(here, '../../../shared');
export const RONEC_PATH = join(SHARED, 'corpora/ronec/valid.json');

export function ronecSentences() {
  const rows = JSON.parse(readFileSync(RONEC_PATH, 'utf8'));
  return rows.map((s) => ({
    id: s.id,
    text: s.tokens.map((t, i) => t + (s.space_after[i] ? ' ' : '')).join('').trimEnd(),
  }));
}
