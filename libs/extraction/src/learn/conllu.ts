/** A word of a CoNLL-U sentence: its form, lemma, part of speech, features, head (1-based, 0 the root) and relation to it. */
export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  feats: string;
  head: number;
  deprel: string;
}

/** The words of CoNLL-U text, multiword tokens left out. */
export function conlluWords(text: string): ConlluWord[] {
  const out: ConlluWord[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length !== 10 || !/^\d+$/.test(cols[0]!)) continue;
    out.push({ form: cols[1]!, lemma: cols[2]!, upos: cols[3]!, feats: cols[5]!, head: Number(cols[6]), deprel: cols[7]! });
  }
  return out;
}

/** The words of each sentence of CoNLL-U text, in order, multiword tokens left out. */
export function conlluSentences(text: string): ConlluWord[][] {
  const out: ConlluWord[][] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const words = conlluWords(block);
    if (words.length) out.push(words);
  }
  return out;
}
