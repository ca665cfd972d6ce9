import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { languagePack, trainCueModel, type AttributionGold } from '@claim-ledger/extraction';

export interface TrainOptions {
  gold: string;
  out: string;
  language: string;
  /** Leave out every n-th article (1-based positions n, 2n, …) to measure on them. */
  holdoutEvery?: number;
}

/**
 * `train-cues`: trains a language's cue model on gold files in the scorer's format
 * (PolNeAR's attributions for English) and writes the model file the pack loads.
 */
export function runTrainCues(o: TrainOptions, log: (s: string) => void): void {
  const pack = languagePack(o.language);
  if (!pack) throw new Error(`no language pack for "${o.language}"`);
  const files = readdirSync(o.gold)
    .filter((f) => f.endsWith('.json') && f !== 'links.json')
    .sort();
  const articles: AttributionGold[] = [];
  files.forEach((f, i) => {
    if (o.holdoutEvery && (i + 1) % o.holdoutEvery === 0) return;
    const g = JSON.parse(readFileSync(join(o.gold, f), 'utf8')) as { article?: { body: string }; claims?: AttributionGold['claims'] };
    if (g.article) articles.push({ body: g.article.body, claims: g.claims ?? [] });
  });
  log(`train-cues: ${articles.length} articles from ${o.gold}`);
  const started = Date.now();
  const model = trainCueModel(
    articles,
    pack,
    `cue model for "${o.language}", averaged perceptron trained on ${articles.length} articles of ${o.gold.replace(/^.*\/shared\//, 'shared/')} by \`npm run train\``,
  );
  writeFileSync(o.out, JSON.stringify(model) + '\n');
  log(
    `train-cues: ${model.candidates.length} cue words, ${model.features.length} weights, ${((Date.now() - started) / 1000).toFixed(1)} s, written to ${o.out}`,
  );
}
