import { fold } from './normalize-text';

/**
 * Units of counted things, as the contract wants them: an English singular noun, an
 * ISO 4217 code for money, or `%`. Romanian nouns are translated through this lexicon
 * (news vocabulary: arms, people, goods, measures, money); English plurals are made
 * singular by rule. A Romanian noun the lexicon lacks is kept as written.
 */
const LEXICON: Record<string, string> = {
  // money
  dolari: 'USD',
  dolar: 'USD',
  dollars: 'USD',
  dollar: 'USD',
  usd: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  eur: 'EUR',
  lei: 'RON',
  leu: 'RON',
  ron: 'RON',
  ruble: 'RUB',
  rubles: 'RUB',
  roubles: 'RUB',
  rub: 'RUB',
  lire: 'GBP',
  pounds: 'GBP',
  gbp: 'GBP',
  yeni: 'JPY',
  yen: 'JPY',
  yuani: 'CNY',
  yuan: 'CNY',
  hryvnia: 'UAH',
  grivne: 'UAH',
  franci: 'CHF',
  francs: 'CHF',
  // arms and military
  containere: 'container',
  containerele: 'container',
  container: 'container',
  obuze: 'shell',
  obuz: 'shell',
  proiectile: 'shell',
  proiectil: 'shell',
  munitii: 'munition',
  runde: 'round',
  rachete: 'missile',
  racheta: 'missile',
  drone: 'drone',
  drona: 'drone',
  tancuri: 'tank',
  tanc: 'tank',
  avioane: 'aircraft',
  avion: 'aircraft',
  elicoptere: 'helicopter',
  nave: 'ship',
  nava: 'ship',
  vase: 'ship',
  soldati: 'soldier',
  soldat: 'soldier',
  militari: 'soldier',
  militar: 'soldier',
  trupe: 'troop',
  luptatori: 'fighter',
  arme: 'weapon',
  arma: 'weapon',
  vagoane: 'wagon',
  vagon: 'wagon',
  camioane: 'truck',
  camion: 'truck',
  sisteme: 'system',
  sistem: 'system',
  lansatoare: 'launcher',
  lansator: 'launcher',
  divizii: 'division',
  divizie: 'division',
  brigazi: 'brigade',
  brigada: 'brigade',
  batalioane: 'battalion',
  batalion: 'battalion',
  regimente: 'regiment',
  baterii: 'battery',
  obuziere: 'howitzer',
  tunuri: 'gun',
  submarine: 'submarine',
  trenuri: 'train',
  tren: 'train',
  vehicule: 'vehicle',
  blindate: 'armoured vehicle',
  bombe: 'bomb',
  mine: 'mine',
  gloante: 'round',
  cartuse: 'cartridge',
  munitie: 'ammunition',
  ofiteri: 'officer',
  generali: 'general',
  mercenari: 'mercenary',
  voluntari: 'volunteer',
  recruti: 'recruit',
  dezertori: 'deserter',
  specialisti: 'specialist',
  ingineri: 'engineer',
  lucratori: 'worker',
  diplomati: 'diplomat',
  jurnalisti: 'journalist',
  politisti: 'police officer',
  pompieri: 'firefighter',
  sate: 'village',
  localitati: 'locality',
  orase: 'city',
  cladiri: 'building',
  transporturi: 'shipment',
  livrari: 'delivery',
  tratate: 'treaty',
  acorduri: 'agreement',
  contracte: 'contract',
  // people
  participanti: 'participant',
  manifestanti: 'protester',
  protestatari: 'protester',
  demonstranti: 'protester',
  alegatori: 'voter',
  profesori: 'teacher',
  gospodarii: 'household',
  persoane: 'person',
  persoana: 'person',
  oameni: 'person',
  om: 'person',
  people: 'person',
  persons: 'person',
  victime: 'victim',
  victima: 'victim',
  morti: 'death',
  decese: 'death',
  raniti: 'injured',
  copii: 'child',
  children: 'child',
  refugiati: 'refugee',
  migranti: 'migrant',
  angajati: 'employee',
  muncitori: 'worker',
  locuitori: 'resident',
  cetateni: 'citizen',
  elevi: 'pupil',
  studenti: 'student',
  pacienti: 'patient',
  cazuri: 'case',
  voturi: 'vote',
  locuri: 'seat',
  mandate: 'seat',
  membri: 'member',
  turisti: 'tourist',
  prizonieri: 'prisoner',
  ostatici: 'hostage',
  civili: 'civilian',
  civilians: 'civilian',
  civilian: 'civilian',
  decedati: 'death',
  men: 'man',
  women: 'woman',
  femei: 'woman',
  barbati: 'man',
  // goods and measures
  tone: 'tonne',
  tona: 'tonne',
  tonnes: 'tonne',
  tonne: 'tonne',
  tons: 'tonne',
  ton: 'tonne',
  kilograme: 'kilogram',
  kg: 'kilogram',
  litri: 'litre',
  litres: 'litre',
  liters: 'litre',
  barili: 'barrel',
  metri: 'metre',
  metres: 'metre',
  meters: 'metre',
  // The symbol, as English writes distances ("a 10 km stretch") and as "mm" is kept below.
  km: 'km',
  kilometri: 'km',
  kilometres: 'km',
  kilometers: 'km',
  mile: 'mile',
  hectare: 'hectare',
  mm: 'mm',
  milimetri: 'mm',
  millimetre: 'mm',
  cm: 'centimetre',
  megawati: 'megawatt',
  mw: 'megawatt',
  gigawati: 'gigawatt',
  gw: 'gigawatt',
  locuinte: 'home',
  case: 'house',
  // time
  zile: 'day',
  zi: 'day',
  saptamani: 'week',
  luni: 'month',
  ani: 'year',
  an: 'year',
  ore: 'hour',
  minute: 'minute',
  // documents and events
  atacuri: 'attack',
  atac: 'attack',
  incendii: 'fire',
  cutremure: 'earthquake',
  explozii: 'explosion',
  sanctiuni: 'sanction',
};

