import type { EntityRef } from '@claim-ledger/contracts';
import { gazetteer, type EntityDef } from './gazetteer';
import { SENTENCE_ADVERB } from './cue-lexicon';
import { ROLE_WORDS } from './gazetteer-data';
import { isLetterAt, isLowerAt, isSpace, isUpperAt, wordCharAt } from './char-classes';
import { memoize } from './bounded-cache';
import { fold, withoutMiddleInitials } from './normalize-text';
import { languagePack, supportedLanguages } from './lang/language-packs';
import nameGender from './name-gender.json';

// Words that refer back to an earlier source: to a person, or to any source.
const PERSON_BACK_REFERENCES = new Set(
  [
    'he',
    'she',
    'el',
    'ea',
    'acesta',
    'aceasta',
    'acestuia',
    'acesteia',
    'dânsul',
    'dânsa',
    'oficialul',
    'the official',
    ...ROLE_WORDS.ro,
    ...ROLE_WORDS.en.map((r) => `the ${r}`),
  ].map(fold),
);
// Names of one office: "șeful Executivului" after "premierul Marcel Ciolacu" is the premier.
const OFFICES: readonly (readonly string[])[] = [
  ['premier', 'prim-ministru', 'primul-ministru', 'prime minister', 'seful executivului', 'seful guvernului', 'head of government'],
  ['presedinte', 'president', 'seful statului', 'head of state'],
];
for (const office of OFFICES) for (const name of office) if (name.includes(' ')) PERSON_BACK_REFERENCES.add(name).add(`the ${name}`);

// What a pronoun says of the person it stands for: "she" is none of the men quoted.
const FEMININE_PRONOUNS = new Set(['she', 'ea', 'aceasta', 'acesteia', 'dânsa'].map(fold));
const MASCULINE_PRONOUNS = new Set(['he', 'el', 'acesta', 'acestuia', 'dânsul'].map(fold));
// First names a corpus showed to be women's or men's (`npm run train`: learned from honorifics).
const FIRST_NAME_GENDER = new Map<string, 'f' | 'm'>([
  ...nameGender.female.map((n): [string, 'f'] => [n, 'f']),
  ...nameGender.male.map((n): [string, 'm'] => [n, 'm']),
]);
// A pronoun is looked for among this many people last quoted.
const RECENT_PEOPLE = 4;

// Pronouns and generic words ("oficialul", "the official") refer to the person last quoted, whatever their title.
const PRONOUNS = new Set(
  ['he', 'she', 'el', 'ea', 'acesta', 'aceasta', 'acestuia', 'acesteia', 'dânsul', 'dânsa', 'oficialul', 'the official'].map(fold),
);
const ANY_BACK_REFERENCES = new Set(
  [
    'aceleiași surse',
    'aceeași sursă',
    'sursa citată',
    'sursei citate',
    'aceleiasi surse',
    'the same source',
    'the same sources',
    'these sources',
    'acelorași surse',
    'acelorasi surse',
    'aceleași surse',
    'aceleasi surse',
    'sursele citate',
    'surselor citate',
    'they',
    'it',
    // "…, said Florin Jianu, head of the council, who estimated that …"
    'who',
    'which',
    'care',
    'ei',
    'ele',
    'acestora',
    'the statement',
    'comunicatul',
    'the agency',
    'agenția',
    'the ministry',
    'ministerul',
    'the report',
    'raportul',
    'raportului',
    'instituția',
    'instituției',
    'the institution',
    'comunicatului',
    'agenției',
    'ministerului',
    // "…, a afirmat sursa": the source last quoted, else an anonymous one.
    'sursa',
    'the source',
  ].map(fold),
);

// Of those, the ones that stand for an institution or a government, never a person.
const BODY_BACK_REFERENCES = new Set(
  [
    ...['it', 'the statement', 'comunicatul', 'comunicatului', 'the agency', 'agenția', 'agenției', 'the ministry', 'ministerul'],
    ...['ministerului', 'the report', 'raportul', 'raportului', 'instituția', 'instituției', 'the institution'],
  ].map(fold),
);

/**
 * Whether the words before a name leave it the subject of its sentence: none, "the", or
 * an institution it heads ("Guvernul Poloniei", "The government of Poland", "Ministerul
 * Afacerilor Externe al Poloniei").
 */
function opensWith(lead: string): boolean {
  const words = fold(lead).trim().split(/\s+/).filter(Boolean);
  if (words[0] === 'the') words.shift();
  if (words.length === 0) return true;
  return words.length <= 5 && (ORGANIZATION_HEADS.has(words[0]!) || ORGANIZATION_STEMS.has(stem(words[0]!)));
}

// The last words of newspapers' names.
const MEDIA_TAILS = new Set(['times', 'post', 'journal', 'herald', 'gazette', 'tribune', 'daily', 'telegraph', 'observer', 'news']);

const QUANTIFIERS = new Set(
  [
    ...['few', 'many', 'some', 'most', 'others', 'several', 'both', 'all', 'none', 'everyone', 'nobody', 'someone'],
    ...['unii', 'altii', 'multi', 'putini', 'toti', 'cativa', 'ambele', 'amandoi', 'nimeni', 'cineva', 'majoritatea'],
  ].map(fold),
);

/** How many sentences back an institution that opened one can be what "it" stands for. */
const BODY_LOOKBACK = 6;

const MINISTRY_REFERENCES = new Set(['the ministry', 'ministerul', 'ministerului'].map(fold));
const COMPANY_REFERENCES = new Set(['the company', 'the firm', 'compania', 'companiei', 'firma', 'firmei'].map(fold));
for (const key of COMPANY_REFERENCES) {
  ANY_BACK_REFERENCES.add(key);
  BODY_BACK_REFERENCES.add(key);
}
const AGENCY_REFERENCES = new Set(['the agency', 'agenția', 'agenției'].map(fold));

const ANONYMOUS =
  /(?<![\p{L}])(surse|sursele|o sursă|o sursa|un oficial|un înalt oficial|oficiali|înalți oficiali|sources?|an? (?:[\p{L}.-]+\s+){0,3}?(?:official|officer|diplomat|source)|(?:a|an|one) (?:local )?(?:resident|witness|eyewitness|survivor|farmer|driver|doctor|nurse|teacher|student|worker|employee|shopkeeper|passenger|neighbou?r|soldier|volunteer)|(?:un|o) (?:localnic|localnică|martor|martoră|supraviețuitor|supraviețuitoare|șofer|medic|asistentă|profesor|profesoară|student|studentă|angajat|angajată|vecin|vecină|soldat|voluntar|voluntară)|officials|people familiar|persons familiar|someone familiar)(?![\p{L}])/iu;

