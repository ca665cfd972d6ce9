import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The running text of gold folders (article bodies), CoNLL-U files (`# text =` lines) or RONEC's JSON. */
export function* corpusTexts(sources: readonly string[]): Generator<string> {
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
