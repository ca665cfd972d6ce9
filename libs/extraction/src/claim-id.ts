import { createHash } from 'node:crypto';

/** Stable claim id: the same article revision and span always give the same id. */
export function claimId(publisher: string, articleId: string, revision: number, start: number, end: number): string {
  const h = createHash('sha256').update(`${publisher}\u0000${articleId}\u0000${revision}\u0000${start}\u0000${end}`).digest('hex');
  return `clm_${h.slice(0, 24)}`;
}
