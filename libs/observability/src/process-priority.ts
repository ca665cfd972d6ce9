import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Runs every thread of this process at `niceness` (PROCESS_NICENESS). On Linux a niceness
 * belongs to a thread, and setting the process's sets only the calling one: V8's
 * collector threads, started before any code of ours runs, would stay where they were. So
 * each thread listed in /proc/self/task is set; threads started later inherit it from the
 * thread that starts them. Elsewhere (no /proc) the process's own call is what there is.
 * Returns how many threads were set (none for niceness 0, which leaves the process as it is).
 */
export function lowerProcessPriority(niceness: number): number {
  if (niceness === 0) return 0;
  let threads: number[];
  try {
    threads = readdirSync('/proc/self/task').map(Number);
  } catch {
    setPriority(niceness);
    return 1;
  }
  for (const tid of threads) {
    try {
      setPriority(tid, niceness);
    } catch (e) {
      // (A thread that ended between the listing and here.)
      if ((e as { info?: { code?: string } }).info?.code !== 'ESRCH') throw e;
    }
  }
  return threads.length;
}
