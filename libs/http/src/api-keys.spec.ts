import { findApiKey, parseApiKeys } from './api-keys';

describe('API keys', () => {
  const keys = parseApiKeys('pub:publisher-secret-123456:articles.write; ana:analyst-secret-1234567:claims.read+articles.write');

  it('finds a key by its secret, with its scopes', () => {
    expect(findApiKey(keys, 'publisher-secret-123456')).toMatchObject({ id: 'pub' });
    expect([...findApiKey(keys, 'analyst-secret-1234567')!.scopes].sort()).toEqual(['articles.write', 'claims.read']);
  });

  it('finds nothing for an unknown or partial secret', () => {
    expect(findApiKey(keys, 'publisher-secret-12345')).toBeNull();
    expect(findApiKey(keys, '')).toBeNull();
  });

  it.each([
    ['pub:short:articles.write', /at least 16 characters/],
    ['pub:publisher-secret-123456:admin', /unknown scope "admin"/],
    ['pub:publisher-secret-123456', /must be id:secret:scope/],
    ['', /no key is defined/],
  ])('rejects %j at start-up', (spec, message) => {
    expect(() => parseApiKeys(spec)).toThrow(message);
  });
});
