import type { Doc, TokenRange } from '../doc/doc';
import { LinearScorer } from '../learn/averaged-perceptron';
import type { CueModel, LanguagePack } from '../lang/language-pack';
import { ScreenedSet } from '../word-screen';
import { cueScore } from './cue-features';
import { contractedPronoun } from './source-phrase';
import { verbAt } from './tags';

/** A cue found in a unit of the document. */
export interface DocCue extends TokenRange {
  unit: number;
  /** "according to X": the source follows the cue as its object. */
  prepositional: boolean;
  /** How sure the cue model is (its raw score; rules give 1). */
  score: number;
}

/** Dashes that set a phrase off as commas do. */
export const DASHES: ReadonlySet<string> = new Set(['-', '—', '–']);

// The grammar's own cues stand unless the model is this sure there is no attribution there.
const VETO = 12;
// (Every word of a text is asked for as a candidate and as an opener; screened first, most
// are never hashed.)
const scorers = new WeakMap<CueModel, { scorer: LinearScorer; candidates: ScreenedSet }>();
function scorerOf(model: CueModel) {
  let s = scorers.get(model);
  if (!s) {
    s = { scorer: new LinearScorer(model), candidates: new ScreenedSet(new Set(model.candidates)) };
    scorers.set(model, s);
  }
  return s;
}

const openerSets = new WeakMap<LanguagePack, ScreenedSet>();
/** The first words of the pack's prepositional cues: only they are tried as a start. */
function firstWords(pack: LanguagePack): ScreenedSet {
  let s = openerSets.get(pack);
  if (!s) {
    s = new ScreenedSet(new Set(pack.prepositionalCues.map((seq) => seq[0]!)));
    openerSets.set(pack, s);
  }
  return s;
}

const screenedSets = new WeakMap<ReadonlySet<string>, ScreenedSet>();
/** A pack's cue words behind a screen (a pack with no model asks them of every word). */
function screenedCueWords(words: ReadonlySet<string>): ScreenedSet {
  let s = screenedSets.get(words);
  if (!s) screenedSets.set(words, (s = new ScreenedSet(words)));
  return s;
}

/** Whether a word (lower case) may be a cue in the pack: a candidate of its model, or one of its cue words. */
export function isCueWord(pack: LanguagePack, norm: string): boolean {
  return pack.cueModel ? scorerOf(pack.cueModel).candidates.has(norm) : (pack.cueWords?.has(norm) ?? false);
}

/** Whether the pack's prepositional cue starts at token i; its length in tokens, or 0. */
export function prepositionalAt(doc: Doc, i: number, last: number, pack: LanguagePack): number {
  for (const seq of pack.prepositionalCues) {
    if (i + seq.length > last) continue;
    if (seq.every((w, k) => doc.tokens[i + k]!.norm === w)) return seq.length;
  }
  return 0;
}

/**
 * Whether a negation, a refusal or an impersonal marker stands right before the word at
 * i, auxiliaries between ("did not say", "declined to say", "a refuzat să comenteze",
 * "se spune", "s-a anunțat"): then nobody claims anything there.
 */
function negated(doc: Doc, i: number, first: number, pack: LanguagePack): boolean {
  for (let k = i - 1; k >= first && k >= i - 3; k--) {
    const w = doc.tokens[k]!.norm;
    if (pack.negations.has(w) || pack.impersonal?.has(w)) return true;
    if (pack.infinitiveMarkers.has(w) && k - 1 >= first && pack.refusals.has(doc.tokens[k - 1]!.norm)) return true;
    if (!pack.betweenSubjectAndCue.has(w)) return false;
  }
  return false;
}

/**
 * An impersonal cue followed by the document it is read in ("se arată într-un raport",
 * "se mai adaugă în declarația X"): the tokens from "se" to the preposition, which open the
 * source as a prepositional cue does; null otherwise.
 */
