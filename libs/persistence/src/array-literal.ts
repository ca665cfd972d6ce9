// pg writes a JavaScript array parameter as Postgres's array text by concatenating it an
// element at a time, each quoted and escaped through two regular expressions: the
// linker's key rows and links and the ledger's claim columns, millions of elements, made
// that the largest allocation of both services, a string piece at a time (15% of the
// linker's bytes allocated on the pipeline feed, issue 15). A string parameter goes as it
// is: these build the same text with one join.

// What a quoted element must escape (Postgres's array input reads \ as an escape).
const NEEDS_ESCAPE = /["\\]/;

/**
 * The Postgres array literal of these values (text, numbers, booleans or dates as
 * ISO text), for a `$n::text[]`-style parameter: each element quoted, so that commas,
 * braces, spaces and the word NULL stay text; null and undefined are NULL.
 */
export function arrayLiteral(values: readonly (string | number | boolean | null | undefined)[]): string {
  if (values.length === 0) return '{}';
  let plain = true;
  for (let i = 0; i < values.length && plain; i++) {
    const v = values[i];
    if (v === null || v === undefined || (typeof v === 'string' && NEEDS_ESCAPE.test(v))) plain = false;
  }
  // The common case: nothing to escape, no NULL; every element quoted by the separators.
  if (plain) {
    const parts = values.map(String);
    return joinedWithin('{"', parts, '","', '"}');
  }
  const parts: string[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined) parts[i] = 'NULL';
    else {
      const s = String(v);
      parts[i] = `"${NEEDS_ESCAPE.test(s) ? s.replace(/["\\]/g, '\\$&') : s}"`;
    }
  }
  return joinedWithin('{', parts, ',', '}');
}

/**
 * `open + parts.join(separator) + close`, as one flat string. Wrapping a join's result (a
 * template or +) makes a string of two pieces that V8 copies whole into a flat one when pg
 * measures its UTF-8 length (Buffer.byteLength): a second copy of every array parameter,
 * the ledger's article bodies among them. Its ends go on the first and last parts instead,
 * so that the join's string is the one sent (of two parts or more: a join of one gives that
 * part back, itself two pieces, as before). (The ledger's bytes allocated on the pipeline
 * feed, 5,000 articles, sampled: 767 -> 729 MB, its large strings the most of it; issue 15.)
 * `parts` is changed.
 */
function joinedWithin(open: string, parts: string[], separator: string, close: string): string {
  const last = parts.length - 1;
  parts[0] = open + parts[0];
  parts[last] = parts[last] + close;
  return parts.join(separator);
}

type Primitive = string | number | boolean | null | undefined;
const isPrimitive = (v: unknown): v is Primitive => v === null || (typeof v !== 'object' && typeof v !== 'function');

/** A statement's parameters with each array of primitives written as its array literal (others as they are). */
export function arrayParams(params: readonly unknown[]): unknown[] {
  return params.map((p) => (Array.isArray(p) && p.every(isPrimitive) ? arrayLiteral(p) : p));
}
