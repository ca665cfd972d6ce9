import type { EntityRef } from '@claim-ledger/contracts';
import { acronymsIn, byAcronym } from './acronyms';

const org = (surface: string, id = 'org:x'): EntityRef => ({ id, name: surface, kind: 'organization', surface });

describe('acronyms an article defines', () => {
  const text =
    'Inspectoratul General pentru Situații de Urgență (IGSU) a anunțat că trei persoane au murit. IGSU a precizat că 600 de persoane au fost evacuate.';
  const defined = acronymsIn(text);

  it('finds each acronym in brackets and what stands before it', () => {
    expect(defined.map((d) => d.acronym)).toEqual(['IGSU']);
  });

  it('files the full name and the acronym under one id', () => {
    expect(byAcronym(org('Inspectoratul General pentru Situații de Urgență'), defined).id).toBe('org:igsu');
    expect(byAcronym(org('IGSU', 'org:igsu-x'), defined).id).toBe('org:igsu');
    expect(byAcronym(org('Alianța pentru Dezvoltare Locală (IGSU)'), defined).id).toBe('org:igsu');
  });

  it('keeps a named person, with the institution she speaks for as an alias', () => {
    const person: EntityRef = { id: 'person:ionela-parvu', name: 'Ionela Pârvu', kind: 'person', surface: 'IGSU spokeswoman Ionela Pârvu' };
    expect(byAcronym(person, defined)).toMatchObject({ id: 'person:ionela-parvu', aliases: ['org:igsu'] });
    const other: EntityRef = { id: 'person:ion-vlad', name: 'Ion Vlad', kind: 'person', surface: 'Ion Vlad' };
    expect(byAcronym(other, defined)).toBe(other);
  });

  it('leaves anything else alone', () => {
    expect(byAcronym(org('Poliția Județeană Vaslui', 'org:pjv'), defined).id).toBe('org:pjv');
  });
});
