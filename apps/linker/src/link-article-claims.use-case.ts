import type { Claim, Link } from '@claim-ledger/contracts';
import {
  CANDIDATES_PER_KEY,
  claimKeys,
  fileClaims,
  PER_PROPOSITION,
  propositionsOf,
  relateFiled,
  type LinkResult,
  type Member,
} from '@claim-ledger/linking';
import type { FiledClaim, PropositionStore } from '@claim-ledger/persistence';

export interface LinkOutcome {
  links: Link[];
  /** claim id -> proposition id */
  propositions: Record<string, string>;
  /** Links written now; fewer than `links` when the event was delivered before. */
  inserted: number;
}

/**
 * Files the claims of article revisions under propositions and links them to the
 * ledger's current claims about the same thing, in one transaction. Candidates are found
 * through the claims' keys (an index, a few per key), so the cost does not grow with the
 * ledger. A claim filed before (a redelivered event) keeps its proposition.
 *
 * Several articles (a batch of one partition, or of every partition of a fetch) go through one transaction with a fixed
 * number of statements: the keys of all are locked together, their candidates read in
 * one query, and each article is linked in memory, in order, seeing the claims of the
 * articles before it in the batch as it would see them in the ledger had they been
 * written one transaction each.
 */
export class LinkArticleClaimsUseCase {
  constructor(private readonly store: PropositionStore) {}

  async execute(claims: readonly Claim[]): Promise<LinkOutcome> {
    return (await this.executeMany([claims]))[0]!;
  }