// Heads of descriptions that name an organisation or a group of people rather than a person.
const ORGANIZATION_HEADS = new Set(
  [
    'company',
    'operator',
    'ministry',
    'department',
    'agency',
    'police',
    'army',
    'military',
    'government',
    'union',
    'committee',
    'council',
    'bank',
    'court',
    'prosecutors',
    'office',
    'authority',
    'authorities',
    'firm',
    'party',
    'embassy',
    'commission',
    'parliament',
    'institute',
    'institutul',
    'bureau',
    'oficiul',
    'centre',
    'center',
    'centrul',
    'airline',
    'regulator',
    'watchdog',
    'coalition',
    'opposition',
    'opoziția',
    'opoziției',
    'coaliția',
    'coaliției',
    'comisiei',
    'uniunii',
    'ministerului',
    'guvernului',
    'parlamentului',
    'alliance',
    'organisation',
    'organization',
    'administration',
    'presidency',
    'cabinet',
    'navy',
    'service',
    'spokesperson',
    'group',
    'network',
    // Company and research names: "Cox Automotive", "Ford Motor", "Pew Research".
    'automotive',
    'motors',
    'motor',
    'holdings',
    'holding',
    'capital',
    'partners',
    'energy',
    'airlines',
    'airways',
    'systems',
    'technologies',
    'technology',
    'industries',
    'pharmaceuticals',
    'analytics',
    'research',
    'insights',
    'consulting',
    'securities',
    'investments',
    'foundation',
    'university',
    'inc',
    'ltd',
    'llc',
    'plc',
    'corp',
    'corporation',
    'ag',
    'gmbh',
    'srl',
    'newspaper',
    'broadcaster',
    'television',
    'channel',
    'compania',
    'companiei',
    'firma',
    'operatorul',
    'operatorului',
    'ministerul',
    'ministerului',
    'departamentul',
    'agenția',
    'agenției',
    'poliția',
    'poliției',
    'armata',
    'armatei',
    'guvernul',
    'guvernului',
    'sindicatul',
    'sindicat',
    'sindicatului',
    'comitetul',
    'consiliul',
    'banca',
    'băncii',
    'curtea',
    'procurorii',
    'parchetul',
    'biroul',
    'autoritatea',
    'autoritățile',
    'partidul',
    'ambasada',
    'comisia',
    'parlamentul',
    'institutul',
    'primăria',
    'prefectura',
    'inspectoratul',
    'direcția',
    'spitalul',
    'universitatea',
    'administrația',
    'președinția',
    'serviciul',
    'ziarul',
    'televiziunea',
    'publicația',
    'force',
    'forces',
    'guard',
    'forțele',
    'forțelor',
    'garda',
    'staff',
    'chiefs',
    'pompierii',
    'salvatorii',
    'jandarmii',
    'polițiștii',
    'procurorii',
    'anchetatorii',
    'firefighters',
    'rescuers',
    'paramedics',
    'investigators',
    'prosecutors',
    'troops',
    // Clubs, leagues, schools, hospitals, ports and the like speak as organisations.
    'club',
    'clubul',
    'team',
    'echipa',
    'federation',
    'federația',
    'league',
    'liga',
    'association',
    'asociația',
    'hospital',
    'school',
    'școala',
    'museum',
    'muzeul',
    'airport',
    'aeroportul',
    'port',
    'portul',
    'manufacturer',
    'producătorul',
    'retailer',
    'carrier',
    'lender',
    'insurer',
    'broker',
    'exchange',
    'bursa',
    'utility',
    'distributor',
    'distribuitorul',
    'supplier',
    'furnizorul',
    'producer',
    'developer',
    'dezvoltatorul',
    'startup',
    'organizers',
    'organizatorii',
    'administrators',
    'administratorii',
    'management',
    'conducerea',
    'board',
    'inspectoratul',
    'ipj',
    'isu',
  ].map(fold),
);
const GROUP_HEADS = new Set(
  [
    'residents',
    'witnesses',
    'analysts',
    'experts',
    'protesters',
    'activists',
    'farmers',
    'doctors',
    'workers',
    'researchers',
    'scientists',
    'economists',
    'investors',
    'traders',
    'locuitorii',
    'martorii',
    'analiștii',
    'experții',
    'protestatarii',
    'activiștii',
    'fermierii',
    'medicii',
    'muncitorii',
    'cercetătorii',
    'economiștii',
    'investitorii',
    'docherii',
    'sindicaliștii',
    'fans',
    'meteorologists',
    'meteorologii',
    'climatologists',
    'climatologii',
    'epidemiologists',
    'epidemiologii',
    'specialists',
    'specialiștii',
    'supporters',
    'suporterii',
    'galerile',
    'microbiștii',
    'groups',
    'parents',
    'părinții',
    'teachers',
    'profesorii',
    'students',
    'studenții',
    'elevii',
    'drivers',
    'șoferii',
    'transportatorii',
    'patients',
    'pacienții',
    'consumers',
    'consumatorii',
    'voters',
    'alegătorii',
    'citizens',
    'cetățenii',
    'lawmakers',
    'legislators',
    'deputies',
    'deputații',
    'senators',
    'senatorii',
    'parlamentarii',
    'opponents',
    'critics',
    'criticii',
    'observers',
    'observatorii',
    'officials',
    'employees',
    'angajații',
    'victims',
    'victimele',
    'families',
    'familiile',
  ].map(fold),
);
// Romanian nouns take their article and case as endings ("autoritățile", "autorităților"):
// heads are matched on a stem without them.
const stem = (word: string) => word.replace(/(?:ului|ilor|elor|lor|ile|ele|ul|ei|ii|a|i|e)$/, '');
const ORGANIZATION_STEMS = new Set([...ORGANIZATION_HEADS].map(stem).filter((w) => w.length >= 4));
const GROUP_STEMS = new Set([...GROUP_HEADS].map(stem).filter((w) => w.length >= 4));
const DETERMINERS = /^(?:the|a|an|this|that|these|those|its|their|un|o|niște|acest|această|acești|aceste|cel|cea|cei|cele)\s+/iu;

// Names recur within an article and across articles: remembered, bounded.
const slug = memoize((s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60),
);

// Capitalised words that head titles and institutions rather than names of people.
const TITLE_WORDS = new Set(
  [...ROLE_WORDS.en, ...ROLE_WORDS.ro]
    .flatMap((w) => w.split(' '))
    .concat([
      'energy',
      'finance',
      'economy',
      'health',
      'justice',
      'agriculture',
      'trade',
      'transport',
      'education',
      'culture',
      'labour',
      'labor',
      'environment',
      'home',
      'treasury',
      'commerce',
      'digital',
      'defense',
      'defence',
      'foreign',
      'interior',
      'deputy',
      'vice',
      'national',
      'security',
      'council',
      'state',
      'general',
      'senior',
      'former',
      'acting',
      'chief',
      'the',
      'a',
      'an',
      'in',
      'on',
      'la',
      'în',
      'pe',
      'după',
      'potrivit',
      'conform',
      'according',
      'mr',
      'mrs',
      'ms',
      'dr',
      'dl',
      'dna',
      'sursa',
      'sursă',
      'foto',
      'photo',
      'statele',
      'unite',
    ])
    .map((w) => fold(w)),
);
const INSTITUTION_HEADS =
  /^(forces|force|forțele|fortele|guard|garda|council|ministry|agency|service|committee|organization|organisation|office|department|party|army|forces|command|bank|court|parliament|government|administration|company|news|press|union|house|street|ministerul|agenția|agentia|serviciul|consiliul|comitetul|partidul|armata|guvernul|parlamentul|curtea|banca|compania|casa|uniunea)$/i;

// Institutions whose names read like a person's: "Statul Major Întrunit", "Statul Major General".
const INSTITUTION_PHRASE = /^Statul\s+Major(?!\p{L})/u;

const ROLE_TITLES = new Set([...ROLE_WORDS.en, ...ROLE_WORDS.ro].filter((w) => !w.includes(' ')).map(fold));

/** Whether folded words hold a title ("ministrul", "president"). */
const ROLE_TITLES_IN = (words: string): boolean => words.split(/\s+/).some((w) => ROLE_TITLES.has(w));

/** Names of people in a text: runs of two to four capitalised words, titles and places removed. */
export function personNames(text: string): string[] {
  return personMentions(text).map((m) => m.name);
}

/**
 * Runs of two or more capitalised words separated by spaces ("Shin Won-sik", "Lena
 * Ortiz"), each a capital, lower-case letters and perhaps a hyphenated part, the first
 * not glued to a letter or digit before it. A scanner over character tables (cased
 * letters of the Basic Multilingual Plane: those outside it are mathematical symbols): the
 * regular expression it replaces, with Unicode classes, was the costliest part of
 * reading names.
 */
export function capitalisedRuns(text: string): { index: number; 0: string }[] {
  const out: { index: number; 0: string }[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    // (Most units are ASCII and no capital: passed over without a look-up.)
    const c = text.charCodeAt(p);
    if (c < 0x80 && (c < 65 || c > 90)) {
      p++;
      continue;
    }
    if (!isUpperAt(text, p) || (p > 0 && wordCharAt(text, p - 1) > 0)) {
      p++;
      continue;
    }
    let end = capitalisedWord(text, p);
    if (end < 0) {
      p++;
      continue;
    }
    let words = 1;
    let last = p;
    for (;;) {
      let q = end;
      while (q < n && isSpace(text.charCodeAt(q))) q++;
      if (q === end) break;
      // A middle initial inside a name ("Donald J. Trump", "Michael C. Cernech"): left out,
      // "Donald J." ended the run and the person was never known, so a later "Mr. Trump"
      // was a person of its own. Only after a word that may be a first name, with nothing
      // but titles and openers before it ("President Donald J. Trump", "Neither Paul D.
      // Varga"; in "White House Counsel W. Neil Eggleston" the initial opens a name, and the
      // run before it is no person), and before no title ("Plan B. Prime Minister …").
      let r = q;
      if (
        isUpperAt(text, q) &&
        text.charCodeAt(q + 1) === 0x2e &&
        isSpace(text.charCodeAt(q + 2)) &&
        mayBeFirstName(text.slice(last, end)) &&
        (words === 1 || onlyLeadWords(text.slice(p, last)))
      ) {
        r = q + 2;
        while (r < n && isSpace(text.charCodeAt(r))) r++;
      }
      const next = capitalisedWord(text, r);
      if (next < 0 || (r !== q && TITLE_WORDS.has(fold(text.slice(r, next))))) break;
      last = r;
      end = next;
      words++;
    }
    if (words > 1) out.push({ index: p, 0: text.slice(p, end) });
    p = end;
  }
  return out;
}

/** Whether the words of a run before a name are all titles or words that open a clause or phrase ("President", "Neither"). */
function onlyLeadWords(run: string): boolean {
  return run
    .trim()
    .split(/\s+/)
    .every((w) => TITLE_WORDS.has(fold(w)) || isNameOpener(w));
}

/** Whether a capitalised word may be a first name: no title or head of an institution. */
function mayBeFirstName(word: string): boolean {
  const w = fold(word);
  return !TITLE_WORDS.has(w) && !ORGANIZATION_HEADS.has(w) && !INSTITUTION_HEADS.test(word);
}

