/**
 * A binary linear classifier over sparse string features, trained as an averaged
 * perceptron (Collins 2002; the tagger spaCy shipped before its neural models). Small,
 * fast to apply (a handful of map look-ups per decision) and deterministic.
 */
export interface LinearModel {
  /** What the model was trained on, for the model file's reader. */
  provenance: string;
  bias: number;
  features: string[];
  weights: number[];
}

const NO_WEIGHTS: ReadonlyMap<string, number> = new Map();

export class LinearScorer {
  private readonly weights: Map<string, number>;
  /**
   * The same weights by feature name, then value ("w=said" under "w", "said"): a caller
   * that has the name and the value apart looks them up without joining them into a new
   * string, which V8 must then flatten and hash (the costliest part of scoring a cue).
   */
  private readonly byName = new Map<string, Map<string, number>>();
  constructor(private readonly model: LinearModel) {
    this.weights = new Map(model.features.map((f, i) => [f, model.weights[i]!]));
    for (const [f, w] of this.weights) {
      const eq = f.indexOf('=');
      // A feature without "=" is never asked for by name and value.
      if (eq < 0) continue;
      const name = f.slice(0, eq);
      let values = this.byName.get(name);
      if (!values) this.byName.set(name, (values = new Map()));
      values.set(f.slice(eq + 1), w);
    }
  }

  /** The bias: where a score starts. */
  get bias(): number {
    return this.model.bias;
  }

  /**
   * The weights of the features named `name` (without "="), by value: `${name}=${value}`
   * weighs `values(name).get(value) ?? 0`, as `score` would add it. A caller keeps the
   * table, so that each feature costs one look-up.
   */
  values(name: string): ReadonlyMap<string, number> {
    return this.byName.get(name) ?? NO_WEIGHTS;
  }

  /** The raw score: positive means "yes". */
  score(features: readonly string[]): number {
    let s = this.model.bias;
    for (const f of features) s += this.weights.get(f) ?? 0;
    return s;
  }
}

export interface Example {
  features: string[];
  positive: boolean;
}

/** Trains on examples in the given order for `epochs` passes, shuffled by a seeded order. */
export function trainPerceptron(examples: readonly Example[], epochs: number, provenance: string): LinearModel {
  const w = new Map<string, number>();
  const total = new Map<string, number>(); // sum of w over time, kept lazily
  const stamp = new Map<string, number>();
  let bias = 0;
  let biasTotal = 0;
  let biasStamp = 0;
  let t = 0;
  const touch = (f: string, delta: number) => {
    const last = stamp.get(f) ?? 0;
    const cur = w.get(f) ?? 0;
    total.set(f, (total.get(f) ?? 0) + cur * (t - last));
    stamp.set(f, t);
    w.set(f, cur + delta);
  };
  const order = examples.map((_, i) => i);
  let seed = 17;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      t++;
      const ex = examples[k]!;
      let s = bias;
      for (const f of ex.features) s += w.get(f) ?? 0;
      const y = ex.positive ? 1 : -1;
      if (s * y <= 0) {
        for (const f of ex.features) touch(f, y);
        biasTotal += bias * (t - biasStamp);
        biasStamp = t;
        bias += y;
      }
    }
  }
  const features: string[] = [];
  const weights: number[] = [];
  for (const [f, cur] of w) {
    const avg = ((total.get(f) ?? 0) + cur * (t - (stamp.get(f) ?? 0))) / t;
    if (Math.abs(avg) < 1e-3) continue;
    features.push(f);
    weights.push(Math.round(avg * 1000) / 1000);
  }
  return { provenance, bias: Math.round(((biasTotal + bias * (t - biasStamp)) / t) * 1000) / 1000, features, weights };
}
