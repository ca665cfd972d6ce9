/**
 * A quick test that a word may be one of a set, by its first two code units and its
 * length, before the set itself is asked: most words of a text are in no lexicon, and
 * this passes them over without hashing them. Never says no to a word of the set.
 */
export class WordScreen {
  /** Bit `length` (31 for longer words) for each pair of first units, each reduced to 5 bits. */
  private readonly masks = new Uint32Array(32 * 32);

  constructor(words: Iterable<string>) {
    for (const w of words) this.masks[slot(w)]! |= lengthBit(w);
  }

  mayHold(word: string): boolean {
    // (slot and lengthBit written out: this runs for every word of every text, in several
    // lexicons, and the profile showed the two calls were not always inlined.)
    const n = word.length;
    const at = ((word.charCodeAt(0) & 31) << 5) | (n > 1 ? word.charCodeAt(1) & 31 : 0);
    return (this.masks[at]! & (1 << (n < 31 ? n : 31))) !== 0;
  }
}

const slot = (w: string) => ((w.charCodeAt(0) & 31) << 5) | (w.length > 1 ? w.charCodeAt(1) & 31 : 0);
const lengthBit = (w: string) => 1 << Math.min(w.length, 31);

/** A map of words whose look-ups pass through a WordScreen first. Built from a finished map. */
export class ScreenedMap<V> {
  private readonly screen: WordScreen;

  constructor(private readonly map: ReadonlyMap<string, V>) {
    this.screen = new WordScreen(map.keys());
  }

  get(word: string): V | undefined {
    return this.screen.mayHold(word) ? this.map.get(word) : undefined;
  }
}

/** A set of words whose look-ups pass through a WordScreen first. Built from a finished set. */
export class ScreenedSet {
  private readonly screen: WordScreen;

  constructor(private readonly set: ReadonlySet<string>) {
    this.screen = new WordScreen(set);
  }

  has(word: string): boolean {
    return this.screen.mayHold(word) && this.set.has(word);
  }
}
