import type { Claim } from '@claim-ledger/contracts';
import type { DocToken } from '../doc/doc';
import type { LanguagePack } from '../lang/language-pack';
import { memoize } from '../bounded-cache';
import { fold } from '../normalize-text';

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

const packNameKeys = new WeakMap<LanguagePack, (norm: string) => string>();
/**
 * A capitalised word's story key in a pack's language, or '' for a word the language also
 * writes in lower case, a time word or a determiner: one remembered answer per word
 * instead of three look-ups in the pack's sets and one in the keys.
 */
function packNameKey(pack: LanguagePack): (norm: string) => string {
  let keyOf = packNameKeys.get(pack);
  if (!keyOf) {
    keyOf = memoize((norm: string) =>
      pack.commonWords?.has(norm) || pack.timeWords.has(norm) || pack.determiners.has(norm) ? '' : storyNameKey(norm),
    );
    packNameKeys.set(pack, keyOf);
  }
  return keyOf;
}

/**
 * The names an article is about, as the linker places its claims in a story: the proper
 * names it uses most (capitalised words that the language writes in lower case nowhere,
 * and acronyms), folded and cut to their first letters, and the canonical entities its
 * claims name (countries, whatever the language). Two articles about one event share
 * them in any language: people, parties, places and institutions keep their names.
 */
export function storyNames(tokens: readonly DocToken[], pack: LanguagePack | undefined, claims: readonly Claim[]): string[] {
  const keyOf = pack ? packNameKey(pack) : storyNameKey;
  const uses = new Map<string, { n: number; first: number }>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.quote || t.text.charCodeAt(0) === t.norm.charCodeAt(0) || t.norm.length < 3) continue;
    // A capital the sentence forces says nothing ("Potrivit", "Ministerul" opening one).
    const prev = tokens[i - 1];
    if (!prev || prev.quote || SENTENCE_OPENERS.has(prev.text)) continue;
    const key = keyOf(t.norm);
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
