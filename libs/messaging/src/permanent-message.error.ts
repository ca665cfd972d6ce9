import type { ValidationIssue } from '@claim-ledger/contracts';

/**
 * A message that will never succeed however often it is retried (bad JSON, a broken
 * schema, a rule of the domain). The consumer dead-letters it at once.
 */
export class PermanentMessageError extends Error {
  constructor(
    readonly code: string,
    reason: string,
    readonly issues: ValidationIssue[] = [],
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = 'PermanentMessageError';
  }
}
