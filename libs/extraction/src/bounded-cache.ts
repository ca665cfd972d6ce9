/**
 * Remembers what a pure function returns for a key, bounded so that memory stays flat
 * over any stream: when full, it starts afresh (keys that recur come back at once).
 * Words, names and source phrases recur across articles; whole sentences rarely do, so
 * keys longer than `maxKeyLength` are computed without being remembered.
 */
export function memoize<V>(compute: (key: string) => V, limit = 20_000, maxKeyLength = 200): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (key.length <= maxKeyLength) {
        if (cache.size >= limit) cache.clear();
        cache.set(key, value);
      }
    }
    return value;
  };
}
