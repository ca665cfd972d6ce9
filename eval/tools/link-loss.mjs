#!/usr/bin/env node
// Where link F1 is lost: of the gold pairs, how many have both claims extracted, how many of
// those end in one proposition (or an explicit link) and with the right relation; of the
// predicted pairs, how many are false and where they come from (membership or an explicit
// link; one article, one event, or across events). Pairs are matched as the scorer matches
// them (../shared/eval/score.mjs): claims by span overlap, every pair within a proposition
// related by stance unless an explicit link says otherwise, optional pairs left out.
//   node eval/tools/link-loss.mjs GOLD_DIR PRED.jsonl [--pairs]
// --pairs prints each missed and each false pair with both claims' source, stance and content.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [goldDir, predPath, flag] = process.argv.slice(2);
if (!goldDir || !predPath) {
  process.stderr.write('usage: link-loss.mjs GOLD_DIR PRED.jsonl [--pairs]\n');
  process.exit(2);
}

const gold = [];
const links = [];
for (const f of readdirSync(goldDir).filter((n) => n.endsWith('.json'))) {
  const g = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
  links.push(...(g.links ?? []));
  if (!g.article) continue;
  for (const c of g.claims ?? []) {
    const evidence = c.evidence ?? g.article.body.slice(c.evidenceStart, c.evidenceEnd);
    const at = g.article.body.indexOf(evidence);
    gold.push({ ...c, key: `${g.article.id}#${c.id}`, article: g.article.id, start: at, end: at + evidence.length });
  }
}
const records = readFileSync(predPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const claims = records.filter((r) => r.kind === 'claim');
const predLinks = records.filter((r) => r.kind === 'link');

// Claims: one-to-one, largest overlap first, at least half the gold evidence covered.
const matches = [];
claims.forEach((p, pi) => {
  for (const g of gold) {
    if (g.article !== p.articleId || !p.span) continue;
    const o = Math.max(0, Math.min(p.span.end, g.end) - Math.max(p.span.start, g.start));
    if (o * 2 >= g.end - g.start) matches.push({ pi, g, o });
  }
});
matches.sort((x, y) => y.o - x.o);
const predToGold = new Map();
const goldToPred = new Map();
for (const { pi, g } of matches) {
  if (predToGold.has(pi) || goldToPred.has(g.key)) continue;
  predToGold.set(pi, g);
  goldToPred.set(g.key, pi);
}

const pairKey = (a, b) => [a, b].sort().join(' | ');
const goldPairs = new Map(links.filter((l) => !l.optional).map((l) => [pairKey(l.from, l.to), l.relation]));
const optional = new Set(links.filter((l) => l.optional).map((l) => pairKey(l.from, l.to)));

// Events: articles joined by any gold link (the gold is exhaustive within an event).
const neighbours = new Map();
for (const l of links) {
  const [a, b] = [l.from.split('#')[0], l.to.split('#')[0]];
  for (const [x, y] of [
    [a, b],
    [b, a],
  ]) {
    if (!neighbours.has(x)) neighbours.set(x, new Set());
    neighbours.get(x).add(y);
  }
}
const eventOf = new Map();
let events = 0;
for (const g of gold) {
  if (eventOf.has(g.article)) continue;
  events++;
  const stack = [g.article];
  while (stack.length) {
    const x = stack.pop();
    if (eventOf.has(x)) continue;
    eventOf.set(x, events);
    stack.push(...(neighbours.get(x) ?? []));
  }
}

// Predicted pairs, as the scorer reads them.
const pred = new Map();
const via = new Map();
const byProposition = new Map();
for (const [pi] of predToGold) {
  const p = claims[pi].propositionId;
  if (!p) continue;
  if (!byProposition.has(p)) byProposition.set(p, []);
  byProposition.get(p).push(pi);
}
for (const members of byProposition.values())
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) {
      const [p, q] = [claims[members[i]], claims[members[j]]];
      const k = pairKey(predToGold.get(members[i]).key, predToGold.get(members[j]).key);
      pred.set(k, (p.stance ?? 'asserts') === (q.stance ?? 'asserts') ? 'corroborates' : 'conflicts');
      via.set(k, 'membership');
    }
const indexOf = new Map(claims.map((c, i) => [c.id, i]));
for (const l of predLinks) {
  const a = predToGold.get(indexOf.get(l.from));
  const b = predToGold.get(indexOf.get(l.to));
  if (!a || !b || a.key === b.key) continue;
  const k = pairKey(a.key, b.key);
  pred.set(k, l.relation);
  via.set(k, via.get(k) === 'membership' ? 'membership and link' : 'link');
}
for (const k of optional) pred.delete(k);

const count = (o, k) => (o[k] = (o[k] ?? 0) + 1);
const article = (key) => key.split('#')[0];
const claimOf = (key) => claims[goldToPred.get(key)];
const recall = {};
const missed = [];
for (const [k, relation] of goldPairs) {
  const [a, b] = k.split(' | ');
  if (!goldToPred.has(a) || !goldToPred.has(b)) {
    count(recall, 'a claim not extracted');
    continue;
  }
  const [ca, cb] = [claimOf(a), claimOf(b)];
  const kind = `${relation}, ${ca.stance === cb.stance ? 'same stance' : 'opposite stances'}, ${article(a) === article(b) ? 'one article' : 'two articles'}${ca.language === cb.language ? '' : ', two languages'}`;
  if (!pred.has(k)) {
    count(recall, `missed: ${kind}`);
    missed.push(k);
  } else if (pred.get(k) !== relation) count(recall, `wrong relation (${pred.get(k)}): ${kind}`);
  else count(recall, `right: ${kind}`);
}
const precision = {};
const wrong = [];
for (const [k, relation] of pred) {
  if (goldPairs.has(k)) continue;
  const [a, b] = k.split(' | ');
  const where = article(a) === article(b) ? 'one article' : eventOf.get(article(a)) === eventOf.get(article(b)) ? 'one event' : 'two events';
  count(precision, `false ${relation} by ${via.get(k)}, ${where}`);
  wrong.push(k);
}
const print = (title, o) => {
  console.log(title);
  for (const [k, n] of Object.entries(o).sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
};
console.log(`gold pairs ${goldPairs.size}, predicted pairs ${pred.size}`);
print('gold pairs:', recall);
print('predicted pairs not in the gold:', precision);
if (flag === '--pairs') {
  const show = (k) =>
    k
      .split(' | ')
      .map((x) => {
        const c = claimOf(x);
        return `    ${x} [${c.source?.name} | ${c.stance}] ${c.content.slice(0, 160)}`;
      })
      .join('\n');
  for (const k of missed) console.log(`MISSED ${goldPairs.get(k)}\n${show(k)}`);
  for (const k of wrong) console.log(`FALSE ${pred.get(k)} (${via.get(k)})\n${show(k)}`);
}