  async executeMany(articles: readonly (readonly Claim[])[]): Promise<LinkOutcome[]> {
    const all = articles.flat();
    const keys = new Map(all.map((c) => [c.id, claimKeys(c)]));
    return this.store.withKeys([...keys.values()].flat(), async (tx) => {
      const current = await tx.current(all.map((c) => c.id));
      const isLive = (c: Claim) => current.has(c.id) && current.get(c.id) === null;
      const fromLedger = await tx.candidates(
        all.filter(isLive).flatMap((c) => keys.get(c.id)!),
        all.map((c) => c.id),
        CANDIDATES_PER_KEY,
      );
      // Claims filed by earlier articles of the batch, by key, as the index would hold them:
      // newest statement first, the newest CANDIDATES_PER_KEY of ledger and batch together.
      const fromBatch = new Map<string, FiledClaim[]>();
      const merged = new Map<string, readonly Member[]>();
      // Each key's ledger claims sorted once, to be merged with the batch's (kept sorted) after
      // every filing under the key: sorting both lists again each time was a tenth of the
      // linker's CPU. (No claim is in both: the ledger's leave out the batch's.)
      const ledgerSorted = new Map<string, readonly FiledClaim[]>();
      const lookupKey = (k: string): readonly Member[] => {
        let found = merged.get(k);
        if (!found) {
          const batch = fromBatch.get(k);
          if (batch) {
            let ledger = ledgerSorted.get(k);
            if (!ledger) ledgerSorted.set(k, (ledger = [...(fromLedger.get(k) ?? [])].sort(newestFirst)));
            found = mergeNewestFirst(batch, ledger, CANDIDATES_PER_KEY);
          } else found = fromLedger.get(k) ?? [];
          merged.set(k, found);
        }
        return found;
      };
      // (A loop, not flatMap: the builtin was most of this look-up's time, a look-up a claim.)
      const lookup = (ks: readonly string[]): Member[] => {
        const found: Member[] = [];
        for (const k of ks) for (const m of lookupKey(k)) found.push(m);
        return found;
      };
      const fileInBatch = (c: Claim, propositionId: string) => {
        const filed = [{ claim: c, propositionId }];
        for (const k of keys.get(c.id)!) {
          fromBatch.set(k, mergeNewestFirst(fromBatch.get(k) ?? [], filed, CANDIDATES_PER_KEY));
          merged.delete(k);
        }
      };
      // Files the batch's articles in order, each filing its claims for the ones after it. An
      // article twice in the batch (a redelivery): the second finds its claims filed, as it
      // would in the ledger.
      const seen = new Set<string>();
      const filedInOrder = articles.map((claims) => {
        const live = claims.filter((c) => isLive(c) && !seen.has(c.id));
        for (const c of claims) seen.add(c.id);
        const filings = fileClaims(live, lookup);
        for (const f of filings) fileInBatch(f.member.claim, f.member.propositionId);
        return { claims, live, filings };
      });
      // Which ledger propositions the batch's claims join: filing does not depend on members
      // (they only add links to a proposition once it is joined), so that only their members
      // are read, not those of every candidate's proposition (at a million claims those
      // records are seldom among the recent ones kept, and reading a few hundred per article
      // was most of its latency).
      const ledgerPropositions = new Set<string>();
      for (const list of fromLedger.values()) for (const m of list) ledgerPropositions.add(m.propositionId);
      const joined = new Set(
        filedInOrder.flatMap(({ filings }) => filings.map((f) => f.member.propositionId)).filter((p) => ledgerPropositions.has(p)),
      );
      // The newest members of every proposition joined, in one query: a claim that joins one is
      // related to them too. Those filed by the batch's earlier articles come first, as the
      // ledger would list them, newest first.
      const ledgerMembers = await tx.members(
        [...joined],
        all.map((c) => c.id),
        PER_PROPOSITION,
      );
      // Then each article's filings are related, in order, to the members of the ledger and
      // of the articles before it (newest first, ledger and batch together, as one-by-one
      // linking would find them in the ledger); the filing itself is not worked out again.
      const batchMembers = new Map<string, FiledClaim[]>();
      const membersOf = (p: string) =>
        [...(batchMembers.get(p) ?? []), ...(ledgerMembers.get(p) ?? [])].sort(newestFirst).slice(0, PER_PROPOSITION);
      const results = filedInOrder.map(({ claims, live, filings }) => {
        const result: LinkResult = { propositions: propositionsOf(filings), links: relateFiled(filings, membersOf) };
        for (const { member } of filings)
          batchMembers.set(member.propositionId, [member, ...(batchMembers.get(member.propositionId) ?? [])]);
        return { claims, live, result };
      });

      // A revision may have superseded some of these claims meanwhile: no current link may touch them.
      const held = await tx.holdCurrent(
        results.flatMap(({ live, result }) => [...live.map((c) => c.id), ...result.links.flatMap((l) => [l.from, l.to])]),
      );
      const propositionOf = new Map<string, string>();
      for (const list of fromLedger.values()) for (const m of list) propositionOf.set(m.claim.id, m.propositionId);
      // (Members the keys did not find are linked too, and a link may be stored under either end's.)
      for (const [p, list] of ledgerMembers) for (const m of list) propositionOf.set(m.claim.id, p);
      const filed = new Map<string, string>();
      for (const { result } of results) {
        result.links = result.links.filter((l) => held.has(l.from) && held.has(l.to));
        for (const [claimId, p] of result.propositions) {
          filed.set(claimId, p);
          propositionOf.set(claimId, p);
        }
      }
      await tx.file(
        results.flatMap(({ live }) => live.filter((c) => held.has(c.id))),
        filed,
        (c) => keys.get(c.id)!,
      );
      const inserted = await tx.insertLinksReturningPairs(
        results.flatMap(({ result }) => result.links),
        (claimId) => propositionOf.get(claimId)!,
      );
      return results.map(({ claims, result }) => {
        const propositions = Object.fromEntries(result.propositions);
        for (const c of claims) {
          const before = current.get(c.id) ?? (propositions[c.id] === undefined ? filed.get(c.id) : undefined);
          if (before) propositions[c.id] = before;
        }
        return { links: result.links, propositions, inserted: result.links.filter((l) => inserted.has(`${l.from} ${l.to}`)).length };
      });
    });
  }
}

/** The first `limit` of two lists sorted newest first, as sorting them together would give them (no claim in both). */
function mergeNewestFirst(a: readonly FiledClaim[], b: readonly FiledClaim[], limit: number): FiledClaim[] {
  const out: FiledClaim[] = [];
  let i = 0;
  let j = 0;
  while (out.length < limit && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && newestFirst(a[i]!, b[j]!) <= 0)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

function newestFirst(a: FiledClaim, b: FiledClaim): number {
  const da = a.claim.statedAt.start;
  const db = b.claim.statedAt.start;
  if (da !== db) return da < db ? 1 : -1;
  return a.claim.id < b.claim.id ? 1 : a.claim.id > b.claim.id ? -1 : 0;
}
