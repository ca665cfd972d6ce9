import { createHash } from 'node:crypto';
import type { Claim } from '@claim-ledger/contracts';
import { mainFigure } from './figures';
import { sourceKey } from './source-key';

/**
 * The canonical slots a claim is filed under. Claims with the same key are about the
 * same proposition; they are found by the key (an index look-up), never by scanning
 * or by text similarity, which cannot tell a denial from a paraphrase.
 *
 * - A claim with a full frame: its action, agent and patient ("transfer KP→RU"),
 *   whoever says it and in whatever language.
 * - A claim with no frame but a figure: the same source's figure of the same thing
 *   ("Seoul: 2 million shells", later "3 million shells").
 * - Anything else stands alone.
 */
export function propositionKey(claim: Claim): string | null {
  const f = claim.frame;
  if (f?.agent && f.patient) return `frame|${f.action}|${f.agent}|${f.patient}`;
  const figure = mainFigure(claim.quantities);
  // A figure from an anonymous source is filed under nothing: its source is no key.
  if (figure?.unit && figure.unit !== 'mm' && !figure.vague && sourceKey(claim.source) !== 'anonymous') {
    const about = [...new Set(claim.entities.map((e) => e.id))].sort().join(',');
    return `figure|${sourceKey(claim.source)}|${figure.unit}|${about}`;
  }
  return null;
}

/** A stable id for a key, so that every linker instance derives the same one. */
export function propositionIdOf(key: string): string {
  return `prop_${createHash('sha256').update(key).digest('hex').slice(0, 20)}`;
}
