// Reads PolNeAR gold files from ../shared (never copied into the project).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from './corpora.mjs';

export const POLNEAR_TRAIN = join(SHARED, 'eval/polnear/train');

/** Every PolNeAR train gold file: { file, article, claims }. */
export function polnearTrain() {
  return readdirSync(POLNEAR_TRAIN)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(POLNEAR_TRAIN, file), 'utf8')) }));
}
