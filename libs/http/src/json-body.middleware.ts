import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { CORRELATION_HEADER, correlationIdFrom } from '@claim-ledger/observability';

type Req = Request & { correlationId?: string };

function fail(res: Response, status: number, code: string, message: string, correlationId?: string): void {
  res.status(status).json({ error: { code, message, correlationId } });
}

/**
 * Gives every request a correlation id, and parses JSON bodies of writes with a size
 * limit: a non-JSON content type answers 415, an oversized body 413, bad JSON 400,
 * each as a JSON error body (body-parser's own answers are HTML).
 */
export function jsonBodyMiddleware(limitBytes: number) {
  const parse = express.json({ limit: limitBytes, type: () => true, strict: false });
  return (req: Req, res: Response, next: NextFunction): void => {
    req.correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
    res.setHeader(CORRELATION_HEADER, req.correlationId);
    if (req.method !== 'POST' && req.method !== 'PUT' && req.method !== 'PATCH') return next();
    const type = req.headers['content-type'] ?? '';
    if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(type)) {
      return fail(
        res,
        415,
        'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        `content-type must be application/json, not "${type || 'none'}"`,
        req.correlationId,
      );
    }
    parse(req, res, (err?: { type?: string; message?: string; limit?: number }) => {
      if (!err) return next();
      if (err.type === 'entity.too.large') {
        return fail(res, 413, 'REQUEST.TOO_LARGE', `the request body is larger than ${limitBytes} bytes`, req.correlationId);
      }
      if (err.type === 'entity.parse.failed') {
        return fail(res, 400, 'REQUEST.INVALID_JSON', `the request body is not JSON: ${err.message ?? ''}`.trim(), req.correlationId);
      }
      return fail(res, 400, 'REQUEST.UNREADABLE', 'the request body could not be read', req.correlationId);
    });
  };
}
