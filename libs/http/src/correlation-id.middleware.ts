import type { NextFunction, Request, Response } from 'express';
import { CORRELATION_HEADER, correlationIdFrom } from '@claim-ledger/observability';

/** Gives every request a correlation id (the caller's `x-correlation-id` when it is safe to log) and echoes it. */
export function correlationIdMiddleware(req: Request & { correlationId?: string }, res: Response, next: NextFunction): void {
  req.correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
  res.setHeader(CORRELATION_HEADER, req.correlationId);
  next();
}
