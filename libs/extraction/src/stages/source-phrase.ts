import type { DocToken } from '../doc/doc';
import { tokenize } from '../doc/tokenize';
import type { LanguagePack } from '../lang/language-pack';
import { isFigureWord } from '../quantities';
import { memoize } from '../bounded-cache';
import { weekdayWords } from '../lang/locale-words';
import { fold } from '../normalize-text';

// Full weekday names, and as written without diacritics ("Marti").
const weekdaysOf = memoize((locale: string) => {
  const days = weekdayWords(locale, ['long']);
  return new Set([...days, ...[...days].map(fold)]);
});

/** A number in digits or in words of the language's number lexicon ("10", "three", "trei"). */
const isNumber = (w: string) => /^\d/.test(w) || isFigureWord(w);

/**
 * Whether a phrase read as a source can name one, by its grammar: a source is a noun
 * phrase. A clause ("that the troubles of his competitors"), a gerund phrase ("seeking
 * more answers"), a pronoun with words around it ("including provisions he"), a sentence
 * adverb ("Publicly") or a determiner alone ("The") is what a reading took by mistake.
 */
export function plausibleSourcePhrase(phrase: string, pack: LanguagePack): boolean {
  return plausibleSourceTokens(tokenize(phrase), pack);
}

/** The same test over a phrase's tokens, as the document holds them. */
export function plausibleSourceTokens(tokens: readonly DocToken[], pack: LanguagePack): boolean {
  const words = tokens.filter((t) => !t.quote && hasLetter(t.text));
  if (words.length === 0) return false;
  const first = words[0]!;
  if (pack.complementizers.has(first.norm)) return false;
  // ("also", "has": words of the verb group alone name nobody.)
  if (words.every((t) => pack.betweenSubjectAndCue.has(t.norm))) return false;
  // "Ieri a declarat că …", "Tuesday said": a day alone names nobody (the subject was
  // dropped). (Not any time word: "Day said", "May said" name people; nor a weekday's short
  // form: "Sun said".)
  if (words.length === 1 && (pack.relativeDays?.has(first.norm) || weekdaysOf(pack.code).has(first.norm))) return false;
  // "De la domnul viceprimar Adrian Orza am aflat": a preposition may lead to a name, never to words alone.
  const names = words.some((t, i) => i > 0 && t.text[0] !== t.norm[0] && !pack.commonWords?.has(t.norm));
  // "About three in 10 said": a preposition before a number makes it approximate, a count of people.
  const approximate = pack.prepositions.has(first.norm) && words.length > 1 && isNumber(words[1]!.norm);
  if (
    (pack.prepositions.has(first.norm) || pack.clauseOpeners.has(first.norm) || pack.infinitiveMarkers.has(first.norm)) &&
    !names &&
    !approximate
  )
    return false;
  // A phrase with a free relative pronoun ("I do take what Alan Krueger") is a clause's.
  if (words.some((t) => pack.freeRelatives?.has(t.norm) ?? false)) return false;
  // A noun phrase holds no "that" clause.
  if (words.some((t) => pack.complementizers.has(t.norm) && !pack.determiners.has(t.norm))) return false;
  if (words.length > 1 && words.some((t) => t.norm === 'that')) return false;
  // A pronoun is a whole noun phrase.
  if (words.length > 1 && words.some((t) => pack.pronouns.has(t.norm))) return false;
  // A noun phrase ends in its noun, never in a word that opens something after it: "went on
  // to", "said in a", "shareholders and", "the groups who" are the words before a verb's.
  // (A number ends one: "recensământului din 2001".)
  const lastWord = tokens.findLast((t) => !t.quote && hasLetterOrDigit(t.text));
  if (words.length > 1 && lastWord === words[words.length - 1] && opensWhatFollows(lastWord.norm, pack)) return false;
  // A modal, a negation, an impersonal "se" or a subjunctive "să" belongs to a verb group
  // ("poate să", "ascultătorul nu poate", "Se poate", "trebuie să-mi"): no noun phrase holds one.
  // (A modal written with a capital before a name is a first name: "Will Doyle".)
  const firstName = (i: number) =>
    words[i]!.text[0] !== words[i]!.norm[0] && i + 1 < words.length && words[i + 1]!.text[0] !== words[i + 1]!.norm[0];
  if (words.some((t, i) => verbGroupWord(t.norm, pack) && !firstName(i))) return false;
  // "was first", "has succesfully": a phrase opened by an auxiliary is a verb's.
  if (pack.auxiliaries?.has(first.norm) && !closedNominal(first.norm, pack)) return false;
  const common = pack.commonWords?.has(first.norm) ?? false;
  if (common && (pack.gerundEndings ?? []).some((e) => first.norm.endsWith(e)) && !gerundModifier(words, pack)) return false;
  if (words.length === 1) {
    // ("acesta" is a pronoun too; a quantifier alone is judged where nobody is named.)
    if (pack.determiners.has(first.norm) && !pack.pronouns.has(first.norm)) return false;
    if (common && (pack.adverbEndings ?? []).some(([e]) => first.norm.endsWith(e!))) return false;
  }
  return true;
}

