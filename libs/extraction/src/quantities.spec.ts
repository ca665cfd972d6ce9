import { tokenize } from './phrase-index';
import { findQuantities } from './quantities';

const q = (text: string, lang: string) => findQuantities(text, lang).map(({ surface: _s, ...rest }) => rest);

describe('findQuantities', () => {
  it.each([
    // Romanian separators and hedges
    ['ro', 'a expediat aproximativ 7.000 de containere cu arme', [{ value: 7000, approx: true, unit: 'container' }]],
    ['ro', 'un buget de 3,5 milioane de lei', [{ value: 3_500_000, approx: false, unit: 'RON' }]],
    ['ro', 'peste trei milioane de obuze', [{ value: 3_000_000, approx: true, unit: 'shell' }]],
    ['ro', 'o recoltă de cel puțin 60 de milioane de tone', [{ value: 60_000_000, approx: true, unit: 'tonne' }]],
    ['ro', 'circa 300 de militari', [{ value: 300, approx: true, unit: 'soldier' }]],
    ['ro', 'între 2.000 și 3.000 de persoane', [{ min: 2000, max: 3000, approx: false, unit: 'person' }]],
    ['ro', 'inflația a urcat la 5,2%', [{ value: 5.2, approx: false, unit: '%' }]],
    ['ro', 'o creștere de 4 la sută', [{ value: 4, approx: false, unit: '%' }]],
    ['ro', 'un împrumut de 2 miliarde de euro', [{ value: 2e9, approx: false, unit: 'EUR' }]],
    ['ro', 'un milion de vizitatori', [{ value: 1e6, approx: false, unit: 'vizitatori' }]],
    // English
    ['en', 'more than 1,000 containers of military equipment', [{ value: 1000, approx: true, unit: 'container' }]],
    // A calibre between a figure and its noun; digits grouped one way, never two.
    [
      'en',
      'about 40,000 155mm shells or 9,000 122-mm rockets',
      [
        { value: 40_000, approx: true, unit: 'shell' },
        { value: 155, approx: false, unit: 'mm' },
        { value: 9000, approx: false, unit: 'rocket' },
      ],
    ],
    ['en', 'about 2.4 million tonnes of grain', [{ value: 2_400_000, approx: true, unit: 'tonne' }]],
    ['en', 'more than two million shells', [{ value: 2_000_000, approx: true, unit: 'shell' }]],
    ['en', 'between 10,000 and 12,000 soldiers', [{ min: 10_000, max: 12_000, approx: false, unit: 'soldier' }]],
    ['en', 'between 10 and 12 million people', [{ min: 10_000_000, max: 12_000_000, approx: false, unit: 'person' }]],
    ['en', 'an estimated 10,000-12,000 troops', [{ min: 10_000, max: 12_000, approx: true, unit: 'troop' }]],
    ['en', 'a $3 billion loan', [{ value: 3e9, approx: false, unit: 'USD' }]],
    ['en', 'it cost €40m', [{ value: 40e6, approx: false, unit: 'EUR' }]],
    ['en', 'rail now carries more than 40% of the volume', [{ value: 40, approx: true, unit: '%' }]],
    ['en', 'unemployment fell to 3.9 percent', [{ value: 3.9, approx: false, unit: '%' }]],
    ['en', 'more than 1,200 glide bombs', [{ value: 1200, approx: true, unit: 'bomb' }]],
    ['en', 'about 1,500 special forces troops', [{ value: 1500, approx: true, unit: 'troop' }]],
    // Shares, and formations and equipment counted in words
    ['en', 'about half of the fuel it burns', [{ value: 50, approx: true, unit: '%' }]],
    ['en', 'more than two-thirds of the grain', [{ value: 66.7, approx: true, unit: '%', bound: 'lower' }]],
    ['ro', 'aproape un sfert din recoltă', [{ value: 25, approx: true, unit: '%', bound: 'upper' }]],
    ['en', 'output fell in the first half of the year', []],
    ['ro', 'trei brigăzi au fost mutate', [{ value: 3, approx: false, unit: 'brigade' }]],
    ['ro', '12 sisteme de apărare', [{ value: 12, approx: false, unit: 'system' }]],
    ['en', 'at least seven more batteries', [{ value: 7, approx: true, unit: 'battery', bound: 'lower' }]],
    ['en', 'including 40 over the northern region', [{ value: 40, approx: false }]],
    // A small number word counts the plural noun after it, known by its ending, not from a list.
    ['ro', 'cu încă cinci noi agenții', [{ value: 5, approx: false, unit: 'agenții' }]],
    ['ro', 'de nouă ori mai mari', [{ value: 9, approx: false }]],
    ['en', 'four agencies were opened', [{ value: 4, approx: false, unit: 'agency' }]],
    ['en', 'two were hurt and three of them fled', []],
    ['ro', 'trei dintre ei au plecat, o nouă etapă', []],
    // A decimal point written the other language's way.
    ['ro', 'se ridică la 9.1 milioane de persoane', [{ value: 9_100_000, approx: false, unit: 'person' }]],
    ['ro', 'un traseu de 10.3 km', [{ value: 10.3, approx: false }]],
    // After a definite article a number points back to things already named.
    ['en', 'the two sides met', []],
    ['ro', 'cele două părți au discutat', []],
    ['en', '5,000 or more refugees', [{ value: 5000, approx: true, unit: 'or' }].map(() => ({ value: 5000, approx: true }))],
  ])('[%s] %s', (lang, text, expected) => {
    const got = q(text, lang);
    expect(got).toHaveLength(expected.length);
    got.forEach((g, i) => expect(g).toMatchObject(expected[i]!));
  });

  it('reads "noua" as "the new" in a text written with diacritics, where nine is "nouă"', () => {
    expect(q('noua întreprindere are sarcina de a organiza turnee', 'ro')).toEqual([]);
    expect(q('Noua lege va intra în vigoare', 'ro')).toEqual([]);
    expect(q('au fost construite nouă școli', 'ro')).toEqual([{ value: 9, approx: false, unit: 'școli' }]);
  });

  it('reads the first of two alternatives as counting what the second counts', () => {
    expect(q('ar putea rămâne încă trei sau chiar cinci ani', 'ro')).toEqual([
      { value: 3, approx: false, unit: 'year' },
      { value: 5, approx: false, unit: 'year' },
    ]);
    expect(q('the talks will take two or three weeks', 'en')).toEqual([
      { value: 2, approx: false, unit: 'week' },
      { value: 3, approx: false, unit: 'week' },
    ]);
    // (Two numbers joined with nothing counted after them stay no count.)
    expect(q('una sau două dintre ele', 'ro')).toEqual([]);
    // ("de 3 ori" is three times: no alternative, no unit from the figure after it.)
    expect(q('a crescut de 3 ori anul acesta, ajungând la 50 de lei', 'ro')).toEqual([
      { value: 3, approx: false },
      { value: 50, approx: false, unit: 'RON' },
    ]);
  });

  it('reads "vreo" (some, about) as a hedge', () => {
    expect(q('au stat ascunși vreo două zile', 'ro')).toEqual([{ value: 2, approx: true, unit: 'day' }]);
  });

  it('reads "maximum", "at most" as upper bounds and "minimum", "depășește" as lower ones', () => {
    expect(q('un termen de execuție de maximum 4 ani', 'ro')).toEqual([{ value: 4, approx: true, unit: 'year', bound: 'upper' }]);
    expect(q('at most 12 days', 'en')).toEqual([{ value: 12, approx: true, unit: 'day', bound: 'upper' }]);
    expect(q('valoarea pagubelor depășește 8 milioane de lei', 'ro')).toEqual([
      { value: 8_000_000, approx: true, unit: 'RON', bound: 'lower' },
    ]);
  });

  it('reads "mii de" and "thousands of" as an order of magnitude', () => {
    expect(q('a trimis mii de containere', 'ro')).toEqual([{ value: 1000, approx: true, vague: true, unit: 'container' }]);
    expect(q('tens of thousands of people fled', 'en')).toEqual([{ value: 10_000, approx: true, vague: true, unit: 'person' }]);
  });

  it('reads "nouă" before a singular noun as "new", and "a doua" as an ordinal', () => {
    expect(q('a deschis o nouă locație', 'ro')).toEqual([]);
    // Neuter plurals in "-are", "-ere" are counted, and "a" before a number is mostly a genitive.
    expect(q('trei dosare penale', 'ro')).toEqual([{ value: 3, approx: false, unit: 'dosare' }]);
    expect(q('mamă a trei copii', 'ro')).toEqual([{ value: 3, approx: false, unit: 'child' }]);
    expect(q('proiectul celei de a doua rectificări bugetare', 'ro')).toEqual([]);
    expect(q('au fost arestați nouă polițiști', 'ro')).toEqual([{ value: 9, approx: false, unit: 'police officer' }]);
  });

  it('takes no label for a figure: a marker after a unit, a number in a name, a code, a score, a span of days', () => {
    expect(q('lucrările dintre km 4 și km 7 (km 7 - km 24)', 'ro')).toEqual([]);
    expect(q('a vorbit la postul public Moldova 1 despre proteste', 'ro')).toEqual([]);
    expect(q('the crew of Apollo 11.', 'en')).toEqual([]);
    expect(q('victims of the 9/11 attacks', 'en')).toEqual([]);
    expect(q('after the match, score 2-1, he left', 'en')).toEqual([]);
    expect(q('în perioada 4-7 mai 2008', 'ro')).toEqual([]);
    // A number after a noun with its definite article, counting nothing, is that thing's number.
    expect(q('lotul 2 al autostrăzii va fi deschis', 'ro')).toEqual([]);
    expect(q('valoarea contractului pentru lotul 2 este de 1,9 miliarde de lei', 'ro')).toEqual([
      { value: 1_900_000_000, approx: false, unit: 'RON' },
    ]);
    expect(q('echipa a terminat pe locul 3', 'ro')).toEqual([]);
    // Counted things and money are still figures, and so is a number a verb follows after a day or a place.
    expect(q('Officials said Friday 300 had been evacuated.', 'en')).toEqual([{ value: 300, approx: false }]);
    expect(q('Au spus că la Iași 12 au fost răniți', 'ro')).toEqual([{ value: 12, approx: false }]);
    expect(q('a parcurs 12 km în două ore', 'ro')).toEqual([
      { value: 12, approx: false, unit: 'km' },
      { value: 2, approx: false, unit: 'hour' },
    ]);
    expect(q('între 3-4 zile', 'ro')).toEqual([{ min: 3, max: 4, approx: false, unit: 'day' }]);
  });

  it('writes distances in kilometres as "km"', () => {
    expect(q('un tronson de 10,3 kilometri', 'ro')).toEqual([{ value: 10.3, approx: false, unit: 'km' }]);
    expect(q('a 12 km stretch', 'en')).toEqual([{ value: 12, approx: false, unit: 'km' }]);
  });

  it('reads zero', () => {
    expect(q('nu s-a înregistrat nicio victimă', 'ro')).toEqual([{ value: 0, approx: false, unit: 'victim' }]);
    expect(q('no one was hurt in the blast', 'en')).toEqual([{ value: 0, approx: false, unit: 'person' }]);
    expect(q('there were no casualties', 'en')).toEqual([{ value: 0, approx: false, unit: 'casualty' }]);
  });

  it.each([
    ['en', 'in 2023 the talks began on 12 March at 10:30'],
    ['ro', 'pe 12 martie 2024, la ora 10:30'],
    ['en', 'under Resolution 2270 and the G7 plan for the Su-27'],
    ['ro', 'conform art. 5 din lege'],
    ['en', 'one of the officials'],
    ['ro', 'trei dintre ei'],
    ['ro', 'în ultimele 24 de ore'],
    ['ro', 'nu vom accepta niciun acord'],
    ['en', 'over the past 48 hours'],
  ])('[%s] finds no figure in "%s"', (lang, text) => {
    expect(q(text, lang)).toEqual([]);
  });

  it("reads the thousands a range's lower end leaves unwritten, only when the ends then lie close", () => {
    expect(q('între 200 - 220 000 de morți', 'ro')).toEqual([{ min: 200_000, max: 220_000, approx: false, unit: 'death' }]);
    // Only a dash leaves thousands out: words join the ends as written, and a change "from 3 to 5,000" is no range of thousands.
    expect(q('between 150 and 200,000 people', 'en')).toEqual([{ min: 150, max: 200_000, approx: false, unit: 'person' }]);
    expect(q('its staff grew from 3 to 5,000 employees', 'en')[0]).toMatchObject({ min: 3, max: 5000 });
    expect(q('a crescut de la 3 la 5.000 de angajați', 'ro')[0]).toMatchObject({ min: 3, max: 5000 });
    // Read so, 20,000 would be far below 220,000: the lower end is as written.
    expect(q('între 20 și 220.000 de persoane', 'ro')).toEqual([{ min: 20, max: 220_000, approx: false, unit: 'person' }]);
    expect(q('between 10% and 12,000', 'en')[0]).not.toMatchObject({ min: 10_000 });
  });

  it('finds a figure after a dash inside one word, as it does in the text alone', () => {
    for (const [text, lang] of [
      ['între 10-12.000 de oameni', 'ro'],
      ['some 20-70% of them', 'en'],
    ] as const)
      expect(findQuantities(text, lang, tokenize(text))).toEqual(findQuantities(text, lang));
    expect(q('între 10-12.000 de oameni', 'ro')).toEqual([{ min: 10_000, max: 12_000, approx: false, unit: 'person' }]);
  });

  it('counts a part in what its whole counts, when the whole is counted too', () => {
    expect(q('only 312 of the 540 schools were handed over', 'en')).toEqual([
      { value: 312, approx: false, unit: 'school' },
      { value: 540, approx: false, unit: 'school' },
    ]);
    expect(q('doar 312 dintre cele 540 de școli', 'ro').map((x) => x.unit)).toEqual(['școli', 'școli']);
  });

  it('gives a figure the unit of the count named before it ("the death toll has risen to five")', () => {
    expect(q('The death toll from the floods has risen to five', 'en')).toEqual([{ value: 5, approx: false, unit: 'death' }]);
    expect(q('Numărul persoanelor care au murit a crescut la șapte', 'ro')).toEqual([{ value: 7, approx: false, unit: 'person' }]);
    expect(q('numărul de cazuri a ajuns la 300', 'ro')).toEqual([{ value: 300, approx: false, unit: 'case' }]);
    // (An adjective after "numărul" names nothing counted; a figure between ends the count's reach.)
    expect(q('numărul total înregistrat a ajuns la 15.408', 'ro')).toEqual([{ value: 15408, approx: false }]);
    expect(q('the number of cases in 12 towns rose to 5', 'en')[1]).toEqual({ value: 5, approx: false });
  });

  it('reads a count of a time unit as a point in time, not a figure, where a relative phrase anchors it', () => {
    expect(q('Doi ani mai târziu, Becali a oferit 1.700.000 de euro', 'ro').map((x) => x.value)).toEqual([1700000]);
    expect(q('acum trei ani fabrica avea 300 de muncitori', 'ro').map((x) => x.value)).toEqual([300]);
    expect(q('two years later the plant closed; three days ago it reopened', 'en')).toEqual([]);
    // (Alternatives too: the first takes the second's unit, and its point in time.)
    expect(q('two or three weeks later', 'en')).toEqual([]);
    // A duration or a difference of time is a figure.
    expect(q('speranța de viață a crescut cu doi ani', 'ro')).toEqual([{ value: 2, approx: false, unit: 'year' }]);
    expect(q('the plant closed for two years', 'en')).toEqual([{ value: 2, approx: false, unit: 'year' }]);
    expect(q('the ban lasted 10 years before it was lifted', 'en')).toEqual([{ value: 10, approx: false, unit: 'year' }]);
    expect(q('condamnat la cinci ani înainte de alegeri', 'ro')).toEqual([{ value: 5, approx: false, unit: 'year' }]);
  });

  it('keeps a calibre as millimetres', () => {
    expect(q('152mm rounds', 'en')[0]).toMatchObject({ value: 152, unit: 'mm' });
    expect(q('obuze de calibrul 152 mm', 'ro')[0]).toMatchObject({ value: 152, unit: 'mm' });
  });
});

describe("findQuantities: words that name an object's own properties", () => {
  it('"3 constructor firms" counts firms: a unit is looked up in a map, not on an object ("constructor" was Object)', () => {
    expect(findQuantities('The ministry said 3 constructor firms won the contract.', 'en')).toEqual([
      { value: 3, approx: false, surface: '3', unit: 'firm' },
    ]);
  });
});
