import type { Doc } from '../doc/doc';
import { makeDoc } from '../doc/make-doc';
import type { LanguagePack, CueModel } from '../lang/language-pack';
import { prepareText } from '../prepare-text';
import { cueFeatures } from '../stages/cue-features';
import { trainPerceptron, type Example } from './averaged-perceptron';

/** One annotated article of an attribution corpus (the scorer's gold format, PolNeAR's fields). */
export interface AttributionGold {
  body: string;
  claims: { evidence: string; cue?: string; optional?: boolean }[];
}

// A word is tried as a cue when the training data made it a cue this often, and in at
// least this share of its uses: "said" is tried, "in" and "to" are not.
const MIN_CUE_COUNT = 3;
const MIN_CUE_SHARE = 0.02;
const EPOCHS = 8;
const MIN_FEATURE_COUNT = 5;

/** The token indexes of a gold cue: its occurrence nearest the evidence. */
function cueTokens(doc: Doc, body: string, cue: string, evidence: string): number[] {
  const at = body.indexOf(evidence);
  if (at < 0 || !cue.trim()) return [];
  let best = -1;
  let bestDistance = Infinity;
  for (let k = body.indexOf(cue); k >= 0; k = body.indexOf(cue, k + 1)) {
    const d = k + cue.length <= at ? at - (k + cue.length) : k >= at + evidence.length ? k - (at + evidence.length) : 0;
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  if (best < 0 || bestDistance > 400) return [];
  const out: number[] = [];
  doc.tokens.forEach((t, i) => {
    if (t.start < best + cue.length && t.end > best) out.push(i);
  });
  return out;
}

/**
 * Trains the cue model of a language on annotated articles: every use of a candidate
 * word is an example, positive where it is part of the cue of a required attribution,
 * left out where it cues only optional ones (beliefs, wishes: neither way).
 */
export function trainCueModel(articles: readonly AttributionGold[], pack: LanguagePack, provenance: string): CueModel {
  const docs = articles.map((a) => {
    const doc = makeDoc(prepareText(a.body).text, pack.code);
    const required = new Set<number>();
    const optional = new Set<number>();
    // Gold strings are found in the body as written: preparing keeps its offsets.
    for (const c of a.claims) for (const i of cueTokens(doc, a.body, c.cue ?? '', c.evidence)) (c.optional ? optional : required).add(i);
    return { doc, required, optional };
  });
  const cueCount = new Map<string, number>();
  const useCount = new Map<string, number>();
  for (const { doc, required } of docs) {
    for (const t of doc.tokens) useCount.set(t.norm, (useCount.get(t.norm) ?? 0) + 1);
    for (const i of required) {
      const t = doc.tokens[i]!;
      if (/\p{L}/u.test(t.norm)) cueCount.set(t.norm, (cueCount.get(t.norm) ?? 0) + 1);
    }
  }
  const candidates = [...cueCount]
    // Auxiliaries, negations and prepositions are parts of cues ("did say", "has said"), never cues alone.
    .filter(
      ([w, n]) =>
        n >= MIN_CUE_COUNT &&
        n / useCount.get(w)! >= MIN_CUE_SHARE &&
        !pack.betweenSubjectAndCue.has(w) &&
        !pack.negations.has(w) &&
        !pack.prepositions.has(w) &&
        !pack.infinitiveMarkers.has(w),
    )
    .map(([w]) => w)
    .sort();
  const isCandidate = new Set(candidates);
  const examples: Example[] = [];
  for (const { doc, required, optional } of docs) {
    for (const unit of doc.units) {
      let quotes = 0;
      for (let i = unit.first; i < unit.last; i++) {
        const t = doc.tokens[i]!;
        if (t.quote) quotes++;
        if (!isCandidate.has(t.norm)) continue;
        if (optional.has(i) && !required.has(i)) continue;
        examples.push({ features: cueFeatures(doc, unit, i, quotes, pack), positive: required.has(i) });
      }
    }
  }
  // Features seen fewer than MIN_FEATURE_COUNT times are dropped: a rare word next to a
  // cue ("said Tuesday") would otherwise carry a weight learned from a handful of cases.
  const seen = new Map<string, number>();
  for (const ex of examples) for (const f of ex.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  for (const ex of examples) ex.features = ex.features.filter((f) => seen.get(f)! >= MIN_FEATURE_COUNT);
  return { ...trainPerceptron(examples, EPOCHS, provenance), candidates };
}
