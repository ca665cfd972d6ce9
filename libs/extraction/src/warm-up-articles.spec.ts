import { extractClaims, WARM_UP_ARTICLES, warmUpClaims } from '@claim-ledger/extraction';

describe('the warm-up articles', () => {
  it.each(WARM_UP_ARTICLES)('exercise the engine in $language: several claims, figures, a denial', (a) => {
    const { language, claims } = extractClaims({ id: 'warm-up', publisher: 'warm-up', publishedAt: '2025-01-07T10:00:00Z', ...a });
    expect(language).toBe(a.language);
    expect(claims.length).toBeGreaterThanOrEqual(3);
    expect(claims.some((c) => c.quantities.length > 0)).toBe(true);
    expect(claims.some((c) => c.stance === 'denies')).toBe(true);
  });

  it('as four publishers give them, each with figures of its own', () => {
    const articles = warmUpClaims();
    expect(articles).toHaveLength(4 * WARM_UP_ARTICLES.length);
    const figures = (k: number) => articles[k]!.flatMap((c) => c.quantities.map((q) => q.value));
    expect(figures(0).length).toBeGreaterThan(0);
    expect(figures(WARM_UP_ARTICLES.length)).not.toEqual(figures(0));
  });
});
