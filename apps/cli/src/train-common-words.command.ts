import { writeFileSync } from 'node:fs';
import { learnCommonWords } from '@claim-ledger/extraction';
import { corpusTexts } from './corpus-texts';

/**
 * `train-common-words`: learns which words a language writes in lower case inside
 * sentences (so a capital at a sentence's start names nobody) from running text: the
 * article bodies of gold folders, or the sentences of CoNLL-U treebanks.
 */
export function runTrainCommonWords(sources: string[], out: string, log: (s: string) => void): void {
  const names = sources.map((f) => f.replace(/^.*\/shared\//, 'shared/')).join(', ');
  const model = learnCommonWords(corpusTexts(sources), `common words learned from the running text of ${names} by \`npm run train\``);
  writeFileSync(out, JSON.stringify(model) + '\n');
  log(`train-common-words: ${model.words.length} common words, written to ${out}`);
}
