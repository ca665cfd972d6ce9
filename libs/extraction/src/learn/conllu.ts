/** The (form, lemma, part of speech, features) of every word of CoNLL-U text, multiword tokens left out. */
export function conlluWords(text: string): { form: string; lemma: string; upos: string; feats: string }[] {
  const out: { form: string; lemma: string; upos: string; feats: string }[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length !== 10 || !/^\d+$/.test(cols[0]!)) continue;
    out.push({ form: cols[1]!, lemma: cols[2]!, upos: cols[3]!, feats: cols[5]! });
  }
  return out;
}

/** The words of each sentence of CoNLL-U text, in order, multiword tokens left out. */
export function conlluSentences(text: string): { form: string; lemma: string; upos: string; feats: string }[][] {
  const out: { form: string; lemma: string; upos: string; feats: string }[][] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const words = conlluWords(block);
    if (words.length) out.push(words);
  }
  return out;
}
