import { isFigureWord, languagePack, supportedLanguages } from '@claim-ledger/extraction';

// Words are compared by their first letters: inflections and derivations of one word
// share them in both languages ("accused", "accusations" → "accus"; "acuzat", "acuzațiile"
// → "acuza"), the way light stemmers for information retrieval work.
const STEM_LETTERS = 5;
// Shorter words are function words or too ambiguous to say what a claim is about.
const MIN_LETTERS = 4;

let functionWords: Set<string> | undefined;
/** The closed-class words of every language pack: they say nothing of what a claim is about. */
function isFunctionWord(w: string): boolean {
  if (!functionWords) {
    functionWords = new Set();
    for (const code of supportedLanguages()) {
      const p = languagePack(code)!;
      for (const set of [
        p.complementizers,
        p.betweenSubjectAndCue,
        p.prepositions,
        p.clauseOpeners,
        p.determiners,
        p.pronouns,
        p.quantifiers,
        p.negations,
        p.timeModifiers,
        p.relativePronouns,
      ])
        for (const x of set) functionWords.add(fold(x));
    }
  }
  return functionWords.has(w);
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

/** The stems of the content words of a text, each once, in order. */
export function termsOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of fold(text).matchAll(/\p{L}+/gu)) {
    const w = m[0];
    // A figure's words ("billion", "miliarde") say how much, not of what.
    if (w.length < MIN_LETTERS || isFunctionWord(w) || isFigureWord(w)) continue;
    out.add(w.slice(0, STEM_LETTERS));
  }
  return [...out];
}
