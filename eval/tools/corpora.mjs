// Reads the Romanian corpora from ../shared (never copied into the project). Each
// sentence has a stable id within its corpus and its text as the corpus gives it.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const SHARED = process.env.CLAIM_LEDGER_SHARED ?? join(here, '../../../shared');
const PROJECT = resolve(here, '../..');

/**
 * The folder a gold builder writes texts from ../shared into, checked before anything is
 * written: the texts must never land in the project. A flag in its place ('--help') once
 * made a builder write 2,811 corpus texts into a folder named '--help' that was committed.
 */
export function outsideProjectDir(outDir, usage) {
  if (!outDir || outDir.startsWith('-')) {
    process.stderr.write(`usage: ${usage}\n`);
    process.exit(2);
  }
  const real = (p) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p); // not made yet
    }
  };
  const rel = relative(real(PROJECT), real(resolve(outDir)));
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))) {
    process.stderr.write(`OUT_DIR ${outDir} is inside the project: the texts from ../shared must not be copied into it; give a temporary folder\n`);
    process.exit(2);
  }
  return outDir;
}

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
