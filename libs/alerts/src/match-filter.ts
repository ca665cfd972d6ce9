import type { AlertEvent } from './alert-event';
import { type ClaimFacts, foldText } from './claim-facts';
import { type FigureChange, largestFigureChange } from './figure-change';
import type { SubscriptionFilter } from './subscription-filter.schema';

/** A filter with its values folded for comparison, built once per subscription. */
export interface CompiledFilter {
  relation: SubscriptionFilter['relation'];
  sources: ReadonlySet<string> | null;
  entities: ReadonlySet<string> | null;
  propositions: ReadonlySet<string> | null;
  languages: ReadonlySet<string> | null;
  publishers: ReadonlySet<string> | null;
  keywords: readonly string[] | null;
  minFigureChangePercent: number | null;
}

const folded = (values: readonly string[] | undefined) => (values ? new Set(values.map(foldText)) : null);

export function compileFilter(f: SubscriptionFilter): CompiledFilter {
  return {
    relation: f.relation,
    sources: folded(f.sources),
    entities: folded(f.entities),
    // Proposition ids are compared as they are written.
    propositions: f.propositions ? new Set(f.propositions) : null,
    languages: f.languages ? new Set(f.languages) : null,
    publishers: folded(f.publishers),
    keywords: f.keywords ? f.keywords.map(foldText) : null,
    minFigureChangePercent: f.minFigureChangePercent ?? null,
  };
}

const anyIn = (set: ReadonlySet<string> | null, values: readonly string[]) => set === null || values.some((v) => set.has(v));

/** Whether one claim meets every claim-level part of the filter. */
function claimMatches(f: CompiledFilter, c: ClaimFacts, proposition: string | null): boolean {
  return (
    anyIn(f.sources, c.sources) &&
    anyIn(f.entities, c.entities) &&
    (f.propositions === null || (proposition !== null && f.propositions.has(proposition))) &&
    (f.languages === null || f.languages.has(c.language)) &&
    (f.publishers === null || f.publishers.has(c.publisher)) &&
    (f.keywords === null || f.keywords.some((k) => c.text.includes(k)))
  );
}

/** The outcome of a match: the figure change that met `minFigureChangePercent`, if it was asked. */
export interface FilterMatch {
  figureChange: FigureChange | null;
}

/**
 * Whether an event meets a filter. For a link, the claim-level parts (source, entity,
 * language, publisher, keyword) must all hold for one of its two claims, and its
 * relation must be the one asked; the figure change compares the earlier claim with
 * the later one.
 */
export function matchFilter(f: CompiledFilter, event: AlertEvent, facts: (claimId: string) => ClaimFacts): FilterMatch | null {
  if (event.kind === 'claim') {
    if (f.relation !== 'any') return null;
    if ((event.stage === 'filed') !== (f.propositions !== null)) return null;
    return claimMatches(f, facts(event.claim.id), event.claim.propositionId ?? null) ? { figureChange: null } : null;
  }
  if (f.relation !== event.link.relation) return null;
  const proposition = event.propositionId ?? event.to.propositionId ?? null;
  if (!claimMatches(f, facts(event.to.id), proposition) && !claimMatches(f, facts(event.from.id), proposition)) return null;
  if (f.minFigureChangePercent === null) return { figureChange: largestFigureChange(event.from, event.to) };
  const change = largestFigureChange(event.from, event.to);
  return change && change.percent >= f.minFigureChangePercent ? { figureChange: change } : null;
}