// The lexicon as a map: looked up with a word read off the text, an object's keys cost
// more (and "constructor" would have been found on every object).
const UNITS: ReadonlyMap<string, string> = new Map(Object.entries(LEXICON));

const MULTIWORD: [string, RegExp, string][] = [
  ['locuri', /^\s+de\s+munc[aă](?![\p{L}])/iu, 'job'],
  ['metri', /^\s+cubi(?![\p{L}])/iu, 'cubic metre'],
  ['cubic', /^\s+met(?:re|er)s?(?![\p{L}])/iu, 'cubic metre'],
  ['barrels', /^\s+(?:per|a)\s+day(?![\p{L}])/iu, 'barrel per day'],
  ['barili', /^\s+pe\s+zi(?![\p{L}])/iu, 'barrel per day'],
];
// The first words of MULTIWORD: most units are none of them.
const MULTIWORD_FIRST = new Set(MULTIWORD.map(([first]) => first));

// English words that follow a figure but are not what it counts.
const NOT_UNITS = new Set([
  'dintre',
  'dintr',
  'times',
  'ori',
  'over',
  'under',
  'near',
  'across',
  'into',
  'with',
  'after',
  'before',
  'during',
  'since',
  'as',
  'among',
  'spre',
  'catre',
  'pentru',
  'peste',
  'sub',
  'intre',
  'dupa',
  'fata',
  'of',
  'and',
  'or',
  'to',
  'the',
  'in',
  'on',
  'at',
  'for',
  'from',
  'by',
  'per',
  'more',
  'than',
  'de',
  'si',
  'la',
  'din',
  'pe',
  'in',
  'cu',
  'sau',
  'ori',
  'mai',
  'ca',
  'that',
  'which',
  'who',
  'a',
  'an',
  'were',
  'was',
  'are',
  'is',
  'au',
  'a',
  'fost',
  'have',
  'has',
  // Other function words that may follow a figure: "10.000 până în decembrie", "5% this year".
  ...['pana', 'until', 'till', 'within', 'without', 'fara', 'prin', 'around', 'about', 'this', 'next', 'last', 'iar', 'dar'],
  ...['but', 'will', 'would', 'could', 'ar', 'va', 'vor', 'se', 'nu', 'not', 'if', 'daca', 'when', 'cand', 'while', 'because'],
  ...['deoarece', 'potrivit', 'according', 'also', 'still', 'inca', 'deja', 'already', 'only', 'doar', 'numai', 'este', 'sunt'],
]);
const IRREGULAR: Record<string, string> = {
  people: 'person',
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  aircraft: 'aircraft',
  sheep: 'sheep',
  personnel: 'personnel',
  ammunition: 'ammunition',
  munitions: 'munition',
};

