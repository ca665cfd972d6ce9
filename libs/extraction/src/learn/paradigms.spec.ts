import { formsOf, learnInherentReflexives, trainParadigms } from './paradigms';

describe('verb paradigms learned from (form, lemma) pairs', () => {
  // Three verbs of one class show the endings; a fourth lemma of the class gets them too.
  const pairs: [string, string][] = [];
  for (const stem of ['declar', 'afirm', 'anunț']) for (const ending of ['ă', 'at', 'ând', 'ase']) pairs.push([stem + ending, `${stem}a`]);
  const model = trainParadigms(pairs, 'test');

  it('gives a new lemma of the class every form its class takes', () => {
    expect(formsOf(model, 'preciza').sort()).toEqual(['preciza', 'preciză', 'precizat', 'precizând', 'precizase'].sort());
  });

  it('knows the forms seen of a verb that no class gives, and those of verbs made from it with a prefix', () => {
    const m = trainParadigms([...pairs, ['arată', 'arăta'], ['crezut', 'crede'], ['descria', 'descrie']], 'test');
    expect(formsOf(m, 'arăta')).toContain('arată');
    expect(formsOf(m, 'crede')).toContain('crezut');
    expect(formsOf(m, 'scrie')).toContain('scria');
  });

  it('learns which verbs are reflexive verbs of their own from the clitics a treebank marks part of them', () => {
    const clause = (lemma: string, deprel: string) => [
      { lemma: 'se', head: 2, deprel },
      { lemma, head: 0, deprel: 'root' },
    ];
    const sentences = [
      ...Array.from({ length: 4 }, () => clause('afla', 'expl:pv')),
      ...Array.from({ length: 4 }, () => clause('arăta', 'expl:pass')),
      clause('preciza', 'expl:pv'),
    ];
    expect(learnInherentReflexives(sentences)).toEqual(['afla']);
  });

  it("learns no edit that changes the stem before its class ending: that is one verb's own form", () => {
    // "lua" → "ia", "da" → "dau" … as edits of "-a" they would make "afla" → "aia".
    const m = trainParadigms([...pairs, ['ia', 'lua'], ['ia', 'sta'], ['ia', 'bea']], 'test');
    expect(formsOf(m, 'afla')).not.toContain('aia');
    expect(formsOf(m, 'lua')).toContain('ia');
  });

  it('keeps an edit only when several lemmas show it', () => {
    const one = trainParadigms([['zise', 'zice']], 'test');
    expect(formsOf(one, 'spune')).toEqual(['spune']);
  });
});
