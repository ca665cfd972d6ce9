import type { LinearModel } from '../learn/averaged-perceptron';
import type { PredicateModel } from '../learn/predicates';

/** A trained cue model: which words may be cues, and the weights that decide each use. */
export interface CueModel extends LinearModel {
  /** Words (lower case) that are cues often enough to be tried. */
  candidates: string[];
}

/**
 * What the engine knows of one language, behind one interface (as spaCy keeps
 * `lang/ro`, `lang/en`). Word lists here are grammar (function words, cue words), each
 * with where it came from; knowledge of the world (names, places) comes from data.
 */
export interface LanguagePack {
  code: string;
  /** Words that open reported content: "that", "că". */
  complementizers: ReadonlySet<string>;
  /** Cues whose object is the source: "according to X", "potrivit lui X" (token sequences). */
  prepositionalCues: readonly (readonly string[])[];
  /** Auxiliaries and adverbs that stand between a subject and its cue ("has", "also", "a"). */
  betweenSubjectAndCue: ReadonlySet<string>;
  /** Prepositions: a phrase they open after a cue is an adjunct, not the content ("said in a statement"). */
  prepositions: ReadonlySet<string>;
  /** Words that end a subject when walking back from a cue ("and", "but", "who"). */
  clauseOpeners: ReadonlySet<string>;
  /** Noun phrases end with their head ("law enforcement officials" are officials): English, not Romanian. */
  headFinal?: boolean;
  /** Coordinating conjunctions among them that open a clause after a comma, not an aside ("iar", "dar"; not "și", which joins lists). */
  coordinators?: ReadonlySet<string>;
  /** The word for "and" ("și"), which joins two predicates of one subject before a cue's verb group: "a vizitat fabrica și a declarat". */
  andWords?: ReadonlySet<string>;
  /** Words that join two parts of one clause, which may share its auxiliary ("will rise and peak in November"). */
  clauseJoiners?: ReadonlySet<string>;
  /** Words opening a condition or a time clause, which takes the present for the future ("if", "when"; "dacă", "când"). */
  futureSubordinators?: ReadonlySet<string>;
  /** Determiners: a phrase they open after a cue names the speaker ("said the minister"). */
  determiners: ReadonlySet<string>;
  /** Personal pronouns that can be subjects ("he", "ea"). */
  pronouns: ReadonlySet<string>;
  /** Lower-case words inside names ("of" in "Union of Ohio", "de" in "Coreea de Sud"). */
  nameJoiners: ReadonlySet<string>;
  /** Quantifiers that name nobody when they stand alone as a subject ("few", "mulți"). */
  quantifiers: ReadonlySet<string>;
  /** Verbs of refusing: with an infinitive cue after them, nothing is claimed ("declined to say"). */
  refusals: ReadonlySet<string>;
  /** What marks an infinitive ("to", "să", "a"). */
  infinitiveMarkers: ReadonlySet<string>;
  /** Relative pronouns: a cue in a relative clause governs only that clause ("which Norway says began …,"). */
  relativePronouns: ReadonlySet<string>;
  /**
   * Pronouns that open a free relative clause ("what"): in "what X said" the cue's object is
   * that pronoun, so the cue reports a content only where a colon or a quotation opens one,
   * or "that" after a copula ("What X said was that …").
   */
  freeRelatives?: ReadonlySet<string>;
  /** Endings a verb takes in a title-case headline ("Defends": "-s"), so that its stem, a common word, shows it is no name. */
  titleVerbEndings?: readonly string[];
  /** Negations before a verb ("not", "never", "nu"). */
  negations: ReadonlySet<string>;
  /**
   * Words after which a cue word is a noun, never a finite verb: articles, possessives and
   * prepositions that take a noun phrase ("in states like Ohio", "the claims", "of reports").
   * (Left out where a verb form may follow one: Romanian's supine, "de spus".)
   */
  nounMarkers?: ReadonlySet<string>;
  /** Beginnings of words for rules and legal texts: "according to" one is no attribution ("potrivit legii"). */
  rules?: ReadonlySet<string>;
  /** What may follow such a beginning, where a language inflects its rule words little ("laws": not "lawyers", "lawmakers"); unset, anything may. */
  ruleEndings?: readonly string[];
  /**
   * Prepositions that make a prepositional cue word an adjective ("conform cu hotărârea",
   * "potrivit cu": in line with a standard met, not according to anyone).
   */
  adjectivalCueLinks?: ReadonlySet<string>;
  /** Modal verbs: a cue right after one is no statement ("poate afirma", "se putea spune"). */
  modals?: ReadonlySet<string>;
  /** Adverbs a preposition opens ("de asemenea", "la fel"): after a verb, no object of its. */
  prepositionalAdverbs?: ReadonlySet<string>;
  /** Reflexive markers that make a cue impersonal: "se spune că", "s-a anunțat" name no source. */
  impersonal?: ReadonlySet<string>;
  /** The subject often follows its verb ("a declarat ministrul că …"). */
  subjectFollowsCue?: boolean;
  /** Words that name a time (weekdays and months from the locale data, "week", "yesterday"). */
  timeWords: ReadonlySet<string>;
  /** Words that modify a time ("past", "last", "next", "early"). */
  timeModifiers: ReadonlySet<string>;
  /**
   * Phrases (folded) that make a count of a time unit a point in time, not a figure: after
   * the unit ("two years later", "trei zile mai târziu") or before the count ("acum doi ani").
   */
  relativeTime?: { after: readonly string[]; before: readonly string[] };
  /** Focus particles, which may stand before a subject without belonging to it ("even", "only"; "chiar", "doar"). */
  focusParticles?: ReadonlySet<string>;
  /** Words that make a cue an as-clause ("as X said", "după cum a declarat X"). */
  asMarkers: ReadonlySet<string>;
  /** The auxiliaries of the perfect before a participle ("a vizitat", "au anunțat"): with it, a verb group, never part of a noun phrase. */
  perfectAuxiliaries?: ReadonlySet<string>;
  /** Participles whose form has none of the endings ("fost"). */
  irregularParticiples?: ReadonlySet<string>;
  /** Endings of participles, which need an auxiliary to be a cue ("a declarat", never "declarat" alone). */
  participleEndings?: readonly string[];
  /** Cues that deny ("denied", "a negat"). */
  denialCues: ReadonlySet<string>;
  /** The preposition of a passive's agent ("by"; "de"): "a report released by X" is X's. */
  agentPrepositions?: ReadonlySet<string>;
  /** Auxiliaries of the passive ("was", "been"; "fost", "este"): "a fost acuzat de X că" is X's. */
  passiveAuxiliaries?: ReadonlySet<string>;
  /**
   * Gerunds of the passive auxiliary ("being"; "fiind"): an accusation cue after one has the
   * accused for its subject, and what follows its link word is the charge, not an agent.
   */
  passiveGerunds?: ReadonlySet<string>;
  /** Cues of accusing, whose content follows their object after a link word ("accused X of", "l-a acuzat pe X de"). */
  accusationCues?: ReadonlySet<string>;
  /** The link words that open what one is accused of ("of"; "de", "pentru"). */
  accusationLinks?: ReadonlySet<string>;
  /**
   * Words this language writes in lower case inside sentences, learned from running text
   * (`npm run train`): capitalised, they only open a sentence and name nobody ("Publicly,").
   */
  commonWords?: ReadonlySet<string>;
  /** Common words that also stand in names ("young": Neil Young), learned with them: the others are never part of one. */
  commonNameWords?: ReadonlySet<string>;
  /**
   * How adverbs are made from adjectives, each as [ending, what replaces it on the
   * adjective …]: ["ly", ""] reads "wrongly" as "wrong" + "ly". Adverbs may stand between
   * a subject and its verb ("Clinton wrongly claimed").
   */
  adverbEndings?: readonly (readonly string[])[];
  /** Endings of gerunds: a phrase opening with one is no source ("seeking more answers"). */
  gerundEndings?: readonly string[];
  /** Honorifics, by the gender they give the name after them ("Mrs.", "Mr."; "doamna", "domnul"). */
  honorifics?: { female: ReadonlySet<string>; male: ReadonlySet<string> };
  /** Words of the future tense ("will", "would"; "va", "vor"): a time in a content so told lies ahead. */
  futureMarkers?: ReadonlySet<string>;
  /** Modals of the past, which a future marker's word may open ("could not", "would have"): no future. */
  pastModals?: ReadonlySet<string>;
  /** Cue words that never take their subject after them ("criticized the trade"), learned (`npm run train`); others may ("said the minister"). */
  nonInvertingCues?: ReadonlySet<string>;
  /** Cue words whose first object is the person addressed ("told reporters the plan …"), learned (`npm run train`): their content follows it. */
  addresseeCues?: ReadonlySet<string>;
  /** Words the gold uses as cues, but seldom against their other uses ("states": mostly the noun), learned (`npm run train`). */
  seldomCues?: ReadonlySet<string>;
  /** Endings of past forms of regular verbs ("-ed"): a word so ending after a subject is its verb. */
  pastEndings?: readonly string[];
  /** Past tenses no ending shows ("left", "began"): after a subject, its verb. */
  irregularPasts?: ReadonlySet<string>;
  /** Endings of plural nouns: a number from two up counts a word ending so ("-s"; "-i", "-e"). */
  pluralEndings?: readonly string[];
  /** Endings that make a word no plural though it ends as one does ("-ss", "-us"). */
  singularEndings?: readonly string[];
  /** Plurals that no ending shows ("people", "children"). */
  irregularPlurals?: ReadonlySet<string>;
  /** Definite articles that stand before numbers ("the", "cele"): "the two sides" names things already known. */
  definiteArticles?: ReadonlySet<string>;
  /** Words that may make the number word after them an ordinal ("a doua", the second; "a trei copii" is genitive). */
  ordinalMarkers?: ReadonlySet<string>;
  /** Prepositions that name where an impersonal report is written ("se arată în raportul X că …", "într-un comunicat"): the document is the source. */
  documentPrepositions?: ReadonlySet<string>;
  /** Forms of verbs whose reflexive is a verb of its own ("se află", is located): no impersonal report. */
  inherentReflexives?: ReadonlySet<string>;
  /** Participle endings that decline another (feminine and plural "-ată", "-ate" from "-at"), by the ending they decline: those are finite endings too. */
  participleBases?: Readonly<Record<string, string>>;
  /** Articles that join a possessor to what it owns ("lotul 2 al autostrăzii"): no noun of their own. */
  genitiveArticles?: ReadonlySet<string>;
  /** Endings of nouns with the definite article joined ("raportul", "declarația"), where the language joins it. */
  definiteEndings?: readonly string[];
  /** Auxiliaries of the first person ("am" in "am spus", "mi-am amintit"): with no subject named, the writer speaks. */
  firstPersonAuxiliaries?: ReadonlySet<string>;
  /** Auxiliaries of the second person ("veți" in "veți observa că"): with no subject named, the reader is addressed. */
  secondPersonAuxiliaries?: ReadonlySet<string>;
  /** Endings of verbs in the second person plural ("-ați", "-eți"): one opening its sentence is an imperative, with no subject. */
  secondPersonEndings?: readonly string[];
  /** Clitic pronouns that join their verb with a hyphen ("mi-am", "v-a", "le-am"). */
  clitics?: ReadonlySet<string>;
  /** Conjunctions that open a condition: a cue in their clause reports nothing ("if he said that …", "dacă medicul v-a atenționat că …"). */
  conditionals?: ReadonlySet<string>;
  /** Auxiliary verbs, which may follow a number as its subject's verb ("two were hurt"). */
  auxiliaries?: ReadonlySet<string>;
  /** Tells verbs from other words where they stand (`npm run train`, from a treebank): a clause from a noun phrase. */
  predicateModel?: PredicateModel;
  /** Decides which candidate cue words are cues here; without one, every candidate is. */
  cueModel?: CueModel;
  /**
   * Cue verbs whose object a preposition opens, by that preposition ("răspunde la", answers
   * to; "amintește de", recalls): the phrase it opens after the verb is its object, never
   * its subject, so a comma before the verb closes no content.
   */
  objectPrepositions?: ReadonlyMap<string, ReadonlySet<string>>;
  /**
   * Cue verbs whose object, opened by a preposition, is what was said, by that preposition
   * ("called for a ban", "called on Congress to act"): the content starts after it. With
   * `infinitive`, only an object that holds one is ("called on X to …"; "called on the
   * ambassador" is a visit).
   */
  contentPrepositions?: ReadonlyMap<string, { verbs: ReadonlySet<string>; infinitive: boolean }>;
  /**
   * Two-word locutions that open a phrase naming a topic, never a subject: adjectives with the
   * preposition they take ("referitor la", "privitor la"). A phrase they open before the
   * subject sets the scene ("Referitor la proiect, directorul a spus").
   */
  topicMarkers?: ReadonlySet<string>;
  /**
   * Markers of a direct object ("pe": "l-a acuzat pe Popescu că …"): a name or pronoun one
   * opens after the verb is its object, never its subject ("pe un ton ferm" is a manner).
   */
  objectMarkers?: ReadonlySet<string>;
  /** Days named relative to the day of writing ("yesterday", "ieri"): with weekdays, times that never name a source. */
  relativeDays?: ReadonlySet<string>;
  /**
   * Words that open a verb's predicative complement after its object ("drept" in "califică
   * legea drept o greșeală", calls it a mistake): with a cue verb, the object and
   * the complement are what was said.
   */
  predicativeMarkers?: ReadonlySet<string>;
  /** Cue words when no model is trained for the language. */
  cueWords?: ReadonlySet<string>;
  /**
   * Nouns of saying and believing, every form, for a pack with no cue model: after a verb
   * and before the complementizer they are the cue with it ("a făcut precizarea că …", "au
   * fost de părere că …").
   */
  cueNouns?: ReadonlySet<string>;
}

/** Whether a word is one of the pack's function words: a preposition, determiner, pronoun, complementizer, infinitive marker, auxiliary or coordinator. */
export function isFunctionWord(w: string, pack: LanguagePack): boolean {
  return (
    pack.prepositions.has(w) ||
    pack.determiners.has(w) ||
    pack.pronouns.has(w) ||
    pack.complementizers.has(w) ||
    pack.infinitiveMarkers.has(w) ||
    (pack.auxiliaries?.has(w) ?? false) ||
    (pack.coordinators?.has(w) ?? false)
  );
}

/** Whether two lower-case words are a perfect's auxiliary and its participle ("a vizitat", "au anunțat", "a fost"; not "a doua"). */
export function isPerfect(aux: string, next: string, pack: LanguagePack): boolean {
  return (
    (pack.perfectAuxiliaries?.has(aux) ?? false) &&
    ((pack.irregularParticiples?.has(next) ?? false) ||
      (pack.participleEndings ?? []).some((e) => next.endsWith(e) && next.length > e.length + 1))
  );
}