function singular(word: string): string {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (/ies$/.test(word) && word.length > 4) return word.replace(/ies$/, 'y');
  if (/(ch|sh|x|ss|s)es$/.test(word)) return word.replace(/es$/, '');
  if (/[^s]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** The unit of a figure, from the words right after it (" de containere cu", " containers of"). */
/**
 * Units that count people, in the English the engine writes units in: a count of
 * "participants" and one of "people" at one event may be of the same crowd.
 */
export const PEOPLE_UNITS: ReadonlySet<string> = new Set(
  ['person', 'participant', 'protester', 'demonstrator', 'voter', 'resident', 'worker', 'employee', 'pupil', 'student'].concat([
    'teacher',
    'victim',
    'death',
    'injured',
    'child',
    'man',
    'woman',
    'civilian',
    'soldier',
    'officer',
    'firefighter',
  ]),
);

/** Whether a word (folded) is a unit of measure or a counted thing, not money ("km", "soldați"): before a number, it labels it. */
export function isUnitWord(w: string): boolean {
  const unit = UNITS.get(w);
  return unit !== undefined && !/^[A-Z]{3}$/.test(unit);
}

/** Whether a word (folded) names money ("usd", "lei"): before a number, it is the number's unit. */
export function isCurrencyWord(w: string): boolean {
  const unit = UNITS.get(w);
  return unit !== undefined && /^[A-Z]{3}$/.test(unit);
}

export function unitFor(after: string, lang: string): string | undefined {
  // "seven more batteries", "1.000 de noi locuri": a word of degree before the noun counts nothing.
  const degree = /^\s*(?:more|additional|extra|new|other|further|alte|noi)\s+(?=\p{L})/iu.exec(after);
  if (degree) return unitFor(` ${after.slice(degree[0].length)}`, lang);
  // "3 million 152mm shells", "500,000 122-mm rockets": a calibre before the noun counts nothing.
  const calibre = /^\s*\d+(?:[.,]\d+)?(?:\s?|-)(?:mm|cm)\s+(?=\p{L})/iu.exec(after);
  if (calibre) return unitFor(` ${after.slice(calibre[0].length)}`, lang);
  const words = after.match(/^\s*(?:(?:de|of)\s+)?((?:\p{Lu}[\p{L}-]*\s+){0,2})?(\p{L}[\p{L}-]*)/u);
  if (!words) return undefined;
  const raw = words[2]!;
  const w = fold(raw);
  if (NOT_UNITS.has(w)) return undefined;
  const rest = after.slice((words.index ?? 0) + words[0].length);
  // Units of more than one word: "locuri de muncă" are jobs, "metri cubi" cubic metres.
  if (MULTIWORD_FIRST.has(w)) for (const [first, tail, unit] of MULTIWORD) if (w === first && tail.test(rest)) return unit;
  const known = UNITS.get(w);
  if (known) return known;
  if (lang === 'ro') return raw.toLowerCase();
  // English puts modifiers first: "1,200 glide bombs", "500 armoured vehicles" count
  // the head noun (the plural that follows a singular modifier).
  if (!w.endsWith('s')) {
    const next = /^\s+(\p{L}[\p{L}-]*)(?:\s+(\p{L}[\p{L}-]*))?/u.exec(rest);
    const plural = (word: string | undefined) => word !== undefined && word.length > 3 && /[^s]s$/.test(word) && !NOT_UNITS.has(word);
    const head = next?.[1] && fold(next[1]);
    // "special forces troops": a plural after a plural is the head.
    const then = next?.[2] && fold(next[2]);
    if (head && plural(head))
      return plural(then || undefined) ? (UNITS.get(then!) ?? singular(then!)) : (UNITS.get(head) ?? singular(head));
  }
  return singular(w);
}
