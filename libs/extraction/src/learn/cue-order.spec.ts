import { english } from '../lang/en/english.pack';
import { learnCueOrder, type OrderGold } from './cue-order';

describe('learnCueOrder: which cue words take their subject after them', () => {
  // "said" has its source after it in some of its uses, "criticized" in none; a passive's agent is no inversion.
  const articles: OrderGold[] = [];
  for (let i = 0; i < 12; i++) {
    articles.push({
      body: `Prices rose by ${i} percent, said the minister. The senator criticized the plan on day ${i}. The deal was rejected by the union ${i}.`,
      claims: [
        { evidence: `Prices rose by ${i} percent`, cue: 'said', sourceSurface: ['the minister'] },
        { evidence: 'the plan', cue: 'criticized', sourceSurface: ['The senator'] },
        { evidence: 'The deal', cue: 'was rejected by', sourceSurface: ['the union'] },
      ],
    });
  }
  const model = learnCueOrder(articles, english, 'test');

  it('knows a verb whose source always precedes it never inverts', () => {
    expect(model.nonInverting).toContain('criticized');
  });

  it('leaves out a verb whose source follows it, and counts a passive with its agent as neither', () => {
    expect(model.nonInverting).not.toContain('said');
    expect(model.nonInverting).not.toContain('rejected');
  });
});
