import { holdsPredicate, verbAt } from './tags';
import { isCap, rangeText, type Doc, type DocToken, type DocUnit, type TokenRange } from '../doc/doc';
import { authorInPhrase, leadingOpeners, nounPhraseBeforeVerbGroup, plausibleSourceTokens, verbGroupWord } from './source-phrase';
import { isPerfect, type LanguagePack } from '../lang/language-pack';
import { DASHES, gerundWord, isCueWord, withoutClitic, type DocCue } from './cues';

/** A cue with its content and source, as token ranges of the document. */
export interface DocAttribution {
  cue: DocCue;
  /** What is claimed: tokens [first, last), possibly running into the next unit. */
  content: TokenRange;
  /** Who claims it, as written; null when the text names nobody (a dropped subject). */
  source: TokenRange | null;
  /** The source follows the cue ('"…," said the minister'). */
  inverted: boolean;
  /** An object between the cue and "that", the subject of the content ("accused Pyongyang of", "a acuzat Nordul că"). */
  object?: TokenRange;
  /** The source is the subject of another clause (a gerund's, a second verb's): the claim's span leaves it out. */
  borrowed?: boolean;
}

// A cue's source is looked for this many tokens away at most: a subject is a phrase.
const MAX_SOURCE_TOKENS = 12;
// Words of a title in quotation marks that names a source ("cotidianul „24 de ore”"), at most.
const MAX_QUOTED_TITLE_TOKENS = 6;
// Tokens of a document named as a source, up to its author ("o situație … alcătuită de X"), at most.
const MAX_DOCUMENT_TOKENS = 40;
// Content shorter than this many tokens is no claim.
const MIN_CONTENT_TOKENS = 3;
// … unless "that" opens it: "a anunțat că greva continuă" says enough in two words.
const MIN_OPENED_CONTENT_TOKENS = 2;

/** A capital that names: not a common word that only opens its sentence ("Publicly, …"). */
const named = (t: DocToken, pack: LanguagePack) => isCap(t) && !pack.commonWords?.has(t.norm);
/** A focus particle written in lower case ("even", "just"): it stands between a subject and its verb, in neither. */
function focusParticle(tk: readonly DocToken[], pack: LanguagePack, at: number): boolean {
  return !isCap(tk[at]!) && (pack.focusParticles?.has(tk[at]!.norm) ?? false);
}

/** An adverb between a subject and its verb ("Clinton wrongly claimed"), by the pack's adverb endings. */
function adverb(tk: readonly DocToken[], pack: LanguagePack, at: number): boolean {
  const t = tk[at]!;
  if (isCap(t) || !pack.commonWords) return false;
  // An adverb is its adjective with an ending ("wrong" + "ly"; "optimistic" + "ally";
  // "angry" → "angrily"), so "rally" and "family", whose stems are no words, are nouns.
  // (The ending is looked at first: most words have none, and a stem made for each of a
  // word's endings cost two strings and an array apiece.)
  const endings = pack.adverbEndings ?? [];
  for (let e = 0; e < endings.length; e++) {
    const ending = endings[e]![0]!;
    if (!t.norm.endsWith(ending)) continue;
    const stem = t.norm.slice(0, -ending.length);
    for (let k = 1; k < endings[e]!.length; k++) {
      const base = stem + endings[e]![k]!;
      if (base.length >= 3 && pack.commonWords.has(base)) return true;
    }
  }
  return false;
}
const CLOSING = new Set(['.', '!', '?', '…']);
// The words between a quotation's source and cue and the rest of the quotation, at most: a
// time, a place, an apposition ("said Jo Lane, an economist at the university,").
const MAX_ASIDE_TOKENS = 16;
const BREAKS = new Set([',', ';', ':', '(', ')', '-', '—', '–']);

/**
 * Builds the attributions of the cues of one unit, in order: for each cue, where its
 * content lies (after it, before it, or after the source it governs) and the phrase that
 * names its source. The content of a cue stops where the next cue's subject begins.
 */
export function attributeUnit(
  doc: Doc,
  pack: LanguagePack,
  unit: DocUnit,
  cues: readonly DocCue[],
  next: DocUnit | undefined,
): DocAttribution[] {
  const tk = doc.tokens;
  // The unit's end, before its closing stop.
  let end = unit.last;
  while (end > unit.first && CLOSING.has(tk[end - 1]!.text)) end--;
  const found: DocAttribution[] = [];
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k]!;
    const a = cue.prepositional ? prepositional(doc, pack, unit, end, cue) : verbal(doc, pack, unit, end, cue, cues[k + 1]?.first ?? end);
    if (a) found.push(a);
  }
  // '"Sometimes," he said, "our zeal …"': a quotation split by its source and cue is one content.
  for (const a of found) {
    if (a.inverted || !a.source || a.source.last !== a.cue.first || a.content.first !== a.cue.last + 1) continue;
    if (tk[a.cue.last]!.text !== ',' || !tk[a.content.first]!.quote) continue;
    const closing = closingBefore(tk, unit, a.source.first);
    const opening = closing < 0 ? -1 : quotationOpening(tk, unit, closing);
    if (opening >= 0) a.content = { first: opening, last: a.content.last };
  }
  // '"The market is strong," Mr. Lane said in March, "but the risks …"': a quotation that goes
  // on, in lower case, after its source and cue and the time, place or apposition set after
  // them ("he said in a statement", "said Jo Lane, an economist at …") is one content.
  for (const a of found) {
    if (
      a.content.last > a.cue.first ||
      !tk.slice(a.content.last - 1, Math.min(a.cue.first, a.source?.first ?? a.cue.first)).some((t) => t.quote)
    )
      continue;
    let k = Math.max(a.cue.last, a.source && a.source.first > a.cue.first ? a.source.last : a.cue.last);
    const reach = Math.min(end, k + MAX_ASIDE_TOKENS);
    while (k < reach && !tk[k]!.quote && !CLOSING.has(tk[k]!.text) && !(tk[k]!.text === ',' && tk[k + 1]?.quote)) k++;
    const resumed = tk[k]?.text === ',' && tk[k + 1]?.quote && k + 2 < end && /^\p{Ll}/u.test(tk[k + 2]!.text);
    if (resumed && !found.some((b) => b !== a && b.cue.first > a.cue.first && b.cue.first < k))
      a.content = { first: a.content.first, last: end };
  }
  // A content after its cue ends where the next cue's source begins.
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k]!;
    const b = found[k + 1]!;
    if (a.content.first > a.cue.first && !b.inverted) {
      // (A gerund cue after a comma has no subject of its own, whatever was read before it:
      // "said the plan had failed, saying that …" ends before the gerund. One after a
      // preposition is the content's own: "would win them over by arguing the case".)
      const marked = b.cue.first - 1 > a.content.first && tk[b.cue.first - 1]!.text === ',';
      const gerund = !b.cue.prepositional && marked && gerundAfterComma(tk, pack, unit, b.cue.first);
      const stop = gerund ? b.cue.first : Math.min(b.source?.first ?? b.cue.first, b.cue.first);
      if (stop > a.content.first && stop < a.content.last)
        a.content = { first: a.content.first, last: trimBack(tk, pack, a.content.first, stop) };
    }
  }
  // "X a anunțat că …, relatează AFP": a cue closing a whole attribution relays it. The
  // attribution's content ends before the relay, and the relay is no claim of its own (the
  // outlet is who passed the speaker's words on, not a second speaker).
  for (let k = found.length - 1; k > 0; k--) {
    const relay = found[k]!;
    if (!relay.inverted || relay.content.last > relay.cue.first) continue;
    const inner = found
      .slice(0, k)
      .find(
        (a) => !a.inverted && a.content.first > a.cue.first && a.cue.first >= relay.content.first && a.content.last > relay.content.last,
      );
    if (!inner) continue;
    // "40% dintre ruși cred …, iar 55 la sută au răspuns că …, remarca experții": a clause of
    // its own before the inner attribution, joined by a coordinator after a comma, makes the
    // closing cue's content more than that attribution: both stand, the inner one ending
    // before the closing cue.
    const innerStart = inner.source && inner.source.first < inner.cue.first ? inner.source.first : inner.cue.first;
    if (coordinatedBefore(tk, pack, relay.content.first, innerStart)) {
      inner.content = { first: inner.content.first, last: Math.min(inner.content.last, relay.content.last) };
      continue;
    }
    // ('„… ceea ce spune și X, că …”, a spus Maior': a quotation that holds the other
    // attribution's cue and closes before this one is the speaker's own words: the claim is
    // theirs, and the one nested in their words no claim of its own.)
    let q = relay.cue.first - 1;
    while (q > relay.content.first && (tk[q]!.text === ',' || DASHES.has(tk[q]!.text) || pack.betweenSubjectAndCue.has(tk[q]!.norm))) q--;
    if (tk[q]!.quote && quotationOpening(tk, unit, q) < inner.cue.first) {
      found.splice(found.indexOf(inner), 1);
      k--;
      continue;
    }
    let c0 = relay.cue.first;
    while (c0 - 1 > inner.content.first && pack.betweenSubjectAndCue.has(tk[c0 - 1]!.norm)) c0--;
    inner.content = { first: inner.content.first, last: trimBack(tk, pack, inner.content.first, c0) };
    found.splice(k, 1);
  }
  // A short phrase before its cue that opens with a preposition or a conjunction and holds
  // no clause ("Din cauza lipsei de curent, Radio Iași a transmis", "Născut în 1475, a
  // descoperit") sets the scene: it is no content.
  for (let k = found.length - 1; k >= 0; k--) {
    const a = found[k]!;
    const c = a.content;
    if (c.last > a.cue.first || c.last - c.first > MAX_SCENE_TOKENS || tk[c.first]!.quote) continue;
    const opener = tk[c.first]!.norm;
    // (Or a participle, a verb by the tagger, that opens a reduced clause: "Plecat din port în 1602, …".)
    const participial = c.first === unit.first && participle(opener, pack) && verbAt(doc, pack, unit, c.first);
    if (!(pack.prepositions.has(opener) || pack.clauseOpeners.has(opener) || participial)) continue;
    if (tk.slice(c.first, c.last).some((t) => t.text === ',' || t.quote || pack.complementizers.has(t.norm))) continue;
    found.splice(k, 1);
  }
  // A content that runs to the end of its unit keeps the unit's closing stop, as written.
  for (const a of found) if (a.content.last === end && end < unit.last) a.content = { first: a.content.first, last: unit.last };
  // A participle or a second verb has the subject of the clause before it ("the Post
  // reported, citing …"), or the name that opens the unit.
  found.forEach((a, k) => {
    // "Warren endorsed Clinton on Thursday, saying …": a gerund after a comma has the
    // subject of the clause it hangs on, never the clause itself.
    const gerund = !a.cue.prepositional && gerundAfterComma(tk, pack, unit, a.cue.first);
    if (a.source && gerund && a.source.last <= a.cue.first) a.source = null;
    // A phrase that can name nobody (a clause, a gerund, an adverb) was read by mistake.
    if (a.source && !a.cue.prepositional) {
      const skip = leadingOpeners(tk.slice(a.source.first, a.source.last), pack);
      if (skip > 0) a.source = { first: a.source.first + skip, last: a.source.last };
      const author = authorInPhrase(tk.slice(a.source.first, a.source.last), pack);
      if (author > 0) a.source = { first: a.source.first + author, last: a.source.last };
    }
    // "Mihai Pop a amenințat că părăsește Partidul Verde și acuză că …": a phrase a verb
    // opens (where the pack can tell verbs) is a clause, no source; the cue borrows one.
    if (a.source && !a.cue.prepositional && !isCap(tk[a.source.first]!) && verbAt(doc, pack, unit, a.source.first)) a.source = null;
    if (a.source && !a.cue.prepositional && !plausibleSourceTokens(tk.slice(a.source.first, a.source.last), pack)) {
      const kept = nounPhraseBeforeVerbGroup(tk.slice(a.source.first, a.source.last), pack);
      a.source = kept > 0 ? { first: a.source.first, last: a.source.first + kept } : nounPhraseInClause(tk, pack, unit, a.source);
    }
    // "Ministrul a vizitat fabrica din Cluj și a declarat că …": a phrase that holds a perfect
    // (its auxiliary and participle) before "și" and the cue's verb group is the clause of a
    // first verb, whose subject the cue shares: the noun phrase before that verb group.
    if (a.source && !a.cue.prepositional && andBeforeVerbGroup(tk, pack, a.source.last, a.cue.first)) {
      const words = tk.slice(a.source.first, a.source.last);
      const at = words.findIndex((t, i) => i > 0 && i + 1 < words.length && perfectAt(t, words[i + 1]!, pack));
      if (at > 0 && plausibleSourceTokens(words.slice(0, at), pack)) a.source = { first: a.source.first, last: a.source.first + at };
    }
    // "Ministrul a declarat că producția va crește și a precizat că …": "și" and a verb group
    // after the content of the cue before it: the second cue shares that cue's subject, and
    // the first content ends before "și".
    const prev = k > 0 ? found[k - 1]! : null;
    if (
      a.source &&
      prev?.source &&
      !a.cue.prepositional &&
      !prev.cue.prepositional &&
      prev.cue.last <= a.source.first &&
      prev.content.first <= a.source.first &&
      prev.content.last >= a.cue.first &&
      andBeforeVerbGroup(tk, pack, a.source.last, a.cue.first)
    ) {
      prev.content = { first: prev.content.first, last: a.source.last };
      a.source = prev.source;
      a.borrowed = true;
    }
    if (a.source || a.cue.prepositional) return;
    const clause = clauseStart(tk, pack, unit, a.cue.first);
    // (A gerund hangs on the verb before it, a cue of the same sentence or not: "anunță
    // Centrul …, precizând că", "El spune că …, argumentând că".)
    const before = k > 0 && (gerund || found[k - 1]!.cue.first >= clause) ? found[k - 1]!.source : null;
    a.source =
      before ??
      (gerund ? gerundSubject(tk, pack, unit, a.cue.first) : null) ??
      coordinatedSubject(tk, pack, unit, a.cue.first) ??
      openingName(tk, pack, unit, clause) ??
      (gerund ? openingNounPhrase(tk, pack, unit, clause) : null);
    if (a.source) a.borrowed = true;
  });
  // "Am observat că …", "mi-am amintit că …": a verb in the first person with its subject
  // dropped is the writer's own narration, not an attribution.
  for (let k = found.length - 1; k >= 0; k--) {
    const a = found[k]!;
    // ("Notați aceste cifre: …", "Spuneți-le că …": a verb opening its sentence in the
    // second person plural is an imperative; what follows it is its object, no subject.)
    const imperative = a.cue.first === unit.first && (pack.secondPersonEndings?.some((e) => tk[a.cue.first]!.norm.endsWith(e)) ?? false);
    if (
      !a.cue.prepositional &&
      (imperative || (!a.source && (firstPersonVerb(tk, pack, unit, a.cue.first) || addressesReader(tk, pack, unit, a.cue.first))))
    )
      found.splice(k, 1);
  }
  // A quantifier alone names nobody ("Few believe …"); what is denied ends at a conjunction
  // ("denied the deal but vowed to keep talking").
  for (const a of found) {
    if (a.source && a.source.last - a.source.first === 1 && pack.quantifiers.has(tk[a.source.first]!.norm))
      a.content = { first: a.content.first, last: a.content.first };
    if (pack.denialCues.has(tk[a.cue.first]!.norm) && a.content.first > a.cue.first) {
      for (let k = a.content.first + 1; k < a.content.last; k++)
        if (pack.clauseOpeners.has(tk[k]!.norm) && !pack.complementizers.has(tk[k]!.norm)) {
          a.content = { first: a.content.first, last: trimBack(tk, pack, a.content.first, k) };
          break;
        }
    }
  }
  // One claim per content: two cue words of one attribution ("said in a statement") keep
  // the first, and so does a source named around its content ("Potrivit X, …, potrivit X").
  const sourceText = (a: DocAttribution) => (a.source ? rangeText(doc, a.source).toLowerCase() : '');
  const out = found.filter(
    (a, k) =>
      a.content.last - a.content.first >= MIN_CONTENT_TOKENS &&
      !found
        .slice(0, k)
        .some(
          (b) =>
            (b.content.first === a.content.first && b.content.last === a.content.last) ||
            (a.cue.prepositional && b.cue.prepositional && sourceText(a) !== '' && sourceText(a) === sourceText(b)),
        ),
  );
  // '"Why me?" Trump said. "He has to beat eight others."': a quotation right after a
  // closing attribution goes on in the same voice, as one claim.
  const last = out[out.length - 1];
  if (last && next && next.paragraph === unit.paragraph && last.content.last <= last.cue.first && wholeQuotation(tk, next)) {
    last.content = { first: last.content.first, last: next.last };
  }
  return out;
}

