import { writeFileSync } from 'node:fs';
import { languagePack, learnNameGender, supportedLanguages } from '@claim-ledger/extraction';
import { corpusTexts } from './corpus-texts';

/**
 * `train-name-gender`: learns the gender of first names from running text, by the
 * honorifics of every language pack ("Mrs. Clinton" … "Hillary Clinton"), and writes the
 * file the source resolver loads to tell whom "she" or "el" can stand for.
 */
export function runTrainNameGender(sources: string[], out: string, log: (s: string) => void): void {
  const female = new Set<string>();
  const male = new Set<string>();
  const packs = supportedLanguages().map((code) => languagePack(code)!);
  for (const pack of packs) {
    pack.honorifics?.female.forEach((w) => female.add(w));
    pack.honorifics?.male.forEach((w) => male.add(w));
  }
  const isCommon = (w: string) => packs.some((p) => p.commonWords?.has(w) ?? false);
  const names = sources.map((f) => f.replace(/^.*\/shared\//, 'shared/')).join(', ');
  const model = learnNameGender(
    corpusTexts(sources),
    { female, male },
    `first names given a gender by honorifics in ${names}, by \`npm run train\``,
    isCommon,
  );
  writeFileSync(out, JSON.stringify(model) + '\n');
  log(`train-name-gender: ${model.female.length} women's and ${model.male.length} men's first names, written to ${out}`);
}
