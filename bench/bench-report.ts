import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** The machine a benchmark ran on, as every result names it. */
export function machine(): { cpu: string; cores: number; memoryGB: number; node: string } {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
  };
}

/** Writes a benchmark's figures to bench/results/<name>.json. */
export function writeResult(name: string, result: unknown): void {
  const dir = join(__dirname, '../../bench/results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
}
