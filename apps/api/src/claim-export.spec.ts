import type { Claim } from '@claim-ledger/contracts';
import { CSV_COLUMNS, csvField, csvRow } from './claim-export';

const claim: Claim = {
  kind: 'claim',
  id: 'c-1',
  articleId: 'a-1',
  publisher: 'p',
  language: 'ro',
  span: { start: 0, end: 10 },
  text: 'x',
  source: { surface: 'Seulul', name: 'South Korea', id: 'country:KR', kind: 'government' },
  cue: { surface: 'a declarat' },
  stance: 'asserts',
  hedged: false,
  content: 'aproximativ 7.000 de containere, "cu muniție"',
  quantities: [{ value: 7000, approx: true, unit: 'container', surface: '7.000' }],
  statedAt: { start: '2024-03-01' },
  eventTime: { start: '2023-07-01', end: '2023-07-31', surface: 'în iulie' },
  entities: [],
  confidence: 0.9,
};

describe('CSV export', () => {
  it('quotes fields holding quotes, commas or line breaks, as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
  });

  it('keeps a spreadsheet from running a text as a formula', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-5, false)).toBe('-5');
  });

  it('says whether a period was inferred from the claims before it', () => {
    const inferred = { ...claim, eventTime: { ...claim.eventTime!, inferred: true } };
    expect(csvRow(inferred, '2024-03-01T08:00:00Z').split(',')[12]).toBe('true');
    const none: Claim = { ...claim };
    delete none.eventTime;
    expect(csvRow(none, '2024-03-01T08:00:00Z').split(',').slice(10, 13)).toEqual(['', '', '']);
  });

  it('writes one field per column', () => {
    const row = csvRow(claim, '2024-03-01T08:00:00Z');
    expect(row).toBe(
      'c-1,p,a-1,2024-03-01T08:00:00Z,ro,country:KR,South Korea,asserts,false,2024-03-01,2023-07-01,2023-07-31,false,7000 container ~,,' +
        '"aproximativ 7.000 de containere, ""cu muniție"""',
    );
    expect(CSV_COLUMNS).toHaveLength(16);
  });
});
