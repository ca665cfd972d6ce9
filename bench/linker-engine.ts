import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Claim, ClaimsExtractedV1, Link } from '@claim-ledger/contracts';
import type { FiledClaim, PropositionStore, PropositionTx } from '@claim-ledger/persistence';
import { LinkArticleClaimsUseCase } from '../apps/linker/src/link-article-claims.use-case';

// The linker's use case on the pipeline feed with the ledger in memory (claim keys kept
// as the claim_keys index keeps them: newest statement first, the linker's CANDIDATES_PER_KEY read per
// key), to time its CPU alone, without Postgres: `node dist/bench/linker-engine.js EVENTS`
// (the events file bench/linker-inprocess.ts caches). Prints CPU seconds per pass and a
// hash of the links and filings: two versions of the engine that link alike print the same
// one (bench/linker-inprocess.ts writes the whole feed before it links, so its own differs).
// The in-memory ledger answers from indexes of its own (by key, sorted; by proposition) as
// Postgres's do: scanning every filing for each batch's members was most of a pass's time.

class MemoryLedger {
  readonly proposition = new Map<string, string>();
  readonly byKey = new Map<string, { id: string; stated: string }[]>();
  /** proposition -> its claims' ids (members() reads these, not every filing). */
  readonly byProposition = new Map<string, string[]>();
  readonly records = new Map<string, Claim>();
  readonly revisions = new Map<string, { revision: number; claims: string[] }>();
  readonly links = new Map<string, Link & { propositionId: string }>();

  tx(): PropositionTx {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const ledger = this;
    return {
      async current(ids: readonly string[]) {
        return new Map(ids.filter((id) => ledger.records.has(id)).map((id) => [id, ledger.proposition.get(id) ?? null]));
      },
      async holdCurrent(ids: readonly string[]) {
        return new Set(ids.filter((id) => ledger.records.has(id)));
      },
      async candidates(keys: readonly string[], except: readonly string[], perKey: number) {
        const out = new Map<string, FiledClaim[]>();
        const not = new Set(except);
        for (const k of new Set(keys)) {
          const list = (ledger.byKey.get(k) ?? [])
            .slice(0, perKey)
            .filter((e) => ledger.records.has(e.id) && ledger.proposition.has(e.id) && !not.has(e.id))
            .map((e) => ({ claim: ledger.records.get(e.id)!, propositionId: ledger.proposition.get(e.id)! }));
          if (list.length) out.set(k, list);
        }
        return out;
      },
      // The newest current members of each proposition, as PropositionTx.members reads them
      // (by statement, newest first, then id).
      async members(propositionIds: readonly string[], except: readonly string[], perProposition: number) {
        const out = new Map<string, FiledClaim[]>();
        const not = new Set(except);
        for (const p of new Set(propositionIds)) {
          const list = (ledger.byProposition.get(p) ?? [])
            .filter((id) => !not.has(id))
            .map((id) => ledger.records.get(id))
            .filter((claim): claim is Claim => claim !== undefined)
            .sort((a, b) => (a.statedAt.start !== b.statedAt.start ? (a.statedAt.start < b.statedAt.start ? 1 : -1) : a.id < b.id ? -1 : 1))
            .slice(0, perProposition);
          if (list.length)
            out.set(
              p,
              list.map((claim) => ({ claim, propositionId: p })),
            );
        }
        return out;
      },
      async file(claims: readonly Claim[], propositions: ReadonlyMap<string, string>, keysOf: (c: Claim) => readonly string[]) {
        for (const c of claims) {
          const p = propositions.get(c.id);
          if (!p) continue;
          if (!ledger.proposition.has(c.id)) {
            ledger.proposition.set(c.id, p);
            const members = ledger.byProposition.get(p);
            if (members) members.push(c.id);
            else ledger.byProposition.set(p, [c.id]);
          }
          for (const k of keysOf(c)) {
            const list = ledger.byKey.get(k) ?? [];
            const e = { id: c.id, stated: c.statedAt.start };
            const after = (x: { id: string; stated: string }) => x.stated < e.stated || (x.stated === e.stated && x.id < e.id);
            // (Binary search: the first entry after this one; a story's keys hold thousands.)
            let lo = 0;
            let hi = list.length;
            while (lo < hi) {
              const mid = (lo + hi) >> 1;
              if (after(list[mid]!)) hi = mid;
              else lo = mid + 1;
            }
            const at = lo;
            if (list[at - 1]?.id !== e.id) list.splice(at, 0, e);
            ledger.byKey.set(k, list);
          }
        }
      },
      async insertLinksReturningPairs(links: readonly Link[], propositionOf: (id: string) => string) {
        const fresh = new Set<string>();
        for (const l of links) {
          const k = `${l.from} ${l.to}`;
          if (ledger.links.has(k)) continue;
          ledger.links.set(k, { ...l, propositionId: propositionOf(l.to) });
          fresh.add(k);
        }
        return fresh;
      },
    } as unknown as PropositionTx;
  }
}

async function main(): Promise<void> {
  const feed: ClaimsExtractedV1[] = JSON.parse(readFileSync(process.argv[2]!, 'utf8'));
  const passes = Number(process.argv[3] ?? 3);
  for (let pass = 0; pass < passes; pass++) {
    const ledger = new MemoryLedger();
    const store = { withKeys: (_keys: readonly string[], work: (tx: PropositionTx) => Promise<unknown>) => work(ledger.tx()) };
    const linker = new LinkArticleClaimsUseCase(store as unknown as PropositionStore);
    const cpu = process.cpuUsage();
    let engine = 0;
    for (let i = 0; i < feed.length; i += 50) {
      const batch = feed.slice(i, i + 50);
      // The ledger's writes of the batch (as LedgerWriter.recordMany): its claims become current.
      for (const e of batch) {
        const article = `${e.article.publisher}/${e.article.id}`;
        const before = ledger.revisions.get(article);
        if (before && before.revision > e.article.revision) continue;
        if (before && before.revision < e.article.revision) for (const id of before.claims) ledger.records.delete(id);
        for (const c of e.claims) ledger.records.set(c.id, c);
        ledger.revisions.set(article, { revision: e.article.revision, claims: e.claims.map((c) => c.id) });
      }
      const t = process.cpuUsage();
      await linker.executeMany(batch.map((e) => e.claims));
      const d = process.cpuUsage(t);
      engine += d.user + d.system;
    }
    const total = process.cpuUsage(cpu);
    const h = createHash('sha256');
    const links = [...ledger.links.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
    for (const l of links) h.update(JSON.stringify([l.from, l.to, l.relation, l.independent, l.reason, l.propositionId]));
    const f = createHash('sha256');
    for (const [id, p] of [...ledger.proposition].sort()) f.update(`${id} ${p}\n`);
    console.log(
      JSON.stringify({
        pass,
        linkerCpuSeconds: +(engine / 1e6).toFixed(2),
        totalCpuSeconds: +((total.user + total.system) / 1e6).toFixed(2),
        links: `${links.length} ${h.digest('hex').slice(0, 12)}`,
        filings: `${ledger.proposition.size} ${f.digest('hex').slice(0, 12)}`,
      }),
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
