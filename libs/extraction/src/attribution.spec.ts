import { findAttributions } from './attribution';

describe('findAttributions: the agent of a passive cue', () => {
  it('"de a" after a passive opens an infinitive, its complement, never its agent', () => {
    const found = findAttributions('În 2018, un autobuz a fost raportat de a fi circulat fără frâne pe drumul spre munte.', 'ro');
    expect(found.filter((a) => a.reading === 'passive')).toEqual([]);
    expect(
      findAttributions('Un autobuz a fost raportat de Poliția Rutieră, pe drumul spre munte.', 'ro').map((a) => a.sourcePhrase.trim()),
    ).toEqual(['Poliția Rutieră']);
  });
});

describe('findAttributions: a cue word after a noun marker', () => {
  it('is a noun after an article or a preposition ("in states like Ohio"), a verb after a subject', () => {
    const cues = (text: string) => findAttributions(text, 'en').map((a) => text.slice(a.cue.start, a.cue.end));
    expect(cues('Voters in states like Ohio want jobs, he said.')).toEqual(['said']);
    expect(cues('The claims of the campaign were false, the senator said.')).toEqual(['said']);
    expect(cues('The governor states that taxes will rise.')).toEqual(['states']);
    // A preposition that ends a relative clause comes before a verb: a clause follows it.
    expect(cues('Everyone I spoke with said the plan was dead.')).toEqual(['said']);
  });
});

describe('findAttributions: a setting before the subject', () => {
  it('"Early on Tuesday, the ministry said it would appeal": the subject and what follows the cue, not the setting', () => {
    const text = 'Early on Tuesday, the ministry said it would appeal.';
    const [a, ...rest] = findAttributions(text, 'en');
    expect(rest).toEqual([]);
    expect(a!.sourcePhrase.trim()).toBe('the ministry');
    expect(text.slice(a!.contentStart, a!.contentEnd).trim()).toBe('it would appeal.');
  });

  it('still reads a content before the comma when nothing follows the cue, and an apposition closed by a comma', () => {
    const text = 'The plan will fail, the minister said.';
    const [a] = findAttributions(text, 'en');
    expect(text.slice(a!.contentStart, a!.contentEnd)).toBe('The plan will fail');
    const ro = 'Ministrul Energiei, Sebastian Burduja, a declarat că prețurile scad.';
    expect(findAttributions(ro, 'ro')[0]!.sourcePhrase.trim()).toBe('Ministrul Energiei, Sebastian Burduja,');
  });
});

describe('findAttributions: an aside between the cue and its content', () => {
  it('is passed over before a subject pronoun, as before "that" ("He said, if chosen, he would …")', () => {
    const text = 'He said, if chosen, he would ask her to chair the panel.';
    const [a] = findAttributions(text, 'en');
    expect(text.slice(a!.contentStart, a!.contentEnd)).toBe('he would ask her to chair the panel.');
    // An object pronoun before a preposition opens no clause: the content is before the comma.
    const object = 'The economy will grow, the minister said it in a speech on Monday.';
    expect(object.slice(findAttributions(object, 'en')[0]!.contentStart, findAttributions(object, 'en')[0]!.contentEnd)).toBe(
      'The economy will grow',
    );
  });
});

describe('findAttributions: "according to" set between commas', () => {
  it('leaves the content to go on after it ("In the coming years, according to the bank, the growth is …")', () => {
    const text = 'In the coming years, according to the central bank, the growth in household debt is driven mostly by mortgages.';
    const [a] = findAttributions(text, 'en');
    expect(a!.sourcePhrase.trim()).toBe('the central bank');
    expect(text.slice(a!.contentStart, a!.contentEnd)).toBe(text);
  });

  it('not after a conjunction or a relative pronoun, nor where no comma sets it off', () => {
    const ro = 'Numai în 2019 s-au închis peste 3.000 de magazine, potrivit ANAF, iar din 2010 s-au închis 45.000.';
    const [a] = findAttributions(ro, 'ro');
    expect(ro.slice(a!.contentStart, a!.contentEnd).trim()).toBe('Numai în 2019 s-au închis peste 3.000 de magazine,');
    const who = 'Three people died in the crash, according to police, who did not release their names.';
    const [b] = findAttributions(who, 'en');
    expect(who.slice(b!.contentStart, b!.contentEnd).trim()).toBe('Three people died in the crash,');
    const bare = 'Kim also sent according to KCNA a message to the Russian president, praising their ties.';
    for (const c of findAttributions(bare, 'en')) expect(c.contentEnd).toBeLessThan(bare.length);
  });
});

describe('findAttributions: a count before a plural cue word', () => {
  it('names things ("captured two states"), while a count as a subject still speaks ("Two said")', () => {
    const cues = (text: string) => findAttributions(text, 'en').map((a) => text.slice(a.cue.start, a.cue.end));
    expect(cues('Lopez captured two states during the first round of primaries in March.')).toEqual([]);
    expect(cues('Residents of 11 states have mixed views about the new tax.')).toEqual([]);
    expect(cues('Two said they saw the attack.')).toEqual(['said']);
  });
});