function documentReport(doc: Doc, i: number, first: number, last: number, pack: LanguagePack): TokenRange | null {
  if (!pack.documentPrepositions || !pack.impersonal || i + 2 >= last) return null;
  let k = i - 1;
  while (k >= first && !pack.impersonal.has(doc.tokens[k]!.norm) && pack.betweenSubjectAndCue.has(doc.tokens[k]!.norm)) k--;
  if (k < first || !pack.impersonal.has(doc.tokens[k]!.norm)) return null;
  const prep = doc.tokens[i + 1]!;
  if (!pack.documentPrepositions.has(prep.norm) || pack.inherentReflexives?.has(doc.tokens[i]!.norm)) return null;
  // A document is a noun with an article ("în raportul", "într-un comunicat"), never an
  // adverbial phrase ("în continuare", "în plus").
  // (A place is where it is said, not what it is read in: "se crede în Germania că".)
  if (/^\p{Lu}/u.test(doc.tokens[i + 2]!.text)) return null;
  const noun = doc.tokens[i + 2]!.norm;
  const determined = pack.determiners.has(noun) || (pack.definiteEndings ?? []).some((e) => noun.endsWith(e) && noun.length > e.length + 2);
  if (!determined && !pack.determiners.has(prep.norm.slice(prep.norm.indexOf('-') + 1))) return null;
  // And what is reported is framed: it closes before "se" with a comma or a quotation mark
  // ("…, se arată în raport", "… - se adaugă în declarație -"), or "că" opens it after the document ("se arată în raport că");
  // else the verb means something else ("se află în Japonia", "s-au calificat în semifinale").
  const before = k > first ? doc.tokens[k - 1]! : null;
  const closed = before !== null && (before.text === ',' || before.quote || DASHES.has(before.text)) && k - first > 2;
  let opened = false;
  for (let j = i + 2; j < last && j - i < 14 && !opened; j++) {
    const t = doc.tokens[j]!;
    if (pack.complementizers.has(t.norm)) opened = true;
    // (A "că" after another verb of saying is that verb's.)
    else if (t.text === '.' || t.text === ';' || isCueWord(pack, t.norm)) break;
  }
  return closed || opened ? { first: k, last: i + 2 } : null;
}

/**
 * Whether a cue word with no model to judge it is no statement: an infinitive or supine
 * after a preposition ("pentru a arăta că", "de remarcat"), or after a modal ("se putea
 * spune", "poate afirma").
 */
function notFinite(doc: Doc, i: number, first: number, pack: LanguagePack): boolean {
  let k = i - 1;
  while (k >= first && pack.betweenSubjectAndCue.has(doc.tokens[k]!.norm)) k--;
  if (k < first) return false;
  const w = doc.tokens[k]!.norm;
  if (pack.modals?.has(w)) return true;
  if (!pack.prepositions.has(w)) return false;
  // "pentru a anunța că …", "înainte de a dezvălui că …": an infinitive that opens its own
  // content reports what its subject says.
  const opensContent = i + 1 < doc.tokens.length && pack.complementizers.has(doc.tokens[i + 1]!.norm);
  return !(opensContent && doc.tokens.slice(k + 1, i).some((t) => pack.infinitiveMarkers.has(t.norm)));
}

/**
 * The verb a noun of saying at i is the object of, when "că" follows the noun: "a făcut
 * precizarea că", "făcea chiar precizarea că", "au fost de părere că", "a introdus ipoteza
 * că" (a focus particle, an article or a preposition between); -1 otherwise. A cue word there is a
 * cue of its own ("a anunțat concluzia că"), and a noun after anything but a verb names no
 * one's statement ("cu precizarea că", "și asigurarea că").
 */
function verbBeforeNoun(doc: Doc, i: number, unit: TokenRange, pack: LanguagePack): number {
  const tk = doc.tokens;
  if (i + 1 >= unit.last || !pack.complementizers.has(tk[i + 1]!.norm)) return -1;
  let k = i - 1;
  let preposition = false;
  while (k >= unit.first && i - k <= 2) {
    const w = tk[k]!.norm;
    if (pack.prepositions.has(w)) preposition = true;
    else if (!pack.focusParticles?.has(w) && !pack.determiners.has(w)) break;
    k--;
  }
  if (k < unit.first || !/^\p{Ll}/u.test(tk[k]!.text) || isCueWord(pack, tk[k]!.norm)) return -1;
  // (After a preposition, only as the copula's complement: "este de părere că".)
  if (preposition) return pack.auxiliaries?.has(tk[k]!.norm) ? k : -1;
  const afterAuxiliary = k > unit.first && (pack.auxiliaries?.has(tk[k - 1]!.norm) ?? false);
  return afterAuxiliary || verbAt(doc, pack, unit, k) ? k : -1;
}

/** A verb without the pronoun joined to it ("comunicându-ne" → "comunicându"), else the word itself. */
export function withoutClitic(norm: string, pack: LanguagePack): string {
  const dash = lastDash(norm);
  return dash > 0 && (pack.clitics?.has(norm.slice(dash + 1)) ?? false) ? norm.slice(0, dash) : norm;
}

