#!/usr/bin/env node
// Checks the PolNeAR link gold and prints its counts: node eval/tools/check-link-gold.mjs
import { readLinkGold } from './link-gold.mjs';

const { events, pairs, problems } = readLinkGold();
for (const p of problems) console.error(p);
const required = pairs.filter((p) => !p.optional);
const byRel = {};
for (const p of required) byRel[p.relation] = (byRel[p.relation] ?? 0) + 1;
const crossArticle = required.filter((p) => p.from.split('#')[0] !== p.to.split('#')[0]).length;
console.log(
  `events ${events.length}, articles ${new Set(events.flatMap((e) => e.articles)).size}, pairs ${required.length} required (${crossArticle} across articles) + ${pairs.length - required.length} optional, ${JSON.stringify(byRel)}`,
);
process.exit(problems.length ? 1 : 0);
