#!/usr/bin/env node
// Writes the PolNeAR link gold in the scorer's format to OUT_DIR (a temporary folder):
// the gold files of every article of the annotated events, and links.json.
//   node eval/tools/build-link-gold.mjs OUT_DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { outsideProjectDir } from './corpora.mjs';
import { readLinkGold } from './link-gold.mjs';

const out = outsideProjectDir(process.argv[2], 'build-link-gold.mjs OUT_DIR');
const { events, pairs, problems, articles } = readLinkGold();
if (problems.length) {
  process.stderr.write(problems.join('\n') + '\n');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
for (const id of new Set(events.flatMap((e) => e.articles))) {
  const g = articles.get(id);
  writeFileSync(join(out, g.file), JSON.stringify({ article: g.article, annotates: g.annotates, claims: g.claims, notes: g.notes }));
}
writeFileSync(join(out, 'links.json'), JSON.stringify({ links: pairs.map(({ from, to, relation, optional }) => ({ from, to, relation, ...(optional ? { optional } : {}) })) }));
process.stderr.write(`build-link-gold: ${events.length} events, ${pairs.length} pairs\n`);
