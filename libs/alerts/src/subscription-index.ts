import type { AlertEvent } from './alert-event';
import { type ClaimFacts, claimFacts } from './claim-facts';
import { type CompiledFilter, compileFilter, type FilterMatch, matchFilter } from './match-filter';
import type { SubscriptionFilter } from './subscription-filter.schema';

/** What the index needs to know of a subscription. */
export interface IndexedSubscription {
  id: string;
  filter: SubscriptionFilter;
}

export interface SubscriptionMatch extends FilterMatch {
  subscriptionId: string;
}

interface Entry {
  id: string;
  filter: CompiledFilter;
  keys: string[];
}

/**
 * The active subscriptions, indexed so that an event is checked against the few that can
 * match it, never against all of them. Each subscription is filed under the relation it
 * asks for and the values of its most selective dimension (propositions, then entities,
 * sources, publishers, languages); one with none of these is filed under its relation
 * alone and checked on every event of that relation. An event looks up the buckets of
 * its relation and of each of its values, then checks the candidates' whole filters.
 */
export class SubscriptionIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly buckets = new Map<string, Set<string>>();

  get size(): number {
    return this.entries.size;
  }

  has(id: string): boolean {
    return this.entries.has(id);
  }

  /** Adds a subscription or replaces its filter. */
  upsert(sub: IndexedSubscription): void {
    this.remove(sub.id);
    const filter = compileFilter(sub.filter);
    const keys = anchorKeys(filter);
    this.entries.set(sub.id, { id: sub.id, filter, keys });
    for (const k of keys) {
      let bucket = this.buckets.get(k);
      if (!bucket) this.buckets.set(k, (bucket = new Set()));
      bucket.add(sub.id);
    }
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const k of entry.keys) {
      const bucket = this.buckets.get(k);
      bucket?.delete(id);
      if (bucket?.size === 0) this.buckets.delete(k);
    }
  }

  /** Whether a subscription to new claims follows this proposition (its claims are then worth loading). */
  followsProposition(propositionId: string): boolean {
    return this.buckets.has(`any|p:${propositionId}`);
  }

  /** The subscriptions an event matches, each once. */
  match(event: AlertEvent): SubscriptionMatch[] {
    const facts = new Map<string, ClaimFacts>();
    const factsOf = (id: string): ClaimFacts => facts.get(id)!;
    const claims = event.kind === 'claim' ? [event.claim] : [event.from, event.to];
    for (const c of claims) facts.set(c.id, claimFacts(c));
    const candidates = new Set<string>();
    for (const key of eventKeys(event, [...facts.values()])) {
      const bucket = this.buckets.get(key);
      if (bucket) for (const id of bucket) candidates.add(id);
    }
    const out: SubscriptionMatch[] = [];
    for (const id of candidates) {
      const m = matchFilter(this.entries.get(id)!.filter, event, factsOf);
      if (m) out.push({ subscriptionId: id, ...m });
    }
    return out;
  }
}

function anchorKeys(f: CompiledFilter): string[] {
  const r = f.relation;
  if (f.propositions) return [...f.propositions].map((v) => `${r}|p:${v}`);
  if (f.entities) return [...f.entities].map((v) => `${r}|e:${v}`);
  if (f.sources) return [...f.sources].map((v) => `${r}|s:${v}`);
  if (f.publishers) return [...f.publishers].map((v) => `${r}|pub:${v}`);
  if (f.languages) return [...f.languages].map((v) => `${r}|l:${v}`);
  return [`${r}|*`];
}

function eventKeys(event: AlertEvent, facts: ClaimFacts[]): string[] {
  if (event.kind === 'claim' && event.stage === 'filed') {
    return event.claim.propositionId ? [`any|p:${event.claim.propositionId}`] : [];
  }
  const r = event.kind === 'claim' ? 'any' : event.link.relation;
  const keys = new Set<string>([`${r}|*`]);
  if (event.kind === 'link') {
    const p = event.propositionId ?? event.to.propositionId;
    if (p) keys.add(`${r}|p:${p}`);
  }
  for (const f of facts) {
    for (const e of f.entities) keys.add(`${r}|e:${e}`);
    for (const s of f.sources) keys.add(`${r}|s:${s}`);
    keys.add(`${r}|pub:${f.publisher}`);
    keys.add(`${r}|l:${f.language}`);
  }
  return [...keys];
}