/**
 * Whether a phrase holds a clause after its first word: an auxiliary, a modal, a negation,
 * a conjunction that opens one or a past tense ("The course is hardly strict, … said Ms. Ortiz", "Even if
 * the agency no longer existed, … said Morrow"): no subject, but a content.
 */
function clauseInside(tk: readonly DocToken[], pack: LanguagePack, phrase: TokenRange): boolean {
  for (let k = phrase.first + 1; k < phrase.last; k++) {
    const w = tk[k]!.norm;
    if (isCap(tk[k]!)) continue;
    if ((pack.auxiliaries?.has(w) ?? false) || (pack.modals?.has(w) ?? false) || pack.negations.has(w)) return true;
    if (pack.clauseOpeners.has(w) && !pack.relativePronouns.has(w) && !pack.nameJoiners.has(w) && !pack.prepositions.has(w)) return true;
    // "the agency no longer existed": a past after a common word that is no determiner or
    // adverb is a verb ("the retired general", "the newly elected mayor" are noun phrases).
    const before = tk[k - 1]!;
    const past = (pack.irregularPasts?.has(w) ?? false) || (pack.pastEndings ?? []).some((e) => w.endsWith(e) && w.length > e.length + 2);
    if (
      past &&
      k - phrase.first >= 2 &&
      !isCap(before) &&
      /^\p{L}+$/u.test(before.text) &&
      !pack.determiners.has(before.norm) &&
      !pack.prepositions.has(before.norm) &&
      !adverb(tk, pack, k - 1)
    )
      return true;
  }
  return false;
}

/**
 * Whether a phrase starting at `at` opens its unit or follows a hard edge, past the
 * conjunctions and focus particles that open the sentence ("But Tara Nolan, an organizer,
 * said …", "Even Serbia, its closest partner, said …").
 */
function leadsUnit(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, at: number): boolean {
  let b = at;
  while (
    b - 1 >= unit.first &&
    ((pack.clauseOpeners.has(tk[b - 1]!.norm) && !pack.relativePronouns.has(tk[b - 1]!.norm)) ||
      (pack.focusParticles?.has(tk[b - 1]!.norm) ?? false))
  )
    b--;
  return b === unit.first || hardEdge(tk[b - 1]!, pack);
}

/**
 * Whether the verb group of the cue at `cue` holds an auxiliary of the second person ("veți
 * observa că …", you will see that): with no subject named, the text addresses its reader,
 * it reports nobody.
 */
function addressesReader(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, cue: number): boolean {
  return pack.secondPersonAuxiliaries !== undefined && auxiliaryBefore(tk, pack, unit, cue, pack.secondPersonAuxiliaries);
}

/** Whether the verb group before a cue is in the first person ("am spus", "mi-am amintit"). */
function firstPersonVerb(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, cue: number): boolean {
  return pack.firstPersonAuxiliaries !== undefined && auxiliaryBefore(tk, pack, unit, cue, pack.firstPersonAuxiliaries);
}

/**
 * Whether one of these auxiliaries stands in the verb group before the cue at `cue`, alone
 * or joined to a clitic ("mi-am amintit": one token), past the words between a subject and
 * its cue.
 */
function auxiliaryBefore(
  tk: readonly DocToken[],
  pack: LanguagePack,
  unit: DocUnit,
  cue: number,
  auxiliaries: ReadonlySet<string>,
): boolean {
  for (let k = cue - 1; k >= unit.first; k--) {
    const w = tk[k]!.norm;
    if (auxiliaries.has(w.slice(w.lastIndexOf('-') + 1))) return true;
    if (!pack.betweenSubjectAndCue.has(w)) return false;
  }
  return false;
}

// Marks that set a quotation inside a quotation.
const INNER_MARKS = new Set(['«', '»']);

/**
 * Whether a unit is one quotation and nothing else: its first mark opens it and its last
 * closes it, with no mark between ('"…," she said: "…"' is two quotations and an
 * attribution of their own).
 */
function wholeQuotation(tk: readonly DocToken[], u: DocUnit): boolean {
  if (!tk[u.first]!.quote) return false;
  let last = u.last;
  while (last > u.first && CLOSING.has(tk[last - 1]!.text)) last--;
  if (last - u.first < 5 || !tk[last - 1]!.quote) return false;
  // (A quotation inside it in marks of another kind, „… «…» …”, is part of it.)
  for (let k = u.first + 1; k < last - 1; k++) if (tk[k]!.quote && !INNER_MARKS.has(tk[k]!.text)) return false;
  return true;
}

/** The last token index (exclusive) before `stop`, with breaks and conjunctions dropped. */
function trimBack(tk: readonly DocToken[], pack: LanguagePack, first: number, stop: number): number {
  let e = stop;
  while (e > first && (BREAKS.has(tk[e - 1]!.text) || pack.clauseOpeners.has(tk[e - 1]!.norm))) e--;
  return e;
}

// A rule named after an adjective is known by a stem this long at least: "reglement…", not
// "leg…" ("potrivit medicului legist") nor "art…" ("unor artiști").
const MIN_RULE_STEM_AFTER_ADJECTIVE = 5;

/**
 * Whether a phrase opening with `first`, `second` (lower case) names a rule, which speaks
 * for nobody: "legea", "article 5", or a rule after its adjective ("noilor reglementări").
 * After a determiner the second word is the head of a phrase that may well speak ("a law
 * enforcement official", "an article in The Times").
 */
export function ruleAt(first: string, second: string, pack: LanguagePack): boolean {
  const rules = pack.rules;
  if (!rules) return false;
  // "conform cu hotărârea", "potrivit cu": a preposition after the cue word makes it the
  // adjective "in line with", whose object is a standard met; a source follows the cue bare.
  // (The pack's own such prepositions: "according to at least two officials" names sources.)
  if (pack.adjectivalCueLinks?.has(first)) return true;
  if ([...rules].some((r) => namesRule(first, r, pack))) return true;
  if (!second || pack.determiners.has(first) || pack.prepositions.has(first)) return false;
  return [...rules].some((r) => r.length >= MIN_RULE_STEM_AFTER_ADJECTIVE && namesRule(second, r, pack));
}

/** Whether a word is a form of the rule word that `rule` begins ("laws", "legea"; not "lawyers"). */
function namesRule(word: string, rule: string, pack: LanguagePack): boolean {
  return word.startsWith(rule) && (pack.ruleEndings?.includes(word.slice(rule.length)) ?? true);
}

/**
 * Whether a source phrase (its words in lower case) names a rule (see ruleAt). Where noun
 * phrases end with their head (the pack says so: English), the head decides: "law
 * enforcement officials" are officials, "article 5 of the constitution" an article.
 */
export function phraseNamesRule(words: readonly string[], pack: LanguagePack): boolean {
  const [first = '', second = ''] = words;
  if (!pack.headFinal || words.length < 2 || pack.adjectivalCueLinks?.has(first)) return ruleAt(first, second, pack);
  let end = words.length;
  for (let k = 1; k < words.length; k++)
    if (pack.prepositions.has(words[k]!)) {
      end = k;
      break;
    }
  for (let k = end - 1; k >= 0; k--) if (/\p{L}/u.test(words[k]!)) return ruleAt(words[k]!, '', pack);
  return false;
}

/** "according to X, CONTENT" or "CONTENT, according to X". */
function prepositional(doc: Doc, pack: LanguagePack, unit: DocUnit, end: number, cue: DocCue): DocAttribution | null {
  const tk = doc.tokens;
  let s = cue.last;
  while (s < end && s - cue.last < MAX_SOURCE_TOKENS && !BREAKS.has(tk[s]!.text) && !tk[s]!.quote && !pack.complementizers.has(tk[s]!.norm))
    s++;
  // 'Potrivit cotidianului "24 de ore", …': a title in quotation marks after a common noun names it.
  if (s > cue.last && tk[s]?.quote && !isCap(tk[cue.last]!)) {
    let q = s + 1;
    while (q < end && q - s <= MAX_QUOTED_TITLE_TOKENS && !tk[q]!.quote && !BREAKS.has(tk[q]!.text)) q++;
    if (q > s + 1 && q < end && tk[q]!.quote && tk[q + 1]?.text === ',') s = q + 1;
  }
  let source = s > cue.last ? { first: cue.last, last: s } : null;
  if (!source) return null;
  // "Potrivit purtătoarei de cuvânt a companiei, Elena Marin, traficul …": the name set in
  // apposition after the source's title is part of it, and the content follows it.
  if (tk[s]?.text === ',' && !isCap(tk[cue.last]!)) {
    const name = nameAt(tk, pack, s + 1, end);
    if (name > s + 1 && tk[name]?.text === ',') {
      source = { first: cue.last, last: name };
      s = name;
    }
  }
  // "potrivit legii", "according to the rules": in accordance with a rule, not a source's claim.
  if (
    phraseNamesRule(
      tk.slice(source.first, source.last).map((t) => t.norm),
      pack,
    ) ||
    pack.clauseOpeners.has(tk[source.first]!.norm)
  )
    return null;
  // "În acest moment - se adaugă în declarația X - distribuția …": set off by dashes inside
  // its content, as a verb cue may be.
  if (
    cue.first > unit.first &&
    DASHES.has(tk[cue.first - 1]!.text) &&
    s < end &&
    DASHES.has(tk[s]!.text) &&
    end - (s + 1) >= MIN_CONTENT_TOKENS
  )
    return { cue, content: { first: unit.first, last: end }, source, inverted: true };
  // "At the root of the delay, according to Paul R. Mills, a former engineer, was a decision
  // …": set between commas inside its clause, whose verb goes on after the source (and an
  // apposition), the cue leaves the content whole.
  if (cue.first - 1 > unit.first && tk[cue.first - 1]!.text === ',' && tk[s]?.text === ',') {
    let k = s;
    if (!auxiliaryAt(tk, pack, k + 1, end)) {
      k++;
      while (k < end && k - s <= MAX_PHRASE_TOKENS && !BREAKS.has(tk[k]!.text) && !tk[k]!.quote) k++;
    }
    if (tk[k]?.text === ',' && auxiliaryAt(tk, pack, k + 1, end) && end - (k + 1) >= MIN_CONTENT_TOKENS)
      return { cue, content: { first: unit.first, last: end }, source, inverted: true };
  }
  // A source with a comma after it and words after that: the content follows. (The cue opens
  // its clause: the unit's, or one after a colon or semicolon, "It has not gone unnoticed:
  // according to recent polls, …".)
  let opens = cue.first;
  while (opens > unit.first && tk[opens - 1]!.text !== ':' && tk[opens - 1]!.text !== ';') opens--;
  // (After a colon, right after it: "The verdict: guilty, according to the jury, on all counts" is no such clause.)
  const opensClause = opens === unit.first ? cue.first - opens < MIN_CONTENT_TOKENS : cue.first === opens;
  if (s < end && tk[s]!.text === ',' && end - (s + 1) >= MIN_CONTENT_TOKENS && opensClause)
    return { cue, content: { first: s + 1, last: end }, source, inverted: true };
  const before = trimBack(tk, pack, unit.first, cue.first);
  if (before - unit.first >= MIN_CONTENT_TOKENS) return { cue, content: { first: unit.first, last: before }, source, inverted: true };
  if (end - s >= MIN_CONTENT_TOKENS)
    return { cue, content: { first: s + (BREAKS.has(tk[s]!.text) ? 1 : 0), last: end }, source, inverted: true };
  return null;
}

/** Whether the token at `k` is an auxiliary or a modal: a verb group goes on there. */
const auxiliaryAt = (tk: readonly DocToken[], pack: LanguagePack, k: number, end: number) =>
  k < end && ((pack.auxiliaries?.has(tk[k]!.norm) ?? false) || (pack.modals?.has(tk[k]!.norm) ?? false));

// A tail of this many tokens at most, after a cue with the content before it, is no content.
const SHORT_TAIL = 8;
// Any tail this short after such a cue is no content ("…, Shin told a news conference.").
const SHORT_TAIL_ANY = 3;

const isBoundary = (t: DocToken) => t.quote || BREAKS.has(t.text);

// An as-clause's cue is followed by this many tokens at most before the comma that closes it
// ("As the magazine noted in an op-ed Friday,").
const MAX_AS_CLAUSE_TAIL = 8;

/**
 * "As the mayor noted, those buses will …", "But as the magazine noted in an op-ed, …": an
 * as-clause that opens its sentence (after a conjunction at most), its subject before its
 * cue, is set in the clause after its comma, which is what was said. Null where the cue's
 * group is no such clause.
 */
function asClauseBefore(
  tk: readonly DocToken[],
  pack: LanguagePack,
  unit: DocUnit,
  end: number,
  c0: number,
  cueLast: number,
): { source: TokenRange; content: TokenRange } | null {
  let as = c0 - 1;
  // (The subject is a phrase, no clause: "But as a former teacher who has …, I …" is none.)
  while (
    as > unit.first &&
    c0 - as <= MAX_PHRASE_TOKENS &&
    !pack.asMarkers.has(tk[as]!.norm) &&
    !isBoundary(tk[as]!) &&
    !pack.clauseOpeners.has(tk[as]!.norm)
  )
    as--;
  // ("As for the pundits who claim …", "As to the staffer": a preposition after it sets a topic.)
  if (as < unit.first || as >= c0 - 1 || !pack.asMarkers.has(tk[as]!.norm) || pack.prepositions.has(tk[as + 1]!.norm)) return null;
  if (as > unit.first && !(as === unit.first + 1 && pack.clauseOpeners.has(tk[unit.first]!.norm))) return null;
  // (What follows the cue before the comma sets the scene; an object makes the clause an act of
  // its own: "As Trump demands a wall, smugglers build tunnels".)
  if (cueLast < end && tk[cueLast]!.text !== ',' && !opensScene(tk[cueLast]!.norm, pack)) return null;
  let k = cueLast;
  while (k < end && k - cueLast <= MAX_AS_CLAUSE_TAIL && !isBoundary(tk[k]!) && !pack.complementizers.has(tk[k]!.norm)) k++;
  if (tk[k]?.text !== ',' || end - (k + 1) < MIN_CONTENT_TOKENS || tk[k + 1]!.quote) return null;
  return { source: { first: as + 1, last: c0 }, content: { first: k + 1, last: end } };
}

