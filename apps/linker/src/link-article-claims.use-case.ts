import type { Claim, Link } from '@claim-ledger/contracts';
import { claimKeys, linkClaims } from '@claim-ledger/linking';
import type { PropositionStore } from '@claim-ledger/persistence';

export interface LinkOutcome {
  links: Link[];
  /** claim id -> proposition id */
  propositions: Record<string, string>;
  /** Links written now; fewer than `links` when the event was delivered before. */
  inserted: number;
}

/**
 * Files the claims of an article revision under propositions and links them to the
 * ledger's current claims about the same thing, in one transaction. Candidates are found
 * through the claims' keys (an index, a few per key), so the cost does not grow with the
 * ledger. A claim filed before (a redelivered event) keeps its proposition.
 */
export class LinkArticleClaimsUseCase {
  constructor(private readonly store: PropositionStore) {}

  async execute(claims: readonly Claim[]): Promise<LinkOutcome> {
    const keys = new Map(claims.map((c) => [c.id, claimKeys(c)]));
    return this.store.withKeys([...keys.values()].flat(), async (tx) => {
      const current = await tx.current(claims.map((c) => c.id));
      const live = claims.filter((c) => current.has(c.id) && current.get(c.id) === null);
      const filedBefore = claims.filter((c) => current.get(c.id));
      const candidates = await tx.candidates(
        live.flatMap((c) => keys.get(c.id)!),
        claims.map((c) => c.id),
      );
      const result = linkClaims(live, (ks) => ks.flatMap((k) => candidates.get(k) ?? []));
      // A revision may have superseded some of these claims meanwhile: no current link may touch them.
      const held = await tx.holdCurrent([...live.map((c) => c.id), ...result.links.flatMap((l) => [l.from, l.to])]);
      result.links = result.links.filter((l) => held.has(l.from) && held.has(l.to));
      await tx.file(
        live.filter((c) => held.has(c.id)),
        result.propositions,
        (c) => keys.get(c.id)!,
      );
      const propositionOf = new Map(result.propositions);
      for (const list of candidates.values()) for (const m of list) propositionOf.set(m.claim.id, m.propositionId);
      const inserted = await tx.insertLinks(result.links, (claimId) => propositionOf.get(claimId)!);
      const propositions = Object.fromEntries(result.propositions);
      for (const c of filedBefore) propositions[c.id] = current.get(c.id)!;
      return { links: result.links, propositions, inserted };
    });
  }
}
