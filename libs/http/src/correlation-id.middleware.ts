import type { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER, correlationIdFrom, runWithCorrelationId } from '@claim-ledger/observability';

/**
 * Gives every request a correlation id (the caller's `x-correlation-id` when it is safe to
 * log), echoes it, and keeps it in scope for the rest of the request, so that every log
 * line written while it is handled carries it.
 */
export function correlationIdMiddleware(req: Request & { correlationId?: string }, res: Response, next: NextFunction): void {
  req.correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
  res.setHeader(CORRELATION_HEADER, req.correlationId);
  runWithCorrelationId(req.correlationId, next);
}
