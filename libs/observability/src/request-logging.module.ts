import type { DynamicModule } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { Logger } from 'pino';
import { CORRELATION_HEADER, correlationIdFrom } from './correlation-id';

/** Probes and scrapes: answered many times a minute, never logged one by one. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics', '/health']);

const pathOf = (url: string | undefined) => (url ?? '/').split('?')[0]!.replace(/\/+$/, '') || '/';

/**
 * nestjs-pino over the service's logger: one `request completed` line per request (method,
 * URL, status, response time) and Nest's own lines, each with the request's correlation id
 * (set by libs/http's correlation-id middleware, which runs first). Headers are not logged:
 * they carry API keys.
 */
export function requestLoggingModule(logger: Logger): DynamicModule {
  return LoggerModule.forRoot({
    pinoHttp: {
      logger,
      quietReqLogger: true,
      genReqId: (req: IncomingMessage & { correlationId?: string }) =>
        req.correlationId ?? correlationIdFrom(req.headers[CORRELATION_HEADER]),
      customProps: (req: IncomingMessage & { correlationId?: string }) => ({ correlationId: req.correlationId ?? String(req.id) }),
      autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.has(pathOf(req.url)) },
      serializers: {
        req: (req: { method?: string; url?: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
      },
    },
  });
}
