import { hash } from 'node:crypto';

/** Stable claim id: the same article revision and span always give the same id. */
export function claimId(publisher: string, articleId: string, revision: number, start: number, end: number): string {
  // crypto.hash is the one-shot form of createHash: the same digest without a Hash object per claim.
  const h = hash('sha256', `${publisher}\u0000${articleId}\u0000${revision}\u0000${start}\u0000${end}`, 'hex');
  return `clm_${h.slice(0, 24)}`;
}
