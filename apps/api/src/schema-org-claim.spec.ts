import type { Claim } from '@claim-ledger/contracts';
import { toSchemaOrgClaim } from './schema-org-claim';

const claim = {
  kind: 'claim',
  id: 'c-1',
  articleId: 'a-1',
  publisher: 'rador',
  language: 'ro',
  span: { start: 0, end: 10 },
  text: 'Seulul a declarat că ...',
  source: { surface: 'Seulul', name: 'South Korea', id: 'country:KR', kind: 'government' },
  cue: { surface: 'a declarat' },
  stance: 'denies',
  hedged: false,
  content: 'aproximativ 7.000 de containere',
  quantities: [],
  statedAt: { start: '2024-03-01' },
  entities: [{ surface: 'Phenian', name: 'North Korea', id: 'country:KP', kind: 'government' }],
  confidence: 0.9,
} satisfies Claim;

describe('schema.org Claim', () => {
  it('names the author, the day it was said and where it appeared', () => {
    const ld = toSchemaOrgClaim(
      {
        claim,
        current: true,
        article: { publisher: 'rador', id: 'a-1', url: 'https://rador.example/a-1', title: 'T', publishedAt: '2024-03-28T08:00:00Z' },
      },
      'https://api.example/v1/claims/c-1',
    );
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      '@id': 'https://api.example/v1/claims/c-1',
      identifier: 'c-1',
      text: 'aproximativ 7.000 de containere',
      inLanguage: 'ro',
      datePublished: '2024-03-01',
      author: { '@type': 'GovernmentOrganization', name: 'South Korea', identifier: 'country:KR' },
      appearance: {
        '@type': 'NewsArticle',
        url: 'https://rador.example/a-1',
        headline: 'T',
        identifier: 'rador/a-1',
        datePublished: '2024-03-28T08:00:00Z',
        publisher: { '@type': 'Organization', name: 'rador' },
        text: 'Seulul a declarat că ...',
      },
      about: [{ '@type': 'Thing', name: 'North Korea', identifier: 'country:KP' }],
      disambiguatingDescription: 'The author denies this.',
    });
  });
});
