import type { EntityRef } from '@claim-ledger/contracts';

/**
 * Who ultimately makes a claim: a person who speaks for a country (a minister, a
 * spokesman) counts as that country, so "Shin Won-sik" and "Seoul" are one source, and one
 * who speaks for an institution counts as the institution; so do
 * a country's unnamed officials. A source with no name and no country is `anonymous`,
 * which is never the same source as another.
 */
export function sourceKey(source: EntityRef): string {
  if (source.kind === 'person' || source.kind === 'unknown') {
    const country = source.aliases?.find((a) => a.startsWith('country:'));
    if (country) return country;
    // A spokesperson of an institution ("IGSU spokeswoman Ionela Pârvu") counts as it.
    const institution = source.aliases?.find((a) => a.startsWith('org:'));
    if (institution) return institution;
  }
  return source.id;
}
