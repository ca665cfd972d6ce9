import { findEventTime, findStatedAt } from './time-expressions';

const at = (iso: string) => new Date(iso);
const stated = (text: string, pub: string) => findStatedAt(text, at(pub));
const event = (text: string, ref: string) => findEventTime(text, at(ref));

describe('findStatedAt', () => {
  // 2024-03-28 is a Thursday.
  it.each([
    ['a declarat, joi, agenția', '2024-03-28T15:00:00Z', '2024-03-28'],
    ['a anunțat marți ministrul', '2024-02-27T11:40:00Z', '2024-02-27'],
    ['the White House said on Friday', '2023-10-13T18:20:00Z', '2023-10-13'],
    ['Shin said on Monday', '2024-03-20T07:30:00Z', '2024-03-18'],
    ['he said last Thursday', '2024-03-28T15:00:00Z', '2024-03-21'],
    ['a declarat ieri', '2024-03-01T10:00:00Z', '2024-02-29'],
    ['said yesterday', '2024-01-01T08:00:00Z', '2023-12-31'],
    ['a declarat pe 12 martie', '2024-03-28T15:00:00Z', '2024-03-12'],
    ['said on March 30', '2024-03-28T15:00:00Z', '2023-03-30'],
    ['said on 3 January 2024', '2024-03-28T15:00:00Z', '2024-01-03'],
    ['La începutul lunii martie, Coreea de Sud a declarat', '2024-03-28T15:00:00Z', '2024-03-01'],
    ['În septembrie, președintele a declarat', '2024-03-28T15:00:00Z', '2023-09-01'],
    ['In December, officials said', '2024-03-28T15:00:00Z', '2023-12-01'],
    ['luna trecută, ministrul a spus', '2024-01-15T15:00:00Z', '2023-12-01'],
    ['last week, officials said', '2024-03-28T15:00:00Z', '2024-03-18'],
  ])('"%s" published %s was said on %s', (text, pub, expected) => {
    expect(stated(text, pub)?.start).toBe(expected);
  });

  it.each([
    ['în ultimele luni, ministrul a declarat', '2024-03-28T15:00:00Z'],
    ['a declarat ministrul', '2024-03-28T15:00:00Z'],
    ['tot mai multe voci au cerut', '2024-03-28T15:00:00Z'],
    ['he may say more', '2024-03-28T15:00:00Z'],
    ['timp de trei luni a lucrat', '2024-03-28T15:00:00Z'],
  ])('finds no statement date in "%s"', (text, pub) => {
    expect(stated(text, pub)).toBeNull();
  });
});

