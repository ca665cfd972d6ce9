#!/usr/bin/env node
// Prints RONEC sentences by position in the file (from, to): `index<TAB>id<TAB>text`.
// For annotators: node eval/tools/print-ronec.mjs 0 100
import { ronecSentences } from './ronec.mjs';

const [from = '0', to = '1e9'] = process.argv.slice(2);
ronecSentences()
  .slice(Number(from), Number(to))
  .forEach((s, i) => console.log(`${Number(from) + i}\t${s.id}\t${s.text}`));