/**
 * Whether a phrase opening with a gerund is a noun with the gerund before it as a modifier
 * ("Leading Democrats", "restructuring experts", "Polling averages"): two words, the second a
 * plural or a name, no function word.
 */
function gerundModifier(words: readonly DocToken[], pack: LanguagePack): boolean {
  if (words.length !== 2) return false;
  const noun = words[1]!;
  if (
    pack.determiners.has(noun.norm) ||
    pack.quantifiers.has(noun.norm) ||
    pack.pronouns.has(noun.norm) ||
    pack.prepositions.has(noun.norm)
  )
    return false;
  if (noun.text[0] !== noun.norm[0]) return !pack.commonWords?.has(noun.norm);
  const plural =
    (pack.pluralEndings ?? []).some((e) => noun.norm.endsWith(e)) && !(pack.singularEndings ?? []).some((e) => noun.norm.endsWith(e));
  return plural || (pack.irregularPlurals?.has(noun.norm) ?? false);
}

/**
 * The part of a misread source phrase before its verb group, when that part is a noun
 * phrase: "Readers may not let editorials" names "Readers", "ascultătorul nu poate"
 * names "ascultătorul". The number of tokens kept, 0 when there is none.
 */
export function nounPhraseBeforeVerbGroup(tokens: readonly DocToken[], pack: LanguagePack): number {
  // ("Mr. Trump was prompted to": an auxiliary ends the noun phrase too.)
  const at = tokens.findIndex(
    (t, i) => verbGroupWord(t.norm, pack) || (i > 0 && (pack.auxiliaries?.has(t.norm) || pack.betweenSubjectAndCue.has(t.norm))),
  );
  if (at <= 0) return 0;
  // A modal is the verb right after its subject: "Readers may", "ascultătorul poate".
  let end = at;
  while (end > 0 && (pack.negations.has(tokens[end - 1]!.norm) || pack.modals?.has(tokens[end - 1]!.norm))) end--;
  return end > 0 && plausibleSourceTokens(tokens.slice(0, end), pack) ? end : 0;
}

/** A phrase read as a source, tokenised once (see readSourcePhrase). */
export interface SourceReading {
  /** The phrase without the conjunction or as-marker that opens it ("But Mrs. Clinton" → "Mrs. Clinton"). */
  readonly text: string;
  /** Whether that can name a source. */
  readonly plausible: boolean;
  /** When it cannot, the noun phrase before its verb group ("ascultătorul nu poate" → "ascultătorul"), or ''. */
  readonly beforeVerbGroup: string;
}

// Each pack's readings, remembered: source phrases recur ("the minister", "Kremlinul", a
// name quoted all through an article, the same phrase read by the stages and the grammar).
const readings = new WeakMap<LanguagePack, (phrase: string) => SourceReading>();

/** Reads a phrase taken for a source: what opens it without belonging to it, whether it can name one, else what before its verb group can. */
export function readSourcePhrase(phrase: string, pack: LanguagePack): SourceReading {
  let read = readings.get(pack);
  if (!read) readings.set(pack, (read = memoize((p: string) => readPhrase(p, pack))));
  return read(phrase);
}

/**
 * The pronoun of a word that is one with its auxiliary contracted ("he's", "they’ve"), or
 * null: the subject of what follows, never a cue nor a name.
 */
export function contractedPronoun(word: string, pack: LanguagePack): string | null {
  const contracted = CONTRACTED.exec(word);
  return contracted && pack.pronouns.has(contracted[1]!.toLowerCase()) ? contracted[1]! : null;
}

