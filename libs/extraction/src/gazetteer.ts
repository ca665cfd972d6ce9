import type { EntityRef } from '@claim-ledger/contracts';
import { CAPITALS, COUNTRY_ALIASES, DEMONYMS, MORE_DEMONYMS, ORGANIZATIONS, romanianAdjectiveForms } from './gazetteer-data';
import { isUpperAt, wordCharAt, wordEnd } from './char-classes';
import { fold } from './normalize-text';
import { WordScreen } from './word-screen';
import type { Token } from './phrase-index';

export type EntityDef = Omit<EntityRef, 'surface'>;

export interface EntityMention {
  start: number;
  end: number;
  entity: EntityDef;
  /** How the mention names the entity: by its name, a capital or seat (metonymy), or an adjective. */
  via: 'name' | 'metonymy' | 'demonym';
}

const REGION_CODES: string[] = (() => {
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      // Deprecated codes (DD, VD, YU…) display as their successors: keep only canonical ones.
      if (new Intl.Locale(`und-${code}`).region !== code) continue;
      const name = en.of(code);
      // Skip codes CLDR knows only as placeholders or groupings.
      if (name && name !== code && !/^(Unknown|Pseudo|European Union|Eurozone|United Nations|Outlying)/.test(name)) out.push(code);
    }
  }
  return out;
})();

/**
 * Romanian declension of a place name: the genitive-dative of feminine names
 * (Rusia -> Rusiei, Coreea -> Coreei, Moscova -> Moscovei) and the definite article
 * of the others (Seul -> Seulul, Seulului). Only the first word of a multi-word name
 * inflects ("Coreea de Sud" -> "Coreei de Sud").
 */
export function romanianForms(name: string): string[] {
  const [head, ...tail] = name.split(' ');
  if (!head) return [name];
  const rest = tail.length ? ` ${tail.join(' ')}` : '';
  const forms = new Set([name]);
  if (/ea$/.test(head)) forms.add(`${head.slice(0, -2)}ei${rest}`);
  else if (/a$/.test(head)) {
    forms.add(`${head.slice(0, -1)}ei${rest}`);
  } else if (/[bcdfghjklmnprstvwxzț]$/i.test(head)) {
    forms.add(`${head}ul${rest}`).add(`${head}ului${rest}`);
  } else if (/i$/.test(head)) {
    forms.add(`${head}ul${rest}`).add(`${head}ului${rest}`);
  }
  // Foreign names take the article after a hyphen: "Bruxelles-ul", "Tokyo-ului".
  if (!/a$/.test(head)) forms.add(`${head}-ul${rest}`).add(`${head}-ului${rest}`);
  return [...forms];
}

const keyCache = new Map<string, string>();

/** Lower-cased, diacritics-free, single-spaced: the key of a name in the index. */
export function nameKey(s: string): string {
  let k = keyCache.get(s);
  if (k === undefined) {
    k = fold(s)
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/[’']/g, "'")
      .trim();
    // Names recur across articles; a bounded cache keeps memory flat over any stream.
    if (keyCache.size >= 50_000) keyCache.clear();
    keyCache.set(s, k);
  }
  return k;
}

/** All-capital short forms (US, UN, AP) are matched as written, so "us" or "ap" never match. */
const ACRONYM = /^[\p{Lu}.]{2,6}$/u;
function isAcronym(s: string): boolean {
  // A loop over capitals and stops (names are looked up word by word); the expression
  // decides only for text outside the Basic Multilingual Plane.
  if (s.length < 2 || s.length > 12) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return ACRONYM.test(s);
    if (c !== 0x2e && !isUpperAt(s, i)) return false;
  }
  return s.length <= 6;
}

/** Whether a word is ASCII letters alone. */
function asciiLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
  }
  return s.length > 0;
}

/** Whether a text is words of ASCII letters with one space between each two. */
function plainWords(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === n - 1 || s.charCodeAt(i - 1) === 0x20) return false;
      continue;
    }
    const lower = c | 0x20;
    if (lower < 97 || lower > 122) return false;
  }
  return true;
}

/** Whether a word ends in a possessive "'s" or "’s". */
const possessive = (s: string) => s.endsWith("'s") || s.endsWith('’s');

