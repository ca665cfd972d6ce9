import { formsOf, type ParadigmModel } from '../../learn/paradigms';
import { fold } from '../../normalize-text';
import type { LanguagePack } from '../language-pack';
import { calendarWords } from '../locale-words';
import commonWords from './common-words.json';
import paradigms from './verb-paradigms.json';
import predicateModel from './predicate-model.json';

// Closed-class words of Romanian grammar: auxiliaries and clitics, prepositions,
// determiners, conjunctions, pronouns, as any grammar of Romanian lists them.
const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
// Days named from the day of writing, as a dictionary gives them.
const RELATIVE_DAYS = words('azi astăzi ieri mâine aseară alaltăieri poimâine');

/** Every form of each lemma, by the paradigms learned from UD Romanian-RRT (`npm run train`). */
const inflected = (lemmas: string) => {
  const out = new Set<string>();
  for (const l of lemmas.split(/\s+/).filter(Boolean))
    for (const f of formsOf(paradigms as ParadigmModel, l)) {
      // A gerund takes "-u" before an enclitic pronoun ("zicându-le").
      for (const g of /(?:ând|ind)$/.test(f) ? [f, f + 'u'] : [f]) {
        out.add(g);
        // Spelled as before 1993 too, "î" inside a word ("zicînd", "spunînd"), as older texts
        // and some writers still do.
        out.add(oldSpelling(g));
      }
    }
  return out;
};

/** A word with "â" inside it written "î", as Romanian was spelled before 1993. */
function oldSpelling(word: string): string {
  return word.length > 2 ? word[0] + word.slice(1, -1).replaceAll('â', 'î') + word[word.length - 1] : word;
}

// Verbs of saying, reporting, announcing, confirming, denying, estimating, finding and
// believing (the cues of ../shared/eval/ANNOTATION.md), as lemmas; their forms come from data.
const DENIALS = 'nega dezminți respinge infirma contesta';
const CUE_LEMMAS = `declara afirma spune zice preciza anunța susține explica sublinia arăta menționa adăuga
  informa transmite comunica relata raporta scrie nota estima considera crede aprecia avertiza acuza
  confirma recunoaște dezvălui insista sugera indica semnala reitera reafirma mărturisi povesti
  răspunde concluziona constata evidenția remarca opina reaminti aminti observa admite asigura puncta
  declama atenționa demonstra calcula prognoza anticipa previziona clarifica replica reclama califica releva
  repeta propune descoperi decreta cita învinovăți pretinde argumenta afla gândi atesta șopti striga exclama ${DENIALS}`;

/** A noun's forms with the article and in the plural, by its ending ("precizare": "precizarea", "precizări", "precizările"). */
function nounForms(noun: string): string[] {
  if (noun.endsWith('are')) return [noun, noun + 'a', noun.slice(0, -3) + 'ări', noun.slice(0, -3) + 'ările'];
  if (noun.endsWith('re')) return [noun, noun + 'a', noun.slice(0, -1) + 'i', noun.slice(0, -1) + 'ile'];
  if (noun.endsWith('ie')) return [noun, noun.slice(0, -1) + 'a', noun.slice(0, -1) + 'i', noun.slice(0, -1) + 'ile'];
  if (noun.endsWith('ă')) return [noun, noun.slice(0, -1) + 'a', noun.slice(0, -1) + 'e', noun.slice(0, -1) + 'ele'];
  return [noun, noun + 'ul', noun + 'uri', noun + 'urile'];
}

/**
 * The nouns of the cue verbs by Romanian's regular derivations: the long infinitive of
 * verbs in "-a", "-ia" and "-i" ("preciza" → "precizare", "aprecia" → "apreciere", "dezvălui" →
 * "dezvăluire") and the noun in
 * "-ație" ("declara" → "declarație"), every form. (Forms no text uses cost nothing.)
 * With them, nouns of believing no verb of the list derives, as a grammar lists them.
 */
