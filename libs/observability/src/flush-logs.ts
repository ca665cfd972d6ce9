import pino, { type Logger } from 'pino';

/**
 * Writes out what the logger still holds, synchronously. pino's destination writes
 * asynchronously (and its `flush` does not wait with the default settings), while Nest
 * ends a graceful shutdown by raising the signal again: without this, the last lines of
 * a shutdown (what was drained and committed) are lost with the process.
 */
export function flushLogs(logger: Logger): void {
  const stream = (logger as unknown as Record<symbol, { flushSync?: () => void } | undefined>)[pino.symbols.streamSym];
  try {
    stream?.flushSync?.();
  } catch {
    // A destination still opening or already closed has nothing of ours to write.
  }
}
