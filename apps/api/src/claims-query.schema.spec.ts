import { toValidationIssues } from '@claim-ledger/contracts';
import { claimsQuerySchema } from './claims-query.schema';
import { encodeCursor } from './page-cursor';

const issuesOf = (query: Record<string, unknown>) => {
  const parsed = claimsQuerySchema.safeParse(query);
  expect(parsed.success).toBe(false);
  return toValidationIssues(parsed.error!);
};
const rawCursor = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

describe('GET /v1/claims query', () => {
  it('reads limit as plain decimal digits, 50 when absent', () => {
    expect(claimsQuerySchema.parse({}).limit).toBe(50);
    expect(claimsQuerySchema.parse({ limit: '16' }).limit).toBe(16);
    expect(claimsQuerySchema.parse({ limit: '500' }).limit).toBe(500);
    expect(claimsQuerySchema.parse({ limit: '007' }).limit).toBe(7);
  });

  it.each(['0x10', '1e2', ' 16', '16 ', '+16', '-1', '1.5', '', '0', '501', '0b11', 'Infinity', '１６'])(
    'rejects limit=%j, naming limit',
    (limit) => {
      expect(issuesOf({ limit })[0]).toMatchObject({ field: 'limit' });
    },
  );

  it('rejects a repeated limit', () => {
    expect(issuesOf({ limit: ['1', '2'] })[0]).toMatchObject({ field: 'limit', rule: 'invalid_type' });
  });

  it('reads every filter into its typed value', () => {
    expect(
      claimsQuerySchema.parse({
        source: 'country:KR',
        stance: 'denies',
        hedged: 'false',
        relation: 'conflicts',
        statedFrom: '2024-01-01',
        statedTo: '2024-12-31',
        publishedFrom: '2024-01-01T00:00:00+02:00',
        quantityUnit: 'container',
        quantityMin: '1000',
        quantityMax: '7000.5',
        q: 'Constanța',
        sort: 'publishedAt',
      }),
    ).toEqual({
      source: 'country:KR',
      stance: 'denies',
      hedged: false,
      relation: 'conflicts',
      statedFrom: '2024-01-01',
      statedTo: '2024-12-31',
      publishedFrom: '2024-01-01T00:00:00+02:00',
      quantityUnit: 'container',
      quantityMin: 1000,
      quantityMax: 7000.5,
      q: 'Constanța',
      sort: 'publishedAt',
      limit: 50,
    });
  });

  it.each([
    [{ stance: 'maybe' }, 'stance'],
    [{ hedged: 'yes' }, 'hedged'],
    [{ eventInferred: 'maybe' }, 'eventInferred'],
    [{ relation: 'contradicts' }, 'relation'],
    [{ statedFrom: '2024-02-30' }, 'statedFrom'],
    [{ eventTo: '0000-01-01' }, 'eventTo'],
    [{ publishedTo: 'yesterday' }, 'publishedTo'],
    [{ quantityMin: '1e3' }, 'quantityMin'],
    [{ statedFrom: '2024-02-01', statedTo: '2024-01-01' }, 'statedTo'],
    [{ quantityMin: '10', quantityMax: '5' }, 'quantityMax'],
    [{ sort: 'content' }, 'sort'],
    [{ q: '' }, 'q'],
    [{ sourc: 'x' }, 'sourc'],
  ])('rejects %j, naming %s', (query, field) => {
    expect(issuesOf(query)[0]).toMatchObject({ field });
  });

  it('reads back the cursors it writes, for the order they were written for only', () => {
    const cursor = encodeCursor('claims:-statedAt', { key: '2024-02-29', id: 'c-1' });
    expect(claimsQuerySchema.parse({ cursor }).after).toEqual({ key: '2024-02-29', id: 'c-1' });
    expect(issuesOf({ cursor, sort: 'statedAt' })[0]).toMatchObject({ field: 'cursor' });
    const instant = encodeCursor('claims:-recordedAt', { key: '2024-02-29T10:00:00.123456Z', id: 'c-1' });
    expect(claimsQuerySchema.parse({ cursor: instant, sort: '-recordedAt' }).after).toEqual({
      key: '2024-02-29T10:00:00.123456Z',
      id: 'c-1',
    });
  });

  it.each([
    ['an impossible date', rawCursor({ s: 'claims:-statedAt', k: '9999-99-99', i: 'c-1' })],
    ['the 30th of February', rawCursor({ s: 'claims:-statedAt', k: '2023-02-30', i: 'c-1' })],
    ['year 0000, which Postgres has not', rawCursor({ s: 'claims:-statedAt', k: '0000-01-01', i: 'c-1' })],
    ['a NUL in the id', rawCursor({ s: 'claims:-statedAt', k: '2024-01-01', i: 'c\u00001' })],
    ['a lone surrogate in the id', rawCursor({ s: 'claims:-statedAt', k: '2024-01-01', i: 'c\ud8001' })],
    ['no id', rawCursor({ s: 'claims:-statedAt', k: '2024-01-01' })],
    ['another listing', rawCursor({ s: 'links', k: '2024-01-01', i: 'c-1' })],
    ['no JSON', Buffer.from('{not json').toString('base64url')],
    ['a JSON string', rawCursor('2024-01-01')],
  ])('rejects a well-formed cursor with %s, naming cursor', (_, cursor) => {
    expect(issuesOf({ cursor })).toEqual([{ field: 'cursor', rule: 'custom', message: 'is not a cursor returned by this API' }]);
  });
});
