import { learnNameGender } from './name-gender';

describe('learnNameGender: first names given a gender by honorifics', () => {
  const honorifics = { female: new Set(['mrs.', 'ms.']), male: new Set(['mr.']) };
  const texts = [
    'Hillary Clinton spoke on Monday. Mrs. Clinton said the plan would work. Donald Trump disagreed, and Mr. Trump said so.',
    'Later, Hillary Clinton and Donald Trump met. Mrs. Clinton smiled; Mr. Trump did not.',
    // A family shares a surname: "Ivanka Trump" beside "Donald Trump" says nothing of Ivanka.
    'Ivanka Trump and Donald Trump arrived. Mr. Trump spoke.',
  ];
  const model = learnNameGender(texts, honorifics, 'test');

  it("gives a first name the gender its surname's honorific gives, where the text names one person so", () => {
    expect(model.female).toContain('hillary');
    expect(model.male).toContain('donald');
  });

  it('learns nothing from a surname two people of one text share', () => {
    expect([...model.female, ...model.male]).not.toContain('ivanka');
  });
});
