#!/usr/bin/env node
// RONEC sentences by position: the same as `print-sentences.mjs FROM TO ronec/valid.json`.
import { corpusSentences } from './corpora.mjs';

const [from = '0', to = '1e9'] = process.argv.slice(2);
corpusSentences('ronec/valid.json')
  .slice(Number(from), Number(to))
  .forEach((s, i) => console.log(`${Number(from) + i}\t${s.id}\t${s.text}`));
