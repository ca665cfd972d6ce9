import type { Claim, Quantity } from '@claim-ledger/contracts';

/** How far a figure moved between an earlier claim and a later one. */
export interface FigureChange {
  unit: string | null;
  from: number;
  to: number;
  /** |to - from| / |from| in percent. */
  percent: number;
}

function pointOf(q: Quantity): number | undefined {
  if (q.vague) return undefined;
  if (q.value !== undefined) return q.value;
  if (q.min !== undefined && q.max !== undefined) return (q.min + q.max) / 2;
  return undefined;
}

/**
 * The largest change between figures of the same unit in two claims (from the earlier
 * to the later), or null when they share no comparable figure. A figure of 0 before has
 * no relative change and is skipped.
 */
export function largestFigureChange(earlier: Claim, later: Claim): FigureChange | null {
  let best: FigureChange | null = null;
  for (const a of earlier.quantities) {
    const from = pointOf(a);
    if (from === undefined || from === 0) continue;
    for (const b of later.quantities) {
      const to = pointOf(b);
      if (to === undefined || (a.unit ?? null) !== (b.unit ?? null)) continue;
      const percent = (Math.abs(to - from) / Math.abs(from)) * 100;
      if (!best || percent > best.percent) best = { unit: a.unit ?? null, from, to, percent: Math.round(percent * 100) / 100 };
    }
  }
  return best;
}