/** Whether a word is a gerund ("saying", "subliniind"; "comunicându-ne": the verb without the pronoun joined to it). */
export function gerundWord(norm: string, pack: LanguagePack): boolean {
  const verb = withoutClitic(norm, pack);
  return (pack.gerundEndings ?? []).some((e) => verb.endsWith(e) && verb.length > e.length + 2);
}

/** Where the last hyphen of a word stands, or -1 (a loop: it runs for most words of a Romanian text, where a call to lastIndexOf cost more). */
function lastDash(norm: string): number {
  for (let i = norm.length - 1; i >= 0; i--) if (norm.charCodeAt(i) === 0x2d) return i;
  return -1;
}

/** A cue word with a pronoun joined to it ("comunicându-ne", "acuzându-i"): the verb is the cue. */
function cueWithClitic(norm: string, pack: LanguagePack): boolean {
  const verb = withoutClitic(norm, pack);
  return verb !== norm && (pack.cueWords?.has(verb) ?? false);
}

/**
 * Finds the cues of every unit: each candidate word is kept when the pack's cue model
 * scores it above zero (or, with no model, when it is one of the pack's cue words).
 */
export function findCues(doc: Doc, pack: LanguagePack): { cues: DocCue[]; rejected: number[] } {
  const out: DocCue[] = [];
  // Candidate words the model scored as no cue there, or negated or impersonal: token indexes.
  const rejected: number[] = [];
  const model = pack.cueModel ? scorerOf(pack.cueModel) : null;
  const openers = firstWords(pack);
  const cueWords = pack.cueWords && screenedCueWords(pack.cueWords);
  // (Asked of every word where there is no model: screened, as the cue words are.)
  const cueNouns = !model && pack.cueNouns ? screenedCueWords(pack.cueNouns) : null;
  doc.units.forEach((unit, u) => {
    let quotes = 0;
    for (let i = unit.first; i < unit.last; i++) {
      const t = doc.tokens[i]!;
      if (t.quote) {
        quotes++;
        continue;
      }
      const prep = openers.has(t.norm) ? prepositionalAt(doc, i, unit.last, pack) : 0;
      if (prep > 0) {
        out.push({ unit: u, first: i, last: i + prep, prepositional: true, score: 1 });
        i += prep - 1;
        continue;
      }
      // "a făcut precizarea că …": a noun of saying between a verb and "că" is the cue with the verb.
      const verb = cueNouns?.has(t.norm) ? verbBeforeNoun(doc, i, unit, pack) : -1;
      if (verb >= 0) {
        if (!negated(doc, verb, unit.first, pack)) out.push({ unit: u, first: verb, last: i + 1, prepositional: false, score: 1 });
        continue;
      }
      if (
        !(model ? model.candidates.has(t.norm) : cueWords?.has(t.norm) || cueWithClitic(t.norm, pack)) ||
        pack.refusals.has(t.norm) ||
        // (PolNeAR's cue "'s said" taught the model "he's": a contracted pronoun is the subject.)
        contractedPronoun(t.norm, pack) !== null
      )
        continue;
      // "se arată într-un raport al X că …": an impersonal report names its document after
      // it, which is the source, as "potrivit raportului X" would.
      const written = documentReport(doc, i, unit.first, unit.last, pack);
      if (written) {
        out.push({ unit: u, first: written.first, last: written.last, prepositional: true, score: 1 });
        i = written.last - 1;
        continue;
      }
      // A refusal is no cue ("declined to say"); a negated cue attributes nothing ("did not
      // say how many", "nu a precizat").
      // (Rejected, so that the older grammar's reading of the word is dropped too: "i se
      // spune că", a dative clitic before "se", is as impersonal as "se spune că".)
      if (negated(doc, i, unit.first, pack)) {
        rejected.push(i);
        continue;
      }
      if (!pack.cueModel && notFinite(doc, i, unit.first, pack)) continue;
      if (model) {
        const score = cueScore(model.scorer, doc, unit, i, quotes, pack);
        if (score > 0) out.push({ unit: u, first: i, last: i + 1, prepositional: false, score });
        else if (score < -VETO) rejected.push(i);
      } else {
        out.push({ unit: u, first: i, last: i + 1, prepositional: false, score: 1 });
      }
    }
  });
  return { cues: out, rejected };
}
