import type { ClaimWithArticle } from '@claim-ledger/persistence';

const AUTHOR_TYPES: Record<string, string> = {
  government: 'GovernmentOrganization',
  organization: 'Organization',
  media: 'NewsMediaOrganization',
  person: 'Person',
  group: 'Organization',
  unknown: 'Thing',
};

/**
 * A claim as a schema.org `Claim` (JSON-LD), the form ClaimReview tools take in: who made
 * it (`author`), when (`datePublished`, the day it was stated), and where it appeared
 * (`appearance`, the news article, with its publisher and date).
 */
export function toSchemaOrgClaim(found: ClaimWithArticle, claimUrl: string): Record<string, unknown> {
  const { claim, article } = found;
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': claimUrl,
    identifier: claim.id,
    text: claim.content,
    inLanguage: claim.language,
    datePublished: claim.statedAt.start,
    author: { '@type': AUTHOR_TYPES[claim.source.kind] ?? 'Thing', name: claim.source.name, identifier: claim.source.id },
    appearance: {
      '@type': 'NewsArticle',
      ...(article.url ? { url: article.url } : {}),
      ...(article.title ? { headline: article.title } : {}),
      identifier: `${article.publisher}/${article.id}`,
      datePublished: article.publishedAt,
      publisher: { '@type': 'Organization', name: article.publisher },
      text: claim.text,
    },
    ...(claim.entities.length > 0 ? { about: claim.entities.map((e) => ({ '@type': 'Thing', name: e.name, identifier: e.id })) } : {}),
    ...(claim.stance === 'denies' ? { disambiguatingDescription: 'The author denies this.' } : {}),
  };
}
