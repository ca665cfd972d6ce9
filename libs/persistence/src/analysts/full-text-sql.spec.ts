import { excludedTerms } from './full-text-sql';

describe('the words a web-search query excludes', () => {
  it('are its words and phrases after a minus that opens them, as one query matching any', () => {
    expect(excludedTerms('ciolacu -delays')).toBe('delays');
    expect(excludedTerms('-întârzieri port -"a phrase of three" or ships')).toBe('întârzieri or "a phrase of three"');
    expect(excludedTerms('containers -"unclosed phrase')).toBe('"unclosed phrase"');
  });

  it('are none where a minus does not open a word', () => {
    expect(excludedTerms('containers')).toBeNull();
    expect(excludedTerms('anti-corruption law')).toBeNull();
    expect(excludedTerms('"a phrase" or word')).toBeNull();
    expect(excludedTerms('budget - deficit')).toBeNull();
  });
});