describe('findEventTime', () => {
  it.each([
    ['has sent about 7,000 containers to Russia since July', '2024-03-18', '2023-07-01', '2024-03-18'],
    ['a expediat 7.000 de containere de când au început transferurile, în iulie', '2024-03-01', '2023-07-01', '2023-07-31'],
    ['a trimis 6.700 de containere începând din septembrie', '2024-02-27', '2023-09-01', '2024-02-27'],
    ['the cargo was loaded at the port of Rajin in September', '2023-10-13', '2023-09-01', '2023-09-30'],
    ['grown by roughly 300 containers since late February', '2024-03-18', '2024-02-21', '2024-03-18'],
    ['a călătorit la Phenian la începutul acestei săptămâni', '2024-03-28', '2024-03-25', '2024-03-27'],
    ['the pace had picked up over the past two months', '2023-12-29', '2023-10-29', '2023-12-29'],
    ['exporturile au crescut în 2023', '2024-03-28', '2023-01-01', '2023-12-31'],
    ['prices rose last year', '2024-03-28', '2023-01-01', '2023-12-31'],
    ['traficul s-a dublat de la începutul anului', '2025-06-03', '2025-01-01', '2025-06-03'],
    ['în martie s-au livrat', '2024-03-28', '2024-03-01', '2024-03-31'],
    ['shipments have risen since mid-July', '2024-03-10', '2023-07-11', '2024-03-10'],
    ['deliveries rose two weeks ago', '2024-09-12', '2024-08-29', undefined],
    ['livrările au crescut în urmă cu trei luni', '2024-09-12', '2024-06-12', undefined],
    ['prices peaked in early-December', '2024-03-10', '2023-12-01', '2023-12-10'],
    // "last" before a month names the last one passed.
    ['exports have doubled since last August', '2024-05-10', '2023-08-01', '2024-05-10'],
    ['the plant closed last October', '2024-11-20', '2024-10-01', '2024-10-31'],
    ['the plant closed last November', '2024-11-20', '2023-11-01', '2023-11-30'],
    // Parts of a year: halves, quarters, seasons, start, middle and end.
    ['output fell in the first half of the year', '2024-10-15', '2024-01-01', '2024-06-30'],
    ['producția a scăzut în prima jumătate a anului trecut', '2024-10-15', '2023-01-01', '2023-06-30'],
    ['sales rose in the third quarter', '2024-10-15', '2024-07-01', '2024-09-30'],
    ['vânzările au crescut în trimestrul al doilea din 2023', '2024-10-15', '2023-04-01', '2023-06-30'],
    ['shipments have grown since mid-2023', '2024-10-15', '2023-05-01', '2024-10-15'],
    ['transporturile au crescut de la jumătatea lui 2023', '2024-10-15', '2023-05-01', '2024-10-15'],
    ['the transfers began last summer', '2024-10-15', '2024-06-01', '2024-08-31'],
    ['the transfers began last summer', '2024-07-15', '2023-06-01', '2023-08-31'],
    ['livrările au început în vara lui 2023', '2024-10-15', '2023-06-01', '2023-08-31'],
    ['livrările continuă din vara anului trecut', '2024-10-15', '2023-06-01', '2024-10-15'],
    ['prețurile au crescut la sfârșitul anului 2023', '2024-10-15', '2023-09-01', '2023-12-31'],
    ['the deliveries ran between August and October', '2024-10-15', '2024-08-01', '2024-10-31'],
    ['livrările au avut loc din noiembrie până în ianuarie', '2024-03-15', '2023-11-01', '2024-01-31'],
    ['the pace picked up in recent months', '2024-10-15', '2024-07-15', '2024-10-15'],
    ['ritmul a crescut în ultimele luni', '2024-10-15', '2024-07-15', '2024-10-15'],
    ['prețurile au crescut în cursul anului trecut', '2024-10-15', '2023-01-01', '2023-12-31'],
    ['prețurile au crescut în primele luni ale acestui an', '2024-10-15', '2024-01-01', '2024-12-31'],
    ['au fost arestate trei persoane noaptea trecută', '2024-10-15', '2024-10-14', undefined],
    ['deficitul a fost de 2% în primele trei luni ale anului', '2024-10-15', '2024-01-01', '2024-03-31'],
    ['the deficit was 2% in the first 10 months of last year', '2024-10-15', '2023-01-01', '2023-10-31'],
    ['salariile vor fi plătite la începutul lunii viitoare', '2024-10-15', '2024-11-01', '2024-11-30'],
    ['he opposed the 2003 invasion', '2024-10-15', '2003-01-01', '2003-12-31'],
  ])('"%s" said %s is about %s to %s', (text, ref, start, end) => {
    expect(event(text, ref)?.start).toBe(start);
    expect(event(text, ref)?.end).toBe(end);
  });

  it('reads a time told in the future tense ahead, and "the march" as no month', () => {
    expect(findEventTime('will open the section in October', at('2025-07-09'), true)).toMatchObject({ start: '2025-10-01' });
    expect(findEventTime('sindicatele vor decide luni', at('2025-03-13'), true)).toMatchObject({ start: '2025-03-17' });
    expect(findEventTime('in July', at('2025-07-09'), true)).toMatchObject({ start: '2025-07-01' });
    // A year named is the year named, ahead too; "this year" said of the future is still this year.
    expect(findEventTime('the new road will open in 2025', at('2024-03-10'), true)).toMatchObject({ start: '2025-01-01' });
    expect(findEventTime('în acest an vor fi deschiși 120 de kilometri', at('2025-07-08'), true)).toMatchObject({ start: '2025-01-01' });
    expect(findEventTime('this year the road will open', at('2025-07-08'), true)).toMatchObject({ start: '2025-01-01' });
    // Told in the past tense, the same words are the last such time.
    expect(event('opened the section in October', '2025-07-09')).toMatchObject({ start: '2024-10-01' });
    expect(event('About 12,000 people took part in the march', '2025-03-13')).toBeNull();
  });

  it('reads a span of years from its first to its last', () => {
    expect(event('în perioada 2006-2008, sectorul public a crescut', '2009-05-10')).toMatchObject({
      start: '2006-01-01',
      end: '2008-12-31',
    });
    expect(event('between 2006 and 2008 the sector grew', '2009-05-10')).toMatchObject({ start: '2006-01-01', end: '2008-12-31' });
    // Backwards or running past the statement, it is no span of years.
    expect(event('în perioada 2008-2006', '2009-05-10')).toBeNull();
    expect(event('în perioada 2006-2012', '2009-05-10')).toBeNull();
  });

  it('never resolves into the future, nor takes a deadline for a period', () => {
    expect(event('the plant will open in 2030', '2024-03-28')).toBeNull();
    expect(event('inflation will ease by the end of the year', '2024-10-15')).toBeNull();
    expect(event('lucrările vor fi gata până la sfârșitul lunii martie', '2024-02-15')).toBeNull();
    expect(event('the plant will reopen this winter', '2024-10-15')).toBeNull();
    // The same words without the deadline are a period (nothing is remembered across them).
    expect(event('lucrările vor fi gata până la sfârșitul lunii martie', '2024-10-15')).toBeNull();
    expect(event('prețurile au crescut la sfârșitul lunii martie', '2024-10-15')?.start).toBe('2024-03-21');
    expect(event('prices rose at the end of March', '2024-10-15')?.start).toBe('2024-03-21');
    expect(event('prices rose at the end of the year', '2024-10-15')?.start).toBe('2024-09-01');
    expect(event('deliveries since July', '2024-03-28')?.start).toBe('2023-07-01');
  });
});

