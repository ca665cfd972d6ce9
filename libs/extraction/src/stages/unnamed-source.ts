import type { EntityRef } from '@claim-ledger/contracts';
import { withoutMiddleInitials } from '../normalize-text';

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

/**
 * The source of a phrase the gazetteer and the people of the article do not know. A
 * phrase of capitalised words that speaks through a verb of saying is a person unless the
 * text says otherwise ("Merz said"); anything else is a group described in its own words
 * ("Mr. Sanders's aides", "a third of voters"). With no phrase, the source is unnamed.
 */
export function unnamedSource(phrase: string): EntityRef {
  const surface = phrase.trim();
  if (!surface) return { id: 'anonymous', name: 'unnamed source', kind: 'unknown', surface: '' };
  const words = surface.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // (An initial is capitalised too: "Michael C. Cernech".)
  const capitalised = words.filter((w) => /^\p{Lu}(?:\p{Ll}|\.$)/u.test(w));
  // (The id leaves a middle initial out, as a person the article names does.)
  if (words.length > 0 && words.length <= 4 && capitalised.length === words.length)
    return { id: `person:${slug(withoutMiddleInitials(surface))}`, name: surface, kind: 'person', surface };
  return { id: `group:${slug(surface)}`, name: surface, kind: 'group', surface };
}
