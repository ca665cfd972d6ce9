import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureHttpApp } from '@claim-ledger/http';
import { createLogger, NestLoggerAdapter } from '@claim-ledger/observability';
import { createDataSource } from '@claim-ledger/persistence';
import type { ApiConfig } from './api.config';
import type { AlertsApiOptions } from './alerts-api.providers';
import { ApiModule } from './api.module';

/** Builds the query API (main.ts and the end-to-end tests both use it). */
export async function createApiApp(config: ApiConfig, alerts: AlertsApiOptions = {}): Promise<INestApplication> {
  const logger = createLogger('api', config.LOG_LEVEL);
  const dataSource = createDataSource({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE });
  await dataSource.initialize();
  const app = await NestFactory.create(ApiModule.forRoot(config, logger, dataSource, alerts), {
    bodyParser: false,
    logger: new NestLoggerAdapter(logger),
  });
  configureHttpApp(app, { maxBodyBytes: config.HTTP_MAX_BODY_BYTES, logger });
  app.enableShutdownHooks();
  return app;
}
