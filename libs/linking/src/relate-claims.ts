import type { Claim, Link } from '@claim-ledger/contracts';
import { compatible, describeFigure, differ, mainFigure, oneMeasure } from './figures';
import { ownPeriod } from './own-period';
import { sourceKey } from './source-key';

const DAY = 86_400_000;

/** Which of two claims was made first: by statement date, then by id for a stable order. */
export function earlierFirst(a: Claim, b: Claim): [Claim, Claim] {
  const da = a.statedAt.start;
  const db = b.statedAt.start;
  if (da !== db) return da < db ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}

const name = (c: Claim) => c.source.name;
// A claim is related to every member of its proposition, and a member to every new claim
// of a batch: its text is folded once (the folding was 3% of the linker's time, issue 15).
const copyTexts = new WeakMap<Claim, string>();
const copyText = (c: Claim) => {
  let t = copyTexts.get(c);
  if (t === undefined) {
    t = c.content
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    copyTexts.set(c, t);
  }
  return t;
};

function periodsOverlap(a: Claim, b: Claim): boolean {
  const at = ownPeriod(a);
  const bt = ownPeriod(b);
  const as = at?.start;
  const bs = bt?.start;
  if (!as || !bs) return true;
  const ae = at?.end ?? a.statedAt.start;
  const be = bt?.end ?? b.statedAt.start;
  return as <= be && bs <= ae;
}

/**
 * How two claims about the same proposition relate, with a reason a person can read.
 * - Opposite stances conflict.
 * - The same source giving a different figure later updates its earlier claim.
 * - Different sources whose figures cannot both hold for the same period conflict.
 * - Otherwise they corroborate; independently only when the sources differ and the
 *   text is not the same wire copy republished.
 */
export function relateClaims(x: Claim, y: Claim): Link {
  const [a, b] = earlierFirst(x, y);
  // Two anonymous sources are not known to be one.
  const sameSource = sourceKey(a.source) === sourceKey(b.source) && sourceKey(a.source) !== 'anonymous';
  const sameCopy = copyText(a) === copyText(b) && a.publisher !== b.publisher;
  const independent = !sameSource && !sameCopy;
  const days = Math.round((Date.parse(b.statedAt.start) - Date.parse(a.statedAt.start)) / DAY);
  const base = { kind: 'link' as const, from: a.id, to: b.id, independent };

  // One source, on one day, saying a thing once in a denial's words ("We do not pay
  // candidates") and once as a negative assertion ("the network doesn't pay them") holds
  // one position: a same-day reversal is far rarer than a difference of form. (PolNeAR link
  // gold: 6 of 13 pairs given the wrong relation were this.)
  if (a.stance !== b.stance && sameSource && days === 0) {
    return { ...base, relation: 'corroborates', reason: `one position in other words: same source (${name(a)}), the same day` };
  }
  if (a.stance !== b.stance) {
    const [denier, asserter] = a.stance === 'denies' ? [a, b] : [b, a];
    return { ...base, relation: 'conflicts', reason: `${name(denier)} denies what ${name(asserter)} asserts` };
  }
  const fa = mainFigure(a.quantities);
  let fb = fa?.unit ? mainFigure(b.quantities, fa.unit) : undefined;
  // A count whose noun stands elsewhere ("the toll has risen to five"), or people under
  // another name, is the other's count.
  const other = fa && !fb ? mainFigure(b.quantities) : undefined;
  if (other && oneMeasure(fa!.unit, other.unit)) fb = other;
  if (fa && fb) {
    // A later statement with another figure updates; the same day's reports of one statement do not.
    if (sameSource && differ(fa, fb) && days >= 1) {
      return {
        ...base,
        relation: 'updates',
        reason: `${describeFigure(fa)} then ${describeFigure(fb)}, same source (${name(b)}), ${days} days later`,
      };
    }
    if (!sameSource && !compatible(fa, fb) && periodsOverlap(a, b)) {
      return {
        ...base,
        relation: 'conflicts',
        reason: `${describeFigure(fa)} (${name(a)}) vs ${describeFigure(fb)} (${name(b)}) for the same period`,
      };
    }
  }
  const how =
    a.stance === 'denies' ? 'both deny it' : fa && fb ? `${describeFigure(fa)} and ${describeFigure(fb)} agree` : 'both assert it';
  const who = sameSource ? `same source (${name(a)})` : sameCopy ? 'the same wire copy' : `${name(a)} and ${name(b)}`;
  return { ...base, relation: 'corroborates', reason: `${how}: ${who}` };
}
