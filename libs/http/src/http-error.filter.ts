import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { type ErrorBody, sendError } from './error-response';
import { RetryLaterException } from './retry-later.exception';

/**
 * Every error leaves as `{ error: { code, message, issues?, correlationId } }`; Nest's
 * own exceptions (404 for an unknown path, 400 for a path segment that is not valid
 * percent-encoding) get the code `HTTP.<status>`. A failure that is not an HttpException
 * is logged whole and answered 500 with no detail: stack traces never reach a client.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    const req = http.getRequest<Request & { correlationId?: string }>();
    const correlationId = req.correlationId;
    let status = 500;
    let body: ErrorBody = { code: 'INTERNAL', message: 'internal error' };
    const headers: Record<string, string> = {};
    if (exception instanceof HttpException) {
      status = exception.getStatus();
      const r = exception.getResponse();
      if (typeof r === 'object' && r !== null && 'code' in r) body = r as ErrorBody;
      else body = { code: `HTTP.${status}`, message: exception.message };
      if (exception instanceof RetryLaterException) {
        headers['retry-after'] = String(exception.retryAfterSeconds);
        this.logger.warn({ err: exception.cause, correlationId, path: req.path, code: body.code }, body.message);
      }
    } else {
      this.logger.error({ err: exception, correlationId, path: req.path }, 'request failed');
    }
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendError(res, status, body, correlationId, headers);
  }
}
