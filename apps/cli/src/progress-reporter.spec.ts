import { formatProgress, ProgressReporter } from './progress-reporter';

describe('CLI progress', () => {
  it('shows articles, articles/s, the share of the file read and the time left', () => {
    // 12,000 articles in 5 s, 40% of a 10 MB file: 7.5 s left.
    expect(formatProgress({ articles: 12_000, bytes: 4_000_000 }, 5_000, 10_000_000)).toBe(
      '12,000 articles  2,400 articles/s  40%  ETA 0:08',
    );
    expect(formatProgress({ articles: 1_000_000, bytes: 1 }, 10_000, 1 + 36_000)).toMatch(/ETA 100:00:00$/);
  });

  it('shows no share or ETA for standard input, and no rate before time has passed', () => {
    expect(formatProgress({ articles: 50, bytes: 9_000 }, 2_000)).toBe('50 articles  25 articles/s');
    expect(formatProgress({ articles: 0, bytes: 0 }, 0, 100)).toBe('0 articles  0 articles/s  0%');
  });

  it('rewrites one line at most every interval, and clears it at the end', () => {
    let t = 1_000;
    const out: string[] = [];
    const p = new ProgressReporter({ write: (s) => out.push(s), now: () => t, intervalMs: 250, totalBytes: 1_000 });
    t += 100;
    p.update({ articles: 10, bytes: 100 });
    t += 100;
    p.update({ articles: 20, bytes: 200 });
    t += 300;
    p.update({ articles: 50, bytes: 500 });
    p.done();
    expect(out).toEqual([
      '\r\x1b[2K10 articles  100 articles/s  10%  ETA 0:01',
      '\r\x1b[2K50 articles  100 articles/s  50%  ETA 0:01',
      '\r\x1b[2K',
    ]);
  });

  it('writes nothing at all for an input too quick to show', () => {
    const out: string[] = [];
    new ProgressReporter({ write: (s) => out.push(s) }).done();
    expect(out).toEqual([]);
  });
});
