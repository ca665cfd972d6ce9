import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The development gold set and its scorer live in shared/ (read, never copied). The
// claim-ledger CLI analyses the gold articles as a user would, and the scorer's
// figures must stay at or above the targets of the extraction issue.
const shared = join(__dirname, '../../../shared/eval');
const root = join(__dirname, '../..');

describe('the development set, scored by shared/eval/score.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claim-ledger-eval-'));
  const articles = execFileSync('node', [join(shared, 'score.mjs'), '--gold', join(shared, 'dev'), '--articles'], { encoding: 'utf8' });
  writeFileSync(join(dir, 'articles.jsonl'), articles);
  const predictions = execFileSync('node', [join(root, 'bin/claim-ledger.js'), 'analyze', join(dir, 'articles.jsonl')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  writeFileSync(join(dir, 'pred.jsonl'), predictions);
  const score = JSON.parse(
    execFileSync('node', [join(shared, 'score.mjs'), '--gold', join(shared, 'dev'), '--pred', join(dir, 'pred.jsonl'), '--json'], {
      encoding: 'utf8',
    }),
  ) as {
    detection: { f1: number };
    quantities: { f1: number };
    links: { f1: number };
    fieldAccuracy: { source: number; statedAt: number; eventTime: number };
  };

  it('detects claims with F1 >= 0.95', () => expect(score.detection.f1).toBeGreaterThanOrEqual(0.95));
  it('names their sources with accuracy >= 0.95', () => expect(score.fieldAccuracy.source).toBeGreaterThanOrEqual(0.95));
  it('reads their figures with F1 >= 0.95', () => expect(score.quantities.f1).toBeGreaterThanOrEqual(0.95));
  it('links claims across articles (pair and relation) with F1 >= 0.90', () => expect(score.links.f1).toBeGreaterThanOrEqual(0.9));
  it('dates statements and periods with accuracy >= 0.90', () => {
    expect(score.fieldAccuracy.statedAt).toBeGreaterThanOrEqual(0.9);
    expect(score.fieldAccuracy.eventTime).toBeGreaterThanOrEqual(0.9);
  });
});
