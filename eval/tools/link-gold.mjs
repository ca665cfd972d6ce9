// The PolNeAR link gold: parts written by annotators (eval/polnear-links/parts/*.json),
// checked and expanded into the scorer's pairs. Only keys (`<article id>#<claim id>`) are
// kept: the texts stay in ../shared.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { polnearTrain } from './polnear.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const PARTS = join(here, '../polnear-links/parts');
const RELATIONS = new Set(['corroborates', 'conflicts', 'updates']);

/**
 * Reads every part: { events: [ { name, articles: [ids], links: [
 *   { from, to, relation, optional?, note? }            one pair
 *   { group: [keys], relation, optional?, note? }       every pair within the group
 *   { between: [[keys], [keys]], relation, optional? }  every pair across the two groups
 * ] } ] }. Returns the events, the pairs and the problems found.
 */
export function readLinkGold() {
  const claims = new Map();
  const articles = new Map();
  for (const g of polnearTrain()) {
    articles.set(g.article.id, g);
    for (const c of g.claims) claims.set(`${g.article.id}#${c.id}`, c);
  }
  const problems = [];
  const events = [];
  const pairs = new Map();
  for (const f of readdirSync(PARTS).filter((n) => n.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(join(PARTS, f), 'utf8'));
    for (const ev of part.events ?? []) {
      const where = `${f}: event "${ev.name}"`;
      for (const id of ev.articles ?? []) if (!articles.has(id)) problems.push(`${where}: no article ${id}`);
      const inEvent = new Set(ev.articles ?? []);
      const add = (a, b, l) => {
        for (const k of [a, b]) {
          if (!claims.has(k)) problems.push(`${where}: no claim ${k}`);
          else if (!inEvent.has(k.split('#')[0])) problems.push(`${where}: ${k} is not in the event's articles`);
        }
        if (a === b) return;
        if (!RELATIONS.has(l.relation)) problems.push(`${where}: relation "${l.relation}"`);
        const key = [a, b].sort().join(' | ');
        const prior = pairs.get(key);
        if (prior && (prior.relation !== l.relation || Boolean(prior.optional) !== Boolean(l.optional)))
          problems.push(`${where}: ${key} given twice, as ${prior.relation} and ${l.relation}`);
        pairs.set(key, { from: a, to: b, relation: l.relation, ...(l.optional ? { optional: true } : {}), event: ev.name });
      };
      for (const l of ev.links ?? []) {
        if (l.group) for (let i = 0; i < l.group.length; i++) for (let j = i + 1; j < l.group.length; j++) add(l.group[i], l.group[j], l);
        else if (l.between) for (const a of l.between[0]) for (const b of l.between[1]) add(a, b, l);
        else add(l.from, l.to, l);
      }
      events.push({ name: ev.name, articles: ev.articles ?? [], part: f });
    }
  }
  return { events, pairs: [...pairs.values()], problems, articles };
}
