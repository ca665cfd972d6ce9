import { verdictForStatus } from './delivery-outcome';

describe('verdictForStatus', () => {
  it.each([200, 201, 202, 204, 299])('%i is delivered', (s) => expect(verdictForStatus(s).kind).toBe('delivered'));
  it.each([408, 429, 500, 502, 503, 504])('%i is retried', (s) => expect(verdictForStatus(s).kind).toBe('retry'));
  it.each([400, 401, 403, 404, 405, 413, 422])('%i stops', (s) => expect(verdictForStatus(s)).toMatchObject({ kind: 'stop', gone: false }));
  it('410 stops everything for the subscription', () => expect(verdictForStatus(410)).toMatchObject({ kind: 'stop', gone: true }));
  it.each([301, 302, 307, 308])('%i stops: redirects are not followed', (s) =>
    expect(verdictForStatus(s)).toMatchObject({ kind: 'stop', error: expect.stringMatching(/redirects are not followed/) }),
  );
});
