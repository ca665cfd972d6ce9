import { conlluSentences } from './conllu';
import { LinearScorer } from './averaged-perceptron';
import { PredicateTagger, predicateFeatures, trainPredicates, type PredicateModel } from './predicates';
import romanianPredicates from '../lang/ro/predicate-model.json';

describe('predicates: verbs told from other words, learned from a treebank', () => {
  // Verbs end in "-ează" and "-at" after "a"; nouns end in "-ul" and "-ea" after a preposition.
  const s = (...words: [string, string][]) => words.map(([form, upos]) => ({ form, upos }));
  const sentences = [
    s(['Ion', 'PROPN'], ['lucrează', 'VERB'], ['la', 'ADP'], ['birou', 'NOUN']),
    s(['Ana', 'PROPN'], ['a', 'AUX'], ['cântat', 'VERB'], ['cu', 'ADP'], ['sora', 'NOUN']),
    s(['El', 'PRON'], ['desenează', 'VERB'], ['în', 'ADP'], ['parcul', 'NOUN']),
    s(['Ea', 'PRON'], ['a', 'AUX'], ['plecat', 'VERB'], ['spre', 'ADP'], ['orașul', 'NOUN']),
    s(['Mihai', 'PROPN'], ['pictează', 'VERB'], ['lângă', 'ADP'], ['vecinul', 'NOUN']),
  ];
  const tagger = new PredicateTagger(trainPredicates(sentences, 'test'));

  it('knows a verb it never saw by its ending and its neighbours', () => {
    const words = ['maria', 'lucrează', 'în', 'grădina'];
    expect(tagger.isPredicate(words, 1)).toBe(true);
    expect(tagger.isPredicate(['dan', 'a', 'alergat', 'la', 'școala'], 2)).toBe(true);
  });

  it('scores each word as the model scores its features, without making them (the shipped Romanian model)', () => {
    const model = romanianPredicates as PredicateModel;
    const fast = new PredicateTagger(model);
    const slow = new LinearScorer(model);
    const words = ['<s>', 'ministrul', 'a', 'declarat', 'că', 'nu-și', 'va', 'da', 'demisia', ',', 'însă', 'o-ul', 'x'];
    for (let i = 0; i < words.length; i++) expect(fast.isPredicate(words, i)).toBe(slow.score(predicateFeatures(words, i)) > 0);
  });

  it('does not take a noun after a preposition for a verb', () => {
    expect(tagger.isPredicate(['maria', 'lucrează', 'în', 'grădina'], 3)).toBe(false);
  });

  it('reads CoNLL-U sentences apart, multiword tokens left out', () => {
    const text = [
      '# sent_id = 1',
      '1\tIon\tIon\tPROPN\t_\t_\t2\tnsubj\t_\t_',
      '2\tvine\tveni\tVERB\t_\t_\t0\troot\t_\t_',
      '',
      '# sent_id = 2',
      '1-2\tne-a\t_\t_\t_\t_\t_\t_\t_\t_',
      '1\tne\teu\tPRON\t_\t_\t2\tiobj\t_\t_',
      '2\ta\tavea\tAUX\t_\t_\t3\taux\t_\t_',
      '3\tspus\tspune\tVERB\t_\t_\t0\troot\t_\t_',
      '',
    ].join('\n');
    expect(conlluSentences(text).map((ws) => ws.map((w) => w.form))).toEqual([
      ['Ion', 'vine'],
      ['ne', 'a', 'spus'],
    ]);
  });
});
