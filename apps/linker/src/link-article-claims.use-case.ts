import type { Claim, Link } from '@claim-ledger/contracts';
import { linkClaims, propositionIdOf, propositionKey } from '@claim-ledger/linking';
import type { PropositionSlots, PropositionStore } from '@claim-ledger/persistence';

export interface LinkOutcome {
  links: Link[];
  /** claim id -> proposition id */
  propositions: Record<string, string>;
  /** Links written now; fewer than `links` when the event was delivered before. */
  inserted: number;
}

/**
 * Files the claims of an article revision under their propositions and links them to
 * the ledger's current claims of the same propositions, in one transaction. Found
 * through the propositions' keys (an index), so the cost does not grow with the ledger.
 */
export class LinkArticleClaimsUseCase {
  constructor(private readonly store: PropositionStore) {}

  async execute(claims: readonly Claim[]): Promise<LinkOutcome> {
    const slots: PropositionSlots[] = [];
    for (const c of claims) {
      const key = propositionKey(c);
      if (key) slots.push({ id: propositionIdOf(key), key, action: c.frame?.action, agent: c.frame?.agent, patient: c.frame?.patient });
    }
    return this.store.withPropositions(slots, async (tx) => {
      const current = await tx.current(claims.map((c) => c.id));
      const live = claims.filter((c) => current.has(c.id));
      const ids = [...new Set(slots.map((s) => s.id))];
      const members = await tx.members(
        ids,
        live.map((c) => c.id),
      );
      const result = linkClaims(live, (id) => members.get(id) ?? []);
      await tx.assign(result.propositions);
      const propositionOf = new Map(result.propositions);
      for (const [id, cs] of members) for (const c of cs) propositionOf.set(c.id, id);
      const inserted = await tx.insertLinks(result.links, (claimId) => propositionOf.get(claimId)!);
      return { links: result.links, propositions: Object.fromEntries(result.propositions), inserted };
    });
  }
}
