#!/usr/bin/env node
// Agreement between the link gold (eval/polnear-links/parts) and a second annotator's
// independent annotation of some of its events (eval/polnear-links/agreement/*.json, made by
// the same guide without seeing the first): pairs and relations in both, over the events the
// second file holds. A pair optional in either is left out, as the scorer leaves out optional pairs.
//   node eval/tools/link-agreement.mjs [SECOND.json]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARTS } from './link-gold.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const secondPath = process.argv[2] ?? join(here, '../polnear-links/agreement/second-annotator.json');

/** Every pair a part's links give: key "a | b" (sorted) -> { relation, optional }. */
function pairsOf(events) {
  const pairs = new Map();
  for (const ev of events) {
    const add = (a, b, l) => {
      if (a !== b) pairs.set([a, b].sort().join(' | '), { relation: l.relation, optional: Boolean(l.optional) });
    };
    for (const l of ev.links ?? []) {
      if (l.group) for (let i = 0; i < l.group.length; i++) for (let j = i + 1; j < l.group.length; j++) add(l.group[i], l.group[j], l);
      else if (l.between) for (const a of l.between[0]) for (const b of l.between[1]) add(a, b, l);
      else add(l.from, l.to, l);
    }
  }
  return pairs;
}

const second = JSON.parse(readFileSync(secondPath, 'utf8')).events;
const articles = new Set(second.flatMap((e) => e.articles));
const first = readdirSync(PARTS)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(PARTS, f), 'utf8')).events)
  .filter((e) => e.articles.every((a) => articles.has(a)));
if (first.length !== second.length) {
  process.stderr.write(`link-agreement: ${second.length} events in the second file, ${first.length} of them found in the gold\n`);
  process.exit(1);
}
const a = pairsOf(first);
const b = pairsOf(second);
const optional = new Set([...a, ...b].filter(([, v]) => v.optional).map(([k]) => k));
const required = (m) => new Map([...m].filter(([k, v]) => !v.optional && !optional.has(k)));
const ra = required(a);
const rb = required(b);
let pairs = 0;
let relations = 0;
for (const [k, v] of rb)
  if (ra.has(k)) {
    pairs++;
    if (ra.get(k).relation === v.relation) relations++;
  }
const f1 = (n) => ((2 * n) / (ra.size + rb.size)).toFixed(3);
console.log(
  `events ${first.length}; required pairs: gold ${ra.size}, second annotator ${rb.size}, both ${pairs} (same relation ${relations})`,
);
console.log(`agreement F1: pair ${f1(pairs)}, pair and relation ${f1(relations)}`);
