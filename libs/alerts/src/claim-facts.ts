import type { Claim } from '@claim-ledger/contracts';

/** Lower case, without diacritics: how filter values and claim text are compared. */
export function foldText(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The values of a claim that filters and the index compare against, folded once. */
export interface ClaimFacts {
  sources: string[];
  entities: string[];
  proposition: string | null;
  language: string;
  publisher: string;
  text: string;
}

export function claimFacts(c: Claim): ClaimFacts {
  return {
    sources: [foldText(c.source.id), foldText(c.source.name)],
    entities: c.entities.flatMap((e) => [e.id, e.name, ...(e.aliases ?? [])].map(foldText)),
    proposition: c.propositionId ?? null,
    language: c.language,
    publisher: foldText(c.publisher),
    text: foldText(`${c.content}\n${c.text}`),
  };
}
