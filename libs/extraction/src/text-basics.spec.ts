import { detectLanguage } from './detect-language';
import { gazetteer, romanianForms } from './gazetteer';
import { fold, normalizeText } from './normalize-text';

describe('normalizeText', () => {
  it('folds cedillas, spaces, quotes and dashes without changing the length', () => {
    const input = 'Preşedintele ţării a spus\u00a0„da” – «poate» ‘nu’';
    const out = normalizeText(input);
    expect(out).toBe('Președintele țării a spus "da" - "poate" \'nu\'');
    expect(out).toHaveLength(input.length);
  });

  it('folds case and diacritics for look-ups', () => {
    expect(fold('Ședința ÎNCEPE Mâine')).toBe('sedinta incepe maine');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Guvernul a anunțat că prețurile vor scădea în luna mai.', 'ro'],
    ['Guvernul a anuntat ca preturile vor scadea, potrivit ministrului.', 'ro'],
    ['The government said that prices would fall in May.', 'en'],
    ['Le gouvernement a annoncé que les prix vont baisser.', 'fr'],
    ['12345 !!!', 'und'],
  ])('%s -> %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('gazetteer', () => {
  it('declines Romanian place names', () => {
    expect(romanianForms('Rusia')).toContain('Rusiei');
    expect(romanianForms('Coreea de Sud')).toContain('Coreei de Sud');
    expect(romanianForms('Seul')).toEqual(expect.arrayContaining(['Seulul', 'Seulului']));
    expect(romanianForms('Moscova')).toContain('Moscovei');
  });

  it.each([
    ['Seulul', 'country:KR', 'metonymy'],
    ['Phenianului', 'country:KP', 'metonymy'],
    ['Washingtonului', 'country:US', 'metonymy'],
    ['Statele Unite', 'country:US', 'name'],
    ['Kremlinul', 'country:RU', 'metonymy'],
    ['the White House', 'country:US', 'metonymy'],
    ['Germaniei', 'country:DE', 'name'],
    ['Japan', 'country:JP', 'name'],
    ['KCNA', 'org:kcna', 'name'],
  ])('knows %s as %s', (surface, id, via) => {
    const found = gazetteer().findMentions(surface);
    expect(found[0]).toMatchObject({ entity: { id }, via });
  });

  it('finds every country of the locale data, by its English and its Romanian name', () => {
    const en = new Intl.DisplayNames(['en'], { type: 'region' });
    const ro = new Intl.DisplayNames(['ro'], { type: 'region' });
    for (const code of ['FR', 'BR', 'KE', 'VN', 'MD', 'NZ']) {
      expect(gazetteer().lookup(en.of(code)!)?.entity.id).toBe(`country:${code}`);
      expect(gazetteer().lookup(ro.of(code)!)?.entity.id).toBe(`country:${code}`);
    }
  });

  it('never takes lower-case words or common acronyms in lower case for places', () => {
    expect(gazetteer().findMentions('us and them, the un-named turkey')).toEqual([]);
  });
});

describe('demonyms', () => {
  it.each([
    ['oficiali croați', 'country:HR'],
    ['Croatian officials', 'country:HR'],
    ['ministrul moldovean', 'country:MD'],
    ['diplomații italieni', 'country:IT'],
    ['autoritățile maghiare', 'country:HU'],
  ])('%s speak for %s', (phrase, id) => {
    const word = phrase.split(' ').find((w) => gazetteer().demonym(w)) ?? phrase;
    expect(gazetteer().demonym(word)?.id ?? gazetteer().demonym(phrase.split(' ')[0]!)?.id).toBe(id);
  });
});
