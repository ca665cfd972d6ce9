import { LinearScorer, trainPerceptron, type LinearModel } from './averaged-perceptron';

/**
 * Which words are verbs where they stand (a verb or an auxiliary: the predicate of a
 * clause), judged from the word, its endings and its neighbours by a linear model trained
 * on a treebank's parts of speech (UD Romanian-RRT for Romanian). It tells a clause from a
 * noun phrase ("Ministrul a declarat, …" from "Ministrul Transporturilor, …") where a
 * language's verbs have too many forms for a list, and a word that is a verb in one place
 * from the same word as a noun or an adjective in another ("arată", "informă").
 */
export type PredicateModel = LinearModel;

// Endings up to this many letters carry most of a Romanian word's inflection.
const MAX_SUFFIX = 4;

/** The features of the word at `i` among a sentence's lower-cased words. */
export function predicateFeatures(words: readonly string[], i: number): string[] {
  const w = words[i]!;
  const prev = i > 0 ? words[i - 1]! : '<s>';
  const next = i + 1 < words.length ? words[i + 1]! : '</s>';
  const before = i > 1 ? words[i - 2]! : '<s>';
  const f = [
    `w=${w}`,
    `p=${prev}`,
    `n=${next}`,
    `pp=${before}`,
    `ps=${prev.slice(-3)}`,
    `ns=${next.slice(-3)}`,
    `pw=${prev}|${w.slice(-3)}`,
  ];
  for (let k = 1; k <= MAX_SUFFIX; k++) f.push(`s${k}=${w.slice(-k)}`);
  f.push(`a=${w.slice(0, 2)}`);
  // A clitic joined to its word ("ne-a", "s-au") says which side of it the verb is.
  const hyphen = w.indexOf('-');
  if (hyphen > 0) f.push(`h=${w.slice(0, hyphen)}`);
  return f;
}

/** Trains on sentences of (word, part of speech); VERB and AUX are predicates. */
export function trainPredicates(sentences: readonly { form: string; upos: string }[][], provenance: string): PredicateModel {
  const examples = [];
  for (const s of sentences) {
    const words = s.map((w) => w.form.toLowerCase());
    for (let i = 0; i < s.length; i++)
      examples.push({ features: predicateFeatures(words, i), positive: s[i]!.upos === 'VERB' || s[i]!.upos === 'AUX' });
  }
  return trainPerceptron(examples, EPOCHS, provenance);
}

// Passes over the treebank: held-out accuracy stops rising after about five.
const EPOCHS = 5;

/** Applies a trained model. */
export class PredicateTagger {
  private readonly scorer: LinearScorer;
  constructor(model: PredicateModel) {
    this.scorer = new LinearScorer(model);
  }

  /** Whether the word at `i` among `words` (lower case) is a verb there. */
  isPredicate(words: readonly string[], i: number): boolean {
    return this.scorer.score(predicateFeatures(words, i)) > 0;
  }
}
