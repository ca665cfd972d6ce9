#!/usr/bin/env node
// Prints a corpus's sentences by position (from, to): `index<TAB>id<TAB>text`.
// For annotators: node eval/tools/print-sentences.mjs 0 100 [ronec/valid.json | ud-ro-rrt]
import { corpusSentences } from './corpora.mjs';

const [from = '0', to = '1e9', corpus = 'ronec/valid.json'] = process.argv.slice(2);
corpusSentences(corpus)
  .slice(Number(from), Number(to))
  .forEach((s, i) => console.log(`${Number(from) + i}\t${s.id}\t${s.text}`));
