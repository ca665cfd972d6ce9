import type { z } from 'zod';
import { toValidationIssues, type ValidationIssue } from './validation-issue';

export type ParseResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: 'MESSAGE.INVALID_JSON' | 'MESSAGE.INVALID_SCHEMA'; reason: string; issues: ValidationIssue[] };

/** Parses a message value at the boundary: the domain only ever sees typed values. */
export function parseJsonEvent<S extends z.ZodType>(schema: S, raw: string): ParseResult<z.output<S>> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    return { ok: false, code: 'MESSAGE.INVALID_JSON', reason: `not JSON: ${(e as Error).message}`, issues: [] };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues = toValidationIssues(parsed.error);
  const reason = issues.map((i) => `${i.field}: ${i.message} (${i.rule})`).join('; ');
  return { ok: false, code: 'MESSAGE.INVALID_SCHEMA', reason, issues };
}
