import type { Quantity } from '@claim-ledger/contracts';
import { fold } from './normalize-text';

const NUMBER_WORDS: Record<string, number> = {
  // Romanian
  unu: 1,
  una: 1,
  un: 1,
  o: 1,
  doi: 2,
  două: 2,
  doua: 2,
  trei: 3,
  patru: 4,
  cinci: 5,
  șase: 6,
  sase: 6,
  șapte: 7,
  sapte: 7,
  opt: 8,
  nouă: 9,
  noua: 9,
  zece: 10,
  douăzeci: 20,
  treizeci: 30,
  patruzeci: 40,
  cincizeci: 50,
  sută: 100,
  sute: 100,
  // English
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  dozen: 12,
};

const SCALES: Record<string, number> = {
  mie: 1e3,
  mii: 1e3,
  thousand: 1e3,
  thousands: 1e3,
  milion: 1e6,
  milioane: 1e6,
  million: 1e6,
  millions: 1e6,
  mil: 1e6,
  miliard: 1e9,
  miliarde: 1e9,
  billion: 1e9,
  billions: 1e9,
  mld: 1e9,
  bn: 1e9,
  trilion: 1e12,
  trilioane: 1e12,
  trillion: 1e12,
};

/** Words before a figure that make it approximate or a bound. */
const APPROX =
  /(aproximativ|circa|cca\.?|peste|cel puțin|cel putin|aproape|în jur de|in jur de|mai mult de|mai bine de|până la|pana la|about|roughly|around|approximately|nearly|almost|some|more than|over|at least|up to|an estimated|upwards of|close to)\s+$/i;

/** Units: plural and inflected forms to the English singular noun (or ISO code, or %). */
const UNITS: Record<string, string> = {
  containere: 'container',
  containerele: 'container',
  container: 'container',
  containers: 'container',
  obuze: 'shell',
  obuz: 'shell',
  shells: 'shell',
  shell: 'shell',
  rounds: 'round',
  proiectile: 'shell',
  rachete: 'missile',
  rachetă: 'missile',
  missiles: 'missile',
  missile: 'missile',
  drone: 'drone',
  drones: 'drone',
  tancuri: 'tank',
  tanks: 'tank',
  soldați: 'soldier',
  soldati: 'soldier',
  soldiers: 'soldier',
  militari: 'soldier',
  troops: 'soldier',
  persoane: 'person',
  oameni: 'person',
  people: 'person',
  persons: 'person',
  victime: 'victim',
  victims: 'victim',
  morți: 'death',
  deaths: 'death',
  răniți: 'injured',
  injured: 'injured',
  tone: 'tonne',
  tonnes: 'tonne',
  tons: 'tonne',
  km: 'kilometre',
  kilometri: 'kilometre',
  kilometres: 'kilometre',
  kilometers: 'kilometre',
  miles: 'mile',
  mm: 'mm',
  milimetri: 'mm',
  millimetre: 'mm',
  vagoane: 'wagon',
  wagons: 'wagon',
  nave: 'ship',
  ships: 'ship',
  avioane: 'aircraft',
  aircraft: 'aircraft',
  zile: 'day',
  days: 'day',
  luni: 'month',
  months: 'month',
  ani: 'year',
  years: 'year',
  săptămâni: 'week',
  weeks: 'week',
  dolari: 'USD',
  dollars: 'USD',
  $: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  '€': 'EUR',
  lei: 'RON',
  ruble: 'RUB',
  roubles: 'RUB',
  rubles: 'RUB',
  '%': '%',
  procente: '%',
  percent: '%',
  'per cent': '%',
  la: '',
};

function parseNumeral(raw: string, lang: string): number | null {
  const s = raw.replace(/\s/g, '');
  // Romanian writes 7.000 and 3,5; English 7,000 and 3.5.
  const [thousands, decimal] = lang === 'ro' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+(\\${decimal}\\d+)?$`);
  if (grouped.test(s)) return Number(s.split(thousands).join('').replace(decimal, '.'));
  if (/^\d+$/.test(s)) return Number(s);
  const dec = new RegExp(`^\\d+\\${decimal}\\d+$`);
  if (dec.test(s)) return Number(s.replace(decimal, '.'));
  return null;
}

function unitAfter(after: string): string | undefined {
  const m = /^\s*(?:de\s+)?(%|\$|€|[\p{L}]+)/u.exec(after);
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  if (UNITS[word] !== undefined) return UNITS[word] || undefined;
  if (/^[\p{Ll}]+s$/u.test(word) && word.length > 3 && !/ss$/.test(word))
    return word
      .replace(/ies$/, 'y')
      .replace(/(ch|sh|x)es$/, '$1')
      .replace(/s$/, '');
  return undefined;
}

/**
 * Figures in a text: digits with either language's separators, number words with
 * scale words ("trei milioane", "two million"), vague amounts ("mii de",
 * "thousands of") and hedges ("aproximativ", "more than").
 */
export function findQuantities(text: string, lang: string): Quantity[] {
  const out: Quantity[] = [];
  const numberWord = Object.keys(NUMBER_WORDS).join('|');
  const scale = Object.keys(SCALES).join('|');
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}.,])(?:(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)|(${numberWord}))(?:\\s*(${scale})(?![\\p{L}]))?(\\s*(?:mm|%)(?![\\p{L}]))?`,
    'giu',
  );
  for (const m of text.matchAll(re)) {
    const [whole, digits, word, scaleWord, suffix] = m;
    let value = digits ? parseNumeral(digits, lang) : (NUMBER_WORDS[fold(word!)] ?? null);
    if (value === null) continue;
    // A bare number word with no scale is rarely a figure worth keeping ("one of", "o serie").
    if (word && !scaleWord) continue;
    // Years and calibres are not counts.
    if (digits && !scaleWord && !suffix && /^(19|20)\d\d$/.test(digits)) continue;
    if (scaleWord) value *= SCALES[scaleWord.toLowerCase()]!;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const after = text.slice(m.index + whole.length);
    const unit = suffix ? (suffix.trim() === '%' ? '%' : 'mm') : unitAfter(after);
    const approx = APPROX.test(before);
    out.push({ value, approx, ...(unit ? { unit } : {}), surface: whole.trim() });
  }
  // "mii de containere", "thousands of containers": an order of magnitude, not a figure.
  for (const m of text.matchAll(/(?<![\p{L}])(mii|zeci de mii|sute|thousands|hundreds|millions|milioane)\s+(?:de|of)\s+([\p{L}]+)/giu)) {
    const prior = text.slice(Math.max(0, m.index - 12), m.index);
    if (
      /(\d|\p{L})\s+$/u.test(prior) &&
      /(\d|unu|doi|două|trei|patru|cinci|șase|șapte|opt|nouă|zece|one|two|three|four|five|six|seven|eight|nine|ten)\s+$/iu.test(prior)
    )
      continue;
    const mag = /^(sute|hundreds)$/i.test(m[1]!) ? 100 : /^(milioane|millions)$/i.test(m[1]!) ? 1e6 : /^zeci/i.test(m[1]!) ? 1e4 : 1e3;
    const unit = unitAfter(m[2]!);
    out.push({ value: mag, approx: true, vague: true, ...(unit ? { unit } : {}), surface: m[0] });
  }
  return out;
}
