import { makeDoc } from '../doc/make-doc';
import { english } from '../lang/en/english.pack';
import { LinearScorer } from '../learn/averaged-perceptron';
import { cueFeatures, cueScore } from './cue-features';

describe('cue features: the score looked up by name and value', () => {
  // Capitals, numbers, quotes, punctuation, a non-ASCII letter and digit, both ends of a unit.
  const texts = [
    'The minister said the talks had failed, "and nobody knows why," she told reporters.',
    '"We will respond," Ortiz added on Tuesday: prices rose 12% in ١٢ months, Ärzte warned.',
    'Said | told | according to | – says ½ claimed.',
  ];

  it('is the sum, in order, that the scorer gives the feature strings, for every word of every unit', () => {
    const scorer = new LinearScorer(english.cueModel!);
    let compared = 0;
    for (const text of texts) {
      const doc = makeDoc(text, 'en');
      for (const unit of doc.units)
        for (let i = unit.first; i < unit.last; i++) {
          const quotes = doc.tokens.slice(unit.first, i).filter((t) => t.quote).length;
          expect(cueScore(scorer, doc, unit, i, quotes, english)).toBe(scorer.score(cueFeatures(doc, unit, i, quotes, english)));
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('weighs a feature of a model by its name and value, and an unknown one as nothing', () => {
    const scorer = new LinearScorer({ provenance: 'test', bias: 0.5, features: ['w=said', 'p1w=X|said', 'odd'], weights: [2, -1, 7] });
    const doc = makeDoc('Ortiz said so.', 'en');
    const unit = doc.units[0]!;
    expect(cueScore(scorer, doc, unit, 1, 0, english)).toBe(0.5 + 2 - 1);
    expect(cueScore(scorer, doc, unit, 2, 0, english)).toBe(0.5);
  });
});
