import type { Claim, Link } from '@claim-ledger/contracts';
import { propositionIdOf, propositionKey } from './proposition-key';
import { relateClaims } from './relate-claims';

export interface LinkResult {
  /** claim id -> proposition id, for the new claims that belong to one. */
  propositions: Map<string, string>;
  links: Link[];
}

/**
 * Links new claims to the claims already filed under the same propositions, and to
 * each other. `existing(propositionId)` gives the claims the ledger holds for one
 * proposition (a bounded, indexed look-up in the service; a map in `analyze`).
 */
export function linkClaims(newClaims: readonly Claim[], existing: (propositionId: string) => readonly Claim[]): LinkResult {
  const propositions = new Map<string, string>();
  const links: Link[] = [];
  const added = new Map<string, Claim[]>();
  for (const claim of newClaims) {
    const key = propositionKey(claim);
    if (!key) continue;
    const id = propositionIdOf(key);
    propositions.set(claim.id, id);
    const members = [...existing(id), ...(added.get(id) ?? [])];
    for (const other of members) if (other.id !== claim.id) links.push(relateClaims(other, claim));
    added.set(id, [...(added.get(id) ?? []), claim]);
  }
  return { propositions, links };
}

/** An in-memory ledger of propositions, for the `analyze` command and tests. */
export class InMemoryPropositions {
  private readonly members = new Map<string, Claim[]>();

  link(claims: readonly Claim[]): LinkResult {
    const result = linkClaims(claims, (id) => this.members.get(id) ?? []);
    for (const c of claims) {
      const id = result.propositions.get(c.id);
      if (id) this.members.set(id, [...(this.members.get(id) ?? []), c]);
    }
    return result;
  }
}
