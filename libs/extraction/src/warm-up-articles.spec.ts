import { extractClaims, WARM_UP_ARTICLES } from '@claim-ledger/extraction';

describe('the warm-up articles', () => {
  it.each(WARM_UP_ARTICLES)('exercise the engine in $language: several claims, figures, a denial', (a) => {
    const { language, claims } = extractClaims({ id: 'warm-up', publisher: 'warm-up', publishedAt: '2025-01-07T10:00:00Z', ...a });
    expect(language).toBe(a.language);
    expect(claims.length).toBeGreaterThanOrEqual(3);
    expect(claims.some((c) => c.quantities.length > 0)).toBe(true);
    expect(claims.some((c) => c.stance === 'denies')).toBe(true);
  });
});
