import { BadRequestException } from '@nestjs/common';
import type { z } from 'zod';
import { toValidationIssues } from '@claim-ledger/contracts';

/** Parses a query string with its schema; a 400 names the first broken parameter and lists them all. */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const parsed = schema.safeParse(query ?? {});
  if (parsed.success) return parsed.data;
  const issues = toValidationIssues(parsed.error);
  throw new BadRequestException({ code: 'QUERY.INVALID', message: `${issues[0]!.field}: ${issues[0]!.message}`, issues });
}
