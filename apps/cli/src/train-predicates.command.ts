import { readFileSync, writeFileSync } from 'node:fs';
import { conlluSentences, trainPredicates } from '@claim-ledger/extraction';

/**
 * `train-predicates`: learns to tell verbs from other words where they stand, from the parts
 * of speech of CoNLL-U treebanks (UD Romanian-RRT for Romanian), and writes the model file
 * the language pack loads.
 */
export function runTrainPredicates(files: string[], out: string, log: (s: string) => void): void {
  const sentences = files.flatMap((f) => conlluSentences(readFileSync(f, 'utf8')));
  const names = files.map((f) => f.replace(/^.*\/shared\//, 'shared/')).join(', ');
  const words = sentences.reduce((n, s) => n + s.length, 0);
  const model = trainPredicates(
    sentences,
    `verbs and auxiliaries (UPOS VERB, AUX) learned from ${words} words of ${names} (CC BY-SA 4.0) by \`npm run train\``,
  );
  writeFileSync(out, JSON.stringify(model) + '\n');
  log(`train-predicates: ${sentences.length} sentences, ${words} words, ${model.features.length} features, written to ${out}`);
}