/**
 * The end of a capitalised word at `p` (a capital, lower-case letters, perhaps "-sik" or
 * "-Marie"; a second capital inside, "McConnell", "DeSantis"; an apostrophe after the first,
 * "O'Rourke"), or -1.
 */
function capitalisedWord(text: string, p: number): number {
  if (!isUpperAt(text, p)) return -1;
  // "O'Rourke", "D’Amato": a capital, an apostrophe, then the word.
  const apostrophe = text.charCodeAt(p + 1);
  if ((apostrophe === 0x27 || apostrophe === 0x2019) && isUpperAt(text, p + 2) && isLowerAt(text, p + 3)) p += 2;
  if (!isLowerAt(text, p + 1)) return -1;
  let i = p + 2;
  while (isLowerAt(text, i)) i++;
  // "McConnell", "DeSantis", "MacArthur": one capital inside, after the lower-case letters.
  if (isUpperAt(text, i) && isLowerAt(text, i + 1)) {
    i += 2;
    while (isLowerAt(text, i)) i++;
  }
  if (text.charCodeAt(i) === 0x2d) {
    let j = i + 1;
    if (isUpperAt(text, j)) j++;
    if (isLowerAt(text, j)) {
      while (isLowerAt(text, j)) j++;
      i = j;
    }
  }
  return i;
}

/** Each person's name with where it ends, and the clause it stands in (its role and country). */
function personMentions(text: string): { name: string; context: string }[] {
  const out: { name: string; context: string }[] = [];
  if (!mayNamePeople(text)) return out;
  for (const m of capitalisedRuns(text)) {
    const name = nameIn(m[0]);
    if (name) {
      // The clause before the name holds its title: "South Korea's defence minister Shin Won-sik".
      const end = m.index + m[0].length;
      const boundary = (from: number) =>
        Math.max(text.lastIndexOf(',', from), text.lastIndexOf(';', from), text.lastIndexOf('"', from), m.index - 80, 0);
      let clauseStart = boundary(m.index - 1);
      // "ministrul sud-coreean al Apărării, Shin Won-sik": the title stands before the comma.
      if (clauseStart > 0 && !/\p{L}/u.test(text.slice(clauseStart + 1, m.index))) clauseStart = boundary(clauseStart - 1);
      const lead = text.slice(clauseStart, m.index);
      const verb = /\s(?:has|have|had|was|were|is|are|said|a|au|este|sunt)\s/.exec(lead);
      // "Ben Carson, the retired neurosurgeon, said": an apposition after the name is a role too.
      const apposition = APPOSITION_AFTER.exec(text.slice(end, end + 80))?.[0] ?? '';
      out.push({ name, context: text.slice(verb ? clauseStart + verb.index + verb[0].length : clauseStart, end) + apposition });
    }
  }
  return out;
}

// ", the retired neurosurgeon," after a name: a definite description set off by commas.
// (Not an item of a list: "attacked Ben Carson, the media, and the pollsters".)
const APPOSITION_AFTER = /^,\s+the\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3}(?=,(?!\s+(?:and|or)\s))/u;

/**
 * A full name needs two capitalised words with only spaces between them: a sentence
 * without such a pair (most narrative) is not searched for names.
 */
function mayNamePeople(text: string): boolean {
  return NON_LATIN.test(text) ? NAME_PAIR.test(text) : LATIN_NAME_PAIR.test(text);
}

