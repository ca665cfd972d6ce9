import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const bin = join(__dirname, '../../bin/claim-ledger.js');

// A file large enough to take more than the 250 ms between two updates.
function bigFile(): { dir: string; file: string; articles: number } {
  const dir = mkdtempSync(join(tmpdir(), 'claim-ledger-progress-'));
  const file = join(dir, 'articles.jsonl');
  const articles = 3_000;
  const lines = Array.from({ length: articles }, (_, i) =>
    JSON.stringify({
      id: `p-${i}`,
      publisher: 'progress',
      body: `Ministrul a declarat joi că bugetul crește cu ${i % 50}%. Premierul a spus că deficitul va scădea la ${i % 7},4%, potrivit Agerpres.`,
      publishedAt: '2025-06-05T10:00:00+03:00',
    }),
  );
  writeFileSync(file, lines.join('\n') + '\n');
  return { dir, file, articles };
}

// Issue 14: `extract` and `analyze` over a large file show articles/s and an ETA on
// stderr when it is a terminal (here a pseudo-terminal made by util-linux `script`), and
// nothing of the kind in a pipe.
describe('progress of extract and analyze', () => {
  const { dir, file, articles } = bigFile();

  it('shows articles/s, the share read and an ETA on a terminal, then clears the line before the summary', () => {
    const out = join(dir, 'claims.jsonl');
    const r = spawnSync('script', ['-qec', `node ${bin} extract ${file} > ${out}`, '/dev/null'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status).toBe(0);
    const updates = r.stdout.split('\r\x1b[2K').filter((s) => /articles\/s/.test(s));
    expect(updates.length).toBeGreaterThanOrEqual(1);
    for (const u of updates) expect(u).toMatch(/^[\d,]+ articles {2}[\d,]+ articles\/s {2}\d+% {2}ETA \d+:\d\d$/);
    expect(r.stdout).toMatch(/\r\x1b\[2Kextract: 3,?000 articles, \d+ claims, 0 rejected lines/);
    // The claims went to the file, untouched by the progress line.
    const claims = readFileSync(out, 'utf8').trim().split('\n');
    expect(claims.length).toBeGreaterThanOrEqual(articles);
    for (const c of claims.slice(0, 50)) expect(JSON.parse(c)).toMatchObject({ kind: 'claim' });
  }, 150_000);

  it('writes only the summary when stderr is not a terminal', () => {
    const r = spawnSync('node', [bin, 'extract', file], { encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`extract: ${articles} articles, ${r.stdout.trim().split('\n').length} claims, 0 rejected lines\n`);
  }, 150_000);
});
