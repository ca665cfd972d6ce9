import { arrayLiteral, arrayParams } from './array-literal';

describe('arrayLiteral', () => {
  it('quotes every element with one join when nothing needs escaping', () => {
    expect(arrayLiteral(['a', 'b c', '', 'NULL', '{x,y}'])).toBe('{"a","b c","","NULL","{x,y}"}');
    expect(arrayLiteral([1, 2.5, true])).toBe('{"1","2.5","true"}');
  });

  it('escapes quotes and backslashes and writes NULL unquoted', () => {
    expect(arrayLiteral(['say "hi"', 'a\\b', null, undefined, 'ok'])).toBe('{"say \\"hi\\"","a\\\\b",NULL,NULL,"ok"}');
  });

  it('writes one element, and leaves the values it is given as they were', () => {
    const values = ['only'];
    expect(arrayLiteral(values)).toBe('{"only"}');
    expect(arrayLiteral([null])).toBe('{NULL}');
    const escaped: (string | null)[] = ['a"b', null];
    expect(arrayLiteral(escaped)).toBe('{"a\\"b",NULL}');
    expect(values).toEqual(['only']);
    expect(escaped).toEqual(['a"b', null]);
  });

  it('writes an empty array as {}', () => {
    expect(arrayLiteral([])).toBe('{}');
  });
});

describe('arrayParams', () => {
  it('writes arrays of primitives as literals and leaves everything else', () => {
    const record = { a: 1 };
    expect(arrayParams([['x', null], 'text', 3, [record], null])).toEqual(['{"x",NULL}', 'text', 3, [record], null]);
  });
});
