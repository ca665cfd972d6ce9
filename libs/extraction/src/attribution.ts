import { isSpace, isUpperAt } from './char-classes';
import { cuesFor, SENTENCE_ADVERB, type CueLexicon } from './cue-lexicon';
import { gazetteer } from './gazetteer';
import { languagePack } from './lang/language-packs';
import { isFigureWord } from './quantities';
import { fold } from './normalize-text';
import { PhraseIndex, tokenize, type Token } from './phrase-index';

/** A cue found in a unit of text: a reporting verb or a prepositional cue. */
export interface Cue {
  start: number;
  end: number;
  denies: boolean;
  prepositional: boolean;
}

/**
 * One attribution in a unit of text, before its source is resolved: where the source
 * phrase, the cue and the content stand. Offsets are relative to the unit.
 */
export interface Attribution {
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** The words that name the source ("agenția de presă KCNA din Coreea de Nord", "he"). */
  sourcePhrase: string;
  /** An object between the cue and "că"/"that", the subject of the content ("a acuzat Nordul că"). */
  objectPhrase?: string;
  cue: Cue;
  /** Found by a language pack's cue model and grammar: a source it cannot resolve is described, not dropped. */
  learned?: boolean;
  /** How the grammar read it, where a pack's stages do not: a passive with its agent, or a verb whose object is the content. */
  reading?: 'passive' | 'object';
}

interface CompiledCues {
  /** Verbs whose object is the content when no "că" follows (Romanian). */
  objectCues: Set<string>;
  /** Every word that may end a verb cue or start a prepositional one: other words are passed over at once. */
  triggers: Set<string>;
  /** Any trigger after a word boundary (\b) of a folded text (global: exec from lastIndex 0). */
  anyTrigger: RegExp;
  /** Any trigger as a whole word of a folded text, as words are cut here (for texts with "_"). */
  anyTriggerExact: RegExp;
  participles: PhraseIndex;
  finite: PhraseIndex;
  auxiliaries: PhraseIndex;
  adverbs: PhraseIndex;
  preps: PhraseIndex;
  denials: Set<string>;
  auxiliaryRequired: boolean;
  complementizer: RegExp;
  negated: RegExp;
  refused: RegExp;
  /** The last letters of the refusals, in lower case, where ASCII: a text ending in another ASCII character ends in none. */
  refusalEnds: Set<number>;
  zeroComplementizer: boolean;
}

const LETTER = '\\p{L}\\p{N}';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const words = (list: readonly string[]) =>
  `(?<![${LETTER}])(?:${[...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})(?![${LETTER}])`;

// Romanian verbs that take what was said as their object: "a confirmat prezența trupelor",
// "a anunțat amenzi de 2 milioane de lei", "a estimat pierderile la 3%".
const OBJECT_CUES_RO = ['confirmat', 'confirmă', 'anunțat', 'anunță', 'raportat', 'raportează', 'estimat', 'estimează'];
OBJECT_CUES_RO.push('semnalat', 'dezvăluit', 'recunoscut', 'recunoaște', 'calificat', 'catalogat');

