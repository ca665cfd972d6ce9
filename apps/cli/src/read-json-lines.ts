import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * Yields the lines of a file (or standard input) with their 1-based numbers, skipping
 * blank ones, and the bytes read up to and including each (for progress).
 */
export async function* readJsonLines(file: string | undefined): AsyncGenerator<{ line: number; text: string; bytes: number }> {
  const input = file && file !== '-' ? createReadStream(file, { encoding: 'utf8' }) : process.stdin;
  const rl = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  let bytes = 0;
  for await (const text of rl) {
    line++;
    bytes += Buffer.byteLength(text, 'utf8') + 1;
    if (text.trim()) yield { line, text, bytes };
  }
}
