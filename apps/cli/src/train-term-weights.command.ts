import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '@claim-ledger/extraction';
import { termsOf, trainTermWeights } from '@claim-ledger/linking';

/** Sentences of the corpora in ../shared: PolNeAR train bodies, RONEC, UD Romanian-RRT. */
function* sentences(shared: string): Generator<string> {
  const polnear = join(shared, 'eval/polnear/train');
  for (const f of readdirSync(polnear).filter((n) => n.endsWith('.json'))) {
    const body = (JSON.parse(readFileSync(join(polnear, f), 'utf8')) as { article: { body: string } }).article.body;
    for (const s of splitSentences(body, 'en')) yield s.text;
  }
  const ronec = JSON.parse(readFileSync(join(shared, 'corpora/ronec/valid.json'), 'utf8')) as { tokens: string[] }[];
  for (const s of ronec) yield s.tokens.join(' ');
  for (const split of ['dev', 'test'])
    for (const line of readFileSync(join(shared, `corpora/ud-ro-rrt/ro_rrt-ud-${split}.conllu`), 'utf8').split('\n'))
      if (line.startsWith('# text = ')) yield line.slice(9);
}

/**
 * `train-term-weights`: counts in how many sentences of real news each word stem occurs
 * (PolNeAR train, RONEC, UD Romanian-RRT) and writes the linker's term weights.
 */
export function runTrainTermWeights(shared: string, out: string, log: (s: string) => void): void {
  const model = trainTermWeights(
    (function* () {
      for (const s of sentences(shared)) yield termsOf(s);
    })(),
    'sentence frequencies of word stems in shared/eval/polnear/train (PolNeAR), shared/corpora/ronec/valid.json (RONEC, MIT) and shared/corpora/ud-ro-rrt (CC BY-SA 4.0), by `npm run train`',
  );
  writeFileSync(out, JSON.stringify(model) + '\n');
  log(`train-term-weights: ${model.documents} sentences, ${model.df.length} stems, written to ${out}`);
}
