// Reads the Romanian corpora from ../shared (never copied into the project). Each
// sentence has a stable id within its corpus and its text as the corpus gives it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED = process.env.CLAIM_LEDGER_SHARED ?? join(here, '../../../shared');

/** RONEC: tokens joined as `space_after` says; ids are RONEC's. */
function ronec() {
  const rows = JSON.parse(readFileSync(join(SHARED, 'corpora/ronec/valid.json'), 'utf8'));
  return rows.map((s) => ({
    id: s.id,
    text: s.tokens.map((t, i) => t + (s.space_after[i] ? ' ' : '')).join('').trimEnd(),
  }));
}

/** UD Romanian-RRT dev and test: `# text =` of each sentence; ids are its `# sent_id`. */
function udRoRrt() {
  const out = [];
  for (const split of ['dev', 'test']) {
    let id = null;
    for (const line of readFileSync(join(SHARED, `corpora/ud-ro-rrt/ro_rrt-ud-${split}.conllu`), 'utf8').split('\n')) {
      if (line.startsWith('# sent_id = ')) id = line.slice(12).trim();
      else if (line.startsWith('# text = ') && id) out.push({ id, text: line.slice(9).trimEnd() });
    }
  }
  return out;
}

export const CORPORA = { 'ronec/valid.json': ronec, 'ud-ro-rrt': udRoRrt };

export function corpusSentences(corpus) {
  const read = CORPORA[corpus];
  if (!read) throw new Error(`unknown corpus "${corpus}" (known: ${Object.keys(CORPORA).join(', ')})`);
  return read();
}
