import type { CueModel, LanguagePack } from '../language-pack';
import { calendarWords } from '../locale-words';
import commonWords from './common-words.json';
import cueOrder from './cue-order.json';
import cueModel from './cue-model.json';

// Closed-class words of English grammar (auxiliaries, prepositions, determiners,
// conjunctions and relative pronouns), as any grammar lists them.
const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
// Days named from the day of writing.
const RELATIVE_DAYS = words('today yesterday tomorrow tonight');
// The forms of "call", as a dictionary inflects it.
const CALL = words('call calls called calling');

export const english: LanguagePack = {
  code: 'en',
  complementizers: words('that'),
  prepositionalCues: [
    ['according', 'to'],
    ['in', 'the', 'words', 'of'],
    ['as', 'reported', 'by'],
  ],
  betweenSubjectAndCue: words(
    "has have had will would also previously later then again further repeatedly recently once now often still has've 's did does do is was are were been being had've",
  ),
  prepositions: words('in on at to for from during after before with by about over under into upon since amid while as of via'),
  conditionals: words('if unless'),
  clauseJoiners: words('and or but'),
  futureSubordinators: words('if unless when until before after once'),
  clauseOpeners: words(
    'and but or so because while although though when where who whom which whose if as than then yet after before since',
  ),
  determiners: words('the a an this that these those his her its their our my your some several many another one two three neither either'),
  pronouns: words('he she they it we i you'),
  nameJoiners: words('of for and the & de van von'),
  quantifiers: words('few many some most several all none both others'),
  refusals: words('declined declines decline refused refuses refuse failed fails'),
  infinitiveMarkers: words('to'),
  relativePronouns: words('which who whom whose'),
  freeRelatives: words('what whatever'),
  titleVerbEndings: ['s'],
  rules: words('law rule regulation statute article section clause'),
  ruleEndings: ['', 's'],
  headFinal: true,
  commonWords: new Set(commonWords.words),
  commonNameWords: new Set(commonWords.nameWords),
  gerundEndings: ['ing'],
  pastEndings: ['ed'],
  // The simple past of English irregular verbs in common use, as grammars list them.
  irregularPasts: words(
    'began became brought built bought came chose drew drank drove ate fell felt fought found flew forgot forgave froze got gave went grew hung heard held hid kept knew laid led left lent let lay lost made meant met paid put quit read rode rang rose ran said saw sought sold sent set shook shot showed shut sang sat slept spoke spent spun stood stole stuck struck swore swept swam took taught tore told thought threw understood woke wore won withdrew wrote',
  ),
  // The auxiliaries of the future and of the future seen from the past ("said it would"),
  // the modals of what may come ("could be concluded in October"), and the phrases of
  // what is to come ("going to", "is likely to wrap up in June").
  futureMarkers: new Set([
    ...words("will would shall won't wouldn't 'll could might"),
    'going to',
    'likely to',
    'expected to',
    'set to',
    'scheduled to',
    'scheduled for',
    'slated to',
    'slated for',
    'plans to',
    'plan to',
    'intends to',
    'aims to',
  ]),
  pastModals: new Set(['could not', "couldn't", 'could have', "could've", 'would have', "would've", 'might have', "might've"]),
  nonInvertingCues: new Set(cueOrder.nonInverting),
  addresseeCues: new Set(cueOrder.addressed),
  seldomCues: new Set(cueOrder.seldomCues),
  honorifics: { female: words('mrs. mrs ms. ms miss'), male: words('mr. mr') },
  // English adverbs from adjectives: wrong-ly, optimistic-ally, angr-ily (angry).
  adverbEndings: [
    ['ly', ''],
    ['ally', ''],
    ['ily', 'y'],
  ],
  timeWords: new Set([...calendarWords('en'), ...words('week weekend month year day morning afternoon evening night'), ...RELATIVE_DAYS]),
  relativeDays: RELATIVE_DAYS,
  timeModifiers: words('past last next early late earlier later this that'),
  // ("five years after a trial", "10 years before it was lifted" are durations: no "before", "after".)
  relativeTime: { after: ['ago', 'later', 'earlier'], before: [] },
  negations: words("not n't never didn't doesn't don't hasn't haven't hadn't won't wouldn't"),
  // Articles, possessives and prepositions of a noun phrase (not "to", which opens an
  // infinitive, nor "after", "before", "since", "while" or "as", which open clauses).
  nounMarkers: words('the a an his its their our my your of in on at for from with about into upon amid via during'),
  pluralEndings: ['s'],
  singularEndings: ['ss', 'us', 'is', 'ous', 'ics'],
  irregularPlurals: words('people men women children feet teeth mice police personnel aircraft'),
  definiteArticles: words('the'),
  auxiliaries: words('is are was were be been being has have had do does did'),
  modals: words('may might can could will would shall should must cannot'),
  asMarkers: words('as'),
  focusParticles: words('even only also just especially particularly notably including'),
  agentPrepositions: words('by'),
  passiveAuxiliaries: words('is are was were be been being'),
  accusationCues: words('accused accuses accuse accusing blamed blames blame blaming'),
  accusationLinks: words('of for'),
  denialCues: words('denied denies deny denying rejected rejects reject dismissed dismisses refuted refutes disputed disputes'),
  // Phrasal verbs of saying whose object, opened by a preposition, is what was said (a
  // dictionary's "call for", demand; "call on", urge): "called for a ban", "called on Congress to act".
  contentPrepositions: new Map([
    ['for', { verbs: CALL, infinitive: false }],
    ['on', { verbs: CALL, infinitive: true }],
  ]),
  cueModel: cueModel as CueModel,
};
