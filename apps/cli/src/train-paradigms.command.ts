import { readFileSync, writeFileSync } from 'node:fs';
import { conlluSentences, conlluWords, learnInherentReflexives, trainParadigms } from '@claim-ledger/extraction';

// The forms a report is made in: third persons, participles and gerunds. First and second
// persons are left out ("declar", "raportez"): they are rarely cues, and often nouns too.
const reports = (feats: string) => /(?:^|\|)Person=3(?:\||$)|VerbForm=(?:Part|Ger)/.test(feats);

/**
 * `train-paradigms`: learns the inflection paradigms of verbs from CoNLL-U treebanks (UD
 * Romanian-RRT for Romanian) and writes the model file the language pack loads.
 */
export function runTrainParadigms(files: string[], out: string, log: (s: string) => void): void {
  const verbs: [string, string][] = [];
  for (const f of files)
    for (const w of conlluWords(readFileSync(f, 'utf8')))
      if ((w.upos === 'VERB' || w.upos === 'AUX') && reports(w.feats) && /^\p{L}+$/u.test(w.form))
        verbs.push([w.form.toLowerCase(), w.lemma.toLowerCase()]);
  const names = files.map((f) => f.replace(/^.*\/shared\//, 'shared/')).join(', ');
  const model = trainParadigms(
    verbs,
    `verb paradigms learned from ${verbs.length} verb forms of ${names} (CC BY-SA 4.0) by \`npm run train\``,
  );
  const reflexives = learnInherentReflexives(files.flatMap((f) => conlluSentences(readFileSync(f, 'utf8'))));
  if (reflexives.length) model.inherentReflexives = reflexives;
  writeFileSync(out, JSON.stringify(model) + '\n');
  log(
    `train-paradigms: ${verbs.length} verb forms, ${model.classes.length} classes, ${model.seen?.length ?? 0} verbs with forms of their own, ${reflexives.length} inherently reflexive, written to ${out}`,
  );
}
