import { toValidationIssues } from '@claim-ledger/contracts';
import { claimsQuerySchema, encodeCursor } from './claims-query.schema';

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

  it('reads back the cursors it writes', () => {
    const cursor = encodeCursor({ statedAt: '2024-02-29', id: 'c-1' });
    expect(claimsQuerySchema.parse({ cursor }).cursor).toEqual({ statedAt: '2024-02-29', id: 'c-1' });
  });

  it.each([
    ['an impossible date', rawCursor({ statedAt: '9999-99-99', id: 'c-1' })],
    ['the 30th of February', rawCursor({ statedAt: '2023-02-30', id: 'c-1' })],
    ['year 0000, which Postgres has not', rawCursor({ statedAt: '0000-01-01', id: 'c-1' })],
    ['a NUL in the id', rawCursor({ statedAt: '2024-01-01', id: 'c\u00001' })],
    ['a lone surrogate in the id', rawCursor({ statedAt: '2024-01-01', id: 'c\ud8001' })],
    ['no id', rawCursor({ statedAt: '2024-01-01' })],
    ['no JSON', Buffer.from('{not json').toString('base64url')],
    ['a JSON string', rawCursor('2024-01-01')],
  ])('rejects a well-formed cursor with %s, naming cursor', (_, cursor) => {
    expect(issuesOf({ cursor })).toEqual([{ field: 'cursor', rule: 'custom', message: 'is not a cursor returned by this API' }]);
  });
});
