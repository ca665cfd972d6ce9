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

// The names of predicateFeatures' features, in its order.
const SUFFIXES = Array.from({ length: MAX_SUFFIX }, (_, k) => `s${k + 1}`);
const NAMES = ['w', 'p', 'n', 'pp', 'ps', 'ns', 'pw', ...SUFFIXES, 'a', 'h'];
const A = 7 + MAX_SUFFIX;
const H = A + 1;

/** Applies a trained model. */
export class PredicateTagger {
  private readonly scorer: LinearScorer;
  /** The weights of each feature by its value, in the order of NAMES. */
  private readonly tables: ReadonlyMap<string, number>[];
  constructor(model: PredicateModel) {
    this.scorer = new LinearScorer(model);
    this.tables = NAMES.map((n) => this.scorer.values(n));
  }

  /**
   * Whether the word at `i` among `words` (lower case) is a verb there: the score of
   * predicateFeatures(words, i), the same sum in the same order, each feature looked up by
   * its value in its name's table (making a string for each cost most of tagging).
   */
  isPredicate(words: readonly string[], i: number): boolean {
    const t = this.tables;
    const w = words[i]!;
    const prev = i > 0 ? words[i - 1]! : '<s>';
    const next = i + 1 < words.length ? words[i + 1]! : '</s>';
    const before = i > 1 ? words[i - 2]! : '<s>';
    let s = this.scorer.bias;
    s += t[0]!.get(w) ?? 0;
    s += t[1]!.get(prev) ?? 0;
    s += t[2]!.get(next) ?? 0;
    s += t[3]!.get(before) ?? 0;
    s += t[4]!.get(prev.slice(-3)) ?? 0;
    s += t[5]!.get(next.slice(-3)) ?? 0;
    s += t[6]!.get(`${prev}|${w.slice(-3)}`) ?? 0;
    for (let k = 1; k <= MAX_SUFFIX; k++) s += t[6 + k]!.get(w.slice(-k)) ?? 0;
    s += t[A]!.get(w.slice(0, 2)) ?? 0;
    const hyphen = w.indexOf('-');
    if (hyphen > 0) s += t[H]!.get(w.slice(0, hyphen)) ?? 0;
    return s > 0;
  }
}