/**
 * Whether a word after "to" may be a bare verb ("vowed to keep"), not the noun phrase "to"
 * governs ("complained to the Commission", "testified to the committee", "to them"): no
 * determiner, pronoun, number, name, quotation or mark.
 */
function bareVerb(t: DocToken, pack: LanguagePack): boolean {
  return (
    !BREAKS.has(t.text) &&
    !t.quote &&
    !isCap(t) &&
    !pack.determiners.has(t.norm) &&
    !pack.pronouns.has(t.norm) &&
    !pack.quantifiers.has(t.norm) &&
    /^\p{Ll}/u.test(t.text)
  );
}

/** A gerund's form ("denying"), not a noun of that ending ("something", "nothing"). */
const gerundForm = (t: DocToken) => t.norm.length > 5 && t.norm.endsWith('ing') && !t.norm.endsWith('thing');

/** Where the content after a verb cue starts, or -1 when what follows is no content. */
function contentAfter(
  doc: Doc,
  unit: DocUnit,
  pack: LanguagePack,
  from: number,
  end: number,
  accuses = false,
  pledges = false,
  nextCue = end,
): number {
  const tk = doc.tokens;
  // (A "that" after a cue coordinated with this one is that cue's: see verbal.)
  const thatEnd = Math.min(end, nextCue);
  // "said they prefer a nominee that …": a pronoun right after the cue is its content's
  // subject ("that" further on is a relative), where no subject follows its verb.
  if (!pack.subjectFollowsCue && from < end && pack.pronouns.has(tk[from]!.norm) && !pack.determiners.has(tk[from]!.norm)) return from;
  // "said on Monday he would …", "said last week they …": so after a time set between them.
  if (!pack.subjectFollowsCue) {
    const t = timeAhead(tk, pack, from, end);
    if (t > from && t < end && pack.pronouns.has(tk[t]!.norm) && !pack.determiners.has(tk[t]!.norm)) return t;
  }
  // "a declarat, sâmbătă seară, după înfrângerea din meciul cu Rapid, scor 0-3, că …": "that"
  // set after a comma closes asides of any kind. (English "that" is a determiner too, so
  // only a language whose complementizer is none reads asides so.)
  for (let k = from; k < Math.min(thatEnd - 1, from + MAX_BEFORE_COMMA_THAT); k++) {
    const t = tk[k]!;
    // ("a declarat că A, că B și că C": the first "that" opens the content.)
    if (t.quote || t.text === ';' || t.text === ':' || isCueWord(pack, t.norm) || pack.complementizers.has(t.norm)) break;
    if (t.text === ',' && pack.complementizers.has(tk[k + 1]!.norm) && !pack.determiners.has(tk[k + 1]!.norm)) return k + 2;
  }
  // "said (on Tuesday | in a statement | to reporters) that …", "told reporters that …",
  // "a susținut, ieri, la Cotroceni, că …": asides between commas may stand before "that" when
  // they open with a preposition or a time ("told reporters, noting that" is another cue's).
  for (let k = from; k < Math.min(thatEnd, from + MAX_BEFORE_THAT); k++) {
    const t = tk[k]!;
    if (t.quote && k > from) {
      let close = k + 1;
      while (close < end && !tk[close]!.quote) close++;
      if (close >= end) break;
      // "a declarat în emisiunea „Ora de știri” că …", "told KXL's "Morning Hour" that …": a
      // title quoted in the aside (a capital opens it; a quoted word of the content, "said
      // the tests were "incomplete" and that …", has none).
      if (close - k - 1 <= MAX_QUOTED_TITLE_TOKENS && isCap(tk[k + 1]!) && thatWithin(tk, pack, close + 1, end)) {
        k = close;
        continue;
      }
      // "le spunea în fiecare an elevilor „…”": after an aside a preposition or a time
      // opens, a quotation that holds a verb (where the pack can tell) is the content.
      if (
        opensScene(tk[from]!.norm, pack) &&
        close - k - 1 >= MIN_QUOTED_AFTER_ASIDE &&
        holdsPredicate(doc, pack, unit, { first: k + 1, last: close }) === true
      )
        return k;
      break;
    }
    if (t.quote || t.text === ';') break;
    if (pack.complementizers.has(t.norm)) return k + 1;
    // "l-a acuzat pe premier de a fi fraudat alegerile", "accused Clinton of lying": after
    // a verb of accusing and its object, the link word opens what it is accused of.
    if (k > from && accuses && pack.accusationLinks?.has(t.norm) && k + 1 < end) return k;
    // "spunea la inaugurare: „…", "a anunțat o veste: …": a colon after an
    // adjunct or an object opens the content as "that" does.
    if (t.text === ':' && k > from && k + 1 < end) return k + 1;
    if (t.text === ',') {
      const n = tk[k + 1];
      if (!n || !(pack.complementizers.has(n.norm) || opensScene(n.norm, pack))) break;
    }
  }
  let j = from;
  // "said: …", "said, "…""
  if (j < end && (tk[j]!.text === ':' || tk[j]!.text === ',') && j + 1 < end && tk[j + 1]!.quote) return j + 1;
  if (j < end && tk[j]!.text === ':') return j + 1;
  if (j < end && tk[j]!.quote) return j;
  // "has vowed to keep the clinic open", "called for closing the border": where a cue model judges
  // the cue, an infinitive or a gerund after "for" is its content (a pledge, a call). Not
  // after a passive ("Drivers were told to avoid …" passes on an instruction), nor "for" a
  // noun phrase ("estimates for the rallies"). (PolNeAR train F1 0.852 -> 0.858, dev 0.850
  // -> 0.854, link gold unchanged; "for" with any phrase gained PolNeAR 0.003 more and lost
  // the stories 0.009.)
  if (pledges && j + 1 < end && (tk[j]!.norm === 'to' ? bareVerb(tk[j + 1]!, pack) : tk[j]!.norm === 'for' && gerundForm(tk[j + 1]!)))
    return j + 1;
  if (j < end && (BREAKS.has(tk[j]!.text) || pack.prepositions.has(tk[j]!.norm))) return -1;
  // "told reporters the plan would work": a cue whose first object is the person addressed
  // has its content after that noun phrase ...
  if (j < end && (pack.addresseeCues?.has(tk[from - 1]!.norm) ?? false)) {
    const k = addresseeEnd(tk, pack, j, end);
    if (k > j) {
      if (k + 1 < end && (tk[k]!.text === ',' || tk[k]!.text === ':') && tk[k + 1]!.quote) return k + 1;
      if (
        k < end &&
        !BREAKS.has(tk[k]!.text) &&
        !CLOSING.has(tk[k]!.text) &&
        !pack.prepositions.has(tk[k]!.norm) &&
        timeAhead(tk, pack, k, end) === k
      )
        return k;
      // ... or past the adjuncts after it (as far as "that" reaches after a cue): "told
      // reporters in Dover last week, "…"", "told supporters in Dayton, Ohio, that …",
      // "told The Daily Post last week she would …", "told reporters on Monday the economy
      // grew"; and none where they end the clause ("told ABC in an interview aired on
      // Sunday"), or where another cue or a gerund after a comma opens its own content ("told
      // reporters, noting that …").
      // (A quotation opens the content after a comma or colon; a subject after a time, or a
      // pronoun after a comma.)
      const reach = Math.min(end, from + MAX_BEFORE_THAT);
      let m = k;
      for (; m < reach; m++) {
        const t = tk[m]!;
        const before = tk[m - 1]!;
        const marked = before.text === ',' || before.text === ':';
        if (marked && (isCueWord(pack, t.norm) || isGerund(t, pack))) return -1;
        if (t.quote && marked) return m;
        if (pack.complementizers.has(t.norm)) return m + 1 < end ? m + 1 : -1;
        const pronoun = pack.pronouns.has(t.norm) && !pack.determiners.has(t.norm);
        if ((pronoun || pack.determiners.has(t.norm)) && pack.timeWords.has(before.norm)) return m;
        if (pronoun && marked) return m;
      }
      if (m >= end && !holdsClause(tk.slice(k, end), pack)) return -1;
    }
  }
  return j < end ? j : -1;
}

// A person addressed is named in this many tokens at most ("Sweden's SVT television station").
const MAX_ADDRESSEE_TOKENS = 6;

/**
 * The end of the noun phrase at `from` that a cue addresses ("reporters", "the crowd", "him",
 * "Sweden's SVT television station"), or `from` when none is read there: it ends before a
 * mark, a preposition, "that", a time, a word of a verb group, a subject pronoun, a new
 * determiner or a capital after a lower-case word ("told the crowd Trump would win").
 */
