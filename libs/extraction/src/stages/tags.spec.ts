import { makeDoc } from '../doc/make-doc';
import { english } from '../lang/en/english.pack';
import { romanian } from '../lang/ro/romanian.pack';
import type { LanguagePack } from '../lang/language-pack';
import { holdsPredicate } from './tags';

/** Whether the words before the first comma hold a verb, by the pack's model. */
function clauseBeforeComma(text: string, pack: LanguagePack): boolean | null {
  const doc = makeDoc(text, pack.code);
  const unit = doc.units[0]!;
  const comma = doc.tokens.findIndex((t) => t.text === ',');
  return holdsPredicate(doc, pack, unit, { first: unit.first, last: comma });
}

describe('tags: verbs where the pack has a trained model', () => {
  it('tells a clause from a noun phrase in Romanian (model trained on UD Romanian-RRT)', () => {
    expect(clauseBeforeComma('Prețurile la energie vor crește din nou în martie, a declarat ministrul.', romanian)).toBe(true);
    expect(clauseBeforeComma('Fabrica a fost închisă ieri, a anunțat primarul.', romanian)).toBe(true);
    expect(clauseBeforeComma('Ion Popescu și fratele său mai mic, Andrei, au scris o carte.', romanian)).toBe(false);
    expect(clauseBeforeComma('Directorul tehnic al echipei naționale de volei, Dan Marin, a anunțat lotul.', romanian)).toBe(false);
  });

  it('says nothing where the pack has no model', () => {
    expect(clauseBeforeComma('Prices will rise in March, the minister said.', english)).toBeNull();
  });
});
