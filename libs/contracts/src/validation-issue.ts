import type { z } from 'zod';

/** One broken rule, named so that a publisher can fix the field without guessing. */
export interface ValidationIssue {
  /** Path to the field: `body`, `[3].publishedAt`, `(root)` for the value itself. */
  field: string;
  /** The rule that failed, as zod names it: too_small, invalid_type, invalid_format... */
  rule: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out === '' ? '(root)' : out;
}

export function toValidationIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): ValidationIssue[] {
  return error.issues.map((i) => ({
    // An unknown key is named as the field itself, not as its parent object.
    field: formatPath([...prefix, ...i.path, ...(i.code === 'unrecognized_keys' ? [i.keys.join(',')] : [])]),
    rule: i.code,
    message: i.message,
  }));
}
