import { english } from './lang/en/english.pack';
import { romanian } from './lang/ro/romanian.pack';
import { foldTitleCase } from './title-case';

describe('foldTitleCase', () => {
  it('puts the common words of a title-case headline in lower case, past its first word; names and acronyms keep theirs', () => {
    const text =
      "Trump Says He's Unlikely To Have A Good Relationship With David Cameron.\nLONDON (Reuters) - Donald Trump said on Monday he would talk.";
    const folded = foldTitleCase(text, english);
    expect(folded).toBe(
      "Trump says he's unlikely to have a good relationship with David Cameron.\nLONDON (Reuters) - Donald Trump said on Monday he would talk.",
    );
    expect(folded).toHaveLength(text.length);
    expect(foldTitleCase('Clinton Says Russians Hacked DNC, Calls For A Probe', english)).toMatch(/^Clinton says .*DNC/);
  });

  it('leaves a sentence full of names alone: its function words are in lower case', () => {
    const text = 'Hillary Clinton and Bernie Sanders met Donald Trump in New York.';
    expect(foldTitleCase(text, english)).toBe(text);
    const ro = 'Klaus Iohannis a declarat că Guvernul Ciolacu va cădea.';
    expect(foldTitleCase(ro, romanian)).toBe(ro);
  });
});
