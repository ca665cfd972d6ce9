import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureHttpApp } from '@claim-ledger/http';
import { createLogger, METRICS, NestLoggerAdapter } from '@claim-ledger/observability';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { createDataSource } from '@claim-ledger/persistence';
import type { ApiConfig } from './api.config';
import type { AlertsApiOptions } from './alerts-api.providers';
import { ApiModule } from './api.module';
import { serveOpenApi } from './openapi';

/** Builds the query API (main.ts and the end-to-end tests both use it). */
export async function createApiApp(config: ApiConfig, alerts: AlertsApiOptions = {}): Promise<INestApplication> {
  const logger = createLogger('api', config.LOG_LEVEL);
  const dataSource = createDataSource({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, applicationName: 'api' });
  await dataSource.initialize();
  const app = await NestFactory.create(ApiModule.forRoot(config, logger, dataSource, alerts), {
    bodyParser: false,
    logger: new NestLoggerAdapter(logger),
  });
  // From here on Nest's own lines go through nestjs-pino, with the request's correlation id.
  app.useLogger(app.get(PinoNestLogger));
  // Before the shared HTTP set-up: a CORS preflight must be answered here, not as a plain OPTIONS.
  app.enableCors({
    origin: (origin: string | undefined, done: (err: Error | null, allow?: boolean) => void) =>
      done(null, origin !== undefined && config.CORS_ORIGINS.includes(origin)),
    allowedHeaders: ['authorization', 'content-type', 'accept', 'x-correlation-id'],
    exposedHeaders: ['retry-after', 'x-correlation-id', 'content-disposition'],
    methods: ['GET', 'HEAD'],
    maxAge: 600,
  });
  configureHttpApp(app, { maxBodyBytes: config.HTTP_MAX_BODY_BYTES, logger, metrics: app.get(METRICS) });
  serveOpenApi(app);
  app.enableShutdownHooks();
  return app;
}
