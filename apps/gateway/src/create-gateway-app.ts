import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureHttpApp } from '@claim-ledger/http';
import { createLogger, METRICS, NestLoggerAdapter } from '@claim-ledger/observability';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { GatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';

/** Builds the gateway application (main.ts and the end-to-end tests both use it). */
export async function createGatewayApp(config: GatewayConfig): Promise<INestApplication> {
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const app = await NestFactory.create(GatewayModule.forRoot(config, logger), {
    bodyParser: false,
    logger: new NestLoggerAdapter(logger),
  });
  // From here on Nest's own lines go through nestjs-pino, with the request's correlation id.
  app.useLogger(app.get(PinoNestLogger));
  configureHttpApp(app, { maxBodyBytes: config.HTTP_MAX_BODY_BYTES, logger, metrics: app.get(METRICS) });
  app.enableShutdownHooks();
  return app;
}
