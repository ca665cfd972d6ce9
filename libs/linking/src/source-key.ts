import type { EntityRef } from '@claim-ledger/contracts';

/**
 * Who ultimately makes a claim: a person who speaks for a country (a minister, a
 * spokesman) counts as that country, so "Shin Won-sik" and "Seoul" are one source.
 */
export function sourceKey(source: EntityRef): string {
  if (source.kind === 'person') {
    const country = source.aliases?.find((a) => a.startsWith('country:'));
    if (country) return country;
  }
  return source.id;
}
