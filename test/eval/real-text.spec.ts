import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Real text annotated by others (PolNeAR dev, English) and by the project's own guide
// (eval/ro-ronec: RONEC and UD Romanian-RRT sentences, kept by position and rebuilt from
// ../shared). The floors sit a little under the figures measured when they were set, so
// that no change lowers them unseen; raise them as the engine improves.
const shared = join(__dirname, '../../../shared');
const root = join(__dirname, '../..');

interface Score {
  detection: { precision: number; recall: number; f1: number };
  exactClaims: { f1: number };
  links: { precision: number; recall: number; f1: number };
  quantities: { f1: number };
  fieldAccuracy: { source: number; eventTime: number | null };
}

function score(gold: string): Score {
  const dir = mkdtempSync(join(tmpdir(), 'claim-ledger-real-'));
  const scorer = join(shared, 'eval/score.mjs');
  writeFileSync(
    join(dir, 'articles.jsonl'),
    execFileSync('node', [scorer, '--gold', gold, '--articles'], { encoding: 'utf8', maxBuffer: 1 << 28 }),
  );
  const predictions = execFileSync('node', [join(root, 'bin/claim-ledger.js'), 'analyze', join(dir, 'articles.jsonl')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 1 << 28,
  });
  writeFileSync(join(dir, 'pred.jsonl'), predictions);
  return JSON.parse(
    execFileSync('node', [scorer, '--gold', gold, '--pred', join(dir, 'pred.jsonl'), '--json'], { encoding: 'utf8' }),
  ) as Score;
}

describe('PolNeAR dev (84 English news articles), scored by shared/eval/score.mjs', () => {
  const s = score(join(shared, 'eval/polnear/dev'));
  it('finds claims with F1 >= 0.86', () => expect(s.detection.f1).toBeGreaterThanOrEqual(0.86));
  it('with precision >= 0.90', () => expect(s.detection.precision).toBeGreaterThanOrEqual(0.9));
  it('names their sources with accuracy >= 0.93', () => expect(s.fieldAccuracy.source).toBeGreaterThanOrEqual(0.93));
});

describe('the Romanian gold (RONEC and UD Romanian-RRT sentences), scored by shared/eval/score.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claim-ledger-ro-gold-'));
  execFileSync('node', [join(root, 'eval/tools/build-ro-gold.mjs'), dir], { stdio: 'ignore' });
  const s = score(dir);
  it('finds claims with F1 >= 0.89', () => expect(s.detection.f1).toBeGreaterThanOrEqual(0.89));
  it('names their sources with accuracy >= 0.90', () => expect(s.fieldAccuracy.source).toBeGreaterThanOrEqual(0.9));
  // Over the claims found, which grow as detection does: 0.726 over 189, 0.696 over 195, 0.750 over 209, 0.805 over 218, 0.884 over 221.
  it('reads their figures with F1 >= 0.89', () => expect(s.quantities.f1).toBeGreaterThanOrEqual(0.89));
});

describe('the PolNeAR link gold (eval/polnear-links: 34 events, 515 pairs), scored by shared/eval/score.mjs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claim-ledger-link-gold-'));
  execFileSync('node', [join(root, 'eval/tools/build-link-gold.mjs'), dir], { stdio: 'ignore' });
  const s = score(dir);
  it('links claims about the same question (pair and relation) with F1 >= 0.25', () => expect(s.links.f1).toBeGreaterThanOrEqual(0.25));
});

describe('the eventTime gold (eval/polnear-times: PolNeAR train claims with a time in their content), scored by shared/eval/score.mjs', () => {
  // Two slices annotated by one guide: gold.json (i % 8 === 1) was tuned on; heldout.json
  // (i % 8 === 5) was annotated after the first round of changes and measured, and its misses
  // were read for the second (README, "Evaluating extraction").
  const slice = (gold: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'claim-ledger-time-gold-'));
    execFileSync('node', [join(root, 'eval/tools/build-time-gold.mjs'), dir, '--gold', join(root, 'eval/polnear-times', gold)], {
      stdio: 'ignore',
    });
    return score(dir);
  };
  const tuned = slice('gold.json');
  const heldOut = slice('heldout.json');
  it('resolves the period a content is about with accuracy >= 0.89 on the slice tuned on', () =>
    expect(tuned.fieldAccuracy.eventTime).toBeGreaterThanOrEqual(0.89));
  it('and >= 0.87 on the second slice', () => expect(heldOut.fieldAccuracy.eventTime).toBeGreaterThanOrEqual(0.87));
});

describe('the held-out stories (eval/stories: 16 original articles, 5 stories, English and Romanian), scored by shared/eval/score.mjs', () => {
  // Written blind to the engine and committed before any tuning (eval/stories/README.md).
  const s = score(join(root, 'eval/stories'));
  it('finds claims with F1 >= 0.95', () => expect(s.detection.f1).toBeGreaterThanOrEqual(0.95));
  it('names their sources with accuracy >= 0.94', () => expect(s.fieldAccuracy.source).toBeGreaterThanOrEqual(0.94));
  it('reads their figures with F1 >= 0.95', () => expect(s.quantities.f1).toBeGreaterThanOrEqual(0.95));
  it('gets every field of a claim right (its period too) with F1 >= 0.73', () => expect(s.exactClaims.f1).toBeGreaterThanOrEqual(0.73));
  it('links claims across articles and languages (pair and relation) with F1 >= 0.39', () =>
    expect(s.links.f1).toBeGreaterThanOrEqual(0.39));
});
