import type { Quantity } from '@claim-ledger/contracts';
import { PEOPLE_UNITS } from '@claim-ledger/extraction';

/** The values a figure allows, given its hedge: "about 7,000" allows 6,000 to 8,000. */
export interface Interval {
  lo: number;
  hi: number;
}

// How far a hedged figure may stray and still be the same fact. Precise figures get a
// small tolerance for rounding.
const APPROX_TOLERANCE = 0.15;
const EXACT_TOLERANCE = 0.02;

export function intervalOf(q: Quantity): Interval | null {
  if (q.min !== undefined && q.max !== undefined) {
    const t = q.approx ? APPROX_TOLERANCE : EXACT_TOLERANCE;
    return { lo: q.min * (1 - t), hi: q.max * (1 + t) };
  }
  if (q.value === undefined) return null;
  const v = q.value;
  if (q.vague) return { lo: v, hi: v * 10 };
  if (q.bound === 'lower') return { lo: v, hi: Number.POSITIVE_INFINITY };
  if (q.bound === 'upper') return { lo: 0, hi: v * (1 + EXACT_TOLERANCE) };
  const t = q.approx ? APPROX_TOLERANCE : EXACT_TOLERANCE;
  return { lo: v * (1 - t), hi: v * (1 + t) };
}

/** The main figure of a claim for comparison: the first with a unit, or the first at all. */
export function mainFigure(quantities: readonly Quantity[], unit?: string): Quantity | undefined {
  if (unit) return quantities.find((q) => q.unit === unit);
  return quantities.find((q) => q.unit && q.unit !== 'mm') ?? quantities[0];
}

export function compatible(a: Quantity, b: Quantity): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  if (!x || !y) return true;
  return x.lo <= y.hi && y.lo <= x.hi;
}

/** A figure's value, or the middle of its range; undefined for an open bound. */
export const pointOf = (q: Quantity): number | undefined =>
  q.value ?? (q.min !== undefined && q.max !== undefined ? (q.min + q.max) / 2 : undefined);

/** Two precise figures that differ: a source that gives the second later has updated the first. */
export function differ(a: Quantity, b: Quantity): boolean {
  if (a.vague || b.vague) return false;
  const va = pointOf(a);
  const vb = pointOf(b);
  if (va === undefined || vb === undefined) return false;
  return Math.abs(va - vb) > Math.max(Math.abs(va), Math.abs(vb)) * 0.005;
}

const fmt = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

const PLURAL: Readonly<Record<string, string>> = { person: 'people', '%': '%', USD: 'USD', EUR: 'EUR', RON: 'RON' };
const CURRENCY_CODE = /^[A-Z]{3}$/;

/** "about 7,000 containers", "10,000–12,000 soldiers", "more than 1,000 containers". */
export function describeFigure(q: Quantity): string {
  const unit = q.unit ? (q.unit === '%' ? '%' : ` ${PLURAL[q.unit] ?? (CURRENCY_CODE.test(q.unit) ? q.unit : `${q.unit}s`)}`) : '';
  if (q.min !== undefined && q.max !== undefined) return `${fmt.format(q.min)}–${fmt.format(q.max)}${unit}`;
  const lead = q.vague
    ? 'thousands-scale '
    : q.bound === 'lower'
      ? 'more than '
      : q.bound === 'upper'
        ? 'up to '
        : q.approx
          ? 'about '
          : '';
  return `${lead}${fmt.format(q.value ?? 0)}${unit}`;
}

/** Whether a unit counts things (people, houses), not money (ISO 4217 codes) or shares. */
const isCount = (unit: string) => unit !== '%' && !/^[A-Z]{3}$/.test(unit);

/**
 * Whether figures in these units can measure one thing: the same unit; people counted
 * under two names, one of them "people" ("participants", "people": one crowd); or a count
 * whose noun stands elsewhere ("the death toll has risen to five") beside another count.
 */
export function oneMeasure(a: string | undefined, b: string | undefined): boolean {
  if (a !== undefined && b !== undefined)
    return a === b || ((a === 'person' || b === 'person') && PEOPLE_UNITS.has(a) && PEOPLE_UNITS.has(b));
  const unit = a ?? b;
  return unit !== undefined && isCount(unit);
}