export class Gazetteer {
  private readonly byKey = new Map<string, { entity: EntityDef; via: EntityMention['via'] }>();
  private readonly acronyms = new Map<string, { entity: EntityDef; via: EntityMention['via'] }>();
  private readonly demonyms = new Map<string, EntityDef>();
  /** First words of the demonyms of more than one word ("south" of "South Korean"). */
  private readonly demonymOpeners = new Set<string>();
  /** First word of every known name -> the most words a name starting with it has. */
  private readonly firstWords = new Map<string, number>();
  /** A screen of those first words, made once they are all known (see firstWordOf). */
  private firstWordScreen: WordScreen | null = null;
  /** A screen of the names' keys, made once they are all known (see lookup). */
  private keyScreen: WordScreen | null = null;

  constructor() {
    const en = new Intl.DisplayNames(['en'], { type: 'region' });
    const ro = new Intl.DisplayNames(['ro'], { type: 'region' });
    for (const code of REGION_CODES) {
      const entity: EntityDef = { id: `country:${code}`, name: en.of(code)!, kind: 'government' };
      const names = [en.of(code)!, ro.of(code)!, ...(COUNTRY_ALIASES[code] ?? [])];
      for (const n of names) for (const f of romanianForms(n)) this.add(f, entity, 'name');
      for (const c of CAPITALS[code] ?? []) for (const f of romanianForms(c)) this.add(f, entity, 'metonymy');
      for (const d of DEMONYMS[code] ?? []) this.demonyms.set(nameKey(d), entity);
      for (const [c, en, ro] of MORE_DEMONYMS) {
        if (c !== code) continue;
        for (const d of [en, ...romanianAdjectiveForms(ro)]) if (!this.demonyms.has(nameKey(d))) this.demonyms.set(nameKey(d), entity);
      }
    }
    for (const key of this.demonyms.keys()) if (key.includes(' ')) this.demonymOpeners.add(key.slice(0, key.indexOf(' ')));
    // Forms that the declension rules cannot derive.
    const us = this.byKey.get(nameKey('United States'))!.entity;
    for (const f of ['Statelor Unite', 'Statele Unite ale Americii', 'Statelor Unite ale Americii']) this.add(f, us, 'name');
    for (const o of ORGANIZATIONS) {
      const entity: EntityDef = { id: o.id, name: o.name, kind: o.kind };
      for (const form of o.forms) for (const f of isAcronym(form) ? [form] : romanianForms(form)) this.add(f, entity, 'name');
    }
  }

  private add(form: string, entity: EntityDef, via: EntityMention['via']): void {
    if (isAcronym(form)) this.acronyms.set(form.replace(/\./g, ''), { entity, via });
    else {
      const key = nameKey(form);
      if (!this.byKey.has(key)) this.byKey.set(key, { entity, via });
    }
    const words = form.split(' ');
    const first = nameKey(words[0]!.replace(/\.$/, ''));
    this.firstWords.set(first, Math.max(this.firstWords.get(first) ?? 0, words.length));
  }

  /**
   * The most words a known name that opens with `word` has (a stop or a possessive after
   * it left out), or undefined. A word of ASCII letters alone is its key in lower case, and
   * the screen reads its first two letters without their case: most capitalised words of a
   * text open no known name, and they are passed over without a key made and hashed.
   */
  private longestFrom(word: string): number | undefined {
    const screen = (this.firstWordScreen ??= new WordScreen(this.firstWords.keys()));
    if (asciiLetters(word) && !screen.mayHold(word)) return undefined;
    const bare = word.endsWith('.') ? word.slice(0, -1) : word;
    return this.firstWords.get(nameKey(possessive(bare) ? bare.slice(0, -2) : bare));
  }

  /** The country a demonym or adjective names ("sud-coreean", "Russian"), if any. */
  demonym(word: string): EntityDef | null {
    return this.demonyms.get(nameKey(word)) ?? null;
  }

  /**
   * The country two words name as a demonym ("South Korean"), as demonym(`${first} ${second}`).
   * The key of two words is the key of each joined by a space, so a first word that opens
   * no demonym of two words is not looked up with the second: most words of a text open
   * none, and keying every pair cost more than all other look-ups of names.
   */
  demonymPair(first: string, second: string): EntityDef | null {
    if (second !== '' && !this.demonymOpeners.has(nameKey(first))) return null;
    return this.demonym(`${first} ${second}`);
  }