const CONTRACTED = /^(\p{L}+)['’]\p{L}{1,2}$/u;

function readPhrase(phrase: string, pack: LanguagePack): SourceReading {
  // "He's said …", "They’ve said …": a pronoun with its auxiliary contracted is the pronoun.
  const pronoun = contractedPronoun(phrase.trim(), pack);
  if (pronoun) return readPhrase(pronoun, pack);
  const all = tokenize(phrase);
  const opening = leadingOpeners(all, pack);
  const tokens = opening > 0 ? all.slice(opening) : all;
  const plausible = plausibleSourceTokens(tokens, pack);
  const kept = plausible ? 0 : nounPhraseBeforeVerbGroup(tokens, pack);
  return {
    text: opening > 0 ? phrase.slice(all[opening]!.start) : phrase,
    plausible,
    beforeVerbGroup: kept > 0 ? phrase.slice(tokens[0]!.start, tokens[kept - 1]!.end) : '',
  };
}

/** Whether a word (or its first part before a clitic hyphen, "să-mi") only stands in a verb group. */
export function verbGroupWord(norm: string, pack: LanguagePack): boolean {
  const hyphen = norm.indexOf('-');
  const w = hyphen > 0 ? norm.slice(0, hyphen) : norm;
  // "mi-am", "v-a", "le-am": a clitic pronoun joined to its verb.
  if (hyphen > 0 && pack.clitics?.has(w)) return true;
  if (pack.modals?.has(w) || pack.negations.has(w) || pack.impersonal?.has(w)) return true;
  // An infinitive marker that is no preposition, joiner or article ("să", not "to" or "a").
  return pack.infinitiveMarkers.has(w) && !closedNominal(w, pack);
}

/**
 * Whether a word only opens what comes after it, so that no noun phrase ends in it: a
 * preposition, an infinitive marker, a conjunction, or a determiner
 * that is no pronoun, number or quantifier ("the", "a", "his"; "another", "one", "many" stand alone).
 */
function opensWhatFollows(w: string, pack: LanguagePack): boolean {
  // (A relative pronoun may end one: "Those who said …" reads its subject as "Those who".)
  if (pack.relativePronouns.has(w)) return false;
  if (pack.prepositions.has(w) || pack.infinitiveMarkers.has(w) || pack.clauseOpeners.has(w)) return true;
  return pack.determiners.has(w) && !pack.pronouns.has(w) && !pack.quantifiers.has(w) && !pack.complementizers.has(w) && !isNumber(w);
}

/** Whether a word may also stand inside a noun phrase: a preposition, a joiner in names, a determiner ("a", "to"). */
function closedNominal(w: string, pack: LanguagePack): boolean {
  return pack.prepositions.has(w) || pack.nameJoiners.has(w) || pack.determiners.has(w);
}

/**
 * How many tokens open a source phrase without belonging to it: a conjunction, an
 * as-marker or a focus particle before the name ("But Mrs. Clinton", "As Mr. Trump",
 * "Although Mr. Cruz", "Even China").
 */
export function leadingOpeners(tokens: readonly DocToken[], pack: LanguagePack): number {
  let n = 0;
  while (
    n < tokens.length - 1 &&
    (pack.clauseOpeners.has(tokens[n]!.norm) ||
      pack.asMarkers.has(tokens[n]!.norm) ||
      (pack.focusParticles?.has(tokens[n]!.norm) ?? false)) &&
    !pack.relativePronouns.has(tokens[n]!.norm)
  )
    n++;
  // Only a name after it shows the conjunction opened the sentence, not the phrase ("și apreciat ca om").
  const next = tokens[n];
  return n > 0 && next !== undefined && next.text[0] !== next.norm[0] ? n : 0;
}

/** Whether a token holds a letter (most do: a look at its first character settles it). */
function hasLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  if ((c | 0x20) >= 97 && (c | 0x20) <= 122) return true;
  return /\p{L}/u.test(text);
}

/** Whether a token holds a letter or a digit (a look at its first character settles most). */
function hasLetterOrDigit(text: string): boolean {
  const c = text.charCodeAt(0);
  if (((c | 0x20) >= 97 && (c | 0x20) <= 122) || (c >= 48 && c <= 57)) return true;
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Where the author named inside a source phrase begins, when the phrase is a document
 * made by someone: "o situație alcătuită de Centrul Național al Cinematografiei", "a report
 * released by the agency" have the centre and the agency for source. -1 when there is none.
 */
export function authorInPhrase(tokens: readonly DocToken[], pack: LanguagePack): number {
  const by = pack.agentPrepositions;
  if (!by) return -1;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const participle = tokens[k - 1]!;
    if (!by.has(tokens[k]!.norm) || participle.text[0] !== participle.norm[0]) continue;
    // A stem must stand before the ending: "rus" (Russian) is no participle in "-s".
    if (!(pack.participleEndings ?? []).some((e) => participle.norm.endsWith(e) && participle.norm.length > e.length + 2)) continue;
    const next = tokens[k + 1]!;
    if (next.text[0] !== next.norm[0] || pack.determiners.has(next.norm)) return k + 1;
  }
  return -1;
}
