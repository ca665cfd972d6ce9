#!/usr/bin/env node
// Builds the Romanian gold (RONEC, and UD Romanian-RRT sentences) in the scorer's format (../shared/eval/score.mjs) from the
// positions kept in eval/ro-ronec/gold and the sentences in ../shared: one gold file per
// annotated sentence, written to OUT_DIR (a temporary folder, never the project).
//
//   node eval/tools/build-ro-gold.mjs OUT_DIR
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusSentences, outsideProjectDir } from './corpora.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const goldDir = join(here, '../ro-ronec/gold');
const outDir = outsideProjectDir(process.argv[2], 'build-ro-gold.mjs OUT_DIR');
mkdirSync(outDir, { recursive: true });
const texts = new Map();
const textOf = (corpus, id) => {
  if (!texts.has(corpus)) texts.set(corpus, new Map(corpusSentences(corpus).map((s) => [s.id, s.text])));
  return texts.get(corpus).get(id);
};
// RONEC gives no publication dates: a fixed one, so relative days are not scored (the
// gold gives statedAt only for explicit dates).
const PUBLISHED = '2019-06-01T12:00:00Z';
let files = 0;
const seen = new Set();
for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
  const part = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  for (const s of part.sentences) {
    const corpus = part.corpus ?? 'ronec/valid.json';
    const name = `${corpus.startsWith('ronec') ? 'ronec' : corpus}-${s.id}`;
    if (seen.has(name)) continue; // a sentence annotated twice: the first part wins
    seen.add(name);
    const body = textOf(corpus, s.id);
    if (body === undefined) throw new Error(`${f}: sentence ${s.id} is not in ${corpus}`);
    const claims = s.claims.map((c) => {
      const g = { id: c.id, evidenceStart: c.evidence[0], evidenceEnd: c.evidence[1] };
      if (c.sourceSurface) g.sourceSurface = [body.slice(...c.sourceSurface)];
      if (c.source) g.source = c.source;
      if (c.cue) g.cue = body.slice(...c.cue);
      for (const k of ['stance', 'quantities', 'eventTime', 'statedAt', 'optional', 'note']) if (c[k] !== undefined) g[k] = c[k];
      return g;
    });
    const article = { id: name, publisher: corpus.startsWith('ronec') ? 'ronec' : corpus, language: 'ro', body, publishedAt: PUBLISHED };
    writeFileSync(join(outDir, `${name}.json`), JSON.stringify({ article, annotates: ['source', 'stance', 'quantities'], claims }));
    files++;
  }
}
process.stderr.write(`build-ro-gold: ${files} sentences\n`);
