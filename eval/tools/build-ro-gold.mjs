#!/usr/bin/env node
// Builds the Romanian gold in the scorer's format (../shared/eval/score.mjs) from the
// positions kept in eval/ro-ronec/gold and the sentences in ../shared: one gold file per
// annotated sentence, written to OUT_DIR (a temporary folder, never the project).
//
//   node eval/tools/build-ro-gold.mjs OUT_DIR
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ronecSentences } from './ronec.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const goldDir = join(here, '../ro-ronec/gold');
const outDir = process.argv[2];
if (!outDir) {
  process.stderr.write('usage: build-ro-gold.mjs OUT_DIR\n');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const byId = new Map(ronecSentences().map((s) => [s.id, s.text]));
// RONEC gives no publication dates: a fixed one, so relative days are not scored (the
// gold gives statedAt only for explicit dates).
const PUBLISHED = '2019-06-01T12:00:00Z';
let files = 0;
const seen = new Set();
for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
  const part = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  for (const s of part.sentences) {
    if (seen.has(s.id)) continue; // a sentence annotated twice: the first part wins
    seen.add(s.id);
    const body = byId.get(s.id);
    if (body === undefined) throw new Error(`${f}: sentence ${s.id} is not in RONEC`);
    const claims = s.claims.map((c) => {
      const g = { id: c.id, evidenceStart: c.evidence[0], evidenceEnd: c.evidence[1] };
      if (c.sourceSurface) g.sourceSurface = [body.slice(...c.sourceSurface)];
      if (c.source) g.source = c.source;
      if (c.cue) g.cue = body.slice(...c.cue);
      for (const k of ['stance', 'quantities', 'eventTime', 'statedAt', 'optional', 'note']) if (c[k] !== undefined) g[k] = c[k];
      return g;
    });
    const article = { id: `ronec-${s.id}`, publisher: 'ronec', language: 'ro', body, publishedAt: PUBLISHED };
    writeFileSync(join(outDir, `ronec-${s.id}.json`), JSON.stringify({ article, annotates: ['source', 'stance', 'quantities'], claims }));
    files++;
  }
}
process.stderr.write(`build-ro-gold: ${files} sentences\n`);
