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
  // "told" has the person addressed between it and its content; "said" a content right after it or "that".
  for (let i = 0; i < 12; i++) {
    articles.push({
      body: `The mayor told reporters the bridge would open in ${i} weeks. The governor said the road would close. The judge said that the fine stood.`,
      claims: [
        { evidence: `the bridge would open in ${i} weeks`, cue: 'told', sourceSurface: ['The mayor'] },
        { evidence: 'the road would close', cue: 'said', sourceSurface: ['The governor'] },
        { evidence: 'the fine stood', cue: 'said', sourceSurface: ['The judge'] },
      ],
    });
  }
  // "states" cues one attribution in 60 uses, the rest the noun; "said" cues most of its uses.
  for (let i = 0; i < 59; i++)
    articles.push({
      body: `Voters in swing states backed the plan on day ${i}.${i === 0 ? ' The report states that the plan works.' : ''}`,
      claims: i === 0 ? [{ evidence: 'the plan works', cue: 'states', sourceSurface: ['The report'] }] : [],
    });
  const model = learnCueOrder(articles, english, 'test');

  it('knows a verb whose source always precedes it never inverts', () => {
    expect(model.nonInverting).toContain('criticized');
  });

  it('leaves out a verb whose source follows it, and counts a passive with its agent as neither', () => {
    expect(model.nonInverting).not.toContain('said');
    expect(model.nonInverting).not.toContain('rejected');
  });

  it('knows a verb whose content follows the person it addresses, and not one whose content follows it or "that"', () => {
    expect(model.addressed).toContain('told');
    expect(model.addressed).not.toContain('said');
  });

  it('knows a word the gold seldom uses as a cue against its other uses, and not one it mostly does', () => {
    expect(model.seldomCues).toContain('states');
    expect(model.seldomCues).not.toContain('said');
  });
});
