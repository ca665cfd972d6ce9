import type { INestApplication } from '@nestjs/common';
import type { Logger } from 'pino';
import { httpMetricsMiddleware, type ServiceMetrics } from '@claim-ledger/observability';
import { answerClientErrors } from './client-error.handler';
import { correlationIdMiddleware } from './correlation-id.middleware';
import { JsonBodyInterceptor } from './json-body.interceptor';
import { methodNotAllowedMiddleware } from './method-not-allowed.middleware';
import { ParameterTextPipe } from './parameter-text.pipe';
import { routeTable } from './route-table';

export interface HttpAppOptions {
  /** Largest request body accepted, in bytes (HTTP_MAX_BODY_BYTES). */
  maxBodyBytes: number;
  logger: Logger;
  /** Counts and times every request (claim_ledger_http_requests_total, …_duration_seconds). */
  metrics?: ServiceMetrics;
}

/**
 * The HTTP behaviour the gateway and the API share, in the order a request meets it:
 * the parser's own rejections in the documented error form, a correlation id, 405 for
 * a known path asked with another method, then (after the API-key guard, which the
 * modules provide with the error filter) the JSON body, then the parameter checks.
 * Call it after NestFactory.create and before init/listen.
 */
export function configureHttpApp(app: INestApplication, { maxBodyBytes, logger, metrics }: HttpAppOptions): void {
  answerClientErrors(app.getHttpServer(), logger);
  if (metrics) app.use(httpMetricsMiddleware(metrics));
  app.use(correlationIdMiddleware);
  app.use(methodNotAllowedMiddleware(routeTable(app)));
  app.useGlobalInterceptors(new JsonBodyInterceptor(maxBodyBytes));
  app.useGlobalPipes(new ParameterTextPipe());
}