  /** A name as written ("Seulul", "Coreea de Sud", "KCNA"), if the gazetteer knows it. */
  lookup(surface: string): { entity: EntityDef; via: EntityMention['via'] } | null {
    if (isAcronym(surface)) return this.acronyms.get(surface.replace(/\./g, '')) ?? null;
    // (Words of ASCII letters, one space apart, are their key in lower case: screened by
    // their first two letters and length, case aside, before a key is made and hashed.)
    if (plainWords(surface) && !(this.keyScreen ??= new WordScreen(this.byKey.keys())).mayHold(surface)) return null;
    return this.byKey.get(nameKey(surface)) ?? null;
  }

  /**
   * Every known name in a text, longest first and without overlaps. Names start with
   * a capital letter; lower-case words are never taken for places.
   */
  findMentions(text: string, offset = 0, tokens?: readonly Token[]): EntityMention[] {
    const words = (tokens && spansFromTokens(text, tokens)) ?? wordSpans(text);
    const count = words.length >> 1;
    const out: EntityMention[] = [];
    for (let i = 0; i < count; i++) {
      const firstStart = words[2 * i]!;
      if (!isUpperAt(text, firstStart)) continue;
      const firstWord = text.slice(firstStart, words[2 * i + 1]);
      // Only words that begin some known name are worth the longer look-ups.
      const longest = this.longestFrom(firstWord) ?? (isAcronym(firstWord) ? 1 : 0);
      for (let n = Math.min(longest, count - i); n >= 1; n--) {
        let end = words[2 * (i + n - 1) + 1]!;
        let surface = text.slice(firstStart, end);
        let hit = this.lookup(surface);
        // A trailing full stop belongs to the sentence unless the name is an acronym like U.S.
        if (!hit && surface.endsWith('.')) {
          surface = surface.slice(0, -1);
          end--;
          hit = this.lookup(surface);
        }
        if (!hit && possessive(surface)) {
          hit = this.lookup(surface.slice(0, -2));
        }
        if (hit) {
          out.push({ start: offset + firstStart, end: offset + end, entity: hit.entity, via: hit.via });
          i += n - 1;
          break;
        }
      }
    }
    return out;
  }
}

/**
 * The words of a name-bearing text as [start, end] pairs: a letter or digit, then
 * letters, digits, full stops (U.S.), apostrophes and hyphens.
 */
export function wordSpans(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length;) {
    if (wordCharAt(text, i) < 0) {
      i++;
      continue;
    }
    const end = wordEnd(text, i, true);
    out.push(i, end);
    i = end;
  }
  return out;
}

/**
 * The same word spans read off the text's tokens, which a caller has already cut: a token
 * takes in the full stops, apostrophes, hyphens and tokens glued after it ("U.S.",
 * "Seoul."). Null when a word is cut at either end of the text (tokens of a larger
 * text that cross its ends are not passed in).
 */
export function spansFromTokens(text: string, tokens: readonly Token[]): number[] | null {
  const n = text.length;
  // The first and the last letter or digit must each lie in a token passed in.
  let first = 0;
  while (first < n && wordCharAt(text, first) < 0) first++;
  let last = n - 1;
  while (last >= first && wordCharAt(text, last) < 0) last--;
  if (first < n && (tokens.length === 0 || tokens[0]!.start !== first || tokens[tokens.length - 1]!.end <= last)) return null;
  const out: number[] = [];
  for (let k = 0; k < tokens.length;) {
    const start = tokens[k]!.start;
    let end = tokens[k]!.end;
    k++;
    for (;;) {
      const c = text.charCodeAt(end);
      if (c === 0x2e || c === 0x27 || c === 0x2d || c === 0x2019) end++;
      else if (k < tokens.length && tokens[k]!.start === end) end = tokens[k++]!.end;
      else break;
    }
    out.push(start, end);
  }
  return out;
}

let shared: Gazetteer | null = null;
/** The gazetteer is built once per process from locale data (about 250 countries). */
export function gazetteer(): Gazetteer {
  shared ??= new Gazetteer();
  return shared;
}
