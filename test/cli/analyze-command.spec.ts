import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const bin = join(__dirname, '../../bin/claim-ledger.js');
const run = (args: string[], input: string) => spawnSync('node', [bin, ...args], { input, encoding: 'utf8' });

const good = {
  id: 'cli-1',
  publisher: 'cli-test',
  body: 'Guvernul României a anunțat marți că deficitul va scădea la 5,4%.',
  publishedAt: '2025-05-15T10:00:00+03:00',
};

describe('claim-ledger analyze (the command a user runs)', () => {
  it('reads JSON Lines from standard input and writes claim records', () => {
    const r = run(['analyze'], `${JSON.stringify(good)}\n`);
    expect(r.status).toBe(0);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toEqual([
      expect.objectContaining({ kind: 'claim', articleId: 'cli-1', source: expect.objectContaining({ id: 'country:RO' }) }),
    ]);
    expect(records[0].quantities).toEqual([expect.objectContaining({ value: 5.4, unit: '%' })]);
  });

  it('reports a bad line with its number and reason, processes the others, and exits non-zero', () => {
    const input = [
      JSON.stringify(good),
      '{not json',
      JSON.stringify({ ...good, id: 'cli-2', publishedAt: 'tomorrow' }),
      JSON.stringify({ ...good, id: 'cli-3' }),
    ].join('\n');
    const r = run(['analyze'], input);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2: not JSON/);
    expect(r.stderr).toMatch(/line 3: publishedAt: must be an RFC 3339 date-time with offset/);
    const ids = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).articleId);
    expect(ids).toEqual(['cli-1', 'cli-3']);
  });

  it('says which articles are in a language it has no pack for, instead of finding nothing in silence', () => {
    const fr = { ...good, id: 'cli-fr', body: 'Le ministre a déclaré mardi que le budget augmentera de 5 %.', language: 'fr' };
    const de = { ...good, id: 'cli-de', body: 'Der Minister sagte am Dienstag, dass der Haushalt um 5 % steigen wird.' };
    const r = run(['analyze'], [JSON.stringify(fr), JSON.stringify(good), JSON.stringify(de)].join('\n'));
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/line 1: article cli-fr: unsupported_language: no language pack for "fr" \(supported: en, ro\)/);
    expect(r.stderr).toMatch(/line 3: article cli-de: unsupported_language: no language pack for "de"/);
    expect(r.stderr).toMatch(/3 articles, 1 claims, 0 links, 0 rejected lines, 2 in unsupported languages/);
  });

  it('explains its usage', () => {
    expect(run(['--help'], '').stdout).toMatch(/analyze \[FILE\]/);
    expect(run(['frobnicate'], '').status).toBe(2);
  });
});
