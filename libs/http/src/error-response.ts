import type { ServerResponse } from 'node:http';
import { CORRELATION_HEADER } from '@claim-ledger/observability';

/** The `error` object of every error response: a stable code, a message, and the broken fields. */
export interface ErrorBody {
  code: string;
  message: string;
  issues?: unknown;
}

/** The documented error form, `{ error: { code, message, issues?, correlationId } }`, serialised. */
export function errorJson(body: ErrorBody, correlationId: string | undefined): string {
  return JSON.stringify({ error: { ...body, correlationId } });
}

/**
 * Answers an error in the documented form from outside Nest's exception filter
 * (middleware, server events). A request whose body has not arrived whole is answered
 * with `Connection: close`, so the server does not go on reading what nobody will use.
 */
export function sendError(
  res: ServerResponse,
  status: number,
  body: ErrorBody,
  correlationId: string | undefined,
  headers: Record<string, string> = {},
): void {
  const json = errorJson(body, correlationId);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (correlationId) res.setHeader(CORRELATION_HEADER, correlationId);
  if (!res.req.complete) res.setHeader('connection', 'close');
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}
