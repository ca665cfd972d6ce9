/** Where the input stands: articles read so far and, for a file, how far into it. */
export interface ProgressState {
  articles: number;
  bytes: number;
}

export interface ProgressOptions {
  /** Size of the input file in bytes; unknown for standard input (no ETA then). */
  totalBytes?: number;
  /** Writes to the terminal (stderr). */
  write: (s: string) => void;
  now?: () => number;
  /** Least time between two updates of the line. */
  intervalMs?: number;
}

const group = (n: number) => Math.round(n).toLocaleString('en-US');

function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The progress line: `12,000 articles  2,431 articles/s  48%  ETA 0:21` (no ETA before a rate is known or without a size). */
export function formatProgress(state: ProgressState, elapsedMs: number, totalBytes?: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? state.articles / seconds : 0;
  const parts = [`${group(state.articles)} articles`, `${group(rate)} articles/s`];
  if (totalBytes && totalBytes > 0) {
    const share = Math.min(1, state.bytes / totalBytes);
    parts.push(`${Math.floor(share * 100)}%`);
    if (state.bytes > 0 && seconds > 0) parts.push(`ETA ${duration(((totalBytes - state.bytes) / state.bytes) * seconds)}`);
  }
  return parts.join('  ');
}

/**
 * Shows the progress of `analyze` and `extract` on one terminal line, rewritten in place
 * at most every `intervalMs`, and cleared at the end (the summary line follows). Only for
 * a terminal: the caller creates it when stderr is a TTY, so logs and pipes stay clean.
 */
export class ProgressReporter {
  private readonly started: number;
  private last = -Infinity;
  private shown = false;

  constructor(private readonly options: ProgressOptions) {
    this.started = this.now();
  }

  update(state: ProgressState): void {
    const t = this.now();
    if (t - this.last < (this.options.intervalMs ?? 250)) return;
    this.last = t;
    this.shown = true;
    this.options.write(`\r\x1b[2K${formatProgress(state, t - this.started, this.options.totalBytes)}`);
  }

  /** Clears the line. */
  done(): void {
    if (this.shown) this.options.write('\r\x1b[2K');
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
