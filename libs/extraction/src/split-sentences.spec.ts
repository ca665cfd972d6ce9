import { splitSentences } from './split-sentences';

const texts = (t: string, lang = 'en') => splitSentences(t, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at terminal punctuation and at line breaks', () => {
    expect(texts('One thing happened. Another followed! Did it?\nA new paragraph.')).toEqual([
      'One thing happened.',
      'Another followed!',
      'Did it?',
      'A new paragraph.',
    ]);
  });

  it('survives abbreviations, initials and acronyms', () => {
    expect(texts('Dl. Popescu a sosit. Prof. dr. Ionescu a plecat la ora 10 a.m. ieri.', 'ro')).toEqual([
      'Dl. Popescu a sosit.',
      'Prof. dr. Ionescu a plecat la ora 10 a.m. ieri.',
    ]);
    expect(texts('J. R. Smith met U.S. officials. Talks went on.')).toEqual(['J. R. Smith met U.S. officials.', 'Talks went on.']);
    // Titles written together, each an abbreviation.
    expect(texts('A precizat prof.dr. Simona Ruță. Apoi a plecat.', 'ro')).toEqual(['A precizat prof.dr. Simona Ruță.', 'Apoi a plecat.']);
  });

  it('takes a capital and lower-case consonants alone for a shortened word, not an acronym or a word', () => {
    expect(texts('Profesorul Gh. Ionescu a plecat. Apoi a revenit.', 'ro')).toEqual([
      'Profesorul Gh. Ionescu a plecat.',
      'Apoi a revenit.',
    ]);
    expect(texts('A poem by Șt. O. Iosif was read. It was short.')).toEqual(['A poem by Șt. O. Iosif was read.', 'It was short.']);
    // An acronym in capitals and a word with a vowel still end their sentences.
    expect(texts('A spus liderul PSD. Apoi a plecat.', 'ro')).toEqual(['A spus liderul PSD.', 'Apoi a plecat.']);
    expect(texts('They met in Bonn. Then they left.')).toEqual(['They met in Bonn.', 'Then they left.']);
    // A capital vowel opens a word ("Ann", "Inn"); after a number it is a unit.
    expect(texts('The award went to Ann. She was glad.')).toEqual(['The award went to Ann.', 'She was glad.']);
    expect(texts('Viteza a ajuns la 10 Gbps. Compania a anunțat asta.', 'ro')).toEqual([
      'Viteza a ajuns la 10 Gbps.',
      'Compania a anunțat asta.',
    ]);
  });

  it('keeps a closing quote with its sentence and does not split inside numbers', () => {
    expect(texts('"We are ready." The vote is at 3.30 p.m. on Friday, with 7.000 voters.')).toEqual([
      '"We are ready."',
      'The vote is at 3.30 p.m. on Friday, with 7.000 voters.',
    ]);
  });

  it('gives offsets into the text', () => {
    const t = '  First one.  Second one.\n\nThird.';
    for (const s of splitSentences(t, 'en')) expect(t.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(t, 'en').map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('splits where scraped text lost the space after a stop, but not inside initials or domain names', () => {
    const t =
      'Rafael a spus că este un mare trișor.Drogba a declarat atunci că nu. Scrie Money.ro, după S.U.A. și sfârșitul lunii.O pisanie veche.';
    expect(splitSentences(t, 'ro').map((s) => s.text)).toEqual([
      'Rafael a spus că este un mare trișor.',
      'Drogba a declarat atunci că nu.',
      'Scrie Money.ro, după S.U.A. și sfârșitul lunii.',
      'O pisanie veche.',
    ]);
  });

  it('a quotation mark glued after a stop opens the next sentence, unless a quotation is open', () => {
    const text = 'Costul este de 4 miliarde de euro."Lucrările vor începe în mai", a adăugat el. A spus: "Am plecat acasă."Apoi a tăcut.';
    expect(splitSentences(text, 'ro').map((s) => s.text)).toEqual([
      'Costul este de 4 miliarde de euro.',
      '"Lucrările vor începe în mai", a adăugat el.',
      'A spus: "Am plecat acasă."',
      'Apoi a tăcut.',
    ]);
  });

  it('splits a glued stop only after two lower-case letters, with the whole run of marks and a closing quote', () => {
    const t = 'He won?!Then it ended.”Next came. A.Bc stays. Ab.Cd stays too.';
    expect(splitSentences(t, 'en').map((s) => s.text)).toEqual([
      'He won?!',
      'Then it ended.”',
      'Next came.',
      'A.Bc stays.',
      'Ab.Cd stays too.',
    ]);
  });

  it('splits a glued stop after a closing quotation mark or bracket that follows a lower-case word', () => {
    expect(texts('Va câștiga la „masa verde”.Mai mult, potrivit presei, așteaptă. Cifra (estimată).Apoi a plecat.', 'ro')).toEqual([
      'Va câștiga la „masa verde”.',
      'Mai mult, potrivit presei, așteaptă.',
      'Cifra (estimată).',
      'Apoi a plecat.',
    ]);
    // Not after a capital or a digit before the mark: "(A).B" and "(2).Ce" stay whole.
    expect(texts('Grupa (A).Bc stays. Punct (2).Ce stays.')).toEqual(['Grupa (A).Bc stays.', 'Punct (2).Ce stays.']);
  });

  it("reads a capital after a title's abbreviation as an initial, and splits a glued stop after a number", () => {
    expect(texts('O soluție - propune dl P. Olariu - ar fi alta. Potrivit domnului ing. Gheorghe Murg, albinele sunt bine.', 'ro')).toEqual(
      ['O soluție - propune dl P. Olariu - ar fi alta.', 'Potrivit domnului ing. Gheorghe Murg, albinele sunt bine.'],
    );
    // (After a common word a lone capital may end a sentence: "wrote on X. She said"; so it
    // may after an abbreviation no name follows.)
    expect(texts('He wrote on X. She said no.')).toEqual(['He wrote on X.', 'She said no.']);
    // (Before the rest of a name set off by a comma it is an initial, after any word; before
    // two capitalised words alone it may end a sentence.)
    expect(texts('It works, said C. Stewart Verdery Jr., an official.')).toEqual(['It works, said C. Stewart Verdery Jr., an official.']);
    expect(texts('He took vitamin C. Stewart Verdery said it helped.')).toEqual(['He took vitamin C.', 'Stewart Verdery said it helped.']);
    // (A title after a hyphen is one: "then-Sen. Barack Obama".)
    expect(texts('It was narrower than under then-Sen. Barack Obama. He left.')).toEqual([
      'It was narrower than under then-Sen. Barack Obama.',
      'He left.',
    ]);
    expect(texts('Fondurile merg în regiunea Sud-Est. Ministrul a declarat asta.', 'ro')).toEqual([
      'Fondurile merg în regiunea Sud-Est.',
      'Ministrul a declarat asta.',
    ]);
    // (So it is before a second initial: "said J. J. Price".)
    expect(texts('It works, said J. J. Price, a firefighter. He left.')).toEqual([
      'It works, said J. J. Price, a firefighter.',
      'He left.',
    ]);
    expect(texts('It moved to building no. B. Then it closed.')).toEqual(['It moved to building no. B.', 'Then it closed.']);
    expect(texts('Sediul din str. I. C. Brătianu a fost închis.', 'ro')).toEqual(['Sediul din str. I. C. Brătianu a fost închis.']);
    expect(texts('A guvernat până în iulie 1866.Scopul guvernului era altul.', 'ro')).toEqual([
      'A guvernat până în iulie 1866.',
      'Scopul guvernului era altul.',
    ]);
    // A decimal or a numbered item stays whole.
    expect(texts('Creșterea a fost de 2.5 la sută. Capitolul 1.Introducere urmează.', 'ro')).toEqual([
      'Creșterea a fost de 2.5 la sută.',
      'Capitolul 1.Introducere urmează.',
    ]);
  });

  it('cuts a run of more than 2,000 characters without a full stop at spaces', () => {
    const run = 'word '.repeat(1000).trim();
    const parts = splitSentences(run, 'en');
    expect(parts.length).toBe(3);
    for (const p of parts) {
      expect(p.end - p.start).toBeLessThanOrEqual(2000);
      expect(run.slice(p.start, p.end)).toBe(p.text);
    }
    expect(parts.map((p) => p.text).join(' ')).toBe(run);
  });

  it('splits a 200,000-character paragraph', () => {
    const long = 'Word and word again, said nobody. '.repeat(6000);
    expect(splitSentences(long, 'en')).toHaveLength(6000);
  });
});
