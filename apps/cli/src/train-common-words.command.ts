import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { learnCommonWords } from '@claim-ledger/extraction';

/** The running text of gold folders (article bodies), CoNLL-U files (`# text =` lines) or RONEC's JSON. */
function* textsOf(sources: readonly string[]): Generator<string> {
  for (const s of sources) {
    // RONEC: sentences as tokens, joined as `space_after` says.
    if (s.endsWith('.json')) {
      for (const row of JSON.parse(readFileSync(s, 'utf8')) as { tokens: string[]; space_after: boolean[] }[])
        yield row.tokens.map((t, i) => t + (row.space_after[i] ? ' ' : '')).join('');
      continue;
    }
    if (s.endsWith('.conllu')) {
      for (const line of readFileSync(s, 'utf8').split('\n')) if (line.startsWith('# text = ')) yield line.slice(9);
      continue;
    }
    for (const f of readdirSync(s).filter((n) => n.endsWith('.json') && n !== 'links.json')) {
      const body = (JSON.parse(readFileSync(join(s, f), 'utf8')) as { article?: { body?: string } }).article?.body;
      if (typeof body === 'string') yield body;
    }
  }
}

/**
 * `train-common-words`: learns which words a language writes in lower case inside
 * sentences (so a capital at a sentence's start names nobody) from running text: the
 * article bodies of gold folders, or the sentences of CoNLL-U treebanks.
 */
export function runTrainCommonWords(sources: string[], out: string, log: (s: string) => void): void {
  const names = sources.map((f) => f.replace(/^.*\/shared\//, 'shared/')).join(', ');
  const model = learnCommonWords(textsOf(sources), `common words learned from the running text of ${names} by \`npm run train\``);
  writeFileSync(out, JSON.stringify(model) + '\n');
  log(`train-common-words: ${model.words.length} common words, written to ${out}`);
}
