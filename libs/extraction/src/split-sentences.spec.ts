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

  it('splits a 200,000-character paragraph', () => {
    const long = 'Word and word again, said nobody. '.repeat(6000);
    expect(splitSentences(long, 'en')).toHaveLength(6000);
  });
});
