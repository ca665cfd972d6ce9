import { LinearScorer, trainPerceptron, type Example } from './averaged-perceptron';

describe('averaged perceptron', () => {
  it('learns a separable rule and scores unseen combinations by their features', () => {
    const examples: Example[] = [];
    for (let i = 0; i < 200; i++) {
      const cue = i % 2 === 0;
      examples.push({ features: [cue ? 'next=that' : 'next=the', `noise=${i % 7}`], positive: cue });
    }
    const model = trainPerceptron(examples, 5, 'test');
    const scorer = new LinearScorer(model);
    expect(scorer.score(['next=that', 'noise=3'])).toBeGreaterThan(0);
    expect(scorer.score(['next=the', 'noise=3'])).toBeLessThan(0);
    expect(model.provenance).toBe('test');
  });

  it('is deterministic: the same examples give the same model', () => {
    const examples: Example[] = [
      { features: ['a', 'b'], positive: true },
      { features: ['b', 'c'], positive: false },
      { features: ['a'], positive: true },
    ];
    expect(trainPerceptron(examples, 3, 'x')).toEqual(trainPerceptron(examples, 3, 'x'));
  });
});
