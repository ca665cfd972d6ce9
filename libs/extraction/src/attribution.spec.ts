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
