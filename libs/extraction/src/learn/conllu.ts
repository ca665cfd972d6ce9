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