describe('periods named as to come, decades and decades ago', () => {
  // 2024-03-20 is a Wednesday.
  it.each([
    ['inflation will fall next year', '2025-01-01', '2025-12-31'],
    ['inflația va scădea anul viitor', '2025-01-01', '2025-12-31'],
    ['the plan will be ready next month', '2024-04-01', '2024-04-30'],
    ['proiectul va fi gata luna viitoare', '2024-04-01', '2024-04-30'],
    ['the talks resume next week', '2024-03-25', '2024-03-31'],
    ['lucrările încep săptămâna viitoare', '2024-03-25', '2024-03-31'],
    ['the bridge reopens next summer', '2024-06-01', '2024-08-31'],
    ['the rate peaked in the 1990s', '1990-01-01', '1999-12-31'],
    ['crime has fallen since the ’90s', '1990-01-01', '2024-03-20'],
    ["în anii '90 economia s-a prăbușit", '1990-01-01', '1999-12-31'],
  ])('"%s" said 2024-03-20 is about %s to %s', (text, start, end) => {
    expect(event(text, '2024-03-20T10:00:00Z')).toMatchObject({ start, end });
  });

  it('reads the part of a decade, never wraps a written-out one, and leaves a span of years to the years', () => {
    expect(event('the company grew in the early 2000s', '2024-03-20')).toMatchObject({ start: '2000-01-01', end: '2003-12-31' });
    expect(event('prices peaked in the mid-1990s', '2024-03-20')).toMatchObject({ start: '1993-01-01', end: '1996-12-31' });
    expect(event('the 2020s have been hard', '2024-03-20')).toMatchObject({ start: '2020-01-01', end: '2024-03-20' });
    expect(event('în anii 2010-2015 economia a crescut', '2024-03-20')).toMatchObject({ start: '2010-01-01', end: '2015-12-31' });
    // "down 5% from the 1990s" compares with the 1990s: no period since then.
    expect(event('growth is down 5% from the 1990s', '2024-03-20')).toMatchObject({ start: '1990-01-01', end: '1999-12-31' });
  });

  it('takes "the 30s" without an apostrophe for no decade (ages, percentages, temperatures), "anii 90" for one', () => {
    expect(event('the figure improved to the low 40s after being in the 30s', '2024-03-20')).toBeNull();
    expect(event('în anii 90 economia s-a prăbușit', '2024-03-20')).toMatchObject({ start: '1990-01-01' });
  });

  it.each([['there were fewer players than a decade ago'], ['acum un deceniu erau mai mulți']])('"%s" is about ten years back', (text) => {
    expect(event(text, '2024-03-20T10:00:00Z')?.start).toBe('2014-03-20');
  });

  it('takes "fall" and the Romanian indefinite seasons for a season only where they are one', () => {
    expect(event('the museum reopened in the fall', '2024-03-20')).toMatchObject({ start: '2023-09-01' });
    expect(event('prices will fall this year', '2024-03-20')).toMatchObject({ start: '2024-01-01' });
    expect(findEventTime('lucrările vor începe în toamnă', at('2024-03-20'), true)).toMatchObject({ start: '2024-09-01' });
    expect(event('sezonul de vară a fost bun', '2024-03-20')).toBeNull();
    expect(event('thousands celebrated the fall of the World Trade Center', '2024-03-20')).toBeNull();
    expect(event('the fall in oil prices hurt the company', '2024-03-20')).toBeNull();
    expect(findEventTime('the museum will reopen in the fall of 2026', at('2024-03-20'), true)).toMatchObject({ start: '2026-09-01' });
    // "this summer" is the statement's own summer, ahead or not; "this November" in the future tense the next one.
    expect(findEventTime('the plant will reopen this summer', at('2024-07-20'), true)).toMatchObject({ start: '2024-06-01' });
    expect(findEventTime('the plant will reopen this summer', at('2024-03-20'), true)).toMatchObject({ start: '2024-06-01' });
    expect(findEventTime('this November we will decide', at('2024-07-20'), true)).toMatchObject({ start: '2024-11-01' });
  });

  it('reads a weekend as its Saturday and Sunday, the next one in the future tense', () => {
    expect(event('the attack happened over the weekend', '2024-03-20')).toMatchObject({ start: '2024-03-16', end: '2024-03-17' });
    expect(event('au fost arestate trei persoane weekendul trecut', '2024-03-20')).toMatchObject({ start: '2024-03-16' });
    expect(findEventTime('the talks will resume this weekend', at('2024-03-20'), true)).toMatchObject({ start: '2024-03-23' });
  });

  it('takes a year before a noun for the time of what it names, not a count', () => {
    expect(stated('she said in a 2011 interview', '2024-03-20T10:00:00Z')).toMatchObject({ start: '2011-01-01' });
    expect(event('2000 people attended', '2024-03-20')).toBeNull();
    expect(event('the 2030 target stands', '2024-03-20')).toBeNull();
  });

  it('takes "de luni" for Monday, "zeci de luni" and "de luni de zile" for months', () => {
    expect(event('noile reguli se aplică de luni', '2024-03-20')).toMatchObject({ start: '2024-03-18' });
    expect(event('zeci de luni nu s-a făcut nimic', '2024-03-20')).toBeNull();
    expect(event('de luni de zile nu s-a făcut nimic', '2024-03-20')).toBeNull();
  });

  it('takes "the next year" of a narration for no period to come', () => {
    expect(event('the plant closed and the next year it reopened', '2024-03-20')).toBeNull();
  });

  it('never takes a decade or a period to come for when something was said', () => {
    expect(stated('the rate peaked in the 1990s, she said', '2024-03-20T10:00:00Z')).toBeNull();
    expect(stated('he said next week', '2024-03-20T10:00:00Z')).toBeNull();
  });

  it('reads ahead in the future tense only what may lie ahead: a year written out as far as it says, never "last"', () => {
    expect(findEventTime('he would be released in 2030', at('2024-03-20'), true)).toMatchObject({ start: '2030-01-01' });
    expect(findEventTime('he could not hear him last Friday', at('2024-03-20'), true)).toMatchObject({ start: '2024-03-15' });
    expect(findEventTime('sales would fall after last October', at('2024-03-20'), true)).toMatchObject({ start: '2023-10-01' });
  });
});

describe('dates far from the reference', () => {
  it('keep four-digit years, as the contract writes dates', () => {
    // Resolved before year 1000 ("last year" in 500), and before year 0 ("acum 5 ani" in year 3).
    expect(event('last year', '0500-03-01T12:00:00Z')).toMatchObject({ start: '0499-01-01', end: '0499-12-31' });
    expect(event('în iulie', '0800-03-01T12:00:00Z')).toMatchObject({ start: '0799-07-01' });
    expect(event('acum 5 ani', '0003-03-01T12:00:00Z')).toMatchObject({ start: '0000-01-01' });
  });
});
