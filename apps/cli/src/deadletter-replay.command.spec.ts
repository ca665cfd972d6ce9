import { parseReplayArguments, UsageError } from './deadletter-replay.command';

describe('deadletter replay arguments', () => {
  it('reads repeated flags and comma lists, prefixing topics', () => {
    const { selection, dryRun } = parseReplayArguments(
      [
        '--code',
        'PROCESSING.FAILED',
        '--code',
        'A,B',
        '--source-topic',
        'articles.v1',
        '--at',
        '0:12,2:5',
        '--since',
        '2026-11-29T00:00:00Z',
        '--dry-run',
      ],
      't.',
    );
    expect(dryRun).toBe(true);
    expect(selection).toEqual({
      codes: ['PROCESSING.FAILED', 'A', 'B'],
      sourceTopics: ['t.articles.v1'],
      positions: ['0:12', '2:5'],
      since: new Date('2026-11-29T00:00:00Z'),
    });
  });

  it('replays everything only when told --all', () => {
    expect(parseReplayArguments(['--all'], '')).toEqual({ selection: {}, dryRun: false });
    expect(() => parseReplayArguments([], '')).toThrow(
      new UsageError('choose dead letters (--code, --source-topic, --key, --at, --since, --until) or pass --all'),
    );
  });

  it.each([
    [['--at', '3'], '--at: "3" is not PARTITION:OFFSET'],
    [['--since', 'yesterday'], '--since: "yesterday" is not a date (ISO 8601)'],
    [['--code'], '--code needs a value'],
    [['--code', '--dry-run'], '--code needs a value'],
    [['--force'], 'unknown argument "--force"'],
  ])('refuses %j: %s', (args, message) => {
    expect(() => parseReplayArguments(args, '')).toThrow(new UsageError(message));
  });
});
