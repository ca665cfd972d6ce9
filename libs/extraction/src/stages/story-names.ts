import type { Claim } from '@claim-ledger/contracts';
import type { DocToken } from '../doc/doc';
import type { LanguagePack } from '../lang/language-pack';
import { memoize } from '../bounded-cache';
import { fold } from '../normalize-text';
import { ScreenedSet } from '../word-screen';

// An article's story is named by its names used at least this often …
const MIN_USES = 1;
// … this many of them, the most used.
const STORY_NAMES = 12;
// A name is compared on its first letters, so that Romanian case endings and diacritics
// do not part two mentions ("Pătrașcu", "Pătrașcului", "Patrascu").
const NAME_PREFIX = 5;
// What may open a sentence or a quotation, after which any word is capitalised.
const SENTENCE_OPENERS = new Set(['.', '!', '?', ':', '…', '—', '–', '-', '(']);

/** How a story keeps a name (lower case): folded, letters and digits only, its first letters. Names recur: remembered. */
export const storyNameKey = memoize((norm: string) =>
  fold(norm)
    .replace(/[^\p{L}\p{N}]/gu, '')
    .slice(0, NAME_PREFIX),
);

const plainWordSets = new WeakMap<LanguagePack, ScreenedSet>();
/**
 * The words a pack writes in lower case where no sentence forces a capital: common words,
 * time words and determiners, as one set behind a screen (most capitalised words are in
 * none, and are passed over without being hashed three times).
 */
function plainWords(pack: LanguagePack): ScreenedSet {
  let s = plainWordSets.get(pack);
  if (!s) plainWordSets.set(pack, (s = new ScreenedSet(new Set([...(pack.commonWords ?? []), ...pack.timeWords, ...pack.determiners]))));
  return s;
}

/**
 * The names an article is about, as the linker places its claims in a story: the proper
 * names it uses most (capitalised words that the language writes in lower case nowhere,
 * and acronyms), folded and cut to their first letters, and the canonical entities its
 * claims name (countries, whatever the language). Two articles about one event share
 * them in any language: people, parties, places and institutions keep their names.
 */
export function storyNames(tokens: readonly DocToken[], pack: LanguagePack | undefined, claims: readonly Claim[]): string[] {
  const uses = new Map<string, { n: number; first: number }>();
  const plain = pack ? plainWords(pack) : null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = t.text[0]!;
    if (t.quote || c === t.norm[0] || t.norm.length < 3) continue;
    // A capital the sentence forces says nothing ("Potrivit", "Ministerul" opening one).
    const prev = tokens[i - 1];
    if (!prev || prev.quote || SENTENCE_OPENERS.has(prev.text)) continue;
    if (plain?.has(t.norm)) continue;
    const key = storyNameKey(t.norm);
    if (key.length < 3) continue;
    const u = uses.get(key);
    if (u) u.n++;
    else uses.set(key, { n: 1, first: i });
  }
  const names = [...uses]
    .filter(([, u]) => u.n >= MIN_USES)
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .slice(0, STORY_NAMES)
    .map(([k]) => `n:${k}`);
  const entities = new Set<string>();
  for (const c of claims) for (const e of c.entities) if (e.id.startsWith('country:')) entities.add(e.id);
  return [...new Set([...names, ...entities])].sort();
}
