import type { Claim, Link, Quantity } from '@claim-ledger/contracts';
import { RISEN_TO } from '@claim-ledger/extraction';
import { compatible, describeFigure, differ, mainFigure, oneMeasure, pointOf } from './figures';
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

/** Whether a claim's words say its figure is what a count has risen to. */
function risenTo(c: Claim, q: Quantity): boolean {
  // Every place its surface stands, not the first only: "By 15:00 the toll had risen to 15".
  for (let at = c.text.indexOf(q.surface); at >= 0; at = c.text.indexOf(q.surface, at + 1))
    if (at > 0 && RISEN_TO.test(c.text.slice(Math.max(0, at - 24), at))) return true;
  return false;
}

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
 * How two claims relate, decided but not yet put in words: the reason is written only for
 * the links kept (a claim is related to every member of its proposition, up to a few
 * hundred, and keeps a bounded few; formatting the figures of every pair's reason was a
 * tenth of the linker's CPU, issue 15).
 */
export interface Relation {
  /** The earlier claim, and the later one. */
  a: Claim;
  b: Claim;
  relation: Link['relation'];
  independent: boolean;
  why: Why;
}

type Why =
  | { kind: 'one position' }
  | { kind: 'denies'; denier: Claim; asserter: Claim }
  // (by: the same source gave it again, a count said to have risen, or a share measured again.)
  | { kind: 'updates'; fa: Quantity; fb: Quantity; days: number; by: 'same source' | 'risen' | 'measured again' }
  | { kind: 'figures conflict'; fa: Quantity; fb: Quantity }
  | { kind: 'corroborates'; fa: Quantity | undefined; fb: Quantity | undefined; sameSource: boolean; sameCopy: boolean };

/**
 * How two claims about the same proposition relate, with a reason a person can read.
 * - Opposite stances conflict.
 * - The same source giving a different figure later updates its earlier claim; so does
 *   a share (%) measured again a day or more later, whoever gives it.
 * - Different sources whose figures cannot both hold for the same period conflict.
 * - Otherwise they corroborate; independently only when the sources differ and the
 *   text is not the same wire copy republished.
 */
export function relateClaims(x: Claim, y: Claim): Link {
  return linkOf(relationOf(x, y));
}

/** The link a relation is, reason written. */
export function linkOf(r: Relation): Link {
  const { a, b, why } = r;
  let reason: string;
  switch (why.kind) {
    case 'one position':
      reason = `one position in other words: same source (${name(a)}), the same day`;
      break;
    case 'denies':
      reason = `${name(why.denier)} denies what ${name(why.asserter)} asserts`;
      break;
    case 'updates':
      reason =
        why.by === 'same source'
          ? `${describeFigure(why.fa)} then ${describeFigure(why.fb)}, same source (${name(b)}), ${why.days} days later`
          : `${describeFigure(why.fa)} (${name(a)}) then ${describeFigure(why.fb)} (${name(b)}), ${why.days} days later: ${
              why.by === 'risen' ? 'the count has risen' : 'the share measured again'
            }`;
      break;
    case 'figures conflict':
      reason = `${describeFigure(why.fa)} (${name(a)}) vs ${describeFigure(why.fb)} (${name(b)}) for the same period`;
      break;
    case 'corroborates': {
      const { fa, fb } = why;
      const how =
        a.stance === 'denies' ? 'both deny it' : fa && fb ? `${describeFigure(fa)} and ${describeFigure(fb)} agree` : 'both assert it';
      const who = why.sameSource ? `same source (${name(a)})` : why.sameCopy ? 'the same wire copy' : `${name(a)} and ${name(b)}`;
      reason = `${how}: ${who}`;
      break;
    }
  }
  return { kind: 'link', from: a.id, to: b.id, independent: r.independent, relation: r.relation, reason };
}

/** How two claims about the same proposition relate (see relateClaims), the reason not yet written. */
export function relationOf(x: Claim, y: Claim): Relation {
  const [a, b] = earlierFirst(x, y);
  // Two anonymous sources are not known to be one.
  const sourceA = sourceKey(a.source);
  const sameSource = sourceA === sourceKey(b.source) && sourceA !== 'anonymous';
  const sameCopy = copyText(a) === copyText(b) && a.publisher !== b.publisher;
  const independent = !sameSource && !sameCopy;
  const days = Math.round((Date.parse(b.statedAt.start) - Date.parse(a.statedAt.start)) / DAY);
  // (Each relation below is written out whole, in one shape: spreading a shared base object
  // into each was two thirds of this function's time, 308,000 calls on the pipeline feed.)

  // One source, on one day, saying a thing once in a denial's words ("We do not pay
  // candidates") and once as a negative assertion ("the network doesn't pay them") holds
  // one position: a same-day reversal is far rarer than a difference of form. (PolNeAR link
  // gold: 6 of 13 pairs given the wrong relation were this.)
  if (a.stance !== b.stance && sameSource && days === 0) {
    return { a, b, independent, relation: 'corroborates', why: { kind: 'one position' } };
  }
  if (a.stance !== b.stance) {
    const [denier, asserter] = a.stance === 'denies' ? [a, b] : [b, a];
    return { a, b, independent, relation: 'conflicts', why: { kind: 'denies', denier, asserter } };
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
      return { a, b, independent, relation: 'updates', why: { kind: 'updates', fa, fb, days, by: 'same source' } };
    }
    // A later count said to have risen to a higher figure ("the death toll has risen to five")
    // is the count given again, whoever reports it (one institution is named in each language's
    // words, so its two names are two sources), not a figure that cannot hold with the first.
    if (!sameSource && days >= 1 && risenTo(b, fb) && (pointOf(fb) ?? 0) > (pointOf(fa) ?? Infinity)) {
      return { a, b, independent, relation: 'updates', why: { kind: 'updates', fa, fb, days, by: 'risen' } };
    }
    // A share ("46 percent", a poll's reading, an approval rate) is measured at a time: read
    // again a day or more later, by the same pollster under another name ("the poll", "the
    // survey", "the institute") or by another, it is the share measured again, not a figure
    // that cannot hold with the first. Counts and sums are not: two sources' tolls on two days
    // still conflict unless the later says it has risen. (PolNeAR link gold: link F1 0.233 ->
    // 0.241, the three updates of a poll read in March and in May; for every unit, held-out
    // stories 0.398 -> 0.376 and dev 1.000 -> 0.941.)
    // (Not figures that hold together within their hedges, which corroborate; nor two shares
    // each of a period it names, the same period: "October's inflation was 4.5%" against 4.8%
    // for October conflicts.)
    if (
      !sameSource &&
      days >= 1 &&
      fa.unit === '%' &&
      fb.unit === '%' &&
      differ(fa, fb) &&
      !compatible(fa, fb) &&
      !(ownPeriod(a) && ownPeriod(b) && periodsOverlap(a, b))
    ) {
      return { a, b, independent, relation: 'updates', why: { kind: 'updates', fa, fb, days, by: 'measured again' } };
    }
    if (!sameSource && !compatible(fa, fb) && periodsOverlap(a, b)) {
      return { a, b, independent, relation: 'conflicts', why: { kind: 'figures conflict', fa, fb } };
    }
  }
  return { a, b, independent, relation: 'corroborates', why: { kind: 'corroborates', fa, fb, sameSource, sameCopy } };
}