const compiled = new Map<string, CompiledCues>();
function compile(lang: string): CompiledCues {
  const key = lang === 'ro' ? 'ro' : 'en';
  const hit = compiled.get(key);
  if (hit) return hit;
  const lex: CueLexicon = cuesFor(key);
  const lastWord = (p: string) => fold(p).split(/\s+/).pop()!;
  const c: CompiledCues = {
    triggers: new Set([
      ...lex.participles.map(lastWord),
      ...lex.finite.map(lastWord),
      ...lex.prepositional.map((p) => fold(p).split(/\s+/)[0]!),
    ]),
    anyTrigger: /$^/,
    anyTriggerExact: /$^/,
    participles: new PhraseIndex(lex.participles),
    finite: new PhraseIndex(lex.finite),
    auxiliaries: new PhraseIndex(lex.auxiliaries),
    adverbs: new PhraseIndex(lex.adverbs),
    preps: new PhraseIndex(lex.prepositional),
    denials: new Set(lex.denials.map(fold)),
    // Romanian participles need their auxiliary ("a declarat"); English ones stand alone too.
    auxiliaryRequired: key === 'ro',
    complementizer: new RegExp(`^\\s*,?\\s*${words(lex.complementizers)}`, 'iu'),
    negated: /(?:^|[\s])(?:nu|not|never|niciodată|nici)(?:\s|$)|n't|(?:^|\s)n-(?:a|au)(?:\s|$)/iu,
    refused: new RegExp(`${words(lex.refusals)}\\s*$`, 'iu'),
    refusalEnds: new Set(lex.refusals.map((r) => r.toLowerCase().charCodeAt(r.length - 1)).filter((c) => c < 0x80)),
    zeroComplementizer: key === 'en',
    // Romanian cues whose object is what was said: "a confirmat prezența trupelor".
    objectCues: new Set(key === 'ro' ? OBJECT_CUES_RO.map(fold) : []),
  };
  // Verbs are looked for by their last word; a prepositional cue of several words by the
  // whole phrase ("in the words of", "după cum a declarat"), as its first word alone ("in",
  // "după", "as") is in most sentences.
  const verbs = [...lex.participles, ...lex.finite].map(lastWord);
  const preps = lex.prepositional.map((p) => fold(p).split(/\s+/).join(' '));
  const alternation = [...new Set([...verbs, ...preps])]
    .flatMap((t) => (t.includes("'") ? [t, t.replace(/'/g, '’')] : [t]))
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
  c.anyTrigger = new RegExp(`\\b(?:${alternation})(?![a-z0-9'’-])`, 'g');
  c.anyTriggerExact = new RegExp(`(?<![a-z0-9'’-])(?:${alternation})(?![a-z0-9'’-])`, 'g');
  compiled.set(key, c);
  return c;
}

/**
 * Where a text may hold a cue: [start, end] pairs of the words that end a reporting
 * verb or start a prepositional cue. Most sentences of an article hold none and are
 * passed over without being cut into tokens. `folded` is the text folded as `fold`
 * does (same length). One regular expression over plain letters: the words of a folded
 * text are lower-case ASCII in Romanian and English, and a narrower class of word
 * characters only finds more word boundaries, never fewer, so no token that is a
 * trigger is missed (tokens found here are still checked against the lexicon).
 */
export function cueCandidates(folded: string, lang: string): number[] {
  const c = compile(lang);
  const out: number[] = [];
  // "\b" is much cheaper to test at every position than a look behind. A folded text has
  // no capitals, so without "_" it stands before every word start of ours, and also after
  // an apostrophe or hyphen, where a match is dropped and the search goes on inside it.
  const exact = folded.includes('_');
  const re = exact ? c.anyTriggerExact : c.anyTrigger;
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const before = m.index > 0 ? folded.charCodeAt(m.index - 1) : 0;
    if (!exact && (before === 0x27 || before === 0x2019 || before === 0x2d)) re.lastIndex = m.index + 1;
    else out.push(m.index, m.index + m[0].length);
  }
  return out;
}

/** Reporting verbs (with their auxiliaries and adverbs) and prepositional cues, found word by word. */
function findCues(text: string, tokens: readonly Token[], c: CompiledCues, candidates?: readonly number[]): Cue[] {
  const cues: Cue[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (candidates) {
      // Only tokens where a trigger was seen are looked up.
      while (next < candidates.length && candidates[next]! < t.start) next++;
      if (candidates[next] !== t.start) continue;
    }
    if (!c.triggers.has(t.key)) continue;
    const prep = c.preps.startingAt(tokens, i);
    // "the United States", "Says Law": a capitalised verb inside a sentence is part of a name.
    if (!prep && i > 0 && isUpperAt(text, t.start)) continue;
    // "The claims were rejected", "its reports": after a determiner, a noun (English).
    if (!prep && i > 0 && !c.auxiliaryRequired && DETERMINER_WORDS.has(tokens[i - 1]!.key)) continue;
    if (prep) {
      cues.push({ start: t.start, end: tokens[i + prep - 1]!.end, denies: false, prepositional: true });
      i += prep - 1;
      continue;
    }
    const finite = c.finite.endingAt(tokens, i);
    const participle = finite ? 0 : c.participles.endingAt(tokens, i);
    if (!finite && !participle) continue;
    let first = i - (finite || participle) + 1;
    if (participle) {
      // Walk back over at most two adverbs, then the auxiliary.
      let k = first - 1;
      for (let n = 0; n < 2 && k >= 0; n++) {
        const adv = c.adverbs.endingAt(tokens, k);
        if (!adv) break;
        k -= adv;
      }
      const aux = k >= 0 ? c.auxiliaries.endingAt(tokens, k) : 0;
      if (aux) first = k - aux + 1;
      else if (c.auxiliaryRequired) continue;
    }
    cues.push({ start: tokens[first]!.start, end: t.end, denies: c.denials.has(t.key), prepositional: false });
  }
  return cues;
}

// Adverbials that may stand between a cue and what follows it: ", joi,", "on Friday", "în repetate rânduri".
const ADVERBIAL =
  /^(?:\s*,?\s*(?:(?:on|last|this|pe)\s+)?(?:luni|marți|miercuri|joi|vineri|sâmbătă|duminică|ieri|astăzi|azi|recent|ulterior|anterior|în repetate rânduri|de asemenea|sub protecția anonimatului|sub rezerva anonimatului|on condition of anonymity|speaking on condition of anonymity|săptămâna trecută|luna trecută|săptămâna aceasta|la începutul săptămânii|last week|last month|this week|earlier this week|earlier this month|earlier this year|late last week|în schimb|însă|totuși|la rândul (?:său|ei|lor)|however|in turn|instead|meanwhile|într-un comunicat|într-o declarație|printr-un comunicat|printr-o declarație|printr-o postare|printr-un mesaj|într-o conferință de presă|într-un interviu|(?:pentru|for|to|told) [\p{L}\p{N}-]+(?![\p{L}\p{N}])|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|(?:on|pe|la|în data de)\s+\d{1,2}\s+(?:ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie)|on\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)\s+\d{1,2}(?:st|nd|rd|th)?|(?:seara|dimineața|dimineață|după-amiază|după-amiaza|noaptea|la prânz|evening|morning|night|afternoon)|repeatedly|also|earlier|later|again|in a statement|in an interview|at a news conference|at a press conference|on (?:social media|television|state television|state tv|x|twitter|telegram))\s*,?)+/iu;
// An object between a cue and its complementizer: "a acuzat Nordul că", "told reporters that".
// The object never starts with the complementizer itself: in "said that Kyiv had intelligence
// that …", the first "that" opens the content.
const OBJECT_BEFORE_COMPLEMENTIZER = /^\s*(?!(?:că|that|ca)\s)(?:[\p{L}.'-]+\s+){1,5}?(?=(?:că|that|ca)(?![\p{L}]))/iu;
// A noun phrase after a cue, up to the next clause boundary; a name in apposition may follow a comma.
const NP_AFTER = /^\s*([^,.;:!?"]+?(?:,\s*\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){0,3})?)\s*(?=[,.;:!?"]|$)/u;
// An auxiliary inside what follows a cue makes it a clause, not the source's name.
const AUXILIARY = /\s(?:had|has|have|was|were|is|are|will|would|could|can|did|does|may|might|au|va|vor|ar|este|sunt|era|erau|s-a|s-au)\s/iu;
// A figure or a quantifier after a cue starts the content, never the source's name.
const FIGURE_START =
  /^\s*(?:\d|(?:about|around|some|more|less|fewer|at least|nearly|almost|over|up to|roughly|approximately|between|only|just|aproximativ|circa|peste|cel puțin|aproape|între|doar)(?![\p{L}]))/iu;
// "In a commentary on Monday, it accused …": where or when, not what was said.
const SETTING = /^\s*(?:in|on|at|during|after|before|în|la|pe|după|într-un|într-o)\s+(?:\S+\s+){0,5}\S+\s*$/iu;
// "Speaking to reporters on Wednesday, Austin said …", "Asked about the reports, Peskov
// said …", "Întrebat despre acest lucru, ministrul a spus …": a participle clause sets the scene.
const PARTICIPLE_LEAD =
  /^\s*(?:speaking|asked|writing|responding|commenting|addressing|answering|testifying|briefing|vorbind|întrebat|întrebată|întrebați|răspunzând|referindu-se|comentând)(?![\p{L}])[^,]*,?\s*$/iu;
const PRONOUN_START = /^\s*(?:it|he|she|they|we|i|you|el|ea|ei|ele|noi|acesta|aceasta)\s/iu;
// Clause boundaries before a subject: punctuation, quotes, conjunctions.
const isBoundaryMark = (c: number) => c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x28; // , ; : — (
const CONJUNCTIONS = [
  ...['după ce', 'dupa ce', 'în timp ce', 'in timp ce', 'iar', 'însă', 'insa', 'dar', 'deși', 'desi', 'că', 'ca'],
  ...['after', 'while', 'when', 'and', 'but', 'although', 'as', 'that', 'because'],
];

// Conjunctions after which a second verb shares the first one's subject ("denied X, but said Y").
const COORDINATING = new Set(['iar', 'and', 'but', 'dar', 'însă', 'insa']);
// The conjunctions by their first word: a space is followed by at most one of them.
const CONJUNCTIONS_BY_FIRST_WORD = new Map<string, string[]>();
for (const w of CONJUNCTIONS) {
  const first = w.split(' ')[0]!;
  CONJUNCTIONS_BY_FIRST_WORD.set(first, [...(CONJUNCTIONS_BY_FIRST_WORD.get(first) ?? []), w]);
}
const CONJUNCTION_INITIALS = new Set(
  [...CONJUNCTIONS_BY_FIRST_WORD.keys()].flatMap((w) => [w, w.toUpperCase()]).map((w) => w.charCodeAt(0)),
);
const LONGEST_FIRST_WORD = Math.max(...[...CONJUNCTIONS_BY_FIRST_WORD.keys()].map((w) => w.length));

/** The conjunction that starts at `at` and is followed by a space, if any. */
function conjunctionAt(text: string, at: number): string | undefined {
  if (!CONJUNCTION_INITIALS.has(text.charCodeAt(at))) return undefined;
  const n = text.length;
  let end = at;
  while (end < n && end - at <= LONGEST_FIRST_WORD && !isSpace(text.charCodeAt(end))) end++;
  if (end === at || end - at > LONGEST_FIRST_WORD) return undefined;
  const phrases = CONJUNCTIONS_BY_FIRST_WORD.get(text.slice(at, end).toLowerCase());
  if (!phrases) return undefined;
  return phrases.find(
    (w) => at + w.length < n && isSpace(text.charCodeAt(at + w.length)) && text.slice(at, at + w.length).toLowerCase() === w,
  );
}

/**
 * Where the clauses before a cue end, left to right: after , ; : — ( after a quote and a
 * space, after a conjunction between spaces. What the expression
 * `(?:^|[,;:—(]|"\s|\s(?:conjunctions)\s)` finds with matchAll (its empty match at 0
 * passes over a mark there), written as a scanner: it runs for every cue.
 */
export function subjectBoundaries(text: string): { end: number; conjunction?: string }[] {
  const out: { end: number; conjunction?: string }[] = [];
  const n = text.length;
  let p = 1;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (isBoundaryMark(c)) {
      out.push({ end: p + 1 });
      p++;
    } else if (c === 0x22 && p + 1 < n && isSpace(text.charCodeAt(p + 1))) {
      out.push({ end: p + 2 });
      p += 2;
    } else if (isSpace(c)) {
      const conjunction = conjunctionAt(text, p + 1);
      if (conjunction) {
        out.push({ end: p + conjunction.length + 2, conjunction });
        p += conjunction.length + 2;
      } else p++;
    } else p++;
  }
  return out;
}

// A clause set off by commas between a subject and its cue: a relative clause ("care
// s-a întâlnit cu liderii", "who met them") or a participle ("speaking on condition of
// anonymity", "citând surse", "vorbind sub protecția anonimatului").
const ASIDE = /^\s*(?:care|ce|who|which|whose|cel care|cea care|\p{L}+ing|\p{L}+ând|\p{L}+ind|quoted|cited|citat|citată|citați|citate)\s/iu;
/**
 * The segment before a participle or relative clause set off by commas right before a
 * cue ("A South Korean official" in "A South Korean official, speaking on condition of
 * anonymity, said"), or null. Found by the last commas rather than an expression: it is
 * asked at every cue.
 */
function subjectAndAside(before: string): string | null {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  if (end === 0 || before.charCodeAt(end - 1) !== 0x2c) return null;
  const open = before.lastIndexOf(',', end - 2);
  if (open < 0 || !ASIDE.test(before.slice(open + 1, end - 1))) return null;
  let start = Math.max(0, open - SUBJECT_WINDOW);
  for (const mark of SEGMENT_MARKS) start = Math.max(start, before.lastIndexOf(mark, open - 1) + 1);
  const segment = before.slice(start, open);
  return segment.trim() ? segment : null;
}
const SEGMENT_MARKS = [',', ';', ':', '"', '—', '('];
const RELAYED_BY = /^(?:citat de|citată de|citați de|citate de|quoted by|as quoted by|cited by)$/iu;
const SOURCE_RELATIVE = /^\s*,\s*(?:care|who|which)\s[^,;.]*(?=,)/iu;
const CITING = /^(?:citing|quoting|citând|invocând)\s/iu;
const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'such', 'any', 'no', 'new']);
const DENIAL_OBJECT_END = /,?\s+(?:but|yet|dar|însă|insa)\s/iu;
// An aside between commas after a cue, before its content ("a anunțat, într-un comunicat
// publicat marți, că …"; what may follow it: contentAfterAside).
const COMMA_ASIDE = /^\s*,[^,;:"]{1,80},\s*/u;
// A passive cue ("were told", "was asked"), which an infinitive's "to" may follow.
const PASSIVE_CUE = /^(?:is|are|was|were|been|being|be)\s+\p{L}+$/iu;
// A passive's auxiliary, and its agent after the participle.
const PASSIVE_AUXILIARY = /^(?:a fost|au fost|was|were|is|are|has been|have been|had been)\s/iu;
// ("semnalat de a fi trecut …": "de a" opens an infinitive, the passive's complement, not its agent.)
const PASSIVE_AGENT = /^\s+(?:de către|de(?!\s+a\s)|by)\s+([^,.;:!?"]+?)\s*(?=[,.;:!?"]|$)/iu;
// A relative pronoun, then the source: "which Seoul", "pe care Moscova".
const RELATIVE_SOURCE = /^\s*(?:which|that|care|ce|pe care)\s+(\S[^,]*?)\s*$/iu;
// A phrase, then a capitalised name set off by commas, right before a cue.
const APPOSITION_BEFORE = /^\s*([^,;:"—(]+),\s*\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+){1,3}\s*,\s*$/u;
const lastWordOf = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
// The start of a name with "for" or "of" in it, up to an "and" between capitalised words.
const NAME_BEFORE_AND = /\p{Lu}\p{Ll}+\s+(?:for|of|on|pentru|de)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)+(?:and|și|&)\s+$/u;
// A description after a name, set off by commas: "BYD, its Chinese rival, said".
const DESCRIPTION = /^\s*(?:its|their|his|her|the|a|an)\s/u;
// Where a clause's subject ends: its first verb. English finite forms and Romanian
// auxiliaries; the subject of "The Bank of England cut rates and said" is "The Bank of England".
const FIRST_VERB = {
  en: /^(?:has|have|had|is|are|was|were|will|would|could|can|did|does|do|cut|put|set|sold|made|took|gave|held|rose|fell|met|sent|won|lost|hit|kept|left|paid|saw|began|became|brought|bought|built|spent|\p{L}+ed)$/iu,
  ro: /^(?:a|au|va|vor|ar|este|sunt|era|erau|s-a|s-au|și-a|și-au|nu|se|o|îi|le|l-a|i-a)$/iu,
};

/**
 * Whether text[0, at) ends with a comma, perhaps with spaces after it: /,\s*$/ on that
 * slice, read backwards from `at` (the expression tried every comma from the start of a
 * window of hundreds of characters, for each segment of every subject).
 */
function commaEndsAt(text: string, at: number): boolean {
  let i = Math.min(at, text.length) - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text.charCodeAt(i) === 0x2c;
}

/** Whether a text is one name the gazetteer knows, a place or a body ("Moscow", "the Kremlin"), and nothing else. */
function knownName(text: string): boolean {
  const trimmed = text.trim().replace(/^the\s+/i, '');
  if (!isUpperAt(trimmed, 0) || trimmed.length > 60) return false;
  const mentions = gazetteer().findMentions(trimmed);
  return mentions.length === 1 && mentions[0]!.start === 0 && mentions[0]!.end === trimmed.length;
}

function subjectBefore(before: string, lang: 'ro' | 'en'): { start: number; text: string } {
  const starts = [0];
  // The conjunction that opens each segment, if any.
  const conjunctions: (string | undefined)[] = [undefined];
  for (const b of subjectBoundaries(before))
    if (b.end > starts[starts.length - 1]!) {
      starts.push(b.end);
      conjunctions.push(b.conjunction);
    }
  let k = starts.length - 1;
  // "Moscow and Pyongyang deny …": two places or bodies joined by "and" are one subject,
  // as "Moscova și Phenianul" is in Romanian (whose "și" is no boundary); the first speaks.
  if (
    k > 0 &&
    conjunctions[k] === 'and' &&
    knownName(before.slice(starts[k]!)) &&
    knownName(before.slice(starts[k - 1]!, starts[k]!).replace(/\s+and\s*$/i, ''))
  )
    return { start: starts[k - 1]!, text: before.slice(starts[k - 1]!) };
  // "…, head of the council, who estimated that …": the relative pronoun is the subject,
  // standing for the source just named.
  if (k > 0 && /^\s*(?:who|which|care)\s*$/iu.test(before.slice(starts[k]!))) return { start: starts[k]!, text: before.slice(starts[k]!) };
  const segment = (i: number) => before.slice(starts[i]!, i + 1 < starts.length ? starts[i + 1] : before.length);
  // "Ministrul Energiei, Sebastian Burduja, a declarat": the segment before the cue is
  // empty; the subject is the name, with the role it stands in apposition to.
  // "Iohannis, care s-a întâlnit cu liderii, a transmis…", "Ciolacu, who met them, said…",
  // "A senior official, speaking on condition of anonymity, said…": a clause between the
  // subject and its cue is passed over, as is an empty segment.
  let coordinated = false;
  let end = before.length;
  // '… called the decision "a provocation" and said': a conjunction alone after a quote.
  const onlyConjunction = (i: number) => /^\s*(?:and|și|iar|but|dar|însă)\s*$/iu.test(before.slice(starts[i]!));
  while (
    k > 0 &&
    (!/\p{L}/u.test(before.slice(starts[k]!)) ||
      onlyConjunction(k) ||
      (ASIDE.test(before.slice(starts[k]!)) && commaEndsAt(before, starts[k]!)))
  ) {
    const empty = !/\p{L}/u.test(before.slice(starts[k]!)) || onlyConjunction(k);
    coordinated ||= (COORDINATING.has(conjunctions[k] ?? '') && empty) || onlyConjunction(k);
    // The aside is no part of the subject's words.
    if (!empty) end = starts[k]!;
    k--;
  }
  // (Only where a comma closes the phrase before the cue, as an apposition's does: in "Early
  // on Tuesday, the ministry said" the comma closes a setting, and the subject follows it.)
  if (k > 0 && /,\s*$/.test(before) && commaEndsAt(before, starts[k]!) && wordCount(segment(k - 1), 5) <= 5) {
    const text = before.slice(starts[k]!);
    // "BYD, its Chinese rival, said": the name speaks, not its description.
    const lead = segment(k - 1);
    if (!SENTENCE_ADVERB.test(lead) && !SETTING.test(lead) && !PARTICIPLE_LEAD.test(lead)) {
      if (DESCRIPTION.test(text) && /^\s*\p{Lu}/u.test(lead)) return { start: starts[k - 1]!, text: lead };
      if (/^\s*\p{Lu}/u.test(text)) k--;
    }
  }
  // "the Center for Energy and Climate Studies said": "and" between the
  // capitalised words of a name with "for" or "of" in it joins them.
  while (k > 0 && /^\s*\p{Lu}/u.test(before.slice(starts[k]!)) && NAME_BEFORE_AND.test(before.slice(starts[k - 1]!, starts[k]!))) k--;
  const text = before.slice(starts[k]!, end);
  // "Purtătoarea de cuvânt, Maria Pop, a calificat decizia drept o provocare și a afirmat …":
  // the first verb has no subject of its own here; the subject stands before it.
  if (coordinated && k > 0 && FIRST_VERB[lang].test(text.trim().split(/\s+/)[0] ?? ''))
    return subjectBefore(before.slice(0, starts[k]!), lang);
  // "The Bank of England cut rates to 4.25% and said …": the subject of the first verb.
  if (coordinated) {
    const words = text.trim().split(/\s+/);
    const verb = words.findIndex((w, i) => i > 0 && FIRST_VERB[lang].test(w));
    if (verb > 0 && verb <= 6) return { start: starts[k]!, text: words.slice(0, verb).join(' ') };
  }
  return { start: starts[k]!, text };
}

/** The first word of a text, in lower case ('' when a letter does not open it). */
function firstWord(text: string): string {
  return /^\s*(\p{L}[\p{L}'’-]*)/u.exec(text)?.[1]!.toLowerCase() ?? '';
}

/** The last word of a text, in lower case (a run of non-spaces). */
function lastWordBefore(text: string): string {
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/**
 * Whether the word before a cue makes it a noun ("in states like Ohio", "the claims", "two states"):
 * the pack's noun markers; no finite verb follows an article or a preposition. A
 * preposition may also end a relative clause before its verb ("Everyone I spoke with
 * said the plan …"): where a noun phrase or a clause follows the cue, it is a verb.
 */
function nounReading(before: string, text: string, cue: Cue, lang: string): boolean {
  const pack = languagePack(lang);
  if (!pack) return false;
  const word = lastWordBefore(before);
  // "two states", "11 reports", "several states": a count or a quantifier before a plural names things.
  if (
    (/^\d/.test(word) || isFigureWord(word) || pack.quantifiers.has(word)) &&
    (pack.pluralEndings ?? []).some((e) => text.slice(cue.start, cue.end).toLowerCase().endsWith(e))
  )
    return true;
  if (!pack.nounMarkers?.has(word)) return false;
  if (!pack.prepositions.has(word)) return true;
  const after = text.slice(cue.end, cue.end + 40);
  const next = firstWord(after);
  const opensPhrase =
    /^\s*["“\p{Lu}]/u.test(after) || pack.determiners.has(next) || pack.pronouns.has(next) || pack.complementizers.has(next);
  return !opensPhrase;
}

/**
 * Whether a text opens with a subject pronoun and a word that is no preposition: a clause
 * ("it would cooperate"), not an object ("it in a speech").
 */
function subjectClause(text: string, lang: string): boolean {
  const pack = languagePack(lang);
  const words = /^\s*(\p{L}+)\s+(\p{L}[\p{L}'’-]*)/u.exec(text);
  return (
    pack !== undefined && words !== null && pack.pronouns.has(words[1]!.toLowerCase()) && !pack.prepositions.has(words[2]!.toLowerCase())
  );
}

/** Whether what follows an aside after a cue opens its content: a complementizer, or (English drops it) a subject pronoun's clause. */
function contentAfterAside(text: string, lang: string): boolean {
  const pack = languagePack(lang);
  if (!pack) return false;
  return pack.complementizers.has(firstWord(text)) || (compile(lang).zeroComplementizer && subjectClause(text, lang));
}

/** Whether a text after a comma opens a clause of its own: a conjunction or a relative pronoun ("iar din 2010 …", "who did not …"). */
function opensOwnClause(text: string, lang: string): boolean {
  const pack = languagePack(lang);
  const w = firstWord(text);
  return pack !== undefined && (pack.clauseOpeners.has(w) || pack.relativePronouns.has(w) || (pack.coordinators?.has(w) ?? false));
}

/**
 * How far back from a cue its subject is looked for. A subject is a few words; reading
 * only the end of what precedes keeps a sentence of thousands of cues linear.
 */
const SUBJECT_WINDOW = 400;

/** subjectBefore over the text before `at`, read from at most SUBJECT_WINDOW characters back; offsets into `text`. */
function subjectNear(text: string, at: number, lang: string): { start: number; text: string } {
  const from = Math.max(0, at - SUBJECT_WINDOW);
  const subject = subjectBefore(text.slice(from, at), lang === 'ro' ? 'ro' : 'en');
  return { start: from + subject.start, text: subject.text };
}

/**
 * The number of words (runs of non-space characters) in a text, counted up to one more
 * than `atMost`: callers compare with a few, and texts may be long.
 */
function wordCount(s: string, atMost = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n <= atMost; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The start of a text with a closing full stop, quote or mark dropped (only the start of a long one is read). */
const withoutClose = (s: string) => (s.length > 200 ? s.slice(0, 200) : s.replace(/[.!?"]+\s*$/, ''));

/**
 * Whether a text may end in a refusal ("declined to", "a refuzat să"), by its last
 * character before any space: one in ASCII that ends no refusal (in either case) settles
 * it, with no look at the expression (whose look-behind is tried at every character).
 */
function mayEndRefused(text: string, c: CompiledCues): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const last = text.charCodeAt(i);
  return last >= 0x80 || c.refusalEnds.has(last >= 65 && last <= 90 ? last + 32 : last);
}

/**
 * Finds the attributions of one unit (a sentence, or sentences joined by an open
 * quotation). The source may stand before the cue ("X a declarat că Y", "X said Y"),
 * after the content ("Y, a informat X", "Y, X said") or around it ("Potrivit X, Y,
 * potrivit X"); denials may take an object instead of a clause ("X dismissed the
 * reports"). Negated cues and refusals ("did not confirm", "declined to comment") are
 * not attributions.
 */
export function findAttributions(
  text: string,
  lang: string,
  tokens: readonly Token[] = tokenize(text),
  /** Offsets of possible cue words (cueCandidates), when known. */
  candidates?: readonly number[],
): Attribution[] {
  const c = compile(lang);
  // "…a transmis că susține reformele": a reporting verb right after "că"/"that" is the
  // content's own verb, not a new attribution.
  const found = findCues(text, tokens, c, candidates);
  const cues = found.filter(
    (cue, i) =>
      cue.prepositional ||
      (!/(?:^|\s)(?:că|ca|that)\s*$/iu.test(text.slice(Math.max(0, cue.start - 6), cue.start)) && !embedded(text, found[i - 1], cue)),
  );
  const out: Attribution[] = [];
  const covered = (a: number, b: number) => out.some((d) => a < d.contentEnd && d.contentStart < b);
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i]!;
    const before = text.slice(0, cue.start);
    if (mayEndRefused(before, c) && c.refused.test(before.slice(-25))) continue;
    if (
      !cue.prepositional &&
      (c.negated.test(text.slice(cue.start, cue.end)) || /(?:^|\s)(?:nu|not|never|niciodată)\s*$|n't\s*$/iu.test(before.slice(-15)))
    )
      continue;
    if (!cue.prepositional && nounReading(before, text, cue, lang)) continue;
    const next = cues[i + 1];
    const after = text.slice(cue.end);

    if (cue.prepositional) {
      const np = NP_AFTER.exec(after);
      const phrase = np ? np[1]! : '';
      let npEnd = cue.end + (np ? np[0].length : 0);
      // "Lavrov, citat de agenția TASS, a declarat …": the agency relays; the subject speaks.
      if (RELAYED_BY.test(text.slice(cue.start, cue.end)) && next && !next.prepositional && /^\s*,/.test(text.slice(npEnd, next.start)))
        continue;
      // "Potrivit agenției Reuters, care citează oficiali americani, …": the relative clause
      // about the source is no part of the content.
      const about = SOURCE_RELATIVE.exec(text.slice(npEnd));
      if (about) npEnd += about[0].length;
      // (Only the end of a long text is read: a lead of more than two words is no "Potrivit X, Y".)
      const lead = before.slice(-200).replace(/[\s,]+$/, '');
      if (before.length <= 200 && wordCount(lead) <= 2) {
        // "Potrivit X, Y" — up to the end, or up to a closing "…, potrivit X."
        const closing = cues.find((k) => k.prepositional && k.start > npEnd);
        const contentEnd = closing ? closing.start : text.length;
        const end = closing ? closing.end + (NP_AFTER.exec(text.slice(closing.end))?.[0].length ?? 0) : text.length;
        out.push({ start: cue.start, end, contentStart: npEnd, contentEnd, sourcePhrase: phrase, cue });
        if (closing) i = cues.indexOf(closing);
      } else if (!covered(0, cue.start)) {
        // "Y, potrivit X."
        const from = out.length ? out[out.length - 1]!.end : 0;
        // "In the coming years, according to the central bank, the growth in debt is …": set
        // between commas, the cue leaves the content to go on after it (to the end, where no
        // cue follows). (Only the start of what follows is read: whether three words go on.)
        const more = /^\s*,\s*(.+)$/su.exec(text.slice(npEnd, npEnd + 200));
        // (A conjunction after the aside opens a clause of its own: "…, potrivit ANAF, iar din 2010 …".)
        const goesOn =
          more !== null &&
          /,\s*$/.test(before) &&
          wordCount(more[1]!, 3) >= 3 &&
          !opensOwnClause(more[1]!, lang) &&
          !cues.some((k) => k.start >= npEnd);
        const contentEnd = goesOn ? text.length : cue.start;
        out.push({ start: from, end: goesOn ? text.length : npEnd, contentStart: from, contentEnd, sourcePhrase: phrase, cue });
      }
      continue;
    }

    // "Acuzațiile au fost respinse de Kremlin", "The claims were rejected by Moscow": the
    // agent is the source, the subject what it confirmed or denied.
    const agent = PASSIVE_AUXILIARY.test(text.slice(cue.start, cue.end)) ? PASSIVE_AGENT.exec(after) : null;
    if (agent) {
      const subject = subjectNear(text, cue.start, lang);
      const end = cue.end + agent[0].length;
      if (subject.text.trim())
        out.push({
          start: subject.start,
          end,
          contentStart: subject.start,
          contentEnd: cue.start,
          sourcePhrase: agent[1]!,
          cue,
          reading: 'passive',
        });
      continue;
    }
    // "a anunțat, într-un comunicat publicat marți, că …": an aside between commas before "că".
    const aside = COMMA_ASIDE.exec(after);
    const asideBeforeThat = aside && contentAfterAside(after.slice(aside[0].length), lang) ? aside : null;
    const adv = asideBeforeThat ?? ADVERBIAL.exec(after);
    const rest = adv ? after.slice(adv[0].length) : after;
    const restAt = cue.end + (after.length - rest.length);
    const object = OBJECT_BEFORE_COMPLEMENTIZER.exec(rest);
    const comp = c.complementizer.exec(object ? rest.slice(object[0].length) : rest);
    const colon = /^\s*:\s*/.exec(rest);
    // (Read only where a reading uses it: most cues after their content never ask.)
    let subjectRead: { start: number; text: string } | undefined;
    const subjectOf = () => (subjectRead ??= subjectNear(text, cue.start, lang));

    const compStart = restAt + (comp ? (object ? object[0].length : 0) + comp[0].length : colon ? colon[0].length : 0);
    const compEnd = next && !next.prepositional && next.start > compStart ? clauseEnd(text, compStart, next, lang) : text.length;
    // "Poland rejects that view, …": after a denial, "that" before a word or two is a determiner.
    const determiner = comp !== null && !object && cue.denies && wordCount(withoutClose(text.slice(compStart, compEnd)), 3) < 3;
    if ((comp || colon) && !determiner) {
      // SOURCE cue [object] that/că CONTENT   |   SOURCE cue: CONTENT
      const contentStart = compStart;
      const contentEnd = compEnd;
      out.push({
        start: subjectOf().start,
        end: contentEnd,
        contentStart,
        contentEnd,
        sourcePhrase: subjectOf().text,
        cue,
        ...(comp && object ? { objectPhrase: object[0].trim() } : {}),
      });
      continue;
    }

    // CONTENT, SOURCE cue   |   CONTENT, cue SOURCE   |   "CONTENT," SOURCE cue
    const boundary = Math.max(before.lastIndexOf(','), before.lastIndexOf('"'), before.lastIndexOf('—'));
    const tail = boundary >= 0 ? before.slice(boundary + 1) : '';
    // "The deployment, which Seoul says began in October, marks …": the source stands in a
    // relative clause, and what it says runs to the end of that clause.
    const relative = RELATIVE_SOURCE.exec(tail);
    if (relative && boundary > 0 && wordCount(relative[1]!, 6) <= 6 && !c.complementizer.test(rest)) {
      const close = text.indexOf(',', restAt);
      const contentEnd = close > 0 ? close : text.length;
      if (wordCount(text.slice(restAt, contentEnd), 2) >= 2)
        out.push({ start: boundary + 1, end: contentEnd, contentStart: restAt, contentEnd, sourcePhrase: relative[1]!, cue });
      continue;
    }
    // (What the reading below needs is read only where it may apply: a comma or quotation
    // shortly before the cue, with no attribution over it.)
    if (boundary > 0 && wordCount(tail, 9) <= 9 && !covered(0, boundary)) {
      // "Ciolacu, who met them, said…": the comma closes a relative clause, not a content; so
      // does it a participle after a short subject with no verb ("A South Korean official,
      // speaking on condition of anonymity, said the deliveries continued").
      const aside = subjectAndAside(before);
      // "Purtătorul de cuvânt al Pentagonului, Sabrina Singh, a confirmat …": a title and the
      // name in apposition to it are the subject, not a content.
      const sinceLast = before.slice(out.length ? out[out.length - 1]!.end : 0);
      const apposition = sinceLast.length <= 300 ? APPOSITION_BEFORE.exec(sinceLast) : null;
      const relativeClause =
        /,\s*(?:who|which|whose|care|ce)\s[^,]*,\s*$/iu.test(before.slice(-SUBJECT_WINDOW)) ||
        (aside !== null && wordCount(aside) <= 6 && !AUXILIARY.test(` ${aside} `)) ||
        (apposition !== null && wordCount(apposition[1]!) <= 7 && !AUXILIARY.test(` ${apposition[1]} `) && !/\d/.test(apposition[1]!));
      const np = tail.trim() ? null : NP_AFTER.exec(rest);
      // "…, said the minister": the source after the cue is a short noun phrase, never a
      // clause ("…, said it sold 4.27 million", "…, said between 10 and 15 drones had struck").
      // '… called it "a provocation" and said …': a conjunction after a quote names nobody.
      const inverted =
        (tail.trim() !== '' && !/^\s*(?:and|și|iar|but|dar)\s*$/iu.test(tail)) ||
        (np !== null && wordCount(np[1]!, 8) <= 8 && !PRONOUN_START.test(np[1]!) && !FIGURE_START.test(np[1]!) && !AUXILIARY.test(np[1]!));
      // "Separately, the office said …", "In a commentary on Monday, it accused …": a sentence
      // adverb or a setting before the comma is no content.
      const contentBefore = text.slice(out.length ? out[out.length - 1]!.end : 0, boundary);
      // "Early on Tuesday, the ministry said it would appeal": a subject pronoun after the cue
      // opens what was said (English drops "that"); what stands before the comma sets the scene.
      // (Not after a quotation, which is the content: '"We will win," he said he told the crowd'.)
      const clauseAfter =
        c.zeroComplementizer &&
        tail.trim() !== '' &&
        before[boundary] !== '"' &&
        subjectClause(rest, lang) &&
        wordCount(withoutClose(rest), 3) >= 3;
      if (
        !relativeClause &&
        inverted &&
        !clauseAfter &&
        !SENTENCE_ADVERB.test(contentBefore) &&
        !SETTING.test(contentBefore) &&
        !PARTICIPLE_LEAD.test(contentBefore)
      ) {
        const sourcePhrase = tail.trim() ? tail : (np?.[1] ?? '');
        let end = tail.trim() ? restAt : restAt + (np ? np[0].length : 0);
        const from = out.length ? out[out.length - 1]!.end : 0;
        let contentEnd = boundary;
        // "Y1, X said, Y2": the content goes on after the attribution.
        // (Only the start of what follows is read: whether three words go on after the comma.)
        const more = /^\s*,\s*(.+)$/su.exec(text.slice(end, end + 200));
        // "…, Yonhap reported, citing government sources": where it has it from is no content.
        if (more && c.zeroComplementizer && wordCount(more[1]!, 3) >= 3 && !(next && next.start > end) && !CITING.test(more[1]!)) {
          contentEnd = text.length;
          end = text.length;
        }
        out.push({ start: from, end, contentStart: from, contentEnd, sourcePhrase, cue });
        continue;
      }
    }

    // SOURCE said CONTENT (English drops "that"), SOURCE denied OBJECT, SOURCE a confirmat OBJECT
    const objectCue = c.objectCues.size > 0 && c.objectCues.has(lastWordOf(fold(text.slice(cue.start, cue.end))));
    const least = cue.denies ? 1 : objectCue ? 2 : 3;
    if ((c.zeroComplementizer || cue.denies || objectCue) && subjectOf().text.trim() && wordCount(withoutClose(rest), least) >= least) {
      if (objectCue && !cue.denies && !c.zeroComplementizer && !/^\s*["\p{Ll}]/u.test(rest)) continue;
      if (!cue.denies && !/^\s*["\p{L}\p{N}]/u.test(rest)) continue;
      // "Drivers were told to avoid …", "was asked to leave": a passive cue before an infinitive
      // passes on an instruction, not a claim.
      if (PASSIVE_CUE.test(text.slice(cue.start, cue.end)) && /^\s+to\s/iu.test(text.slice(cue.end, cue.end + 12))) continue;
      // "told reporters" is no content: skip a short object that ends the sentence.
      let contentEnd = next && !next.prepositional && next.start > restAt ? clauseEnd(text, restAt, next, lang) : text.length;
      // "denied the arms transfers but vowed to deepen cooperation": what is denied ends at "but".
      if (cue.denies) {
        const but = DENIAL_OBJECT_END.exec(text.slice(restAt, Math.min(contentEnd, restAt + 300)));
        if (but) contentEnd = restAt + but.index;
      }
      out.push({
        start: subjectOf().start,
        end: contentEnd,
        contentStart: restAt,
        contentEnd,
        sourcePhrase: subjectOf().text,
        cue,
        ...(objectCue && !cue.denies ? { reading: 'object' as const } : {}),
      });
    }
  }
  return out;
}

/**
 * "X said the figures showed Y", "officials said Russia had told them": a reporting verb a
 * few words after another, with no punctuation between, is part of the first one's content.
 */
function embedded(text: string, prior: Cue | undefined, cue: Cue): boolean {
  if (!prior || prior.prepositional) return false;
  const between = text.slice(prior.end, cue.start);
  // "a calificat decizia drept o provocare și a afirmat": a second verb of the same subject.
  if (/\s(?:și|and|iar|but|dar)\s+(?:(?:a|au|has|have|had|also|then|apoi|mai)\s+)*$/iu.test(between)) return false;
  return wordCount(between, 5) <= 5 && !/[,.;:!?"(]/.test(between);
}

/** The end of a content clause that a later cue in the same unit starts its own attribution after. */
function clauseEnd(text: string, from: number, next: Cue, lang: string): number {
  const between = text.slice(from, next.start);
  const cut = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'));
  // "… a negat informațiile, iar ambasadorul Rusiei, Vasili Nebenzia, a afirmat …": the
  // content ends where the next cue's subject begins, with the conjunction before it.
  const subject = subjectNear(text, next.start, lang);
  if (subject.start > from && subject.start < from + cut) {
    const lead = /[,;]\s*(?:(?:and|but|while|whereas|iar|și|dar|însă|în timp ce)\s+)?$/iu.exec(text.slice(from, subject.start));
    if (lead) return subject.start - lead[0].length;
  }
  const end = cut > 0 ? from + cut : next.start;
  // "… drept o provocare și a afirmat …": the conjunction before the second verb is neither's.
  const conjunction = /\s+(?:și|and|iar|but|dar)\s*$/iu.exec(text.slice(from, end));
  return conjunction ? end - conjunction[0].length : end;
}
