import { english } from '../lang/en/english.pack';
import { romanian } from '../lang/ro/romanian.pack';
import type { LanguagePack } from '../lang/language-pack';
import { plausibleSourcePhrase, readSourcePhrase } from './source-phrase';

const sourceBeforeVerbGroup = (p: string, pack: LanguagePack) => readSourcePhrase(p, pack).beforeVerbGroup;
const withoutLeadingOpeners = (p: string, pack: LanguagePack) => readSourcePhrase(p, pack).text;

describe('plausibleSourcePhrase', () => {
  it.each(['Mr. Obama', 'The Washington Post', 'a top aide', 'he', 'Officials', 'Rival Hillary Clinton', 'many of the local GOP leaders'])(
    'takes "%s" for a noun phrase that can name a source',
    (p) => expect(plausibleSourcePhrase(p, english)).toBe(true),
  );

  it.each([
    ['a clause', 'that the troubles of some of his competitors could be attributed to'],
    ['a gerund phrase', 'seeking more answers about his decisions not to'],
    ['a pronoun with words around it', 'including provisions he'],
    ['a sentence adverb', 'Publicly'],
    ['a determiner alone', 'The'],
    ['an infinitive', 'to acknowledge'],
    ['a verb group opened by an auxiliary', 'was first'],
    ['a verb phrase before an infinitive', 'went on to'],
    ['a phrase ending in an article', 'said in a'],
    ['a phrase ending in a conjunction', 'shareholders and'],
  ])('refuses %s: "%s"', (_what, p) => expect(plausibleSourcePhrase(p, english)).toBe(false));

  it('lets a noun phrase end in a number, a relative pronoun or a determiner that stands alone', () => {
    expect(plausibleSourcePhrase('recensământului din 2001', romanian)).toBe(true);
    expect(plausibleSourcePhrase('Those who', english)).toBe(true);
    expect(plausibleSourcePhrase('one company', english)).toBe(true);
    expect(readSourcePhrase('Mr. Trump was prompted to', english).beforeVerbGroup).toBe('Mr. Trump');
  });

  it('lets a preposition lead to a name, never to words alone (Romanian)', () => {
    expect(plausibleSourcePhrase('De la domnul viceprimar Adrian Orza', romanian)).toBe(true);
    expect(plausibleSourcePhrase('de a-și', romanian)).toBe(false);
    expect(plausibleSourcePhrase('acesta', romanian)).toBe(true);
  });

  it('refuses verb groups: a modal, a negation, an impersonal "se", a subjunctive "să"', () => {
    for (const p of ['poate să', 'Se poate', 'trebuie să-mi', 'ascultătorul nu poate', 'mi-am', 'veți', 'medicul dumneavoastră v-a'])
      expect(plausibleSourcePhrase(p, romanian)).toBe(false);
    expect(sourceBeforeVerbGroup('ascultătorul nu poate', romanian)).toBe('ascultătorul');
    expect(sourceBeforeVerbGroup('Readers may not let editorials', english)).toBe('Readers');
    expect(sourceBeforeVerbGroup('poate să', romanian)).toBe('');
    expect(sourceBeforeVerbGroup('medicul dumneavoastră v-a', romanian)).toBe('medicul dumneavoastră');
  });

  it('drops a conjunction that opens the sentence before a name, not one before words', () => {
    expect(withoutLeadingOpeners('But Mrs. Clinton', english)).toBe('Mrs. Clinton');
    expect(withoutLeadingOpeners('și apreciat ca om', romanian)).toBe('și apreciat ca om');
  });

  it('drops a focus particle before a name, not one before words', () => {
    expect(withoutLeadingOpeners('Even China', english)).toBe('China');
    expect(withoutLeadingOpeners('Chiar Ministerul Sănătății', romanian)).toBe('Ministerul Sănătății');
    expect(withoutLeadingOpeners('only officials', english)).toBe('only officials');
  });

  it('takes a gerund before a plural or a name for a modifier, not a gerund phrase', () => {
    expect(plausibleSourcePhrase('Polling averages', english)).toBe(true);
    expect(plausibleSourcePhrase('Leading Democrats', english)).toBe(true);
    expect(plausibleSourcePhrase('seeking more answers', english)).toBe(false);
    expect(plausibleSourcePhrase('seeking the', english)).toBe(false);
  });

  it('takes a modal written with a capital before a name for a first name', () => {
    expect(plausibleSourcePhrase('Will Doyle', english)).toBe(true);
    expect(plausibleSourcePhrase('Readers may', english)).toBe(false);
  });
});

describe('plausibleSourcePhrase: a day alone', () => {
  it('names nobody ("Ieri a declarat că …", "Tuesday said"), but a time word that is a name may ("Day said")', () => {
    expect(plausibleSourcePhrase('Ieri', romanian)).toBe(false);
    expect(plausibleSourcePhrase('Miercuri', romanian)).toBe(false);
    expect(plausibleSourcePhrase('Tuesday', english)).toBe(false);
    expect(plausibleSourcePhrase('Day', english)).toBe(true);
    // A weekday's short form is a name as often: "Sun said".
    expect(plausibleSourcePhrase('Sun', english)).toBe(true);
    expect(plausibleSourcePhrase('Marti', romanian)).toBe(false);
    expect(plausibleSourcePhrase('Ministrul', romanian)).toBe(true);
  });
});
