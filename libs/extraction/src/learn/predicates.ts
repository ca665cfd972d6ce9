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
   * Per word, the weights of its features in each place a window holds it (see WORD_*),
   * each 0 where the model has none: a word recurs in many windows, and its endings were
   * cut and looked up again in each.
   */
  private readonly byWord = new Map<string, Float64Array>();

  private weightsOf(word: string): Float64Array {
    let r = this.byWord.get(word);
    if (!r) {
      const t = this.tables;
      r = new Float64Array(WORD_FIELDS);
      r[AS_WORD] = t[0]!.get(word) ?? 0;
      r[AS_PREV] = t[1]!.get(word) ?? 0;
      r[AS_NEXT] = t[2]!.get(word) ?? 0;
      r[AS_BEFORE] = t[3]!.get(word) ?? 0;
      r[PREV_SUFFIX] = t[4]!.get(word.slice(-3)) ?? 0;
      r[NEXT_SUFFIX] = t[5]!.get(word.slice(-3)) ?? 0;
      for (let k = 1; k <= MAX_SUFFIX; k++) r[SUFFIX + k - 1] = t[6 + k]!.get(word.slice(-k)) ?? 0;
      r[OPENING] = t[A]!.get(word.slice(0, 2)) ?? 0;
      const hyphen = word.indexOf('-');
      r[CLITIC] = hyphen > 0 ? (t[H]!.get(word.slice(0, hyphen)) ?? 0) : 0;
      // Words recur across articles; a bounded map keeps memory flat over any stream.
      if (this.byWord.size >= 50_000) this.byWord.clear();
      this.byWord.set(word, r);
    }
    return r;
  }

  /**
   * Whether the word at `i` among `words` (lower case) is a verb there: the score of
   * predicateFeatures(words, i), the same sum in the same order, each feature's weight
   * read from its word's weights (a weight the model lacks adds 0, as it would).
   */
  isPredicate(words: readonly string[], i: number): boolean {
    const w = words[i]!;
    const prev = i > 0 ? words[i - 1]! : '<s>';
    const next = i + 1 < words.length ? words[i + 1]! : '</s>';
    const before = i > 1 ? words[i - 2]! : '<s>';
    const own = this.weightsOf(w);
    const p = this.weightsOf(prev);
    const n = this.weightsOf(next);
    let s = this.scorer.bias;
    s += own[AS_WORD]!;
    s += p[AS_PREV]!;
    s += n[AS_NEXT]!;
    s += this.weightsOf(before)[AS_BEFORE]!;
    s += p[PREV_SUFFIX]!;
    s += n[NEXT_SUFFIX]!;
    s += this.tables[6]!.get(`${prev}|${w.slice(-3)}`) ?? 0;
    for (let k = 0; k < MAX_SUFFIX; k++) s += own[SUFFIX + k]!;
    s += own[OPENING]!;
    s += own[CLITIC]!;
    return s > 0;
  }
}

// Where each weight of a word stands in its weights: as the word, the word before, after
// and two before; its last three letters before or after the word; its endings of 1 to
// MAX_SUFFIX letters, its first two letters and its clitic, as the word.
const AS_WORD = 0;
const AS_PREV = 1;
const AS_NEXT = 2;
const AS_BEFORE = 3;
const PREV_SUFFIX = 4;
const NEXT_SUFFIX = 5;
const SUFFIX = 6;
const OPENING = SUFFIX + MAX_SUFFIX;
const CLITIC = OPENING + 1;
const WORD_FIELDS = CLITIC + 1;
