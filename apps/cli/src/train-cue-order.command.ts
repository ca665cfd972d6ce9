import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languagePack, learnCueOrder, type OrderGold } from '@claim-ledger/extraction';

/**
 * `train-cue-order`: learns from gold files in the scorer's format (PolNeAR's sources,
 * cues and contents for English) which cue words take their subject after them, and
 * writes the file the language pack loads.
 */
export function runTrainCueOrder(gold: string, out: string, language: string, log: (s: string) => void): void {
  const pack = languagePack(language);
  if (!pack) throw new Error(`no language pack for "${language}"`);
  const articles: OrderGold[] = [];
  for (const f of readdirSync(gold)
    .filter((n) => n.endsWith('.json') && n !== 'links.json')
    .sort()) {
    const g = JSON.parse(readFileSync(join(gold, f), 'utf8')) as { article?: { body: string }; claims?: OrderGold['claims'] };
    if (g.article) articles.push({ body: g.article.body, claims: g.claims ?? [] });
  }
  const model = learnCueOrder(
    articles,
    pack,
    `cue words whose source never follows them, that address someone first, and words seldom used as cues, learned from ${articles.length} articles of ${gold.replace(/^.*\/shared\//, 'shared/')} by \`npm run train\``,
  );
  writeFileSync(out, JSON.stringify(model) + '\n');
  log(
    `train-cue-order: ${model.nonInverting.length} cue words never take their subject after them, ${model.addressed.length} address someone first, ` +
      `${model.seldomCues.length} words are seldom cues; written to ${out}`,
  );
}