function cueNouns(lemmas: string, believing: string): Set<string> {
  const out = new Set<string>();
  for (const l of lemmas.split(/\s+/).filter(Boolean)) {
    const nouns = l.endsWith('ia')
      ? [l.slice(0, -1) + 'ere']
      : l.endsWith('a')
        ? [l + 're', l.slice(0, -1) + 'ație']
        : l.endsWith('i')
          ? [l + 're']
          : [];
    for (const n of nouns) for (const f of nounForms(n)) out.add(f);
  }
  for (const n of believing.split(/\s+/).filter(Boolean)) for (const f of nounForms(n)) out.add(f);
  return out;
}

export const romanian: LanguagePack = {
  code: 'ro',
  complementizers: words('că'),
  prepositionalCues: [['potrivit', 'lui'], ['potrivit'], ['conform'], ['în', 'opinia'], ['în', 'viziunea']],
  betweenSubjectAndCue: words(
    'a au am ai ați ar aș va vor vom o fi fost mai și tot deja încă ne-a i-a le-a mi-a ți-a l-a ne-au i-au le-au mi-au ți-au l-au ne îi le mi îl i',
  ),
  prepositions: words(
    'în la pe cu de din pentru despre după prin spre către între fără sub asupra printre până într-un într-o printr-un printr-o dintre de-a',
  ),
  // "dacă" (if), and "parcă" (as if, as though), which sets a clause up as hypothetical:
  // "parcă ar fi spus că …" reports nothing said.
  conditionals: words('dacă parcă'),
  clauseOpeners: words('și iar dar însă ci sau deoarece fiindcă care ce unde când dacă deși întrucât cum precum ca'),
  coordinators: words('iar dar însă ci sau'),
  andWords: words('și'),
  clauseJoiners: words('și sau dar iar însă'),
  futureSubordinators: words('dacă când până înainte după'),
  determiners: words('un o unei unui unor niște acest această acești aceste acel acea cei cele cel cea aceasta acesta'),
  pronouns: words('el ea ei ele noi eu tu voi dânsul dânsa dumnealui acesta aceasta aceștia acestea acela aceea'),
  nameJoiners: words('de din al a ale și pentru la'),
  quantifiers: words('mulți multe unii unele câțiva câteva puțini puține toți toate majoritatea'),
  refusals: inflected('refuza evita'),
  infinitiveMarkers: words('să a'),
  relativePronouns: words('care căruia căreia cărora'),
  // Texts written without diacritics ("Totodata", "Sambata") use the same common words.
  commonWords: new Set([...commonWords.words, ...commonWords.words.map(fold)]),
  commonNameWords: new Set([...commonWords.nameWords, ...commonWords.nameWords.map(fold)]),
  timeWords: new Set([
    ...calendarWords('ro'),
    ...words('săptămâna săptămână luna lună anul an ziua zi dimineața seara noaptea'),
    ...RELATIVE_DAYS,
  ]),
  // (Written without diacritics too: "astazi", "maine".)
  relativeDays: new Set([...RELATIVE_DAYS, ...[...RELATIVE_DAYS].map(fold)]),
  timeModifiers: words('trecută trecut viitoare viitor aceasta această acest începutul sfârșitul'),
  // ("condamnat la cinci ani înainte de alegeri" is a duration: no bare "înainte".)
  relativeTime: { after: ['mai tarziu', 'mai devreme', 'mai inainte', 'in urma'], before: ['acum', 'in urma cu'] },
  negations: words('nu n-a n-au niciodată'),
  impersonal: words('se s-a s-au s-ar'),
  // "a putea" is irregular in the present, which no paradigm of regular verbs gives.
  modals: new Set([...inflected('putea trebui'), ...words('pot poți poate putem puteți')]),
  rules: words(
    'leg regulament ordin hotărâr decret decizi cod art articol alin pct norm prevede dispoziți directiv contract conven standard stas procedur ghid anex reglement cutum tradiți tabel definiți indicați program',
  ),
  adjectivalCueLinks: words('cu'),
  subjectFollowsCue: true,
  // Verbs told from other words by a model of UD Romanian-RRT's parts of speech (`npm run train`).
  predicateModel,
  asMarkers: words('după cum'),
  focusParticles: words('chiar doar numai inclusiv tocmai'),
  // (Before an enclitic pronoun the gerund takes -u: "asigurându-și", "spunându-i".)
  gerundEndings: ['ând', 'ind', 'ându', 'indu'],
  pluralEndings: ['i', 'e'],
  definiteArticles: words('cei cele celor'),
  ordinalMarkers: words('a al de-a de-al'),
  // (Folded, as the learner and the resolver compare them.)
  honorifics: { female: words('doamna doamnei dna dna. d-na'), male: words('domnul domnului dl dl. d-l') },
  // The auxiliaries of the future ("va deschide", "vor decide", "o să"), "urmează să", and the
  // phrases of what is to come ("ar urma să", "intenționează să").
  futureMarkers: new Set([
    ...words('va vor vom voi vei veți urmează'),
    'o să',
    'ar urma să',
    'intenționează să',
    'plănuiește să',
    'are de gând să',
  ]),
  // Feminine nouns in "-ie" ("condiție", "locație") end in "-e" in the singular; their
  // plurals end in "-ii". (Neuter plurals in "-are", "-ere" are plurals: "cinci hectare".)
  singularEndings: ['ie'],
  auxiliaries: words('este e sunt era erau fi fost au a am ați ai veți vei'),
  firstPersonAuxiliaries: words('am'),
  // The future's and the perfect's auxiliaries of the second person ("vei", "veți", "ați").
  secondPersonAuxiliaries: words('vei veți ați'),
  // The second person plural of the present and the imperative: "declarați", "spuneți", "găsiți".
  secondPersonEndings: ['ați', 'eți', 'iți'],
  documentPrepositions: words('în într-un într-o'),
  // Learned from UD Romanian-RRT's reflexive clitics marked part of their verb (expl:pv).
  inherentReflexives: inflected(((paradigms as ParadigmModel).inherentReflexives ?? []).join(' ')),
  // The definite article joined to its noun: "raportul", "declarația", "documentele", "studiului", "analizei".
  definiteEndings: ['ul', 'le', 'ia', 'ea', 'lui', 'ei'],
  genitiveArticles: words('al a ai ale'),
  clitics: words('m mi ț ți i îi l le ne v vă s și'),
  perfectAuxiliaries: words('a au'),
  irregularParticiples: words('fost'),
  participleEndings: ['at', 'ată', 'ate', 'ați', 'it', 'ită', 'ite', 'iți', 'ut', 'ută', 'ute', 'uți', 'ât', 's', 'să', 'și'],
  participleBases: { ată: 'at', ate: 'at', ați: 'at', ită: 'it', ite: 'it', iți: 'it', ută: 'ut', ute: 'ut', uți: 'ut', să: 's', și: 's' },
  denialCues: inflected(DENIALS),
  agentPrepositions: words('de către'),
  // (Not "fi": "ar fi declarat" is the active conditional perfect; a passive with it holds "fost".)
  passiveAuxiliaries: words('fost este sunt e era erau'),
  // "fiind", the gerund of "a fi", makes the passive gerund: "fiind acuzat de corupție".
  passiveGerunds: words('fiind'),
  accusationCues: inflected('acuza învinovăți'),
  accusationLinks: words('de pentru'),
  cueWords: inflected(CUE_LEMMAS),
  // "drept" (as) opens a predicative complement of the object: "a califica X drept Y".
  predicativeMarkers: words('drept'),
  // "pe" before a person is the mark of the direct object ("îl acuză pe Popescu"), as grammars give it.
  objectMarkers: words('pe'),
  // Adjectives that open a topic with the preposition they take, as a dictionary gives them.
  topicMarkers: new Set(['referitor la', 'privitor la', 'relativ la']),
  // Adverbs a preposition opens, locutions as a dictionary gives them (two words each).
  prepositionalAdverbs: new Set(['de asemenea', 'de altfel', 'de fapt', 'de obicei', 'de aceea', 'la fel', 'la rândul', 'drept urmare']),
  // Verbs of saying with a second sense whose object a preposition opens: "a răspunde la"
  // (to answer to: "răspunde la numele X", "la apel"), "a aminti de" (to recall, be
  // reminiscent of), "a insista asupra" (to dwell on), as Romanian dictionaries give them.
  objectPrepositions: new Map([
    ['la', inflected('răspunde')],
    ['de', inflected('aminti reaminti')],
    ['asupra', inflected('insista')],
  ]),
  cueNouns: cueNouns(CUE_LEMMAS, 'părere opinie convingere ipoteză concluzie impresie teorie'),
};
