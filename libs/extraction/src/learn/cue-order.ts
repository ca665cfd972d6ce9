import { makeDoc } from '../doc/make-doc';
import { isFunctionWord, type LanguagePack } from '../lang/language-pack';

/** An annotated article: its body, and each attribution's evidence, cue and source as written. */
export interface OrderGold {
  body: string;
  claims: { evidence: string; cue?: string; sourceSurface?: string[]; optional?: boolean }[];
}

/** Which cue words never take their subject after them ("criticized the trade"), learned from gold. */
export interface CueOrderModel {
  provenance: string;
  /**
   * Cue words (lower case) seen often enough, whose source (almost) never follows them:
   * a phrase after them is their object. Words not seen so often may take either order.
   */
  nonInverting: string[];
  /**
   * Cue words (lower case) seen often enough with their content after them, whose content
   * mostly starts past a noun phrase right after the word: the person addressed ("told
   * reporters that …", "told ABC the plan …"). What follows them is the addressee first.
   */
  addressed: string[];
  /**
   * Words (lower case) the gold uses as a cue now and then, but seldom against their other
   * uses ("states": mostly the noun): a reading of one as a cue needs more than the word.
   */
  seldomCues: string[];
}

// A cue word is judged when its source was found this many times …
const MIN_SEEN = 10;
// … and never inverts when its source followed it less than this share of the time ("said"
// 0.26, "says" 0.10, "explained" 0.20; "told" 0.01, "called" 0.02, "announced" 0).
const MIN_INVERTED_SHARE = 0.08;
// A source is looked for this far from its cue, in characters.
const NEAR = 300;
// A cue word is judged for an addressee when its content followed it this many times …
const MIN_AFTER = 10;
// … and takes one when a noun phrase stood between it and its content at least this share
// of those times ("told" 0.9; "said" 0.01, "announced" 0).
const MIN_ADDRESSED_SHARE = 0.5;
// A word is judged a seldom cue when the corpus uses it this many times at least …
const MIN_USES_JUDGED = 20;
// … and it cues an attribution (required or optional) in less than this share of its uses.
const MAX_SELDOM_SHARE = 0.02;

/**
 * Learns which cue words never put their subject after them. English does so with verbs of
 * saying ("said the minister", "says Smith") and never with most others ("criticized the
 * trade", "reject the term"): a phrase after those is their object, not their source.
 * For each required attribution, the cue's word and whether its source stands after it.
 */
export function learnCueOrder(articles: readonly OrderGold[], pack: LanguagePack, provenance: string): CueOrderModel {
  const seen = new Map<string, number>();
  const inverted = new Map<string, number>();
  const contentAfter = new Map<string, number>();
  const addressed = new Map<string, number>();
  const count = (m: Map<string, number>, w: string) => m.set(w, (m.get(w) ?? 0) + 1);
  const used = new Map<string, number>();
  const cued = new Map<string, number>();
  for (const a of articles) {
    const doc = makeDoc(a.body, pack.code);
    for (const t of doc.tokens) count(used, t.norm);
    // Every attribution's cue word, beliefs and wishes too, against all uses of the word.
    for (const c of a.claims) {
      const at = c.cue ? a.body.indexOf(c.evidence) : -1;
      const cueAt = at < 0 ? -1 : nearest(a.body, c.cue!, at);
      if (cueAt < 0) continue;
      // (The cue's first content word: "the report" → "report", "has said" → "said".)
      const verb = doc.tokens.find(
        (t) =>
          t.start >= cueAt &&
          t.end <= cueAt + c.cue!.length &&
          /\p{L}/u.test(t.norm) &&
          !pack.betweenSubjectAndCue.has(t.norm) &&
          !pack.negations.has(t.norm) &&
          !functionWord(t.norm, pack),
      );
      if (verb) count(cued, verb.norm);
    }
    for (const c of a.claims) {
      const source = c.sourceSurface?.[0];
      if (c.optional || !c.cue || !source) continue;
      const at = a.body.indexOf(c.evidence);
      if (at < 0) continue;
      const cueAt = nearest(a.body, c.cue, at);
      const sourceAt = nearest(a.body, source, cueAt < 0 ? at : cueAt);
      if (cueAt < 0 || sourceAt < 0 || Math.abs(sourceAt - cueAt) > NEAR) continue;
      // The cue's verb: its first word that is no auxiliary or negation ("has said", "said in a statement" → "said").
      const words = doc.tokens.filter((t) => t.start >= cueAt && t.end <= cueAt + c.cue!.length && /\p{L}/u.test(t.norm));
      const verb = words.find((t) => !pack.betweenSubjectAndCue.has(t.norm) && !pack.negations.has(t.norm));
      if (!verb) continue;
      // The content after a one-word cue: does a word that opens no adjunct or clause ("told
      // reporters that", not "said that", "said on Monday that") stand between them?
      const cueEnd = cueAt + c.cue.length;
      if (words.length === 1 && at > cueEnd) {
        count(contentAfter, verb.norm);
        const next = doc.tokens.find((t) => t.start >= cueEnd);
        if (next && next.end <= at && /\p{L}/u.test(next.norm) && !opensNoObject(next.norm, pack)) count(addressed, verb.norm);
      }
      // A passive's agent follows its verb in every language ("was rejected by X"): no inversion.
      const between = a.body.slice(cueAt, sourceAt).toLowerCase().split(/\s+/);
      if (sourceAt > cueAt && between.some((w) => pack.agentPrepositions?.has(w))) continue;
      count(seen, verb.norm);
      if (sourceAt > cueAt) count(inverted, verb.norm);
    }
  }
  const nonInverting = [...seen]
    .filter(([w, n]) => n >= MIN_SEEN && (inverted.get(w) ?? 0) / n < MIN_INVERTED_SHARE)
    .map(([w]) => w)
    .sort();
  const addressedWords = [...contentAfter]
    .filter(([w, n]) => n >= MIN_AFTER && (addressed.get(w) ?? 0) / n >= MIN_ADDRESSED_SHARE)
    .map(([w]) => w)
    .sort();
  const seldomCues = [...cued]
    .filter(([w, n]) => (used.get(w) ?? 0) >= MIN_USES_JUDGED && n / used.get(w)! < MAX_SELDOM_SHARE)
    .map(([w]) => w)
    .sort();
  return { provenance, nonInverting, addressed: addressedWords, seldomCues };
}

/** Whether a word is a function word of the pack, or opens a clause or a modal verb group: no cue of its own. */
function functionWord(w: string, pack: LanguagePack): boolean {
  return isFunctionWord(w, pack) || pack.clauseOpeners.has(w) || (pack.modals?.has(w) ?? false);
}

/** Whether a word right after a cue opens what is no object of it: "that", a preposition, a time, a subject pronoun. */
function opensNoObject(w: string, pack: LanguagePack): boolean {
  return (
    pack.complementizers.has(w) || pack.prepositions.has(w) || pack.timeWords.has(w) || pack.timeModifiers.has(w) || pack.pronouns.has(w)
  );
}

/** Where `needle` occurs nearest to `at` in `text`, or -1. */
function nearest(text: string, needle: string, at: number): number {
  let best = -1;
  for (let k = text.indexOf(needle); k >= 0; k = text.indexOf(needle, k + 1))
    if (best < 0 || Math.abs(k - at) < Math.abs(best - at)) best = k;
  return best;
}
