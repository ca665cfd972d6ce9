import { setFlagsFromString } from 'node:v8';

/**
 * Keeps a consumer's heap near what it holds. V8 lets the heap grow to about four times
 * what survived the last full collection before it collects again, up to a limit set
 * from the machine's memory (4 GB here): the linker, whose live set stays near 110 MB
 * (caches included; a batch adds a few MB), peaked at 440-470 MB resident, the ledger
 * (about 40 MB live) at 250-290 MB, all of it garbage of finished batches (bench:pipeline,
 * issue 15). A growth of `percent` past the live set bounds that without a hard heap
 * limit, which would crash a service on a burst instead of collecting more often.
 * `--max-old-space-size` is read only at start-up; this flag is read at every collection,
 * so it takes effect when set here (it is not accepted in NODE_OPTIONS).
 */
export function limitHeapGrowth(percent: number): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
