import type { EntityRef } from '@claim-ledger/contracts';
import { gazetteer, type EntityDef } from './gazetteer';
import { ROLE_WORDS } from './gazetteer-data';
import { fold } from './normalize-text';

/** A person named in the article, with the country whose office they speak for, if said. */
interface KnownPerson {
  entity: EntityDef;
  tokens: string[];
}

// Words that refer back to an earlier source.
const BACK_REFERENCES: Record<string, RegExp> = {
  ro: /^(aceleiași surse|aceleiasi surse|acesteia|acestuia|acestora|acesta|aceasta|ea|el|ei|ele|sursei citate|sursa citată|aceeași sursă|oficialul|oficialii|ministrul|ministerul|președintele|premierul|purtătorul de cuvânt|purtătoarea de cuvânt|liderul|agenția|directorul|șeful|comunicatul)$/i,
  en: /^(he|she|they|it|the minister|the ministry|the president|the official|the spokesman|the spokeswoman|the spokesperson|the agency|the leader|the prime minister|the director|the statement|the same source)$/i,
};

const ANONYMOUS: Record<string, RegExp> = {
  ro: /\b(surse|o sursă|oficiali|un oficial|un înalt oficial|analiști|experți|martori)\b/i,
  en: /\b(sources?|an? (senior |top |high-ranking )?officials?|officials|analysts|experts|witnesses|diplomats)\b/i,
};

const slug = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// Capitalised words that head titles and institutions rather than names of people.
const TITLE_WORDS = new Set(
  [...ROLE_WORDS.en, ...ROLE_WORDS.ro]
    .flatMap((w) => w.split(' '))
    .concat([
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
    ])
    .map((w) => fold(w)),
);
// Last words that make a capitalised phrase an institution, not a person.
const INSTITUTION_HEADS =
  /^(council|ministry|agency|service|committee|organization|organisation|office|department|party|army|forces|command|bank|court|parliament|government|administration|ministerul|agenția|serviciul|consiliul|comitetul|partidul|armata|guvernul|parlamentul|curtea|banca)$/i;

/** Names of people in a text: runs of two to four capitalised words, titles and places removed. */
function personNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{Ll}]+(?:-\p{Lu}?\p{Ll}+)?(?:\s+\p{Lu}[\p{Ll}]+(?:-\p{Lu}?\p{Ll}+)?)*/gu)) {
    let words = m[0].split(/\s+/);
    if (words.some((w) => INSTITUTION_HEADS.test(w))) continue;
    // Drop leading titles and place words: "South Korean Defense Minister Shin Won-sik" -> "Shin Won-sik".
    for (;;) {
      if (isPlaceStart(words)) words = words.slice(2);
      else if (words.length && (TITLE_WORDS.has(fold(words[0]!)) || gazetteer().lookup(words[0]!) || gazetteer().demonym(words[0]!)))
        words = words.slice(1);
      else break;
    }
    if (words.length >= 2 && words.length <= 4 && !gazetteer().lookup(words.join(' '))) out.push(words.join(' '));
  }
  return out;
}

/** True when the words start with a multi-word place or demonym ("South Korean", "North Korea"). */
function isPlaceStart(words: string[]): boolean {
  const two = words.slice(0, 2).join(' ');
  return words.length >= 2 && (gazetteer().lookup(two) !== null || gazetteer().demonym(two) !== null);
}

/**
 * Turns the words that name a source ("ministrul sud-coreean al Apărării, Shin Won-sik",
 * "Seulul", "he") into a canonical source, remembering people and the last source so
 * later back-references resolve.
 */
export class SourceResolver {
  private readonly people: KnownPerson[] = [];
  private last: EntityRef | null = null;

  constructor(private readonly lang: string) {}

  /** Registers the people named in a sentence, so that a later "Kim" or "Shin" resolves. */
  notePeople(text: string): void {
    for (const name of personNames(text)) this.personFrom(name, text);
  }

  private personFrom(name: string, context: string): EntityDef | null {
    const words = name.split(/\s+/);
    if (words.length < 2) return null;
    const existing = this.people.find((p) => p.entity.name === name);
    if (existing) return existing.entity;
    const country = this.countryIn(context);
    const entity: EntityDef = {
      id: `person:${slug(name)}`,
      name,
      kind: 'person',
      ...(country ? { aliases: [country.name, country.id] } : {}),
    };
    this.people.push({ entity, tokens: words.map((w) => w.toLowerCase()) });
    return entity;
  }

  private countryIn(text: string): EntityDef | null {
    for (const w of text.match(/[\p{L}.'’-]+/gu) ?? []) {
      const d = gazetteer().demonym(w.replace(/['’]s$/, ''));
      if (d) return d;
    }
    const mention = gazetteer()
      .findMentions(text)
      .find((m) => m.entity.id.startsWith('country:'));
    return mention?.entity ?? null;
  }

  /** The source named by `phrase`, or null when the phrase names nobody. */
  resolve(phrase: string): EntityRef | null {
    const surface = phrase.replace(/^[\s,"'(:-]+|[\s,."'):;-]+$/g, '').replace(/^(the|a)\s+/i, (m) => (/^(the|a)\s+$/i.test(m) ? m : m));
    if (!surface) return null;
    const ref = this.resolveSurface(surface);
    if (ref) this.last = ref;
    return ref;
  }

  private resolveSurface(surface: string): EntityRef | null {
    const lang = this.lang === 'ro' ? 'ro' : 'en';
    if (BACK_REFERENCES[lang]!.test(surface.trim()) && this.last) return { ...this.last, surface };
    // A person named in full, or by one of the names of someone named before.
    const words = surface.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
    // The name nearest the cue is the speaker ("National Security Council spokesman John Kirby").
    const names = personNames(surface);
    const nearest = names[names.length - 1];
    if (nearest) {
      const person = this.personFrom(nearest, surface);
      if (person) return { ...person, surface };
    }
    for (const w of words) {
      const known = this.people.find((p) => p.tokens.includes(w.toLowerCase()));
      if (known) return { ...known.entity, surface };
    }
    const mentions = gazetteer().findMentions(surface);
    // "agenția de presă KCNA din Coreea de Nord": the agency speaks, not the country.
    const org = mentions.find((m) => !m.entity.id.startsWith('country:'));
    const first = org ?? mentions[0];
    if (first) return { ...first.entity, surface };
    for (const w of surface.split(/\s+/)) {
      const d = gazetteer().demonym(w.replace(/['’]s$/, ''));
      if (d) return { ...d, surface };
    }
    if (ANONYMOUS[lang]!.test(surface)) return { id: 'anonymous', name: 'anonymous source', kind: 'unknown', surface };
    if (BACK_REFERENCES[lang]!.test(surface.split(/\s+/).slice(-2).join(' ')) && this.last) return { ...this.last, surface };
    return null;
  }
}