// A full name has a lower-case letter, spaces (perhaps an initial), then a capital and a
// lower-case letter ("Marcel Ionescu", "Dana K. Ortiz"). Unicode classes are slow to scan,
// so texts in Latin script are scanned with wider plain classes (every letter of Latin
// Extended counts as either case): it finds all the pairs the Unicode classes find, and a
// few more.
const NON_LATIN = /[^\u0000-\u024f]/;
const NAME_PAIR = /\p{Ll}\s+(?:\p{Lu}\.\s+)?\p{Lu}(?:['’]\p{Lu})?\p{Ll}/u;
const LOWER = 'a-z\u00b5\u00df-\u00f6\u00f8-\u00ff\u0100-\u024f';
const UPPER = 'A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u024f';
// ("O'Rourke": an apostrophe may follow the capital; "Dana K. Ortiz": an initial may stand between.)
const LATIN_NAME_PAIR = new RegExp(`[${LOWER}]\\s+(?:[${UPPER}]\\.\\s+)?[${UPPER}](?:['’][${UPPER}])?[${LOWER}]`);

/**
 * Whether a word is the head of an institution with a Romanian ending ("Institutului
 * Regal"): no person's name. Only words that had an ending: "Minister" is a title.
 */
function inflectedHead(word: string): boolean {
  const base = stem(word);
  return word.length >= 6 && base !== word && ORGANIZATION_STEMS.has(base) && !ROLE_TITLES.has(word);
}

const nameCache = new Map<string, string | null>();

/** The person's name in a run of capitalised words, or null: titles and places removed. */
function nameIn(run: string): string | null {
  const cached = nameCache.get(run);
  if (cached !== undefined) return cached;
  let parts = run.split(/\s+/);
  let name: string | null = null;
  if (
    !INSTITUTION_PHRASE.test(run) &&
    !MEDIA_TAILS.has(fold(parts[parts.length - 1]!)) &&
    !parts.some((w) => INSTITUTION_HEADS.test(w) || ORGANIZATION_HEADS.has(fold(w)) || inflectedHead(fold(w)))
  ) {
    // "But Mr", "What Trump", "Then Brafman", "Neither Donald J. Trump", "With Trump": a word
    // that opens a clause or a phrase, capitalised as the sentence's first, is no part of the
    // name after it.
    while (parts.length && isNameOpener(parts[0]!)) parts = parts.slice(1);
    // "Finance Minister Lena Ortiz": the name follows the last title word.
    const lastTitle = parts.map((w) => ROLE_TITLES.has(fold(w))).lastIndexOf(true);
    if (lastTitle >= 0 && lastTitle < parts.length - 1) parts = parts.slice(lastTitle + 1);
    // Drop leading titles and places: "South Korean Defense Minister Shin Won-sik" -> "Shin Won-sik".
    for (;;) {
      if (isPlaceStart(parts)) parts = parts.slice(2);
      else if (parts.length && (TITLE_WORDS.has(fold(parts[0]!)) || gazetteer().lookup(parts[0]!) || gazetteer().demonym(parts[0]!)))
        parts = parts.slice(1);
      else break;
    }
    if (parts.length >= 2 && parts.length <= 4 && !gazetteer().lookup(parts.join(' ')) && !parts.some((w) => gazetteer().lookup(w)))
      name = parts.join(' ');
  }
  // Runs of capitalised words recur (names, titles, institutions): a bounded cache.
  if (nameCache.size >= 20_000) nameCache.clear();
  nameCache.set(run, name);
  return name;
}

// The words that open a clause in every pack and the free relatives ("what"), compared
// folded; the determiners, quantifiers and prepositions that open a phrase ("Neither",
// "Both", "With"), compared as written in lower case: folded, "Pană" (a name) would be
// "până" and "Tô" would be "to".
let openers: { clause: ReadonlySet<string>; phrase: ReadonlySet<string> } | null = null;
function isNameOpener(word: string): boolean {
  const packs = () => supportedLanguages().flatMap((code) => languagePack(code) ?? []);
  openers ??= {
    clause: new Set(packs().flatMap((pack) => [...pack.clauseOpeners, ...(pack.freeRelatives ?? [])].map(fold))),
    phrase: new Set(packs().flatMap((pack) => [...pack.determiners, ...pack.quantifiers, ...pack.prepositions])),
  };
  return openers.clause.has(fold(word)) || openers.phrase.has(word.toLowerCase());
}

function isPlaceStart(parts: string[]): boolean {
  const two = parts.slice(0, 2).join(' ');
  return parts.length >= 2 && (gazetteer().lookup(two) !== null || gazetteer().demonym(two) !== null);
}

/** The country a text names, by a demonym ("sud-coreean", "South Korean") or a place. */
// The clauses around names recur (titles, roles): remembered, bounded.
const countryIn = memoize(findCountryIn);

function findCountryIn(text: string): EntityDef | null {
  const tokens = text.match(/[\p{L}.'’-]+/gu) ?? [];
  for (let i = 0; i < tokens.length; i++) {
    const two = i + 1 < tokens.length ? gazetteer().demonymPair(tokens[i]!, withoutPossessive(tokens[i + 1]!)) : null;
    const one = gazetteer().demonym(withoutPossessive(tokens[i]!));
    if (two ?? one) return two ?? one;
  }
  const mention = gazetteer()
    .findMentions(text)
    .find((m) => m.entity.id.startsWith('country:'));
  return mention?.entity ?? null;
}

/** A word without its possessive "'s" or "’s" (as /['’]s$/ removes it, with no expression per word). */
const withoutPossessive = (w: string) => (w.endsWith("'s") || w.endsWith('’s') ? w.slice(0, -2) : w);

const DATELINE_BEFORE = /^(?:\p{Lu}[\p{Lu} .'-]{1,40}(?:,\s*[\p{L}\p{N} .'-]{1,30})?\s*\([^)]{1,40}\)\s*-\s+|[^()]{1,40}\)\s*-\s+)/u;
const SOURCE_DOCUMENT =
  /^(?:(?:the\s+|an?\s+)?(?:latest\s+|new\s+|official\s+|preliminary\s+)?(?:(?:satellite\s+)?(?:data|figures|statistics|estimates|numbers|report|statement|survey|poll|study|assessment|research|imagery|images|photos|footage|analysis))\s+(?:from|by|published by|released by|compiled by|analy[sz]ed by|reviewed by|obtained by)\s+|(?:(?:un|unui|o|unei|noul|noului|ultimul|ultimului)\s+)?(?:raport|raportul|raportului|studiu|studiul|studiului|analiză|analiza|analizei|evaluare|evaluarea|evaluării|sondaj|sondajul|sondajului)\s+(?:(?:al|a|ale)\s+|(?:publicat|publicată|realizat|realizată|întocmit|întocmită)\s+de\s+(?:către\s+)?|de\s+la\s+|(?=\p{Lu}))|(?:imaginile|imagini|fotografiile)(?:\s+din\s+satelit)?\s+(?:analizate|publicate|obținute)\s+de\s+|(?:datele|datelor|cifrele|cifrelor|statisticile|statisticilor|estimările|estimărilor)\s+(?:(?:(?:publicate|furnizate|transmise|comunicate)(?:\s+(?:luni|marți|miercuri|joi|vineri|sâmbătă|duminică|ieri|astăzi|azi))?\s+de|de la|ale)\s+)?)/iu;

/** The words of a source phrase that name the source: without the medium or outlet, quotes and punctuation. */
function findSourceSurface(phrase: string): string {
  return (
    phrase
      // "ministrul Finanțelor pe Facebook", "the minister on X", "… pentru Digi24": the medium
      // or outlet is not the source.
      .replace(
        /\s+(?:pe|on|via|într-o|într-un|in an?|at an?)\s+(?:facebook|x|twitter|telegram|instagram|tiktok|youtube|social media|rețelele sociale|a news conference|o conferință de presă|a statement|un comunicat|an interview|un interviu|comunicat|statement|interviu|interview|mesaj|postare|declarație|(?:conferință|conferinta) de presă)(?![\p{L}]).*$/iu,
        '',
      )
      // ("Inspectoratul General pentru Imigrări" keeps its "pentru": an institution's name.)
      .replace(/\s+(?:pe|on|pentru|for|via|to)\s+(\p{Lu}[\p{L}\p{N}-]*)\s*$/u, (outlet, name: string, at: number, whole: string) =>
        headedByInstitution(fold(whole.slice(0, at).replace(SOURCE_DOCUMENT, '').replace(DETERMINERS, '')).split(/\s+/)) &&
        !gazetteer().lookup(name)
          ? outlet
          : '',
      )
      .replace(/^[\s,"'(:—-]+|[\s,."'):;—-]+$/g, '')
      // "Institutul Național de Statistică (INS)": a closing bracket stays with its opening one.
      .replace(/\([^()]*$/, (open) => (phrase.includes(`${open})`) ? `${open})` : open))
      // "Separately, Eurostat": a sentence adverb is no part of the source.
      .replace(/^[^,]{1,30},\s*/u, (lead) => (SENTENCE_ADVERB.test(lead) ? '' : lead))
      // "data from Cox Automotive", "a report by the IMF": the source is who published them.
      .replace(SOURCE_DOCUMENT, '')
      // "WASHINGTON (AP) - The Pentagon": a dateline before the subject is not the source.
      .replace(DATELINE_BEFORE, '')
      // "oficiali citați de Reuters", "officials quoted by AP": the outlet relays, they speak.
      .replace(/\s+(?:citat|citată|citați|citate|quoted|cited)\s+(?:de|by)\s+.*$/iu, '')
      // "datele Ministerului Sănătății publicate miercuri": when they were published is no part of who.
      .replace(/\s+(?:publicate|publicat|date publicității|published|released)(?:\s+\p{L}+){0,3}$/u, '')
  );
}

/**
 * What resolve reads of a source phrase before it looks at the article: the words that
 * name the source, their fold (the key of the article's sources), the fold of that key
 * (the words a person was named with), whether they refer back, and what the words say
 * of themselves. Source phrases recur across articles: remembered, bounded, so that a
 * phrase costs one look-up (three, and two folds, before).
 */
interface PhraseReading {
  surface: string;
  key: string;
  folded: string;
  refersBack: boolean;
  facts: SurfaceFacts;
}

const phraseReading = memoize((phrase: string): PhraseReading | null => {
  const surface = findSourceSurface(phrase);
  if (!surface || surface.length > 160) return null;
  const key = fold(surface);
  return {
    surface,
    key,
    folded: fold(key),
    refersBack: PERSON_BACK_REFERENCES.has(key) || ANY_BACK_REFERENCES.has(key),
    facts: surfaceFacts(surface),
  };
});

// The prepositions of purpose that join an institution's head to its aim.
const PURPOSE_PREPOSITIONS = new Set(['pentru', 'for']);

/** "Institutului de Sănătate Carlos III", "the Carlos III Health Institute": an institution, whatever names it holds. */
function headedByInstitution(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  if (ROLE_TITLES.has(first)) return false;
  // "federation leader Mihaela Dobrescu", "party spokesman John Smith": the institution is the
  // role's, and the name after the role is a person's.
  if (words.length >= 4 && ROLE_TITLES.has(words[1] ?? '')) return false;
  // "Alianța pentru Dezvoltare Locală", "Coalition for Reform": a word joined by "for" to what
  // it works for names a body; no person's name holds that preposition.
  if (words.length >= 3 && PURPOSE_PREPOSITIONS.has(words[1]!)) return true;
  return ORGANIZATION_HEADS.has(first) || (first.length >= 6 && ORGANIZATION_STEMS.has(stem(first)));
}

// "Local media", "presa rusă", "state television": the press as a source.
const MEDIA_HEADS = new Set(
  [
    'media',
    'press',
    'presa',
    'television',
    'tv',
    'televiziunea',
    'newspaper',
    'ziarul',
    'cotidianul',
    'outlet',
    'outlets',
    'broadcaster',
    'radio',
  ].map(fold),
);

// Documents that "show" or "say" things: their publisher, named or described, is the source.
const DOCUMENT_NOUNS = new Set(
  [
    'data',
    'figures',
    'statistics',
    'estimates',
    'numbers',
    'report',
    'survey',
    'poll',
    'datele',
    'cifrele',
    'statisticile',
    'raportul',
    'raportului',
    'sondajul',
    'sondajului',
  ].map(fold),
);

/** What a source phrase says of itself, whatever the article: worked out once per phrase. */
interface SurfaceFacts {
  key: string;
  backReference?: 'person' | 'any';
  /** The title an unnamed office holder is named by ("ministrul", "minister"). */
  title?: string;
  /** The person named in full nearest the cue. */
  fullName?: string;
  /** Capitalised words, lower-cased: one of a known person's names. */
  capitalised: string[];
  /** "official data", "the latest figures": a document, not a person. */
  document?: boolean;
}

// Source phrases recur across articles: what they say of themselves is remembered, bounded.
const surfaceFacts = memoize(findSurfaceFacts);

function findSurfaceFacts(surface: string): SurfaceFacts {
  const key = fold(surface).replace(/\s+/g, ' ');
  const f: SurfaceFacts = { key, capitalised: [] };
  if (PERSON_BACK_REFERENCES.has(key)) f.backReference = 'person';
  else if (ANY_BACK_REFERENCES.has(key)) f.backReference = 'any';
  else {
    const words = key.replace(/^(?:the|a|an)\s+/, '').split(' ');
    if (DOCUMENT_NOUNS.has(words[words.length - 1]!)) f.document = true;
    else if (
      words.length <= 4 &&
      ROLE_TITLES.has(words[0]!) &&
      !ANONYMOUS.test(surface) &&
      !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(surface.slice(words[0]!.length))
    )
      f.title = words[0]!;
    else if (!headedByInstitution(words)) {
      const names = personNames(surface);
      const nearest = names[names.length - 1];
      if (nearest) f.fullName = nearest;
      else f.capitalised = (surface.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((w) => w.toLowerCase());
    }
  }
  return f;
}

const SPOKESPERSON =
  /^(?:(?:a|an|the|un|o)\s+)?(.*?)\s*(?:spokes(?:man|woman|person)|representative|purtător(?:ul)? de cuvânt|purtătoare(?:a)? de cuvânt|reprezentant(?:ul)?)(?:\s+(?:for|of|at|al|a|de la)\s+(.+))?$/iu;

/**
 * The source a phrase names without reference to the article: an agency or organisation
 * the gazetteer knows, an anonymous official, a country, or a described organisation or
 * group. Pure, so remembered across articles (bounded).
 */
const namedSource = memoize(findNamedSource);

function findNamedSource(surface: string): EntityRef | null {
  // An agency or organisation the gazetteer knows speaks for itself, before any country.
  const mentions = gazetteer().findMentions(surface);
  const org = mentions.find((m) => !m.entity.id.startsWith('country:'));
  if (org) {
    // "Agenția de presă nord-coreeană KCNA": the country named with it goes with it.
    const country = org.entity.aliases ? null : countryIn(surface);
    return country ? { ...org.entity, aliases: [country.name, country.id], surface } : { ...org.entity, surface };
  }
  // "a police spokesman", "un purtător de cuvânt al IPJ", "a spokeswoman for the ministry":
  // an unnamed spokesperson speaks for the institution.
  const spokesperson = SPOKESPERSON.exec(surface);
  const institution = spokesperson && (spokesperson[2] ?? spokesperson[1])!.trim();
  if (institution) {
    const speaksFor = namedSource(institution);
    if (speaksFor) return { ...speaksFor, surface };
  }
  if (ANONYMOUS.test(surface)) {
    const country = countryIn(surface);
    return {
      id: 'anonymous',
      name: 'anonymous source',
      kind: 'unknown',
      ...(country ? { aliases: [country.name, country.id] } : {}),
      surface,
    };
  }
  // "relevă Money.ro", "potrivit ziare.com": a site named by its domain is an outlet.
  const domain = DOMAIN_NAME.exec(surface.trim());
  if (domain) return { id: `org:${slug(domain[1]!)}`, name: surface.trim().replace(/\.$/, ''), kind: 'media', surface };
  // "The Moscow Times", "The Korea Herald": a newspaper named after a place is no government.
  const lastWord = fold(surface.trim().split(/\s+/).pop() ?? '');
  if (MEDIA_TAILS.has(lastWord) && /^(?:the\s+)?\p{Lu}/u.test(surface.trim())) {
    const name = surface.trim().replace(/^the\s+/i, 'The ');
    return { id: `org:${slug(name.replace(/^The\s+/, ''))}`, name, kind: 'media', surface };
  }
  // "Banca Națională a României", "Korea Development Institute": an institution of a
  // country that is not its government speaks for itself (the country goes with it).
  const words = fold(nominative(surface.replace(DETERMINERS, ''))).split(/\s+/);
  const countryFirst = mentions[0] !== undefined && mentions[0].start <= surface.length - surface.replace(DETERMINERS, '').length;
  if (!countryFirst && headedByInstitution(words) && !GOVERNMENT_HEADS.has(words[0]!) && !INSTITUTION_PHRASE.test(surface)) {
    const institution = describedSource(surface);
    if (institution) return institution;
  }
  // "Romania's Court of Accounts": a country's institution that is no part of its
  // government speaks for itself, with the country beside it ("Romania's defence ministry"
  // speaks for the government).
  const owned = countryFirst ? /^(?:the\s+)?[^,]+?['’]s\s+(.+)$/iu.exec(surface.trim())?.[1] : undefined;
  if (owned && mentions[0]) {
    const ownedWords = fold(owned.replace(DETERMINERS, '')).split(/\s+/);
    const institution = ownedWords.some((w) => GOVERNMENT_HEADS.has(w)) ? null : describedSource(owned);
    if (institution?.kind === 'organization') return { ...institution, aliases: [mentions[0].entity.name, mentions[0].entity.id], surface };
  }
  const country = mentions[0]?.entity ?? countryIn(surface);
  if (country) return { ...country, surface };
  return describedSource(surface);
}

// A name with a top-level domain after it, written as one word ("Money.ro", "ziare.com").
const DOMAIN_NAME = /^(\p{L}[\p{L}\p{N}-]*(?:\.\p{L}[\p{L}\p{N}-]*)*)\.\p{Ll}{2,4}\.?$/u;

const IRREGULAR_GENITIVES: Record<string, string> = { Băncii: 'Banca', Curții: 'Curtea' };

// Heads of institutions that speak for their country's government: their statements are the country's.
const GOVERNMENT_HEADS = new Set(
  [
    ...['ministry', 'ministerul', 'ministerului', 'government', 'guvernul', 'guvernului', 'presidency', 'președinția'],
    ...['președinției', 'cabinet', 'administration', 'administrația', 'administrației', 'embassy', 'ambasada', 'ambasadei'],
    ...['department', 'departamentul', 'departamentului', 'army', 'armata', 'armatei', 'military', 'forces', 'forțele'],
    ...['forțelor', 'navy', 'staff', 'chiefs', 'statul', 'authorities', 'autoritățile', 'autorităților', 'police', 'poliția'],
    ...['poliției', 'office', 'biroul', 'parliament', 'parlamentul', 'parlamentului', 'joint', 'defence', 'defense', 'statul'],
  ].map(fold),
);

/**
 * The nominative of a Romanian institution named in the genitive, so that both forms
 * name one organisation: "Institutului Național de Statistică" -> "Institutul Național de
 * Statistică", "Agenției Naționale de Administrare Fiscală" -> "Agenția Națională de
 * Administrare Fiscală", "Autorității Navale Române" -> "Autoritatea Navală Română".
 */
export function nominative(name: string): string {
  const words = name.split(' ');
  const head = words[0]!;
  // Only the head of an institution is declined back: a name such as "Andrei" is left be.
  if (
    !/^\p{Lu}/u.test(head) ||
    !(IRREGULAR_GENITIVES[head] || ORGANIZATION_HEADS.has(fold(head)) || ORGANIZATION_STEMS.has(stem(fold(head))))
  )
    return name;
  let feminine = true;
  let nominativeHead: string;
  if (IRREGULAR_GENITIVES[head]) nominativeHead = IRREGULAR_GENITIVES[head];
  else if (/ului$/.test(head)) {
    nominativeHead = head.slice(0, -2);
    feminine = false;
  } else if (/ății$/.test(head)) nominativeHead = `${head.slice(0, -4)}atea`;
  else if (/iunii$/.test(head)) nominativeHead = `${head.slice(0, -2)}ea`;
  else if (/ției$/.test(head) || /iei$/.test(head)) nominativeHead = `${head.slice(0, -2)}a`;
  else if (/[^i]ei$/.test(head)) nominativeHead = `${head.slice(0, -2)}a`;
  else return name;
  const out = [nominativeHead];
  let k = 1;
  // Adjectives agree with a feminine head: "Naționale" -> "Națională", "Europene" -> "Europeană".
  for (; k < words.length && /^\p{Lu}/u.test(words[k]!); k++) {
    const w = words[k]!;
    out.push(feminine ? (/ene$/.test(w) ? `${w.slice(0, -3)}eană` : /[^i]e$/.test(w) ? `${w.slice(0, -1)}ă` : w) : w);
  }
  return [...out, ...words.slice(k)].join(' ');
}

/**
 * The stems of a name's first and last words, in the nominative and folded ("Institutului
 * Național de Statistică" → "institut", "statistic"): by which a description ("institutul")
 * is matched to the body last quoted. Names recur through an article: remembered (never
 * changed by readers).
 */
const nameEnds = memoize((n: string): readonly string[] => {
  const words = fold(nominative(n.replace(DETERMINERS, ''))).split(/\s+/);
  return [stem(words[0]!), stem(words[words.length - 1]!)];
});

/** "the port operator", "un sindicat al docherilor", "analysts": an organisation or group by its description. */
function describedSource(surface: string): EntityRef | null {
  const description = surface.replace(DETERMINERS, '').trim();
  // "the refugee agency, UNHCR": an institution named by its acronym after its description.
  const acronym = /,\s*(\p{Lu}{2,8})$/u.exec(description)?.[1];
  if (acronym) return { id: `org:${slug(acronym)}`, name: acronym, kind: 'organization', surface };
  // (Read in the nominative: "Curții de Conturi" is headed by "Curtea".)
  const tokens = nominative(description)
    .split(/\s+/)
    .map((w) =>
      fold(w)
        .replace(/[,;:]+$/, '')
        .replace(/['’]s?$/, ''),
    );
  if (tokens.length === 0 || tokens.length > 8) return null;
  const name = nominative(description);
  // The country an institution belongs to goes with it: "Banca Națională a României".
  const country = countryIn(description);
  const of = country ? { aliases: [country.name, country.id] } : {};
  const forPurpose = tokens.length >= 3 && PURPOSE_PREPOSITIONS.has(tokens[1]!) && /^\p{Lu}/u.test(description);
  if (forPurpose || tokens.some((t) => ORGANIZATION_HEADS.has(t) || ORGANIZATION_STEMS.has(stem(t)) || DOCUMENT_NOUNS.has(t)))
    return { id: `org:${slug(name)}`, name, kind: 'organization', ...of, surface };
  if (tokens.some((t) => MEDIA_HEADS.has(t))) return { id: `org:${slug(name)}`, name, kind: 'media', ...of, surface };
  if (tokens.some((t) => GROUP_HEADS.has(t) || GROUP_STEMS.has(stem(t))))
    return { id: `group:${slug(description)}`, name: description, kind: 'group', surface };
  // "Few believe …", "Mulți spun …": a quantifier names nobody.
  if (tokens.length === 1 && QUANTIFIERS.has(tokens[0]!)) return null;
  // An acronym nobody listed ("INSSE", "ANAF") names an organisation; one capitalised
  // name that speaks ("Merz said", "Putin a declarat") is a person unless the text says
  // otherwise (an organisation the gazetteer knows was found before this).
  if (/^\p{Lu}{2,6}$/u.test(description)) return { id: `org:${slug(description)}`, name: description, kind: 'organization', surface };
  if (/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)?$/u.test(description))
    return { id: `person:${slug(description)}`, name: description, kind: 'person', surface };
  return null;
}
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A pronoun as a word of its own: the same few recur. */
const pronounAlone = memoize((p: string) => new RegExp(`(?<![\\p{L}])${p}(?![\\p{L}])`, 'iu'), 100);
/** A name's word as a word of its own, matched where it is asked to start; the same names recur. */
const wordAloneAt = memoize((w: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'iuy'), 5_000);
/** The same, searched through a text. */
const wordAloneIn = memoize((w: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'giu'), 5_000);
/**
 * Whether a text's characters compare regardless of case by their lower case: those of
 * the Latin blocks (up to U+024F) but for "µ", "İ" and "ſ", whose lower case is not their
 * case folding.
 */
function latinCased(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x250 || c === 0xb5 || c === 0x130 || c === 0x17f) return false;
  }
  return true;
}
/**
 * Whether two occurrences of the word can never overlap: letters only (each is then
 * preceded by no letter, and none can start inside another; U+0345, no letter, matches
 * "ι" regardless of case, so a word with "ι" is not), or a word of the Latin blocks
 * ("o'malley", "holtz-eakin") none of whose ends is also its start (two overlapping
 * occurrences would make one: "ab-ab").
 */
const neverOverlaps = memoize((w: string) => {
  if (/^\p{L}+$/u.test(w) && !w.includes('\u03b9')) return true;
  if (!latinCased(w)) return false;
  for (let k = 1; k < w.length; k++) if (w.startsWith(w.slice(k))) return false;
  return true;
}, 5_000);
/** Whether a word is of letters that `latinCased` accepts: it then matches a name's word where its lower case is that word. */
function plainWord(w: string): boolean {
  if (w.length === 0 || !latinCased(w)) return false;
  for (let i = 0; i < w.length; i++) if (!isLetterAt(w, i)) return false;
  return true;
}
/** The word of letters starting at `i`, in lower case, when plain (null otherwise). */
function plainWordAt(text: string, i: number): string | null {
  let j = i;
  while (j < text.length && isLetterAt(text, j)) j++;
  const word = text.slice(i, j);
  return plainWord(word) ? word.toLowerCase() : null;
}
const LETTER_BEFORE = /(?<=\p{L})/uy;

/**
 * Where the word `w` (lower-case) occurs last in `text`, written with its capital, after
 * `after`; -1 when it does not. `starts` are the text's capitals that open a word, in order.
 * The same as searching the text left to right for every occurrence of the word.
 */
function lastCapitalised(text: string, w: string, starts: readonly number[], after: number): number {
  const first = w.charCodeAt(0);
  // An ASCII capital matches only its own small letter (other letters case-fold to ASCII ones, never ASCII ones to others).
  const mayStart = (i: number) => {
    const c = text.charCodeAt(i);
    return c >= 128 || first >= 128 || c + 32 === (first | 0x20);
  };
  if (!neverOverlaps(w)) {
    // Any occurrence that counts starts at one of the capitals.
    if (!starts.some((i) => i > after && mayStart(i))) return -1;
    // Occurrences may overlap: the search, left to right, decides which are found.
    const re = wordAloneIn(w);
    re.lastIndex = 0;
    let last = -1;
    for (let m = re.exec(text); m; m = re.exec(text)) if (m.index > after && text[m.index] !== text[m.index]!.toLowerCase()) last = m.index;
    return last;
  }
  const latin = latinCased(w);
  for (let k = starts.length - 1; k >= 0; k--) {
    const i = starts[k]!;
    if (i <= after) break;
    if (!mayStart(i)) continue;
    const end = i + w.length;
    const written = text.slice(i, end);
    // Latin letters compare by their lower case, with no expression compiled for each name.
    if (latin && latinCased(written)) {
      if (written.toLowerCase() === w && (end >= text.length || !isLetterAt(text, end))) return i;
      continue;
    }
    const re = wordAloneAt(w);
    re.lastIndex = i;
    if (re.test(text)) return i;
  }
  return -1;
}
/**
 * The gender a name's first word says where the corpus knew it, and its last word (folded).
 * A person is asked for it for each pronoun: remembered by name.
 */
const firstNameGender = memoize((name: string): { known: 'f' | 'm' | undefined; surname: string } => {
  const words = fold(name.toLowerCase()).split(/\s+/);
  const known = FIRST_NAME_GENDER.get(words[0]!) ?? (words.length > 1 ? undefined : FIRST_NAME_GENDER.get(words[0]!));
  return { known, surname: words[words.length - 1]! };
});

const honorificWords = new WeakMap<object, RegExp>();
const honorificWordsAnyCase = new WeakMap<object, RegExp>();
/**
 * Whether a folded sentence has one of the honorifics as a word between spaces (as splitting
 * it at spaces gives it); with flags 'i', whether a sentence of ASCII characters has one in
 * any case (the honorifics are lower case).
 */
function honorificWord(h: { female: ReadonlySet<string>; male: ReadonlySet<string> }, flags: '' | 'i' = ''): RegExp {
  const made = flags ? honorificWordsAnyCase : honorificWords;
  let re = made.get(h);
  if (!re) {
    const words = [...h.female, ...h.male].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = words.length ? new RegExp(`(?:^|\\s)(?:${words.join('|')})(?!\\S)`, flags) : /(?!)/;
    made.set(h, re);
  }
  return re;
}

/** Whether a text is all ASCII. */
function asciiOnly(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

// "the retired neurosurgeon": "the", then up to four words, the last in lower case.
const DEFINITE_DESCRIPTION = /^[Tt]he\s+((?:[\p{L}-]+\s+){0,3}\p{Ll}[\p{L}-]*)$/u;
// An English plural noun: "-s", not "-ss" ("the boss").
const PLURAL = /[^s]s$/;
// What may stand before a whole title in a clause ("the former senator Jane Doe", "Ohio's governor …").
const TITLE_OPENERS = new Set(['the', 'a', 'an', 'former', 'then']);

/** A person named in the article: the entity, its words in lower case, and the clauses of its mentions not yet read for a country. */
interface Person {
  entity: EntityDef;
  tokens: string[];
  clauses: string[];
}

/**
 * Turns the words that name a source ("ministrul sud-coreean al Apărării, Shin Won-sik",
 * "Seulul", "he", "the port operator") into a canonical source. It remembers the people
 * named in the article and the last sources, so that back-references resolve.
 */
export class SourceResolver {
  private readonly people: Person[] = [];
  /** The same people by their names. */
  private readonly peopleByName = new Map<string, Person>();
  /** The people by each of their words of three letters or more, in lower case, in their order; but for those with an unusual word. */
  private readonly peopleByWord = new Map<string, number[]>();
  /** The people with a word of three letters or more that `plainWord` refuses. */
  private readonly unusualPeople: number[] = [];
  private lastSource: EntityRef | null = null;
  /** The last source that was no person and no anonymous one: what "it" and "the ministry" can stand for. */
  private lastBody: EntityRef | null = null;
  private lastPerson: EntityRef | null = null;
  /** The people quoted, the last first: whom a pronoun may stand for. */
  private readonly recentPeople: EntityRef[] = [];

  /** @param honorifics the language's, to read a person's gender off the article ("Mrs. Schlafly"). */
  constructor(private readonly honorifics?: { female: ReadonlySet<string>; male: ReadonlySet<string> }) {}
  /** Single names taken for people because the text said nothing else of them. */
  private readonly takenForPeople = new Set<string>();
  /** Sources the text later showed to be something else ("Norvalt" → the company): id → the source. */
  readonly renamed = new Map<string, EntityRef>();
  /** Phrases already resolved in this article; back-references are never cached. */
  private readonly resolved = new Map<string, EntityRef | null>();
  /**
   * The words each person has been named with, folded: "ministrul apararii, shin won-sik";
   * with the clauses of their mentions since, folded in when the words are next read. A
   * title is looked for in the words of the few people a back-reference may stand for:
   * most people named are never asked about, and folding each clause of theirs cost more.
   */
  private readonly roles = new Map<string, { words: string; clauses: string[] }>();

  /** The sentences of the article so far, and how many of them have had their people registered. */
  private readonly sentences: string[] = [];
  private peopleRead = 0;
  /** The honorifics of the sentences read so far, each with the words after it; how many sentences were read. */
  private readonly honorificsBefore: { gender: 'f' | 'm'; names: string[] }[] = [];
  private honorificsRead = 0;
  /** The sentence in which lastBody was quoted. */
  private lastBodyAt = -1;

  /** Registers a sentence, so that a later "Kim" or "Shin" resolves, and "it" finds its subject. */
  notePeople(text: string): void {
    // Read when a source first needs the people named so far: most sources are named
    // outright ("Kremlinul", "the White House") and never do.
    this.sentences.push(text);
  }

  /** Registers the people of the sentences noted so far, in their order. */
  private readPeople(): void {
    while (this.peopleRead < this.sentences.length)
      for (const { name, context } of personMentions(this.sentences[this.peopleRead++]!)) this.addPerson(name, context);
  }

  /**
   * What "it" or "the ministry" stands for: the institution or government last quoted, or
   * one that opened a sentence since ("The EU cut its forecast. … It said …").
   */
  private lastBodyNamed(): EntityRef | null {
    // A few sentences back at most: "it" refers to something near.
    for (let k = this.sentences.length - 2; k > this.lastBodyAt && k >= this.sentences.length - 1 - BODY_LOOKBACK; k--) {
      const text = this.sentences[k]!;
      const first = gazetteer().findMentions(text.slice(0, 80))[0];
      if (first && opensWith(text.slice(0, first.start))) return { ...first.entity, surface: text.slice(first.start, first.end) };
    }
    return this.lastBody;
  }

  private person(name: string, context: string): EntityDef {
    this.readPeople();
    return this.entityOf(this.addPerson(name, context));
  }

  /**
   * Registers a person's mention. The country its clause names ("South Korea's defence
   * minister") is read only when the person is asked for: most people named in an article
   * are never quoted, and reading every clause cost more than the rest of registering them.
   */
  private addPerson(written: string, context: string): Person {
    const name = written;
    const existing = this.peopleByName.get(name);
    // (A person named again has the id made of that name: no new string to make and hash.)
    // A middle initial is left out of the id: one outlet writes "Donald J. Trump", the others
    // "Donald Trump", and a reader follows one person across them.
    const id = existing ? existing.entity.id : `person:${slug(withoutMiddleInitials(name))}`;
    this.rolesOf(id).clauses.push(context);
    if (existing) {
      // A later mention may say whose office the person holds.
      if (!existing.entity.aliases) existing.clauses.push(context);
      return existing;
    }
    const entity: EntityDef = { id, name, kind: 'person' };
    const tokens = name.split(/\s+/).map((w) => w.toLowerCase());
    const person: Person = { entity, tokens, clauses: [context] };
    const k = this.people.push(person) - 1;
    this.peopleByName.set(name, person);
    const words = tokens.filter((w) => w.length >= 3);
    if (words.some((w) => !plainWord(w))) this.unusualPeople.push(k);
    else
      for (const w of new Set(words)) {
        const list = this.peopleByWord.get(w);
        if (list) list.push(k);
        else this.peopleByWord.set(w, [k]);
      }
    return person;
  }

  /**
   * A person's entity, with the country of the first of its clauses that names one (as
   * each mention, read in order, would have given it).
   */
  private entityOf(person: Person): EntityDef {
    for (const clause of person.clauses) {
      if (person.entity.aliases) break;
      const country = countryIn(clause);
      if (country) person.entity = { ...person.entity, aliases: [country.name, country.id] };
    }
    person.clauses.length = 0;
    return person.entity;
  }

  /** The source named by `phrase`, or null when the phrase names nobody. */
  resolve(phrase: string): EntityRef | null {
    const reading = phraseReading(phrase);
    if (!reading) return null;
    let ref: EntityRef | null;
    const key = reading.key;
    if (this.resolved.has(key)) ref = this.resolved.get(key)!;
    else {
      ref = this.resolveSurface(reading.surface, reading.facts);
      if (!reading.refersBack) this.resolved.set(key, ref);
    }
    if (ref) {
      this.lastSource = ref;
      if (ref.kind !== 'person' && ref.id !== 'anonymous') {
        this.lastBody = ref;
        this.lastBodyAt = this.sentences.length - 1;
      }
      if (ref.kind === 'person') {
        this.lastPerson = ref;
        const at = this.recentPeople.findIndex((p) => p.id === ref!.id);
        if (at >= 0) this.recentPeople.splice(at, 1);
        this.recentPeople.unshift(ref);
        if (this.recentPeople.length > RECENT_PEOPLE) this.recentPeople.pop();
        this.rolesOf(ref.id).words = `${this.roleWords(ref.id)} ${reading.folded}`;
      }
    }
    return ref;
  }

  /**
   * Who "he", "ministrul" or "the president" refers to: a pronoun, the person last quoted;
   * a title, the person last quoted with that title, else the last quoted person whose
   * title is not known (null when the last one holds another title).
   */
  private holderOf(key: string): EntityRef | null {
    const last = this.lastPerson;
    // "she" stands for the last person quoted who is not known to be a man.
    const gender = FEMININE_PRONOUNS.has(key) ? 'f' : MASCULINE_PRONOUNS.has(key) ? 'm' : undefined;
    if (gender && last) {
      const named = this.namedBefore(key, gender);
      if (named) return named;
      const person = this.recentPeople.find((p) => (this.genderOf(p) ?? gender) === gender);
      return person ?? last;
    }
    if (PRONOUNS.has(key) || !last) return last;
    this.readPeople();
    const title = key.split(' ').pop()!.slice(0, 6);
    const office = OFFICES.find((names) => names.some((n) => key.endsWith(n)));
    const holds = (id: string) => {
      const words = this.roleWords(id);
      return words.includes(title) || (office !== undefined && office.some((n) => words.includes(n)));
    };
    if (holds(last.id)) return last;
    let holder: Person | undefined;
    for (let k = this.people.length - 1; k >= 0 && !holder; k--) if (holds(this.people[k]!.entity.id)) holder = this.people[k];
    if (holder) {
      const entity = this.entityOf(holder);
      return { ...entity, surface: entity.name };
    }
    return ROLE_TITLES_IN(this.roleWords(last.id)) ? null : last;
  }

  /**
   * The person named last before a pronoun in its own sentence, of its gender or of none
   * known: "Clinton proposed rules that would end what she said were punitive policies" is
   * Clinton's, whoever was quoted before. Null when the sentence names nobody before it.
   */
  private namedBefore(pronoun: string, gender: 'f' | 'm'): EntityRef | null {
    const sentence = this.sentences[this.sentences.length - 1];
    if (!sentence) return null;
    const at = pronounAlone(pronoun).exec(sentence)?.index ?? -1;
    if (at <= 0) return null;
    this.readPeople();
    const before = sentence.slice(0, at);
    // A name's word counts written with its capital ("Clinton", "McConnell"): only the
    // capitals that open a word are read, the last first, and looked up among the names'
    // words, instead of searching the text once for every word of every person named.
    const starts: number[] = [];
    for (let i = 0; i < before.length; i++) {
      const u = before.charCodeAt(i);
      if (u < 128 ? u < 65 || u > 90 : before[i] === before[i]!.toLowerCase()) continue;
      LETTER_BEFORE.lastIndex = i;
      if (!LETTER_BEFORE.test(before)) starts.push(i);
    }
    if (starts.length === 0) return null;
    const eligible = (k: number) => (this.genderOf(this.people[k]!.entity) ?? gender) === gender;
    // People with a word of unusual letters are searched for word by word.
    let bestAt = -1;
    let bestK = -1;
    for (const k of this.unusualPeople) {
      let found = -1;
      for (const w of this.people[k]!.tokens) {
        if (w.length < 3) continue;
        const last = lastCapitalised(before, w, starts, Math.max(bestAt, found));
        if (last > found) found = last;
      }
      if (found > bestAt && eligible(k)) {
        bestAt = found;
        bestK = k;
      }
    }
    // The others by the word at each capital, the last first: the first one found is the
    // last named (the person named first in the article when two share the word).
    for (let s = starts.length - 1; s >= 0 && starts[s]! >= bestAt; s--) {
      const i = starts[s]!;
      let k = -1;
      const word = plainWordAt(before, i);
      if (word !== null) {
        for (const c of this.peopleByWord.get(word) ?? [])
          if (eligible(c)) {
            k = c;
            break;
          }
      } else {
        // Letters that a lower-case copy does not compare: each word is tried where it starts.
        for (let c = 0; c < this.people.length && k < 0; c++)
          if (!this.unusualPeople.includes(c) && eligible(c))
            for (const w of this.people[c]!.tokens) if (w.length >= 3 && lastCapitalised(before, w, [i], i - 1) === i) k = c;
      }
      if (k < 0 || (i === bestAt && k > bestK)) continue;
      bestAt = i;
      bestK = k;
      break;
    }
    if (bestK < 0) return null;
    const entity = this.entityOf(this.people[bestK]!);
    return { ...entity, surface: entity.name };
  }

  /**
   * A person's gender where something says it: a first name the corpus knew, or an
   * honorific before the surname in this article ("Mrs. Schlafly", "domnul Popescu").
   */
  private genderOf(person: { name: string }): 'f' | 'm' | undefined {
    const { known, surname } = firstNameGender(person.name);
    if (known) return known;
    if (!this.honorifics) return undefined;
    this.readHonorifics();
    return this.honorificsBefore.find((h) => h.names.includes(surname))?.gender;
  }

  /**
   * Indexes the honorifics of the sentences noted since the last call, in their order: a
   * gender is asked for each pronoun and each person recently quoted, and re-reading every
   * sentence for each was the costliest part of resolving sources.
   */
  private readHonorifics(): void {
    const h = this.honorifics!;
    const any = honorificWord(h);
    const anyCase = honorificWord(h, 'i');
    while (this.honorificsRead < this.sentences.length) {
      const sentence = this.sentences[this.honorificsRead++]!;
      // Most sentences have no honorific: they are not split into words. One in ASCII (whose
      // fold is its lower case) is tested as written, case aside, and folded only when it has one.
      if (asciiOnly(sentence) ? !anyCase.test(sentence) : !any.test(fold(sentence.toLowerCase()))) continue;
      const folded = fold(sentence.toLowerCase());
      const tokens = folded.split(/\s+/);
      for (let i = 0; i + 1 < tokens.length; i++) {
        const gender = h.female.has(tokens[i]!) ? 'f' : h.male.has(tokens[i]!) ? 'm' : undefined;
        // The name is among the three words after the honorific ("Mrs. Hillary Rodham Clinton").
        if (gender) this.honorificsBefore.push({ gender, names: tokens.slice(i + 1, i + 4).map((t) => t.replace(/[^\p{L}-]+/gu, '')) });
      }
    }
  }

  /** The words a person has been named with, folded. */
  private roleWords(id: string): string {
    const roles = this.roles.get(id);
    if (!roles) return '';
    for (const clause of roles.clauses) roles.words = `${roles.words} ${fold(clause)}`;
    roles.clauses.length = 0;
    return roles.words;
  }

  /** A person's words and clauses, made empty when first asked for. */
  private rolesOf(id: string): { words: string; clauses: string[] } {
    let roles = this.roles.get(id);
    if (!roles) this.roles.set(id, (roles = { words: '', clauses: [] }));
    return roles;
  }

  private resolveSurface(surface: string, facts: SurfaceFacts): EntityRef | null {
    const key = facts.key;
    if (facts.backReference === 'person') {
      // With nobody quoted yet, a title may stand for the government last quoted ("Seoul said …
      // The minister added …"), never for an agency or a newspaper.
      const fallback = PRONOUNS.has(key) || this.lastSource?.kind === 'government' ? this.lastSource : null;
      const target = this.lastPerson ? this.holderOf(key) : fallback;
      // "Ministrul a declarat" with no minister named before: an unnamed office holder.
      return target
        ? { ...target, surface }
        : { id: `person:unnamed-${slug(surface)}`, name: surface.toLowerCase(), kind: 'person', surface };
    }
    if (facts.backReference === 'any') {
      // "it", "the ministry", "agenția" stand for an institution or a government, never a
      // person; with none quoted before, a noun describes its source.
      const body = BODY_BACK_REFERENCES.has(key);
      let target = body ? this.lastBodyNamed() : this.lastSource;
      // "the ministry" belongs to a government; "the agency" is no government.
      if (target && MINISTRY_REFERENCES.has(key) && target.kind !== 'government') target = null;
      if (target && AGENCY_REFERENCES.has(key) && target.kind === 'government') target = null;
      // "the company" is an organisation quoted before, never a government, agency or outlet.
      if (target && COMPANY_REFERENCES.has(key) && target.kind !== 'organization') target = null;
      // "Norvalt said … The company said …": the text says the single name quoted before,
      // taken for a person, is a company.
      if (!target && COMPANY_REFERENCES.has(key) && this.lastSource && this.takenForPeople.has(this.lastSource.id)) {
        const company: EntityRef = { id: `org:${slug(this.lastSource.name)}`, name: this.lastSource.name, kind: 'organization', surface };
        this.renamed.set(this.lastSource.id, company);
        return company;
      }
      if (target) return { ...target, surface };
      if (key === fold('sursa') || key === 'the source') return { id: 'anonymous', name: 'anonymous source', kind: 'unknown', surface };
      return body && key !== 'it' ? describedSource(surface) : null;
    }
    // "ministrul Finanțelor", "the finance minister" with no name: the person last quoted in
    // that role, or an unnamed office holder.
    if (facts.title) {
      const target = this.lastPerson;
      if (target && fold(target.surface).includes(facts.title)) return { ...target, surface };
      return { id: `person:unnamed-${slug(key)}`, name: key, kind: 'person', surface };
    }

    // A person named in full (the name nearest the cue speaks), or by one of their names.
    if (facts.fullName) return { ...this.person(facts.fullName, surface), surface };
    if (facts.capitalised.length) this.readPeople();
    for (const w of facts.capitalised) {
      const known = this.people.find((p) => p.tokens.includes(w));
      if (known) return { ...this.entityOf(known), surface };
    }

    // "Serviciul Național de Informații … Potrivit serviciului sud-coreean": an institution
    // described in lower case by the head of one quoted before is that one.
    // ("The institute said" after "The Korea Development Institute said": English heads come last.)
    // ("The Court said" after "Romania's Court of Accounts said": a head alone may keep its capital.)
    const description = /^(?:[Tt]he\s+)?(\p{Ll}[\p{L}-]+(?:\s+\p{Ll}[\p{L}-]+){0,2}|\p{Lu}\p{Ll}+)$/u.exec(surface.trim())?.[1];
    if (description && this.lastBody && this.lastBody.kind !== 'government') {
      const ends = nameEnds;
      // Its name, or the words it was quoted with ("Institutul Național de Statistică" for INS).
      const heads = [...ends(this.lastBody.name), ...ends(this.lastBody.surface ?? '')];
      const mine = ends(description).filter((w) => w.length >= 4 && ORGANIZATION_STEMS.has(w));
      if (mine.some((w) => heads.includes(w))) return { ...this.lastBody, surface };
    }
    // "the retired neurosurgeon" after "retired neurosurgeon Ben Carson" or "Ben Carson, the
    // retired neurosurgeon,": a description the text gave a person it named is that person.
    const described = this.describedPerson(surface);
    if (described) return described;
    const known = namedSource(surface);
    if (known?.kind === 'person' && !known.aliases && !/\s/.test(known.name)) this.takenForPeople.add(known.id);
    return known && { ...known };
  }

  /**
   * The person a definite description ("the Republican presidential candidate") was given
   * to in the text: as the title right before the name, or as an apposition right after it;
   * the most recently quoted first, else the latest named.
   */
  private describedPerson(surface: string): EntityRef | null {
    const m = DEFINITE_DESCRIPTION.exec(surface.trim());
    if (!m || this.people.length === 0) return null;
    const description = fold(m[1]!);
    // A body ("the campaign") or a plural ("the emails") is no person, whatever stood before a name.
    const head = description.slice(description.lastIndexOf(' ') + 1);
    if (ORGANIZATION_HEADS.has(head) || ORGANIZATION_STEMS.has(stem(head)) || PLURAL.test(head)) return null;
    this.readPeople();
    const described = (person: Person) => {
      const words = ` ${this.roleWords(person.entity.id)}`;
      const last = person.tokens[person.tokens.length - 1]!;
      if (words.includes(` ${fold(last)}, the ${description}`)) return true;
      // The whole title before the name: "the president" is not "Vice President Joe Biden".
      const title = ` ${description} ${fold(person.tokens[0]!)}`;
      for (let at = words.indexOf(title); at >= 0; at = words.indexOf(title, at + 1)) {
        const before = words.slice(words.lastIndexOf(' ', at - 1) + 1, at);
        if (before === '' || TITLE_OPENERS.has(before) || /['’]s$/.test(before)) return true;
      }
      return false;
    };
    // The people quoted most recently first; two of them so described leave it open.
    const quoted = this.recentPeople.map((r) => this.peopleByName.get(r.name)).filter((p): p is Person => p !== undefined);
    const matching = quoted.filter(described);
    if (matching.length > 1) return null;
    const person = matching[0] ?? [...this.people].reverse().find(described);
    return person ? { ...this.entityOf(person), surface } : null;
  }
}