function addresseeEnd(tk: readonly DocToken[], pack: LanguagePack, from: number, end: number): number {
  let k = from;
  if (pack.determiners.has(tk[k]!.norm)) k++;
  for (; k < end && k - from < MAX_ADDRESSEE_TOKENS; k++) {
    const t = tk[k]!;
    if (
      t.quote ||
      BREAKS.has(t.text) ||
      CLOSING.has(t.text) ||
      pack.prepositions.has(t.norm) ||
      pack.complementizers.has(t.norm) ||
      pack.timeWords.has(t.norm) ||
      pack.timeModifiers.has(t.norm) ||
      pack.pronouns.has(t.norm) ||
      // ("she's", "they’re": a subject pronoun with its verb.)
      pack.pronouns.has(t.norm.split(/['’]/)[0]!) ||
      verbGroupWord(t.norm, pack) ||
      (pack.auxiliaries?.has(t.norm) ?? false) ||
      (k > from && pack.determiners.has(t.norm)) ||
      (k > from && isCap(t) && !isCap(tk[k - 1]!) && !pack.determiners.has(tk[k - 1]!.norm))
    )
      return k;
  }
  // (A run this long is no addressee: read as before.)
  return k < end ? from : k;
}

/** The end of a time phrase at `at` ("on Monday", "last week", "Tuesday"), or `at` where none opens there. */
function timeAhead(tk: readonly DocToken[], pack: LanguagePack, at: number, end: number): number {
  let k = at;
  const timeNext = (i: number) => i < end && (pack.timeWords.has(tk[i]!.norm) || pack.timeModifiers.has(tk[i]!.norm));
  if (k < end && pack.prepositions.has(tk[k]!.norm) && timeNext(k + 1)) k++;
  while (k < end && pack.timeModifiers.has(tk[k]!.norm)) k++;
  const words = k;
  while (k < end && pack.timeWords.has(tk[k]!.norm)) k++;
  return k > words ? k : at;
}

// A quotation after an aside is a content when it holds this many tokens at least (a
// title is shorter).
const MIN_QUOTED_AFTER_ASIDE = 5;

/** Whether "that" follows from `from` before any mark that ends a clause, within the reach "that" has after a cue. */
function thatWithin(tk: readonly DocToken[], pack: LanguagePack, from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + MAX_BEFORE_THAT); k++) {
    if (pack.complementizers.has(tk[k]!.norm)) return true;
    if (tk[k]!.quote || BREAKS.has(tk[k]!.text)) return false;
  }
  return false;
}

/** Whether a word opens a phrase that sets the scene (where, when): a preposition or a time. */
const opensScene = (norm: string, pack: LanguagePack) => pack.prepositions.has(norm) || pack.timeWords.has(norm);

// A phrase that only sets the scene before a cue ("În septembrie 1990,") is at most this long.
const MAX_SCENE_TOKENS = 6;
// "that" is looked for this many tokens after a cue at most …
const MAX_BEFORE_THAT = 14;
// … or this many, where a comma sets it off from the asides before it.
const MAX_BEFORE_COMMA_THAT = 30;
// Appositions and asides between a subject and its cue are followed back this far.
const MAX_APPOSITION_TOKENS = 30;
// A subject phrase or an apposition is at most this long.
const MAX_PHRASE_TOKENS = 8;

/** Whether a phrase opening with this token can be a subject: a name, a determiner or a pronoun, never a preposition. */
function opensNounPhrase(t: DocToken, pack: LanguagePack, rest: readonly (DocToken | undefined)[] = [], phrase = false): boolean {
  if (pack.prepositions.has(t.norm) || pack.clauseOpeners.has(t.norm)) return false;
  // A common word capitalised opens a name when one follows ("Rival Hillary Clinton",
  // "Doamna dr. Eugenia Dumitrescu"), or a phrase of its own ("Purtătorul de cuvânt al
  // armatei, Ion Vlad,"); alone before a comma it is an adverb ("Publicly, …").
  const opensName = named(t, pack) || (isCap(t) && (rest.some((n) => n !== undefined && named(n, pack)) || (phrase && rest.length > 0)));
  return opensName || pack.determiners.has(t.norm) || pack.pronouns.has(t.norm);
}

/** A hard edge of a subject: a quotation mark, a colon or semicolon, or "that". */
function hardEdge(t: DocToken, pack: LanguagePack): boolean {
  return t.quote || t.text === ';' || t.text === ':' || pack.complementizers.has(t.norm);
}

/**
 * The subject of a verb cue, walking back from `at` (inclusive) over auxiliaries. With a
 * comma before the cue, the subject is behind appositions and asides ("Mr. Hale, now
 * 74 and living in Dayton, Ohio, said"): the phrase right after a hard edge (a
 * quotation, the start) when it opens like a noun phrase, else the nearest one that does.
 */
function subjectBefore(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, at: number): TokenRange | null {
  let e = at;
  // ("Rep. Mark Dunn even suggested", "Let me just say": a focus particle is no part of the subject.)
  const verbGroup = (k: number) => pack.betweenSubjectAndCue.has(tk[k]!.norm) || adverb(tk, pack, k) || focusParticle(tk, pack, k);
  while (e >= unit.first && verbGroup(e)) e--;
  if (e < unit.first) return null;
  // "Tom Becker, the party chairman, this past week announced": a time between subject and verb.
  const time = timeBack(tk, pack, unit, e);
  // ("Rep. Alan Cole (R-Tex.) on Saturday criticized": so after a name's closing bracket.)
  if (time < e && time >= unit.first && (tk[time]!.text === ',' || tk[time]!.text === ')')) e = time;
  // "Police had last month charged", "A CBS/YouGov poll last month showed", "Trump even last week
  // suggested": a time in lower case right after the subject (and the words of its verb
  // group) is neither; ending in a capital it is a name ("The Week"; "on Sunday night" is a time).
  else if (time < e && time >= unit.first && !isCap(tk[e]!) && /[\p{L}\p{N}"'”’]/u.test(tk[time]!.text)) {
    e = time;
    while (e >= unit.first && verbGroup(e)) e--;
    if (e < unit.first) return null;
  }
  if (tk[e]!.text !== ',') return relativeHead(tk, pack, unit, e) ?? phraseBack(tk, pack, unit, e);
  const chunks: TokenRange[] = [];
  for (let k = e; k >= unit.first && e - k <= MAX_APPOSITION_TOKENS;) {
    let s = k - 1;
    // A conjunction inside a phrase that opens a new subject ends the subject ("the reports,
    // while the envoy, Tom Hale, said"); one after a comma is an aside (", who runs Y,"), and
    // one inside an apposition joins it ("now 74 and living in Dayton").
    while (
      s >= unit.first &&
      tk[s]!.text !== ',' &&
      !hardEdge(tk[s]!, pack) &&
      !(
        pack.clauseOpeners.has(tk[s]!.norm) &&
        s + 1 < k &&
        // ("…, consilier al ministrului pentru Europa și Asia, a declarat": a joiner
        // between two names joins them inside the phrase.)
        !(pack.nameJoiners.has(tk[s]!.norm) && s > unit.first && isCap(tk[s - 1]!) && isCap(tk[s + 1]!) && tk[s - 1]!.text !== ',') &&
        (s - 1 >= unit.first && tk[s - 1]!.text === ','
          ? // ("…, iar purtătorul său de cuvânt, Ion Marin, a spus": a coordinator opens a clause after a
            // comma too; "The governor, but not his deputies, said" sets a phrase apart.)
            (pack.coordinators?.has(tk[s]!.norm) ?? false) && !pack.negations.has(tk[s + 1]!.norm)
          : opensNounPhrase(tk[s + 1]!, pack, [tk[s + 2], tk[s + 3]]) &&
            !joinsAppositions(tk, pack, unit, s) &&
            !inRelativeAside(tk, pack, unit, s))
      )
    )
      s--;
    if (k > s + 1) chunks.push({ first: s + 1, last: k });
    if (s < unit.first || tk[s]!.text !== ',') {
      const lead = chunks[chunks.length - 1];
      if (
        lead &&
        lead.last - lead.first <= MAX_PHRASE_TOKENS &&
        !setsScene(tk, pack, lead) &&
        opensNounPhrase(tk[lead.first]!, pack, tk.slice(lead.first + 1, lead.last), true)
      )
        return withNameInApposition(tk, pack, chunks, chunks.length - 1);
      // "La ședința de joi, domnul Vasile Ionescu, directorul spitalului, ne-a spus": a
      // phrase that sets the scene leads (and a date may follow it); the subject is the first
      // phrase after it that names someone.
      if (lead && setsScene(tk, pack, lead))
        for (let n = chunks.length - 2; n >= 0; n--) {
          const next = chunks[n]!;
          if (next.last - next.first <= MAX_PHRASE_TOKENS && tk.slice(next.first, next.last).some((t) => named(t, pack)))
            return withNameInApposition(tk, pack, chunks, n);
        }
      break;
    }
    k = s;
  }
  return (
    chunks.find(
      (ch) => ch.last - ch.first <= MAX_PHRASE_TOKENS && opensNounPhrase(tk[ch.first]!, pack, tk.slice(ch.first + 1, ch.last), true),
    ) ?? null
  );
}

/**
 * Whether the word at `at` stands in a relative clause set between commas ("Garner, who
 * worked as a field organizer, said", "Moreau, who campaigned when he ran, says"): the
 * conjunctions in such an aside open no new subject.
 */
function inRelativeAside(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, at: number): boolean {
  let s = at - 1;
  while (s > unit.first && tk[s]!.text !== ',' && !hardEdge(tk[s]!, pack)) s--;
  return s > unit.first && tk[s]!.text === ',' && pack.relativePronouns.has(tk[s + 1]!.norm);
}

/**
 * Whether the conjunction at `at` joins two noun phrases of one apposition ("Mark
 * Doyle, a Democratic strategist and Ann Lee's chief adviser, said"), not a new
 * subject: a word that joins names too ("and", "și"), after a noun phrase with no verb in it
 * that a comma opens, with words before that comma for it to describe.
 */
function joinsAppositions(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, at: number): boolean {
  const w = tk[at]!.norm;
  if (!pack.nameJoiners.has(w) || !pack.clauseOpeners.has(w)) return false;
  let s = at - 1;
  while (s >= unit.first && at - s <= MAX_PHRASE_TOKENS && tk[s]!.text !== ',' && !hardEdge(tk[s]!, pack)) {
    const t = tk[s]!;
    if (pack.clauseOpeners.has(t.norm) || pack.betweenSubjectAndCue.has(t.norm) || pack.auxiliaries?.has(t.norm) || isCueWord(pack, t.norm))
      return false;
    if (!isCap(t) && (pack.pastEndings ?? []).some((e) => t.norm.endsWith(e) && t.norm.length > e.length + 2)) return false;
    s--;
  }
  if (s <= unit.first || tk[s]!.text !== ',' || s + 1 >= at) return false;
  return opensNounPhrase(tk[s + 1]!, pack, tk.slice(s + 2, at), true);
}

/**
 * Whether a phrase between commas only sets the scene of its clause: a preposition or a
 * time opens it ("La conferința de presă,", "Luni,"), or a participle with its agent or
 * object after a preposition ("Contactat de Cotidianul Vest,", "Legat de aceste acuzații,").
 */
function setsScene(tk: readonly DocToken[], pack: LanguagePack, chunk: TokenRange): boolean {
  const first = tk[chunk.first]!;
  const second = tk[chunk.first + 1];
  if (opensScene(first.norm, pack) || (second !== undefined && (pack.topicMarkers?.has(`${first.norm} ${second.norm}`) ?? false)))
    return true;
  return (
    second !== undefined &&
    chunk.first + 1 < chunk.last &&
    pack.prepositions.has(second.norm) &&
    // (One-letter endings, "-s" of "condus", end names as often: "Thomas de …".)
    (pack.participleEndings ?? []).some((e) => e.length > 1 && first.norm.endsWith(e) && first.norm.length > e.length + 2)
  );
}

// Words of a name set in apposition after its title ("Ministrul Transporturilor, Cătălin Vlăsceanu,").
const MAX_NAME_TOKENS = 4;

/**
 * The subject chunk `n` of a comma chain, with the name in apposition right after it when
 * it is a title ("Ministrul Transporturilor, Cătălin Vlăsceanu, a anunțat"): the title is
 * the source's role and the name its name, so both are kept.
 */
function withNameInApposition(tk: readonly DocToken[], pack: LanguagePack, chunks: readonly TokenRange[], n: number): TokenRange {
  const subject = chunks[n]!;
  const next = n > 0 ? chunks[n - 1]! : null;
  if (!next || subject.last !== next.first - 1) return subject;
  return nameAt(tk, pack, next.first, next.last + 1) === next.last ? { first: subject.first, last: next.last } : subject;
}

/**
 * Where a person's name starting at `from` ends, before a break (`from` when there is
 * none): two to four capitalised words, initials and name joiners ("Cătălin Vlăsceanu",
 * "John G. Webster", "Francis de Winton").
 */
function nameAt(tk: readonly DocToken[], pack: LanguagePack, from: number, end: number): number {
  let k = from;
  while (k < end && k - from <= MAX_NAME_TOKENS && !BREAKS.has(tk[k]!.text)) {
    const t = tk[k]!;
    if (!(isCap(t) || t.text === '.' || pack.nameJoiners.has(t.norm))) return from;
    k++;
  }
  const words = tk.slice(from, k);
  const capitals = words.filter((t) => isCap(t));
  return k - from <= MAX_NAME_TOKENS &&
    capitals.length >= 2 &&
    isCap(words[0]!) &&
    words.some((t) => named(t, pack)) &&
    (k >= end || BREAKS.has(tk[k]!.text))
    ? k
    : from;
}

/**
 * The head of a subject that a restrictive relative clause follows ("Current and former
 * officials who spoke with the local paper said", "Many of the county leaders who'd
 * rather be working for the rival campaign said"): the noun phrase before the relative pronoun.
 */
function relativeHead(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, e: number): TokenRange | null {
  for (let k = e - 1; k > unit.first && e - k <= MAX_RELATIVE_TOKENS; k--) {
    const t = tk[k]!;
    if (BREAKS.has(t.text) || t.quote || pack.complementizers.has(t.norm) || isCueWord(pack, t.norm)) return null;
    if (!pack.relativePronouns.has(t.norm)) continue;
    // ("posted messages in which the group urged", "questions on who the mayor would like": the subject follows.)
    if (pack.prepositions.has(tk[k - 1]!.norm)) return null;
    // A relative pronoun right before the verb group is the cue's own subject ("X, who has argued").
    const clauseWords = tk
      .slice(k + 1, e + 1)
      .filter((w) => !pack.betweenSubjectAndCue.has(w.norm) && !(pack.auxiliaries?.has(w.norm) ?? false));
    if (clauseWords.length < 2) return null;
    // A noun phrase after it is the subject, the pronoun its object ("one which historian John Baick calls").
    if (opensNounPhrase(tk[k + 1]!, pack, [tk[k + 2], tk[k + 3]])) return null;
    const head = phraseBack(tk, pack, unit, k - 1);
    // "some who advocate open data argue": a quantifier names somebody only with its relative clause.
    if (head && head.last - head.first === 1 && pack.quantifiers.has(tk[head.first]!.norm)) return { first: head.first, last: e + 1 };
    return head &&
      !pack.pronouns.has(tk[head.first]!.norm) &&
      opensNounPhrase(tk[head.first]!, pack, tk.slice(head.first + 1, head.last), true)
      ? head
      : null;
  }
  return null;
}

// A relative clause between a subject and its cue is followed back this far.
const MAX_RELATIVE_TOKENS = 16;

/** Where a time phrase ending at `e` starts, less one ("this past week", "on Friday"), or `e` when there is none. */
function timeBack(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, e: number): number {
  if (!pack.timeWords.has(tk[e]!.norm)) return e;
  let s = e - 1;
  while (
    s >= unit.first &&
    e - s <= 4 &&
    (pack.timeWords.has(tk[s]!.norm) ||
      pack.determiners.has(tk[s]!.norm) ||
      pack.prepositions.has(tk[s]!.norm) ||
      pack.timeModifiers.has(tk[s]!.norm))
  )
    s--;
  return s;
}

/** For a relative pronoun as subject ("X, care a declarat că"), the phrase it stands for. */
function antecedentOf(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, subject: TokenRange | null): TokenRange | null {
  if (!subject || subject.last - subject.first !== 1 || !pack.relativePronouns.has(tk[subject.first]!.norm)) return subject;
  let e = subject.first - 1;
  const afterComma = e >= unit.first && tk[e]!.text === ',';
  if (afterComma) e--;
  if (e < unit.first) return subject;
  // "… a fost propusă de Lazăr, care a susținut": the agent named right before the comma is
  // what "care" stands for ("opposed by Republicans in Congress, who" stands for no Congress).
  if (isCap(tk[e]!)) {
    let s = e;
    while (s - 1 >= unit.first && (isCap(tk[s - 1]!) || tk[s - 1]!.text === '.') && e - s < MAX_NAME_TOKENS) s--;
    if (s > unit.first && (pack.agentPrepositions?.has(tk[s - 1]!.norm) ?? false) && named(tk[s]!, pack)) return { first: s, last: e + 1 };
  }
  // "Trump attacked the reporters who wrote that": the determined phrase right before the pronoun.
  for (let k = e; !afterComma && k >= unit.first && e - k < MAX_HEAD_TOKENS; k--) {
    if (BREAKS.has(tk[k]!.text) || tk[k]!.quote) break;
    if (pack.determiners.has(tk[k]!.norm) && !pack.pronouns.has(tk[k]!.norm) && k < e) return { first: k, last: e + 1 };
  }
  const phrase = phraseBack(tk, pack, unit, e);
  if (!phrase) return subject;
  // "Mira Holt, head of the retail council, who estimated": the name the apposition describes.
  const comma = phrase.first - 1;
  if (comma > unit.first && tk[comma]!.text === ',') {
    let s = comma - 1;
    while (s >= unit.first && (isCap(tk[s]!) || tk[s]!.text === '.') && comma - s <= MAX_NAME_TOKENS) s--;
    if (nameAt(tk, pack, s + 1, comma + 1) === comma) return { first: s + 1, last: comma };
  }
  return phrase;
}

/** Whether the phrase before the comma at `comma` is a name in apposition ("…, Ion Vlad, a confirmat"). */
function nameBeforeComma(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, comma: number): boolean {
  let s = comma - 1;
  while (s >= unit.first && tk[s]!.text !== ',' && !hardEdge(tk[s]!, pack)) s--;
  const words = tk.slice(s + 1, comma);
  return (
    words.length > 0 &&
    words.length <= 4 &&
    s >= unit.first &&
    tk[s]!.text === ',' &&
    words.every((t) => isCap(t) || pack.nameJoiners.has(t.norm))
  );
}

// Tokens inside brackets that close a name ("(MFP)", "(R-Ky.)", "(D-R.I.)") at most.
const MAX_BRACKETED_TOKENS = 3;

/**
 * The noun phrase inside a misread source phrase that ends in "to" or another word that
 * opens what follows: the name right before an infinitive's "to" is its subject ("led Election
 * Board Chairman Mark Evans to declare"); else the name or determined phrase that opens the
 * clause, before its verb ("Attorney General Ann Ruiz took the last step of announcing").
 * Null when there is none ("went on to say": the subject is looked for further back).
 */
function nounPhraseInClause(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, phrase: TokenRange): TokenRange | null {
  const last = phrase.last - 1;
  if (last <= phrase.first) return null;
  if (pack.infinitiveMarkers.has(tk[last]!.norm) && named(tk[last - 1]!, pack)) {
    let s = last - 1;
    while (s - 1 >= phrase.first && (isCap(tk[s - 1]!) || tk[s - 1]!.text === '.') && last - s < MAX_SOURCE_TOKENS) s--;
    if (isCap(tk[s]!) && !pack.determiners.has(tk[s]!.norm) && !pack.prepositions.has(tk[s]!.norm)) return { first: s, last };
  }
  const name = openingName(tk, pack, unit, phrase.first);
  if (name && name.last < phrase.last) return name;
  return determinedHead(tk, pack, phrase.first, phrase.last);
}

/** Where the "(" of a short capitalised aside in brackets ending at `e` stands, or -1. */
function bracketOpening(tk: readonly DocToken[], unit: DocUnit, e: number): number {
  if (tk[e]?.text !== ')') return -1;
  for (let k = e - 1; k > unit.first && e - k <= MAX_BRACKETED_TOKENS + 1; k--) {
    if (tk[k]!.text === '(') return k < e - 1 && /^\p{Lu}/u.test(tk[k + 1]!.text) ? k : -1;
    if (!/^[\p{L}.-]+$/u.test(tk[k]!.text)) return -1;
  }
  return -1;
}

/** The phrase that ends at `e`, back to a break, "that" or a conjunction. */
function phraseBack(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, e: number): TokenRange | null {
  // "Agenția Națională de Administrare Fiscală (ANAF) a anunțat", "Dana Hill (D-Ore.) said": an
  // acronym or a party and state in brackets closes the name.
  const open = bracketOpening(tk, unit, e);
  if (open > unit.first) {
    const name = phraseBack(tk, pack, unit, open - 1);
    return name ? { first: name.first, last: e + 1 } : null;
  }
  let s = e;
  while (
    s >= unit.first &&
    e - s < MAX_SOURCE_TOKENS &&
    !BREAKS.has(tk[s]!.text) &&
    !tk[s]!.quote &&
    !pack.complementizers.has(tk[s]!.norm) &&
    // ("Camera de Comerț și Industrie Brașov a declarat": a joiner between two names joins them.)
    !(
      pack.clauseOpeners.has(tk[s]!.norm) &&
      !(pack.nameJoiners.has(tk[s]!.norm) && s > unit.first && s < e && isCap(tk[s - 1]!) && isCap(tk[s + 1]!))
    ) &&
    // "în timpul căruia Kim a declarat": the relative pronoun opens the clause.
    !pack.relativePronouns.has(tk[s]!.norm)
  )
    s--;
  if (s >= e) return null;
  // A pronoun is a whole subject: "provisions he said", "since 2010 she has often told".
  for (let k = e; k > s; k--) if (pack.pronouns.has(tk[k]!.norm)) return { first: k, last: k + 1 };
  return { first: s + 1, last: e + 1 };
}

/**
 * Whether asides between commas that a preposition or a time opens, back from the comma at
 * `comma`, follow a relative pronoun set off by a comma (", care, din 1883, asigură").
 */
function relativeBeforeAsides(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, comma: number): boolean {
  let k = comma;
  while (k > unit.first && tk[k]!.text === ',') {
    let j = k - 1;
    while (j > unit.first && tk[j]!.text !== ',' && k - j <= MAX_PHRASE_TOKENS) j--;
    if (tk[j]!.text !== ',') return false;
    const opener = tk[j + 1]!.norm;
    if (j + 2 === k && pack.relativePronouns.has(opener)) return true;
    if (!opensScene(opener, pack)) return false;
    k = j;
  }
  return false;
}

/**
 * "În vara lui 2004, povestește mama sa, Irina a câștigat …": what stands before an
 * inverted cue (short, the caller checks) only sets the scene when a preposition or a time
 * opens it, so the content is the clause after the source and its comma; null otherwise.
 */
function afterScene(
  tk: readonly DocToken[],
  pack: LanguagePack,
  unit: DocUnit,
  cue: DocCue,
  end: number,
  source: TokenRange | null,
): DocAttribution | null {
  if (!source || !opensScene(tk[unit.first]!.norm, pack) || tk[source.last]?.text !== ',' || end - (source.last + 1) < MIN_CONTENT_TOKENS)
    return null;
  return { cue, content: { first: source.last + 1, last: end }, source, inverted: true };
}

/** Whether [from, to) is "and" ("și") and words of a verb group only: "… și a declarat". */
function andBeforeVerbGroup(tk: readonly DocToken[], pack: LanguagePack, from: number, to: number): boolean {
  if (from >= to || !pack.andWords?.has(tk[from]!.norm)) return false;
  for (let k = from + 1; k < to; k++) if (!pack.betweenSubjectAndCue.has(tk[k]!.norm)) return false;
  return true;
}

/** Whether two words are a perfect's auxiliary and a participle in lower case ("a vizitat", "au anunțat", "a fost"; not "a doua", "a Consiliului"). */
function perfectAt(aux: DocToken, next: DocToken, pack: LanguagePack): boolean {
  return next.text[0] === next.norm[0] && isPerfect(aux.norm, next.norm, pack);
}

/** Whether a comma and a coordinator ("…, iar …", "…, but …") stand in [from, to), with words before them. */
function coordinatedBefore(tk: readonly DocToken[], pack: LanguagePack, from: number, to: number): boolean {
  for (let k = from + 1; k + 1 < to; k++) if (tk[k]!.text === ',' && (pack.coordinators?.has(tk[k + 1]!.norm) ?? false)) return true;
  return false;
}

/** Whether the clause the verb group at `at` stands in is opened by a conjunction of condition (back to a comma or another opener). */
function inCondition(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, at: number): boolean {
  for (let k = at - 1; k >= unit.first; k--) {
    const t = tk[k]!;
    if (pack.conditionals!.has(t.norm)) return true;
    if (BREAKS.has(t.text) || t.quote || pack.clauseOpeners.has(t.norm)) return false;
  }
  return false;
}

/**
 * Where the clause of the word at `at` begins: after the last coordinating or
 * subordinating conjunction that opens a new subject ("…, and the ACLU has sued …,
 * saying"), else the unit's start.
 */
function clauseStart(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, at: number): number {
  for (let k = at - 1; k > unit.first; k--) {
    const t = tk[k]!;
    if (
      t.text === ';' ||
      (pack.clauseOpeners.has(t.norm) &&
        !pack.relativePronouns.has(t.norm) &&
        k + 1 < at &&
        opensNounPhrase(tk[k + 1]!, pack, [tk[k + 2], tk[k + 3]]))
    )
      return k + 1;
  }
  return afterDateline(tk, unit);
}

// Tokens of a dateline before its dash ("WASHINGTON", "New York (AFP)", "ALEXANDRIA, Va. (AP)") at most.
const MAX_DATELINE_TOKENS = 8;

/**
 * Where a unit starts past the dateline that opens a news story ("PARIS (AP) — …",
 * "WASHINGTON — …", "New York (AFP) – …"): capitalised words, a news agency in brackets, and
 * a dash. A place in capitals or an agency shows it is one; the unit's start when there is none.
 */
function afterDateline(tk: readonly DocToken[], unit: DocUnit): number {
  let agency = false;
  let capitals = false;
  for (let k = unit.first; k < unit.last && k - unit.first <= MAX_DATELINE_TOKENS; k++) {
    const t = tk[k]!;
    if (DASHES.has(t.text)) return k > unit.first && (agency || capitals) && k + 1 < unit.last && isCap(tk[k + 1]!) ? k + 1 : unit.first;
    if (t.text === '(') {
      const word = tk[k + 1];
      if (!word || tk[k + 2]?.text !== ')' || !/^\p{Lu}{2,}$/u.test(word.text)) return unit.first;
      agency = true;
      k += 2;
      continue;
    }
    if (t.text === ',' || t.text === '.') continue;
    if (!isCap(t)) return unit.first;
    if (/^\p{Lu}{3,}$/u.test(t.text) && k === unit.first) capitals = true;
  }
  return unit.first;
}

/** The name that opens a clause ("The National Farmers Union of Iowa sued …"): the subject of its participles. */
function openingName(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, from = unit.first): TokenRange | null {
  // A quotation's first words are what is said, not who says it.
  if (tk[from]?.quote) return null;
  let i = from;
  const first = i;
  let isName = false;
  for (; i < unit.last && i - first < MAX_SOURCE_TOKENS; i++) {
    const t = tk[i]!;
    // A common word capitalised ("Former Representative Peter Hoekstra") goes on a name without making one.
    if (isCap(t) && !pack.prepositions.has(t.norm) && !pack.determiners.has(t.norm) && !pack.pronouns.has(t.norm))
      isName ||= named(t, pack);
    else if (
      !(i === first && pack.determiners.has(t.norm)) &&
      !(isName && (t.text === '.' || t.norm === "'s" || pack.nameJoiners.has(t.norm)))
    ) {
      // "Agenția de presă americană AP a publicat": a few common words between a
      // name's head and the name it closes with belong to it.
      // ("Clinton's chief pollster Joel Benenson": so does a possessive.)
      const closing =
        isName && i > first && (pack.nameJoiners.has(tk[i - 1]!.norm) || possessive(tk[i - 1]!)) ? nameClosingAt(tk, pack, unit, i) : -1;
      if (closing < 0) break;
      i = closing;
    }
  }
  while (i > first && !isCap(tk[i - 1]!)) i--;
  if (!isName || i <= first) return null;
  // "the Lopez campaign also called", "Obama administration officials said": a name before
  // a common noun and its verb modifies that noun, the subject's head.
  if (modifiesNounAt(tk, pack, i, unit.last)) return headBeforeVerb(tk, pack, first, unit.last) ?? { first, last: i };
  // "Clinton's campaign contended": a possessive is the determiner of the subject that follows it.
  if (possessive(tk[i - 1]!) && /^\p{Ll}/u.test(tk[i]?.text ?? '')) return headBeforeVerb(tk, pack, first, unit.last) ?? { first, last: i };
  return { first, last: i };
}

// Common nouns between a name that modifies them and their verb ("campaign", "administration officials") at most.
const MAX_MODIFIED_NOUNS = 2;

/** Whether the words from `at` are one or two common nouns and then a verb told by its form. */
function modifiesNounAt(tk: readonly DocToken[], pack: LanguagePack, at: number, end: number): boolean {
  for (let k = at; k < end && k - at <= MAX_MODIFIED_NOUNS; k++) {
    const t = tk[k]!;
    if (k > at && verbForm(tk, pack, k)) return true;
    if (
      !/^\p{Ll}+$/u.test(t.text) ||
      verbForm(tk, pack, k) ||
      pack.prepositions.has(t.norm) ||
      pack.determiners.has(t.norm) ||
      pack.pronouns.has(t.norm) ||
      pack.clauseOpeners.has(t.norm) ||
      pack.complementizers.has(t.norm) ||
      isCueWord(pack, t.norm)
    )
      return false;
  }
  return false;
}

/** Whether a token is a possessive ("Clinton's", "Clinton’s"). */
const possessive = (t: DocToken) => /['’]s$/u.test(t.text);

/** The noun phrase a determiner opens at `from` ("The gendarmerie, which …"), up to a break or a verb's auxiliary. */
function openingNounPhrase(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, from: number): TokenRange | null {
  if (!tk[from] || !pack.determiners.has(tk[from]!.norm)) return null;
  let i = from + 1;
  while (
    i < unit.last &&
    i - from < MAX_PHRASE_TOKENS &&
    /^\p{L}/u.test(tk[i]!.text) &&
    !pack.clauseOpeners.has(tk[i]!.norm) &&
    !pack.betweenSubjectAndCue.has(tk[i]!.norm) &&
    !pack.relativePronouns.has(tk[i]!.norm) &&
    !isCueWord(pack, tk[i]!.norm)
  )
    i++;
  const phrase = { first: from, last: i };
  return i > from + 1 && (tk[i]?.text === ',' || BREAKS.has(tk[i]?.text ?? '')) && plausibleSourceTokens(tk.slice(from, i), pack)
    ? phrase
    : null;
}

/** Whether a token is a gerund (gerundWord). */
const isGerund = (t: DocToken, pack: LanguagePack) => gerundWord(t.norm, pack);

/**
 * Whether the cue at `at` is a gerund that hangs on the clause before it: set after a comma
 * ("…, saying that", "…, subliniind că"), an adverb between ("…, now saying", "…, often
 * citing"), or after a preposition ("incurred boos upon saying", "responded by first saying").
 */
function gerundAfterComma(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, at: number): boolean {
  // (A cue read on the adverb of its gerund, "now saying", is the gerund's.)
  const adverbial = (k: number) =>
    !isCap(tk[k]!) &&
    ((pack.focusParticles?.has(tk[k]!.norm) ?? false) || pack.betweenSubjectAndCue.has(tk[k]!.norm) || adverb(tk, pack, k));
  const gerund = isGerund(tk[at]!, pack) ? at : at + 1 < unit.last && adverbial(at) && isGerund(tk[at + 1]!, pack) ? at + 1 : -1;
  if (gerund < 0) return false;
  let k = gerund - 1;
  while (k > unit.first && adverbial(k)) k--;
  if (k < unit.first) return false;
  const t = tk[k]!;
  return t.text === ',' || (pack.prepositions.has(t.norm) && !isCap(t));
}

/**
 * The subject of the clause a gerund after a comma hangs on: the name that opens the
 * stretch before its comma, back to the comma before it ("On Thursday, Warren appeared with
 * Maddow and endorsed Clinton, saying …", "Jensen apologized after they leaked, saying").
 */
function gerundSubject(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, at: number): TokenRange | null {
  const start = clauseBefore(tk, pack, unit, at - 1);
  if (start >= at - 1) return null;
  // "Directorul școlii, Ion Marin, i-a lăudat …, spunând că": a clause that
  // opens with its verb group has its subject before the comma, with its apposition.
  const first = tk[start]!.norm;
  if (start - 1 > unit.first && tk[start - 1]!.text === ',' && (verbGroupWord(first, pack) || pack.betweenSubjectAndCue.has(first)))
    return subjectBefore(tk, pack, unit, start - 1);
  return subjectOpening(tk, pack, unit, start, at - 1);
}

/**
 * Where the clause ending at the comma `comma` starts: back to the comma before it, past a
 * name set in apposition ("The company fired its chief executive, John Smith, saying": the
 * clause is "The company fired its chief executive").
 */
function clauseBefore(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, comma: number): number {
  let end = comma;
  for (;;) {
    let s = end - 1;
    while (s >= unit.first && tk[s]!.text !== ',' && tk[s]!.text !== ';' && !tk[s]!.quote) s--;
    const apposition = s > unit.first && tk[s]!.text === ',' && nameAt(tk, pack, s + 1, end + 1) === end;
    if (!apposition) return s + 1;
    end = s;
  }
}

/**
 * The subject of a cue that is the second verb of its clause ("Lopez-Hart pointed to
 * … and praised the council", "The pilot checked his watch, and then said"): the name or the noun
 * phrase that opens the stretch before the conjunction, back to the comma before it.
 */
function coordinatedSubject(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, at: number): TokenRange | null {
  let c = at - 1;
  while (c > unit.first && (pack.betweenSubjectAndCue.has(tk[c]!.norm) || adverb(tk, pack, c))) c--;
  const and = tk[c]!;
  if (c <= unit.first || !pack.clauseOpeners.has(and.norm) || pack.relativePronouns.has(and.norm) || pack.complementizers.has(and.norm))
    return null;
  const comma = c - 1 > unit.first && tk[c - 1]!.text === ',' ? c - 1 : c;
  const start = clauseBefore(tk, pack, unit, comma);
  if (start >= comma) return null;
  return subjectOpening(tk, pack, unit, start, comma);
}

/**
 * The subject that opens the clause [start, end), past the conjunctions and focus particles
 * that open the sentence ("But the U.S. Court of Claims overruled and said …"): a name, a
 * noun phrase a determiner opens, or words up to the verb.
 */
function subjectOpening(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, start: number, end: number): TokenRange | null {
  let s = Math.max(start, afterDateline(tk, unit));
  if (s >= end) return null;
  while (
    s + 1 < end &&
    ((pack.clauseOpeners.has(tk[s]!.norm) && !pack.relativePronouns.has(tk[s]!.norm)) || (pack.focusParticles?.has(tk[s]!.norm) ?? false))
  )
    s++;
  return openingName(tk, pack, unit, s) ?? determinedHead(tk, pack, s, end) ?? headBeforeVerb(tk, pack, s, end);
}

// Words of a subject before its verb, read by headBeforeVerb, at most.
const MAX_SUBJECT_TOKENS = 8;

/** Whether a lower-case word is a verb by its form: an auxiliary, a modal, a negation, an adverb, or a past tense. */
function verbForm(tk: readonly DocToken[], pack: LanguagePack, at: number): boolean {
  const w = tk[at]!.norm;
  return (
    pack.betweenSubjectAndCue.has(w) ||
    (pack.auxiliaries?.has(w) ?? false) ||
    (pack.modals?.has(w) ?? false) ||
    pack.negations.has(w) ||
    (pack.irregularPasts?.has(w) ?? false) ||
    (pack.pastEndings ?? []).some((e) => w.endsWith(e) && w.length > e.length + 2) ||
    adverb(tk, pack, at)
  );
}

/**
 * The subject that opens a clause at `from`, up to its verb told by its form ("Band member
 * Rico posted the news, writing", "Attorneys for Novak appeared to resist it, saying",
 * "The chairman left little doubt, saying"): capitalised words, a determiner, common words and
 * phrases a preposition opens, up to the first auxiliary, adverb or past tense. Null when
 * no verb is seen, or the phrase can name nobody.
 */
function headBeforeVerb(tk: readonly DocToken[], pack: LanguagePack, from: number, end: number): TokenRange | null {
  // ("raised its estimate on Friday, saying": a clause that opens with its verb has its subject further back.)
  if (!opensNounPhrase(tk[from]!, pack, tk.slice(from + 1, end), true) || verbForm(tk, pack, from)) return null;
  for (let k = from + 1; k < end && k - from <= MAX_SUBJECT_TOKENS; k++) {
    const t = tk[k]!;
    // "Rep. Alan Cole (R-Tex.) on Saturday criticized": a party in brackets closes the name.
    if (t.text === '(') {
      const close = tk.findIndex((x, i) => i > k && i < end && x.text === ')');
      if (close < 0 || close - k > MAX_BRACKETED_TOKENS + 1) return null;
      k = close;
      continue;
    }
    // "Italy's far-right party leader, Marco Bellini, voiced": a title keeps the name in apposition after it.
    if (t.text === ',' && k > from + 1) {
      const name = nameAt(tk, pack, k + 1, end);
      if (name > k + 1 && tk[name]?.text === ',' && plausibleSourceTokens(tk.slice(from, k), pack)) return { first: from, last: name };
    }
    if (BREAKS.has(t.text) || t.quote || pack.complementizers.has(t.norm) || pack.relativePronouns.has(t.norm)) return null;
    if (isCap(t)) continue;
    // "X on Saturday criticized": a time between the subject and its verb.
    const timed = pack.prepositions.has(t.norm) && k + 1 < end && pack.timeWords.has(tk[k + 1]!.norm);
    if (timed || verbForm(tk, pack, k)) {
      const phrase = tk.slice(from, k);
      return plausibleSourceTokens(phrase, pack) ? { first: from, last: k } : null;
    }
  }
  return null;
}

// Words of a noun phrase opened by a determiner, before its verb, at most.
const MAX_HEAD_TOKENS = 4;

/**
 * The noun phrase a determiner opens at `from`, up to its verb: the first word after it
 * that is a verb form the pack knows (an auxiliary, a past form: "The judge rubbed").
 */
function determinedHead(tk: readonly DocToken[], pack: LanguagePack, from: number, end: number): TokenRange | null {
  if (!pack.determiners.has(tk[from]!.norm)) return null;
  for (let k = from + 2; k < end && k - from <= MAX_HEAD_TOKENS; k++) {
    const t = tk[k]!;
    if (!/^\p{Ll}/u.test(t.text)) return null;
    const verb =
      pack.betweenSubjectAndCue.has(t.norm) ||
      (pack.auxiliaries?.has(t.norm) ?? false) ||
      (pack.pastEndings ?? []).some((e) => t.norm.endsWith(e) && t.norm.length > e.length + 2);
    if (verb) return { first: from, last: k };
  }
  return null;
}

// Common words that may stand between a name's head and the name that closes it.
const MAX_WORDS_INSIDE_NAME = 3;

/**
 * Where a name that goes on after common words closes it (the index of its capitalised
 * word), or -1: the words between are plain words (no preposition, auxiliary, cue or
 * time), and the word after them is a name.
 */
function nameClosingAt(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, at: number): number {
  for (let k = at; k < unit.last && k - at <= MAX_WORDS_INSIDE_NAME; k++) {
    const t = tk[k]!;
    if (isCap(t)) return named(t, pack) && !pack.timeWords.has(t.norm) ? k : -1;
    if (
      !/^\p{L}+$/u.test(t.text) ||
      pack.prepositions.has(t.norm) ||
      pack.betweenSubjectAndCue.has(t.norm) ||
      pack.clauseOpeners.has(t.norm) ||
      pack.complementizers.has(t.norm) ||
      isCueWord(pack, t.norm)
    )
      return -1;
  }
  return -1;
}

// Common words of a title before a name ("political scientist Dossym Satpayev") at most.
const MAX_TITLE_WORDS = 3;

/**
 * Whether the words from `from` are a title in lower case and a name after it ("…, says
 * political scientist Arman Kuanov", "…, said lobbyist and party strategist Sam Reed"):
 * plain words, joined perhaps, that no verb form or function word is, then a name.
 */
function titleBeforeName(tk: readonly DocToken[], pack: LanguagePack, from: number, end: number): boolean {
  for (let k = from; k < end && k - from <= MAX_TITLE_WORDS; k++) {
    const t = tk[k]!;
    if (isCap(t)) return k > from && named(t, pack);
    if (pack.nameJoiners.has(t.norm) && k > from) continue;
    if (
      !/^\p{L}+$/u.test(t.text) ||
      pack.prepositions.has(t.norm) ||
      pack.determiners.has(t.norm) ||
      pack.pronouns.has(t.norm) ||
      pack.clauseOpeners.has(t.norm) ||
      pack.complementizers.has(t.norm) ||
      pack.quantifiers.has(t.norm) ||
      verbForm(tk, pack, k)
    )
      return false;
  }
  return false;
}

/** The source after an inverted cue: '"…," said Jamie Raab, the publisher.' */
function subjectAfter(tk: readonly DocToken[], from: number, end: number, pack?: LanguagePack): TokenRange | null {
  // '„…”, a declarat, ieri, ministrul Ion Popescu', '…, a mărturisit, pentru Gazeta Sporturilor,
  // Mihai Stan': asides between commas, opened by a preposition or a time, stand before the subject.
  while (pack && from < end && tk[from]!.text === ',' && from + 1 < end) {
    const opener = tk[from + 1]!.norm;
    if (!(opensScene(opener, pack) || pack.timeModifiers.has(opener))) break;
    let k = from + 1;
    while (k < end && k - from <= MAX_PHRASE_TOKENS && tk[k]!.text !== ',' && !tk[k]!.quote) k++;
    if (k >= end || tk[k]!.text !== ',') break;
    from = k + 1;
  }
  // "ne spune chiar autorul", "said even the mayor": a focus particle before the subject is no part of it.
  while (pack?.focusParticles && from + 1 < end && pack.focusParticles.has(tk[from]!.norm) && !BREAKS.has(tk[from + 1]!.text)) from++;
  // "a transmis miercuri IGSU": a time between the verb and its subject is no part of it.
  // ("a spus mai devreme ministrul": "mai" is also "more", an adverb of the verb group.)
  while (
    pack &&
    from + 1 < end &&
    pack.timeWords.has(tk[from]!.norm) &&
    !pack.betweenSubjectAndCue.has(tk[from]!.norm) &&
    !BREAKS.has(tk[from + 1]!.text)
  )
    from++;
  let e = from;
  while (
    e < end &&
    e - from < MAX_SOURCE_TOKENS &&
    !BREAKS.has(tk[e]!.text) &&
    !tk[e]!.quote &&
    !(pack && e > from && adjunctAt(tk, pack, e))
  )
    e++;
  // "atestă o evidență a numărului de vizitatori … întocmită de Direcția Județeană
  // pentru Cultură": a document too long to read whole is named for its author, further on.
  if (pack && e - from >= MAX_SOURCE_TOKENS && !isCap(tk[from]!)) {
    let stop = e;
    while (stop < end && stop - from < MAX_DOCUMENT_TOKENS && !BREAKS.has(tk[stop]!.text) && !tk[stop]!.quote) stop++;
    const author = authorInPhrase(tk.slice(e, stop), pack);
    if (author > 0) {
      const first = e + author;
      let last = first;
      while (last < stop && last - first < MAX_SOURCE_TOKENS) last++;
      return { first, last };
    }
  }
  // "a anunțat Institutul Național de Statistică (INS)": the acronym in brackets names it too.
  if (e > from && tk[e]?.text === '(' && tk[e + 2]?.text === ')' && /^\p{Lu}[\p{Lu}.]+$/u.test(tk[e + 1]!.text)) e += 3;
  if (e <= from) return null;
  // "a anunțat ministrul sud-coreean al Apărării, Shin Won-sik": the name in apposition too.
  if (pack && tk[e]?.text === ',' && !isCap(tk[from]!)) {
    const name = nameAt(tk, pack, e + 1, end);
    if (name > e + 1) return { first: from, last: name };
  }
  return { first: from, last: e };
}

/**
 * Whether a cue word has a participle's form: its ending is one, and where that ending is
 * also a finite one ("declarată", but "arată" is the present of "a arăta"), the base form
 * it declines from ("declarat") is a form of a cue too.
 */
function participle(w: string, pack: LanguagePack): boolean {
  const ending = pack.participleEndings?.find((e) => w.endsWith(e) && w.length > e.length + 1);
  if (ending === undefined) return false;
  const base = pack.participleBases?.[ending];
  return base === undefined || (pack.cueWords?.has(w.slice(0, -ending.length) + base) ?? true);
}

/** Whether a preposition and the word after it are an adverb ("de asemenea", "drept urmare"). */
function opensAdverb(pack: LanguagePack, preposition: DocToken, next: DocToken): boolean {
  return pack.prepositionalAdverbs?.has(`${preposition.text} ${next.text}`.toLowerCase()) ?? false;
}

// An object this long at most stands between a verb and its predicative complement.
const MAX_OBJECT_TOKENS = 5;

/**
 * Whether an object phrase and a predicative marker follow the cue ("califică legea
 * drept …"): the marker within a few words, no break or clause between, and words after it.
 */
function predicativeAfter(tk: readonly DocToken[], pack: LanguagePack, from: number, end: number): boolean {
  for (let k = from; k < end - 1 && k - from < MAX_OBJECT_TOKENS; k++) {
    const t = tk[k]!;
    if (BREAKS.has(t.text) || t.quote || pack.clauseOpeners.has(t.norm) || pack.complementizers.has(t.norm)) return false;
    // (Not the noun "drept", right: "cu drept de vot", "un drept egal", "dreptul"; nor an
    // adverb it opens: "drept urmare".)
    if (pack.predicativeMarkers!.has(t.norm))
      return (
        k > from &&
        !pack.prepositions.has(tk[k - 1]!.norm) &&
        !pack.determiners.has(tk[k - 1]!.norm) &&
        !pack.prepositions.has(tk[k + 1]!.norm) &&
        !opensAdverb(pack, t, tk[k + 1]!)
      );
  }
  return false;
}

/** Where the quotation closing at `closing` opens, back in its unit (-1 when it does not). */
function quotationOpening(tk: readonly DocToken[], unit: DocUnit, closing: number): number {
  for (let k = closing - 1; k >= unit.first; k--) if (tk[k]!.quote) return k;
  return -1;
}

/** The quotation closing right before `at` (past a comma), or -1. */
function closingBefore(tk: readonly DocToken[], unit: DocUnit, at: number): number {
  if (at - 1 >= unit.first && tk[at - 1]!.quote) return at - 1;
  return at - 2 >= unit.first && tk[at - 1]!.text === ',' && tk[at - 2]!.quote ? at - 2 : -1;
}

/**
 * A quotation split by an inverted cue and its source ('„Uneori”, spunea el, „zelul …”',
 * '"We will win," said Trump, "and big."'): the content runs from the first part's opening
 * mark to the end of the unit, and the source is named after the cue.
 */
function splitQuotation(
  tk: readonly DocToken[],
  pack: LanguagePack,
  unit: DocUnit,
  end: number,
  c0: number,
  cueLast: number,
): { content: TokenRange; source: TokenRange } | null {
  const closing = closingBefore(tk, unit, c0);
  if (closing < 0) return null;
  const source = subjectAfter(tk, cueLast, end, pack);
  if (!source || tk[source.last]?.text !== ',' || !tk[source.last + 1]?.quote || end - (source.last + 2) < MIN_OPENED_CONTENT_TOKENS)
    return null;
  const opening = quotationOpening(tk, unit, closing);
  return opening < 0 ? null : { content: { first: opening, last: end }, source };
}

/** Whether a cue is a participle after a passive auxiliary of its verb group ("a fost scrisă", "este considerat"). */
function passiveParticiple(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, c0: number, c: number): boolean {
  // ("sunt considerate": an auxiliary the verb group does not hold may stand right before it.)
  const from = c0 > unit.first ? c0 - 1 : c0;
  if (!pack.passiveAuxiliaries || !pack.participleEndings || !tk.slice(from, c).some((t) => pack.passiveAuxiliaries!.has(t.norm)))
    return false;
  const w = tk[c]!.norm;
  return pack.participleEndings.some((e) => w.endsWith(e) && w.length > e.length + 2);
}

/**
 * The agent after a passive cue ("a fost acuzat de către X", "was told by X"), up to `stop`
 * where its content opens: its verb group holds a passive auxiliary and an agent's
 * preposition follows the cue.
 */
function passiveAgent(tk: readonly DocToken[], pack: LanguagePack, c0: number, c: number, from: number, stop: number): TokenRange | null {
  const by = pack.agentPrepositions;
  if (!by || !pack.passiveAuxiliaries || from >= stop || !by.has(tk[from]!.norm)) return null;
  if (!tk.slice(c0, c).some((t) => pack.passiveAuxiliaries!.has(t.norm))) return null;
  let first = from;
  while (first < stop && by.has(tk[first]!.norm)) first++;
  const last = trimBack(tk, pack, first, stop);
  if (last <= first || last - first > MAX_SOURCE_TOKENS || tk.slice(first, last).some((t) => BREAKS.has(t.text) || t.quote)) return null;
  // One preposition alone ("by", "de") also says how or when ("told by phone", "informat de
  // dimineață"): its agent is a name, or a phrase a determiner opens, never a time.
  const head = tk[first]!;
  if (
    first - from < 2 &&
    (pack.timeWords.has(head.norm) || !(isCap(head) || pack.determiners.has(head.norm) || pack.quantifiers.has(head.norm)))
  )
    return null;
  return plausibleSourceTokens(tk.slice(first, last), pack) ? { first, last } : null;
}

/**
 * A gerund that opens its sentence with a content ("Crezând că …, soldații s-au îmbulzit"):
 * the content runs to the comma after which a noun phrase and its verb follow; that phrase
 * is the source. Without one, the gerund's subject is not named in the sentence.
 */
function openingGerund(doc: Doc, pack: LanguagePack, unit: DocUnit, end: number, cue: DocCue, after: number): DocAttribution | null {
  const tk = doc.tokens;
  for (let k = after + MIN_OPENED_CONTENT_TOKENS; k < end; k++) {
    if (tk[k]!.text !== ',') continue;
    let e = k + 1;
    while (e < end && e - (k + 1) < MAX_PHRASE_TOKENS && !BREAKS.has(tk[e]!.text) && !tk[e]!.quote && !subjectEnds(doc, pack, unit, e)) e++;
    if (e === k + 1 || e >= end || !subjectEnds(doc, pack, unit, e)) continue;
    // ("Mr. Hale only rarely disagreed": a focus particle before the verb is no part of the subject.)
    while (e - 1 > k + 1 && (pack.focusParticles?.has(tk[e - 1]!.norm) ?? false)) e--;
    const phrase = tk.slice(k + 1, e);
    if (!plausibleSourceTokens(phrase, pack)) continue;
    return { cue, content: { first: after, last: k }, source: { first: k + 1, last: e }, inverted: false };
  }
  return { cue, content: { first: after, last: end }, source: null, inverted: false };
}

// Words before a gerund that opens its sentence ("And in", "One month after") at most.
const MAX_GERUND_OPENERS = 3;

/** Whether the words of a unit before `at` are a preposition and the conjunctions before it ("Since", "And in"). */
function prepositionOpens(tk: readonly DocToken[], pack: LanguagePack, unit: DocUnit, at: number): boolean {
  if (at <= unit.first || at - unit.first > MAX_GERUND_OPENERS || !pack.prepositions.has(tk[at - 1]!.norm)) return false;
  return tk
    .slice(unit.first, at)
    .every((t) => pack.prepositions.has(t.norm) || (pack.clauseOpeners.has(t.norm) && !pack.relativePronouns.has(t.norm)));
}

/** Whether the token at `at` opens the verb group after a subject ("s-au îmbulzit", "a adăugat", "added"). */
function subjectEnds(doc: Doc, pack: LanguagePack, unit: DocUnit, at: number): boolean {
  const t = doc.tokens[at]!;
  if (verbGroupWord(t.norm, pack) || pack.betweenSubjectAndCue.has(t.norm) || (pack.auxiliaries?.has(t.norm) ?? false)) return true;
  // ("Mr. Rubio occasionally disagreed", "Judge Berman proceeded": an adverb or a past.)
  if (!isCap(t) && verbForm(doc.tokens, pack, at)) return true;
  if (isCueWord(pack, withoutClitic(t.norm, pack))) return true;
  return holdsPredicate(doc, pack, unit, { first: at, last: at + 1 }) === true;
}

/**
 * Whether a preposition at `at` opens an adjunct after a source named after its cue ("relatează
 * AFP în pagina sa", "said Smith in a statement on Monday"), not a part of the name ("ambasadorul
 * României în SUA", "Ministerul pentru Românii de Pretutindeni"): no joiner of names, and no name or
 * a time after it.
 */
function adjunctAt(tk: readonly DocToken[], pack: LanguagePack, at: number): boolean {
  const t = tk[at]!;
  if (!pack.prepositions.has(t.norm) || pack.nameJoiners.has(t.norm)) return false;
  const next = tk[at + 1];
  return next !== undefined && (!isCap(next) || pack.timeWords.has(next.norm));
}

/** Whether an object marker opens a name or a pronoun at `at` ("pe Avramescu"; not "pe un ton ferm"). */
function objectAt(tk: readonly DocToken[], pack: LanguagePack, at: number): boolean {
  const next = tk[at + 1];
  return (pack.objectMarkers?.has(tk[at]!.norm) ?? false) && next !== undefined && (isCap(next) || pack.pronouns.has(next.norm));
}

/**
 * Whether tokens hold a clause or a quotation, by the words one needs: a subject pronoun, an
 * auxiliary, a modal, a complementizer ("told reporters the party would rebuild"). A tail of
 * names, prepositions and times holds none ("told Reuters in an interview in Madrid on Tuesday").
 */
function holdsClause(tokens: readonly DocToken[], pack: LanguagePack): boolean {
  return tokens.some(
    (t) =>
      t.quote ||
      pack.pronouns.has(t.norm) ||
      pack.complementizers.has(t.norm) ||
      (pack.auxiliaries?.has(t.norm) ?? false) ||
      (pack.modals?.has(t.norm) ?? false),
  );
}

/**
 * Whether the cue at `c` governs a preposition after it whose object is what was said
 * ("called for a ban", "called on Congress to act"): the pack's content prepositions, with
 * an infinitive in the object where the pack asks for one (else "called on the ambassador"
 * is a visit), never after a passive ("were called for a disturbance") nor before a time
 * ("called on 5 May for …").
 */
function demandAfter(tk: readonly DocToken[], pack: LanguagePack, c0: number, c: number, last: number, end: number): boolean {
  const governed = last + 1 < end ? pack.contentPrepositions?.get(tk[last]!.norm) : undefined;
  if (!governed?.verbs.has(tk[c]!.norm)) return false;
  if (passiveIn(tk, pack, Math.max(0, c0 - 1), c)) return false;
  const next = tk[last + 1]!;
  if (pack.timeWords.has(next.norm) || /^\d/.test(next.text)) return false;
  if (!governed.infinitive) return true;
  for (let k = last + 1; k < end && !BREAKS.has(tk[k]!.text); k++) if (pack.infinitiveMarkers.has(tk[k]!.norm)) return true;
  return false;
}

/** Whether tokens [from, to) hold an auxiliary of the passive (a loop: it runs for every cue, where a slice of them cost an array). */
function passiveIn(tk: readonly DocToken[], pack: LanguagePack, from: number, to: number): boolean {
  if (!pack.passiveAuxiliaries) return false;
  for (let k = from; k < to; k++) if (pack.passiveAuxiliaries.has(tk[k]!.norm)) return true;
  return false;
}

function verbal(doc: Doc, pack: LanguagePack, unit: DocUnit, end: number, cue: DocCue, nextCue: number): DocAttribution | null {
  const tk = doc.tokens;
  const c = cue.first;
  // The verb group: auxiliaries and clitics before the cue ("a declarat", "ne-a spus", "has said").
  let c0 = c;
  while (c0 - 1 >= unit.first && pack.betweenSubjectAndCue.has(tk[c0 - 1]!.norm)) c0--;
  const prev = c0 > unit.first ? tk[c0 - 1]! : null;
  // "printr-un comunicat": after a determiner or a preposition a cue word is a noun, no
  // verb with a subject (a trained cue model judges its nouns of saying itself: "his claim that").
  if (
    !pack.cueModel &&
    c0 === c &&
    prev &&
    (pack.determiners.has(prev.norm) || pack.prepositions.has(prev.norm)) &&
    // ("aceasta afirmă": a demonstrative alone is a pronoun, the verb's subject.)
    !pack.pronouns.has(prev.norm) &&
    !pack.infinitiveMarkers.has(prev.norm)
  )
    return null;
  // "Dacă medicul v-a atenționat că …", "If he said that …": a cue in a condition reports nothing.
  if (pack.conditionals && inCondition(tk, pack, unit, c0)) return null;
  const setAs = asClauseBefore(tk, pack, unit, end, c0, cue.last);
  if (setAs) return { cue, content: setAs.content, source: setAs.source, inverted: false };
  const accuses = pack.accusationCues?.has(tk[cue.first]!.norm) ?? false;
  // A verb group with an auxiliary of the passive, or none after "when", "if" ("When asked to
  // confirm …, a source said"), reads no pledge in an infinitive after it.
  const pledges =
    pack.cueModel !== undefined &&
    !passiveIn(tk, pack, Math.max(unit.first, c0 - 1), c) &&
    !(prev !== null && pack.clauseOpeners.has(prev.norm));
  // "said the plan would work and added that …", "… and the mayor added that …": a cue in a
  // clause coordinated with this one's (a conjunction between them, not a relative pronoun:
  // "told reporters who asked about it that …") keeps the "that" after it.
  let joinedNext = false;
  for (let k = cue.last + 1; k < nextCue && k < end && !joinedNext; k++)
    joinedNext = pack.clauseOpeners.has(tk[k]!.norm) && !pack.relativePronouns.has(tk[k]!.norm);
  let after = contentAfter(doc, unit, pack, cue.last, end, accuses, pledges, joinedNext ? nextCue : end);
  // What one is accused "of" opens a content, which keeps the accused: "accused the health
  // minister of buying …" is about the minister.
  const accusedOf = accuses && after > cue.last && (pack.accusationLinks?.has(tk[after]!.norm) ?? false);
  // "califică legea drept o greșeală a guvernului": an object and what it is
  // called, after the marker of a predicative complement ("drept"), are what was said.
  const calledAs = !accusedOf && pack.predicativeMarkers !== undefined && predicativeAfter(tk, pack, cue.last, end);
  if (accusedOf || calledAs) after = cue.last;
  // "called for a ban", "called on Congress to act": the object a preposition the cue
  // governs opens is what was said.
  const demanded = !accusedOf && !calledAs && demandAfter(tk, pack, c0, c, cue.last, end);
  if (demanded) after = cue.last + 1;
  // "…, fiind acuzat de abuz în serviciu": a passive gerund of accusing names the accused, and
  // what its link word opens is the charge; no one is said to accuse. (Unless a named agent
  // stands before the link word: "fiind acuzat de procurorii DNA pentru …".)
  if (accusedOf && prev !== null && (pack.passiveGerunds?.has(prev.norm) ?? false) && !tk.slice(cue.last, after).some((t) => isCap(t)))
    return null;
  const afterLen = after < 0 ? 0 : end - after;
  // Content opened by "that", a colon or a quotation.
  const direct =
    accusedOf ||
    calledAs ||
    demanded ||
    (after > cue.last
      ? pack.complementizers.has(tk[after - 1]!.norm) || tk[after - 1]!.text === ':' || tk[after]!.quote
      : after >= 0 && tk[after]!.quote);
  const minAfter = direct ? MIN_OPENED_CONTENT_TOKENS : MIN_CONTENT_TOKENS;
  // "Subliniind că economia va crește, ministrul a adăugat …", "Noting that …, the minister
  // added": a gerund opening its sentence has the subject of the clause its content is set in.
  if (direct && c0 === unit.first && !tk[after]?.quote && isGerund(tk[c]!, pack)) return openingGerund(doc, pack, unit, end, cue, after);
  // "Since announcing Ford as his deputy, Miller has gained", "In describing the plan, Ross
  // said": a gerund after the preposition that opens its sentence is read the same way.
  if (after > c && !tk[after]?.quote && prepositionOpens(tk, pack, unit, c0) && isGerund(tk[c]!, pack))
    return openingGerund(doc, pack, unit, end, cue, after);
  // "După cum ne-a informat dl X, directorul Y, 96 de persoane au …", "…, as the minister said.":
  // the source follows the cue, and the content is the clause the as-clause is set in.
  if (prev && pack.asMarkers.has(prev.norm)) {
    const source = subjectAfter(tk, cue.last, end, pack);
    let at = c0 - 1;
    while (at - 1 >= unit.first && pack.asMarkers.has(tk[at - 1]!.norm)) at--;
    const before = trimBack(tk, pack, unit.first, at);
    if (before - unit.first >= MIN_CONTENT_TOKENS) return { cue, content: { first: unit.first, last: before }, source, inverted: true };
    let k = source ? source.last : cue.last;
    while (k < end && tk[k]!.text !== ',') k++;
    if (end - (k + 1) >= MIN_CONTENT_TOKENS) return { cue, content: { first: k + 1, last: end }, source, inverted: true };
    return null;
  }
  // "a susține două idei": after its infinitive marker a verb with no content opened is no
  // cue, unless its form is the participle an auxiliary of the same spelling takes ("a
  // spus"). ("pentru a declara că …" reports; a marker that is no auxiliary, "să", opens a
  // subjunctive, which may report too: "par să arate că".)
  const marker = c > unit.first ? tk[c - 1]! : null;
  if (
    !direct &&
    marker &&
    pack.infinitiveMarkers.has(marker.norm) &&
    (pack.auxiliaries?.has(marker.norm) ?? false) &&
    pack.participleEndings !== undefined &&
    !pack.participleEndings.some((e) => tk[c]!.norm.endsWith(e))
  )
    return null;
  // "se va strădui să asigure „o tranziție calmă”": with no cue model to judge it, a
  // subjunctive reports only what "că" opens ("par să arate că …"); with a quotation or a
  // colon it is what one means to do.
  if (
    !pack.cueModel &&
    marker &&
    pack.infinitiveMarkers.has(marker.norm) &&
    !(pack.auxiliaries?.has(marker.norm) ?? false) &&
    !(after > cue.last && pack.complementizers.has(tk[after - 1]!.norm)) &&
    after >= cue.last
  )
    return null;
  // A quotation closed before the comma that precedes the cue, when it is the content: it
  // opens its unit, or opened before it. (A title quoted inside an apposition is none: 'The
  // report, titled "Lost Years", criticized …'.)
  const closedQuote = prev?.text === ',' ? closingBefore(tk, unit, c0) : -1;
  const afterClosedQuote = closedQuote >= 0 && quotationOpening(tk, unit, closedQuote) <= unit.first;
  // A participle with no auxiliary after a comma is an adjective ("…, relatat de autor",
  // "…, considerat unul dintre…"), not a cue closing a content.
  const bareParticiple = c0 === c && participle(tk[c]!.norm, pack);
  const closesContent = prev !== null && (prev.quote || prev.text === ',' || DASHES.has(prev.text)) && !bareParticiple;
  // A cue word with no model to judge it needs a frame around it: "că", a colon or a
  // quotation after it, or a comma or quotation closing a content before it. Alone, a verb
  // of saying is as often something else ("a susține un concert", "este considerat").
  if (!pack.cueModel && !direct && !closesContent) return null;
  // Inverted: '"…," said X' or 'CONTENT, said the minister'. Where the subject may follow
  // its verb, any cue after a content and a comma is, unless "că" or a quotation follows it.
  const nextTok = cue.last < end ? tk[cue.last]! : null;
  // ("said that …": "that" opens the content, though it may be a determiner too).
  const namesAfter =
    nextTok !== null &&
    (isCap(nextTok) ||
      (pack.determiners.has(nextTok.norm) && !pack.complementizers.has(nextTok.norm)) ||
      titleBeforeName(tk, pack, cue.last, end)) &&
    !nextTok.quote;
  // "…, Mr. Daniloff, now 81, said by telephone": a preposition after the cue opens an adjunct, not the source.
  const adjunctAfter = nextTok !== null && pack.prepositions.has(nextTok.norm) && !pack.subjectFollowsCue;
  // Right after a closing quotation mark, a cue with no "that" after it is inverted
  // ('"…," said former White House adviser Tom Reed').
  // ('„…” - scrie Evenimentul Zilei': a dash after the closing mark sets the cue off as a comma would.)
  const quoteDash = prev !== null && DASHES.has(prev.text) && c0 - 2 >= unit.first && tk[c0 - 2]!.quote;
  // ('„…”, arată un comunicat al ministerului': so does a comma after the closing mark, for
  // a verb that otherwise has its object after it.)
  const afterQuote = (prev?.quote === true || quoteDash || afterClosedQuote) && !direct;
  // Verbs the language never inverts have their object after them, not their subject ("criticized
  // the trade", but "said the minister"): learned per cue word where the pack knows.
  const mayInvert = !(pack.nonInvertingCues?.has(tk[c]!.norm) ?? false);
  // "…, advising the senator to …": a gerund after a comma hangs on the clause before it; what
  // follows it is its object, never its subject.
  // "…, a realizat prima tiroidectomie, și a demonstrat rolul iodului", "…, then said": a verb
  // group opened by a conjunction after a comma goes on with the clause before it; it closes
  // no content. (Only conjunctions the verb group may hold: "și", "then".)
  const coordinated = c0 < c && prev?.text === ',' && pack.clauseOpeners.has(tk[c0]!.norm);
  // "Câinele e alb, răspunde la numele Max": a preposition the verb governs opens its
  // object after it, not its subject; the phrase before the comma is no content.
  // (Not after a quotation, which is the content; not an adverb the preposition opens: "a
  // reamintit de asemenea premierul".)
  const objectAfter =
    !afterQuote &&
    nextTok !== null &&
    (pack.objectPrepositions?.get(nextTok.norm)?.has(tk[c]!.norm) ?? false) &&
    !(cue.last + 1 < end && opensAdverb(pack, nextTok, tk[cue.last + 1]!));
  // ("…, also said her group planned …": where the subject follows a cue only right after the
  // comma, "…, said the minister", words of the verb group before it leave it its object.)
  const groupBefore = c0 < c && !pack.subjectFollowsCue;
  const inverts =
    !adjunctAfter &&
    !objectAfter &&
    !coordinated &&
    !groupBefore &&
    !gerundAfterComma(tk, pack, unit, c) &&
    (afterQuote || (mayInvert && (namesAfter || afterLen < minAfter || (pack.subjectFollowsCue === true && !direct))));
  // "X, care a crezut că …": with its content opened, a relative pronoun right before the
  // verb group is the subject, standing for X.
  const relative = direct && prev !== null && pack.relativePronouns.has(prev.norm) ? { first: c0 - 1, last: c0 } : null;
  // "…, care, din 1910, asigură întreținerea întregii rețele": a relative pronoun before the
  // asides before the verb is its subject; with no content opened, the verb has an object.
  if (!pack.cueModel && !direct && prev?.text === ',' && relativeBeforeAsides(tk, pack, unit, c0 - 1)) return null;
  let subject = antecedentOf(tk, pack, unit, subjectBefore(tk, pack, unit, c - 1) ?? relative);
  // "what Alan Krueger said", "Here is what Trump said: …": a free relative pronoun before the
  // subject is the cue's object, and no part of the subject; only a colon or a quotation
  // after the cue opens a content then, or "that" after a copula ("What Trump said was that …").
  const freeRelative =
    subject === null ? -1 : tk.slice(subject.first, subject.last).findLastIndex((t) => pack.freeRelatives?.has(t.norm) ?? false);
  if (subject !== null && freeRelative >= 0) {
    const cleft =
      cue.last + 2 < end && (pack.auxiliaries?.has(tk[cue.last]!.norm) ?? false) && pack.complementizers.has(tk[cue.last + 1]!.norm);
    // (Only the content's start moves: with a cue model the reading below takes it as is.)
    if (cleft) after = cue.last + 2;
    const opened = cleft || (after > cue.last ? tk[after - 1]!.text === ':' || tk[after]!.quote : after >= 0 && tk[after]!.quote);
    if (!opened || subject.first + freeRelative + 1 >= subject.last) return null;
    subject = { first: subject.first + freeRelative + 1, last: subject.last };
  }
  // "X, an apposition, said": a subject right after a quotation or at the start is no content.
  // Where the subject may follow its verb, only a content opened after the verb shows that
  // the phrase before the comma is its subject ("X, citat de PAP, a declarat că …").
  const subjectLeads =
    subject !== null &&
    prev?.text === ',' &&
    leadsUnit(tk, pack, unit, subject.first) &&
    // ("Prices will rise next year, said the minister": a clause with its verb group leads no subject.)
    plausibleSourceTokens(tk.slice(subject.first, subject.last), pack) &&
    !clauseInside(tk, pack, subject) &&
    (!pack.subjectFollowsCue || direct || nameBeforeComma(tk, pack, unit, c0 - 1));
  // "Ion Popescu, fratele său, au scris o carte": the comma before the cue closes its
  // subject's apposition, not a content, and nothing opens one after it: the verb has an
  // object (a cue word with no model to judge it needs a frame).
  if (!pack.cueModel && !direct && subjectLeads && !prev.quote) return null;
  // "Poezia … a fost scrisă", '„…”, a fost anunțat': a passive cue with no agent after it
  // reports with no source (checked again below once an agent after it is read; a cue model
  // judges passives itself), unless a preposition brought the source before it ("De la X am
  // fost informați că …").
  const byAfter = cue.last < end && (pack.agentPrepositions?.has(tk[cue.last]!.norm) ?? false);
  const sourceBefore = subject !== null && pack.prepositions.has(tk[subject.first]!.norm);
  if (!pack.cueModel && !byAfter && !sourceBefore && passiveParticiple(tk, pack, unit, c0, c)) return null;
  // '„Uneori”, spunea el, „ambiția noastră …”': a quotation split by its cue and source is one content.
  const split = prev && !direct ? splitQuotation(tk, pack, unit, end, c0, cue.last) : null;
  if (split) return { cue, content: split.content, source: split.source, inverted: true };
  // "O variantă mai ieftină - propune dl X - ar fi …": a cue and its source set between dashes
  // inside the content.
  if (prev && DASHES.has(prev.text) && !direct && c0 - 1 > unit.first) {
    const source = subjectAfter(tk, cue.last, end, pack);
    if (source && DASHES.has(tk[source.last]?.text ?? '') && end - (source.last + 1) >= MIN_CONTENT_TOKENS)
      return { cue, content: { first: unit.first, last: end }, source, inverted: true };
  }
  // "De aceea, relatează cronicarul, „…”": after a phrase too short to be a content, the
  // scene-setter's reading below.
  if (prev?.text === ',' && !subjectLeads && inverts && c0 - 1 > unit.first && c0 - 1 - unit.first < MIN_CONTENT_TOKENS) {
    const scene = afterScene(tk, pack, unit, cue, end, subjectAfter(tk, cue.last, end, pack));
    if (scene) return scene;
  }
  if (prev && (prev.quote || quoteDash || (prev.text === ',' && !subjectLeads)) && inverts && c0 - 1 - unit.first >= MIN_CONTENT_TOKENS) {
    const contentEnd = prev.quote ? c0 : c0 - 1;
    const source = subjectAfter(tk, cue.last, end, pack);
    const scene = !prev.quote && contentEnd - unit.first <= MAX_SCENE_TOKENS ? afterScene(tk, pack, unit, cue, end, source) : null;
    if (scene) return scene;
    // "Florile de câmp, povestește Mihai, pot fi uscate …": a cue set between
    // commas after the subject of its content; the clause goes on with its verb group.
    const verbAfter = source !== null && tk[source.last]?.text === ',' ? tk[source.last + 1] : undefined;
    if (
      !prev.quote &&
      verbAfter !== undefined &&
      end - (source!.last + 1) >= MIN_CONTENT_TOKENS &&
      contentEnd - unit.first <= MAX_PHRASE_TOKENS &&
      (verbGroupWord(verbAfter.norm, pack) || (pack.auxiliaries?.has(verbAfter.norm) ?? false)) &&
      !tk.slice(unit.first, contentEnd).some((t) => verbGroupWord(t.norm, pack) || pack.auxiliaries?.has(t.norm) || t.text === ',')
    )
      return { cue, content: { first: unit.first, last: end }, source, inverted: true };
    // "Ministrul, care a vizitat zona, anunță noi măsuri": the verb before the comma stands in
    // a relative clause of the phrase that opens the sentence, which is the subject; what
    // follows the cue is its object.
    const comma = prev.quote ? -1 : tk.findIndex((t, k) => k >= unit.first && k < contentEnd && t.text === ',');
    if (
      comma > unit.first &&
      // (The clause closes right before the cue: "Legea, care a fost adoptată ieri, va intra în
      // vigoare …, a declarat ministrul" has a content of its own between.)
      !tk.slice(comma + 1, contentEnd).some((t) => t.text === ',') &&
      !tk[unit.first]!.quote &&
      !pack.prepositions.has(tk[unit.first]!.norm) &&
      pack.relativePronouns.has(tk[comma + 1]!.norm) &&
      plausibleSourceTokens(tk.slice(unit.first, comma), pack) &&
      holdsPredicate(doc, pack, unit, { first: unit.first, last: comma }) === false &&
      end - cue.last >= MIN_CONTENT_TOKENS
    )
      return { cue, content: { first: cue.last, last: end }, source: { first: unit.first, last: comma }, inverted: false };
    // "Ion Popescu și fratele său, Andrei, au scris o carte": what stands before the comma
    // holds no verb (where the pack can tell verbs), so it is the subject with its
    // apposition, and the verb has an object, not a content.
    if (!prev.quote && holdsPredicate(doc, pack, unit, { first: unit.first, last: contentEnd }) === false) return null;
    return {
      cue,
      content: { first: unit.first, last: trimBack(tk, pack, unit.first, contentEnd) || contentEnd },
      source,
      inverted: true,
    };
  }
  // "a declarat ministrul Justiției că …": the subject between the verb and "că" (past
  // asides between commas: "a anunțat, luni dimineața, că" names nobody).
  // ("ne spune chiar autorul: „…”": a colon opens the content as "că" does.)
  if (
    !subject &&
    pack.subjectFollowsCue &&
    after - 1 > cue.last &&
    (pack.complementizers.has(tk[after - 1]!.norm) || tk[after - 1]!.text === ':') &&
    afterLen >= minAfter
  ) {
    const between = subjectAfter(tk, cue.last, after - 1, pack);
    // ("a scris pe Facebook: „…”": before a colon, a phrase a preposition opens is where, not who.)
    const colon = tk[after - 1]!.text === ':';
    // ("îl acuza pe Popescu, fostul director, că": an object, not the subject.)
    if (
      between &&
      !BREAKS.has(tk[between.first]!.text) &&
      !objectAt(tk, pack, between.first) &&
      !(colon && (pack.prepositions.has(tk[between.first]!.norm) || !plausibleSourceTokens(tk.slice(between.first, between.last), pack)))
    )
      return { cue, content: { first: after, last: end }, source: between, inverted: false };
  }
  // What stands before the subject is content unless a preposition opens it and sets the
  // scene ("As for the budget, she said it was not a worry", "In a statement, X said …").
  const contentBefore =
    subject !== null &&
    subject.first - 1 - unit.first >= MIN_CONTENT_TOKENS &&
    isBoundary(tk[subject.first - 1]!) &&
    !pack.prepositions.has(tk[unit.first]!.norm) &&
    !pack.asMarkers.has(tk[unit.first]!.norm) &&
    !gerundScene(tk, pack, unit.first, subject.first - 1);
  // 'CONTENT, Shin told a news conference.': with content before, a short tail with no
  // "that" and no quotation is where and to whom it was said.
  // Before the subject, a quotation is content; a phrase opened by a preposition or a
  // participle sets the scene ("In an interview on Monday, X accused …").
  const quotedBefore = contentBefore && tk[subject!.first - 1]!.quote;
  // What follows up to the next cue or comma ("Shin told reporters, noting that …") is the tail.
  let tailEnd = after < 0 ? after : Math.min(end, nextCue);
  for (let k = after; k >= 0 && k < tailEnd; k++) if (tk[k]!.text === ',') tailEnd = k;
  const tail = after < 0 ? 0 : tailEnd - after;
  // (After a quotation, a finite cue's tail that holds no clause is where and to whom however
  // long it is: '"…," Vega, 61, told Reuters in an interview in Madrid on Tuesday'; a gerund's
  // is what it says: '"…," X said, emphasizing why …'.)
  // ("…, 39 percent said they support Sanders": a short tail that opens with a subject pronoun
  // is a clause, what was said; a pronoun alone is an object, "he's saying it".)
  const opensClause = tail >= 2 && pack.pronouns.has(tk[after]!.norm) && !pack.determiners.has(tk[after]!.norm);
  const tailOnly =
    contentBefore &&
    !direct &&
    ((tail <= SHORT_TAIL_ANY && !opensClause) ||
      (quotedBefore && (tail <= SHORT_TAIL || (!isGerund(tk[c]!, pack) && !holdsClause(tk.slice(after, tailEnd), pack)))));
  // The comma that closes a cue set between commas, after a time of its own if any ("he
  // said, …", "Mr. Obama said on Tuesday, …"); -1 when none follows.
  const closing = subject !== null && !direct ? timeAhead(tk, pack, cue.last, end) : -1;
  const closingComma = closing >= 0 && tk[closing]?.text === ',' ? closing : -1;
  // 'Most of the layoffs, she said, have hit …': a cue between commas inside its content.
  if (
    contentBefore &&
    closingComma >= 0 &&
    end - (closingComma + 1) >= MIN_CONTENT_TOKENS &&
    !isCueWord(pack, tk[closingComma + 1]!.norm) &&
    tk[subject!.first - 1]!.text === ','
  )
    return { cue, content: { first: unit.first, last: end }, source: subject, inverted: false };
  // "In many respects, the critics noted, the mayor might …", "But, the former CEO added, it's not
  // the way to win": after a phrase that sets the scene, a subject and cue set between
  // commas open the content that follows them.
  // (After a phrase too short to be a content of its own, the content is the whole
  // sentence around the cue: "Still, she said, the board has to …", "The plan, she said, will
  // cost …".)
  const scene = pack.prepositions.has(tk[unit.first]!.norm) || pack.clauseOpeners.has(tk[unit.first]!.norm);
  if (
    subject !== null &&
    !contentBefore &&
    closingComma >= 0 &&
    subject.first - 1 > unit.first &&
    tk[subject.first - 1]!.text === ',' &&
    subject.first - 1 - unit.first <= MAX_SCENE_TOKENS &&
    (scene || subject.first - 1 - unit.first < MIN_CONTENT_TOKENS) &&
    end - (closingComma + 1) >= MIN_CONTENT_TOKENS &&
    !isCueWord(pack, tk[closingComma + 1]!.norm)
  )
    return { cue, content: { first: scene ? closingComma + 1 : unit.first, last: end }, source: subject, inverted: false };
  // "Ministrul a fost acuzat de către opoziție că …", "he was told by aides that …": the
  // agent of a passive cue, between it and its content, is the source.
  const agent = direct ? passiveAgent(tk, pack, c0, c, cue.last, after - 1) : null;
  // "a fost acuzat de dimineață că …": what followed the passive was no agent after all.
  if (!pack.cueModel && !agent && !sourceBefore && passiveParticiple(tk, pack, unit, c0, c)) return null;
  if (agent && afterLen >= minAfter) return { cue, content: { first: after, last: end }, source: agent, inverted: false };
  // ("Ca elevă, arăta liniștită în clasă": where the language never drops "that", a cue word with no
  // model to judge it has a content after it only when "că", a colon or a quotation opens it.)
  if (afterLen >= minAfter && !tailOnly && (direct || pack.cueModel)) {
    // "The strike, which Norway says began on Monday, has closed …": the relative clause only.
    let last = end;
    if (subject && subject.first - 1 >= unit.first && pack.relativePronouns.has(tk[subject.first - 1]!.norm))
      for (let k = after; k < end; k++)
        if (tk[k]!.text === ',') {
          last = k;
          break;
        }
    // "a acuzat Nordul că …": a name between the cue and "că" is who the content is about.
    const between = { first: cue.last, last: after - 1 };
    const object =
      subject &&
      direct &&
      between.last > between.first &&
      between.last - between.first <= MAX_PHRASE_TOKENS &&
      isCap(tk[between.first]!) &&
      pack.complementizers.has(tk[after - 1]!.norm)
        ? between
        : undefined;
    return { cue, content: { first: after, last }, source: subject, inverted: false, ...(object ? { object } : {}) };
  }
  // The content comes before: 'CONTENT, the official said on Tuesday.', '"…" Trump said.'
  if (!subject) return null;
  const boundary = subject.first - 1;
  if (boundary < unit.first) return null;
  const b = tk[boundary]!;
  if (!b.quote && !BREAKS.has(b.text)) return null;
  const contentEnd = b.quote ? boundary + 1 : trimBack(tk, pack, unit.first, boundary);
  if (contentEnd - unit.first < MIN_CONTENT_TOKENS || gerundScene(tk, pack, unit.first, contentEnd)) return null;
  return { cue, content: { first: unit.first, last: contentEnd }, source: subject, inverted: false };
}

/**
 * Whether tokens [from, to) are a gerund phrase with no clause of its own, which sets the
 * scene of the sentence ("Speaking on local radio on Tuesday, Ms. Ford called …"), not what is
 * said ("Raising taxes is a bad idea, Trump said").
 */
function gerundScene(tk: readonly DocToken[], pack: LanguagePack, from: number, to: number): boolean {
  return to > from && isGerund(tk[from]!, pack) && !clauseInside(tk, pack, { first: from, last: to });
}
