import { learnCommonWords } from './word-cases';

describe('learnCommonWords', () => {
  const texts = [
    'Likewise, the mayor spoke. The plan was likewise dropped and the mayor likewise left. Critics likewise objected.',
    'Reporters asked Trump about it, and Trump answered. Voters like Trump.',
    'They met publicly and spoke publicly; they were publicly thanked.',
  ];
  const model = learnCommonWords(texts, 'test');

  it('takes a word written in lower case inside sentences for a common word', () => {
    expect(model.words).toEqual(expect.arrayContaining(['likewise', 'publicly']));
  });

  it('never takes a name capitalised inside sentences for one', () => {
    expect(model.words).not.toContain('trump');
  });

  it('knows the common words that also stand in names: capitalised right after a word in lower case', () => {
    const names = learnCommonWords(
      [`${'The young voters left. '.repeat(10)}Voters asked Young about it.`, 'Critics just left. We just met. It was just fine.'],
      'test',
    );
    expect(names.words).toEqual(expect.arrayContaining(['young', 'just']));
    expect(names.nameWords).toContain('young');
    expect(names.nameWords).not.toContain('just');
  });

  it('does not count a capital the sentence forces: "Likewise," opening a sentence is no evidence', () => {
    const once = learnCommonWords(['Likewise, x. Likewise, y. Likewise, z. Then likewise.'], 'test');
    expect(once.words).not.toContain('likewise');
  });
});
