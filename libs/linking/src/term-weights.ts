/**
 * How much a shared word says that two claims are about the same thing: its inverse
 * document frequency over sentences of news (PolNeAR train, RONEC, UD Romanian-RRT),
 * learned by `npm run train`. A word seen in every other sentence ("said") says nothing;
 * one seen in a handful ("Zimmerman", "superdelegate") says much.
 */
export interface TermWeightModel {
  provenance: string;
  documents: number;
  /** [stem, number of sentences it occurs in], for stems seen at least twice. */
  df: [string, number][];
}

export class TermWeights {
  private readonly idf: Map<string, number>;
  private readonly unseen: number;
  constructor(model: TermWeightModel) {
    const n = model.documents;
    this.idf = new Map(model.df.map(([t, d]) => [t, Math.log((n + 1) / (d + 1))]));
    // A stem never seen twice is as rare as the rarest seen.
    this.unseen = Math.log((n + 1) / 2);
  }

  weight(stem: string): number {
    return this.idf.get(stem) ?? this.unseen;
  }
}

/** Counts, for each stem, the sentences it occurs in. */
export function trainTermWeights(sentences: Iterable<readonly string[]>, provenance: string): TermWeightModel {
  const df = new Map<string, number>();
  let documents = 0;
  for (const terms of sentences) {
    documents++;
    for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  }
  return {
    provenance,
    documents,
    df: [...df].filter(([, d]) => d >= 2).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  };
}
