import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Runs every thread of this process at `niceness` (PROCESS_NICENESS). On Linux a niceness
 * belongs to a thread, and setting the process's sets only the calling one: V8's
 * collector threads, started before any code of ours runs, would stay where they were. So
 * each thread listed in /proc/self/task is set; threads started later inherit it from the
 * thread that starts them. Elsewhere (no /proc) the process's own call is what there is.
 * A thread already at that niceness or lower in priority is left as it is: raising a
 * priority needs a privilege the service should not need (a supervisor's `nice` wins).
 * Returns how many threads were set (none for niceness 0, which leaves the process as it is).
 */
export function lowerProcessPriority(niceness: number): number {
  if (niceness === 0) return 0;
  let threads: number[];
  try {
    threads = readdirSync('/proc/self/task').map(Number);
  } catch {
    if (getPriority() >= niceness) return 0;
    setPriority(niceness);
    return 1;
  }
  let set = 0;
  for (const tid of threads) {
    try {
      if (getPriority(tid) >= niceness) continue;
      setPriority(tid, niceness);
      set++;
    } catch (e) {
      // (A thread that ended between the listing and here.)
      if ((e as { info?: { code?: string } }).info?.code !== 'ESRCH') throw e;
    }
  }
  return set;
}
