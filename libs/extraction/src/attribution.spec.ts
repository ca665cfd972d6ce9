import { findAttributions } from './attribution';

describe('findAttributions: the agent of a passive cue', () => {
  it('"de a" after a passive opens an infinitive, its complement, never its agent', () => {
    const found = findAttributions('În 2010, un tren a fost raportat de a fi trecut pe lângă stație fără oprire, în nordul țării.', 'ro');
    expect(found.filter((a) => a.reading === 'passive')).toEqual([]);
    expect(
      findAttributions('Un tren a fost raportat de Agenția Feroviară, în nordul țării.', 'ro').map((a) => a.sourcePhrase.trim()),
    ).toEqual(['Agenția Feroviară']);
  });
});

describe('findAttributions: a cue word after a noun marker', () => {
  it('is a noun after an article or a preposition ("in states like Ohio"), a verb after a subject', () => {
    const cues = (text: string) => findAttributions(text, 'en').map((a) => text.slice(a.cue.start, a.cue.end));
    expect(cues('Voters in states like Ohio want jobs, he said.')).toEqual(['said']);
    expect(cues('The claims of the campaign were false, the senator said.')).toEqual(['said']);
    expect(cues('The governor states that taxes will rise.')).toEqual(['states']);
  });
});
