import {
  BadRequestException,
  type CallHandler,
  type ExecutionContext,
  HttpException,
  Injectable,
  type NestInterceptor,
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import express from 'express';
import { from, type Observable, switchMap } from 'rxjs';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const JSON_TYPE = /^application\/([a-z.+-]*\+)?json\s*(;|$)/i;

interface BodyParserError {
  type?: string;
  message?: string;
}

/**
 * Reads the JSON body of a write, with a size limit. It runs as an interceptor, after the
 * API-key guard, so a request without a valid key is answered 401/403 before a byte of
 * its body is read (and a client that sent `Expect: 100-continue` is told to go on only
 * then). A non-JSON content type answers 415, an oversized body 413, bad JSON 400.
 */
@Injectable()
export class JsonBodyInterceptor implements NestInterceptor {
  private readonly parse: (req: Request, res: Response, next: NextFunction) => void;

  constructor(private readonly limitBytes: number) {
    this.parse = express.json({ limit: limitBytes, type: () => true, strict: false });
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    if (!WRITE_METHODS.has(req.method)) return next.handle();
    return from(this.read(req, http.getResponse<Response>())).pipe(switchMap(() => next.handle()));
  }

  private async read(req: Request, res: Response): Promise<void> {
    const type = req.headers['content-type'] ?? '';
    if (!JSON_TYPE.test(type)) {
      throw new UnsupportedMediaTypeException({
        code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
        message: `content-type must be application/json, not "${type || 'none'}"`,
      });
    }
    if (Number(req.headers['content-length']) > this.limitBytes) throw this.tooLarge();
    if (/^100-continue$/i.test(req.headers.expect ?? '')) res.writeContinue();
    const err = await new Promise<unknown>((resolve) => this.parse(req, res, resolve));
    if (err) throw this.toHttpException(err as BodyParserError);
  }

  private tooLarge(): HttpException {
    return new PayloadTooLargeException({ code: 'REQUEST.TOO_LARGE', message: `the request body is larger than ${this.limitBytes} bytes` });
  }

  private toHttpException(err: BodyParserError): HttpException {
    switch (err.type) {
      case 'entity.too.large':
        return this.tooLarge();
      case 'entity.parse.failed':
        return new BadRequestException({
          code: 'REQUEST.INVALID_JSON',
          message: `the request body is not JSON: ${err.message ?? ''}`.trim(),
        });
      case 'charset.unsupported':
      case 'encoding.unsupported':
        return new UnsupportedMediaTypeException({
          code: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
          message: err.message ?? 'unsupported encoding',
        });
      default:
        return new BadRequestException({ code: 'REQUEST.UNREADABLE', message: 'the request body could not be read' });
    }
  }
}
