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
    expect(foldTitleCase('Clinton Says Russians Hacked DNC, Calls For A Probe', english)).toBe(
      'Clinton says Russians Hacked DNC, calls for a probe',
    );
  });

  it('keeps a common word beside a name as part of it ("Neil Young", "Will Smith", "Ban Ki-moon")', () => {
    expect(foldTitleCase('Singer Neil Young Says He Will Sue Trump Over Song', english)).toMatch(/^Singer Neil Young says he will/);
    expect(foldTitleCase('Actor Will Smith Says He Is Boycotting The Oscars', english)).toMatch(/^Actor Will Smith says he is/);
    expect(foldTitleCase('UN Chief Ban Ki-moon Says The World Must Act On Climate', english)).toMatch(/^UN Chief Ban Ki-moon says the/);
  });

  it('keeps the length where a lower case would change it, and reads lines ended by "\\r\\n"', () => {
    const text = 'İstanbul Mayor Says He Will Run For A Second Term\r\nThe mayor said on Monday he would run.';
    const folded = foldTitleCase(text, english);
    expect(folded).toHaveLength(text.length);
    expect(folded).toMatch(/^İstanbul Mayor says he will run for a .*\r\nThe mayor said on Monday he would run\.$/);
  });

  it('leaves a sentence full of names alone: its function words are in lower case', () => {
    const text = 'Hillary Clinton and Bernie Sanders met Donald Trump in New York.';
    expect(foldTitleCase(text, english)).toBe(text);
    const ro = 'Klaus Iohannis a declarat că Guvernul Ciolacu va cădea.';
    expect(foldTitleCase(ro, romanian)).toBe(ro);
  });
});
