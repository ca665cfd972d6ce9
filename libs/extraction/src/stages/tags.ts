import type { Doc, TokenRange } from '../doc/doc';
import type { LanguagePack } from '../lang/language-pack';
import { PredicateTagger } from '../learn/predicates';

/**
 * The tags stage: parts of speech where the language's pack has a trained model. It is
 * asked, not run over every token: only the few phrases an attribution's reading hinges on
 * are tagged, so a document with no cue costs nothing here.
 */

const taggers = new WeakMap<LanguagePack, PredicateTagger>();

function taggerOf(pack: LanguagePack): PredicateTagger | null {
  if (!pack.predicateModel) return null;
  let t = taggers.get(pack);
  if (!t) taggers.set(pack, (t = new PredicateTagger(pack.predicateModel)));
  return t;
}

// Words either side of a token that its tag is judged by (the model's window is two back, one ahead).
const WINDOW = 2;

/**
 * Whether tokens [first, last) of `unit` hold a verb, by the pack's model; null where the
 * pack has none. `except` (a cue's own tokens) is left out.
 */
export function holdsPredicate(doc: Doc, pack: LanguagePack, unit: TokenRange, range: TokenRange, except?: TokenRange): boolean | null {
  const tagger = taggerOf(pack);
  if (!tagger) return null;
  const from = Math.max(unit.first, range.first - WINDOW);
  const to = Math.min(unit.last, range.last + WINDOW);
  const words = doc.tokens.slice(from, to).map((t) => t.norm);
  for (let k = range.first; k < range.last; k++) {
    if (except && k >= except.first && k < except.last) continue;
    if (tagger.isPredicate(words, k - from)) return true;
  }
  return false;
}

/** Whether the token at `at` is a verb by the pack's model (false where the pack has none). */
export function verbAt(doc: Doc, pack: LanguagePack, unit: TokenRange, at: number): boolean {
  return holdsPredicate(doc, pack, unit, { first: at, last: at + 1 }) === true;
}
