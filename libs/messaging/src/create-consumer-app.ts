import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { NestLoggerAdapter } from '@claim-ledger/observability';

/**
 * Builds and starts a service that only consumes and produces (no HTTP): a Nest
 * application context whose ConsumerHost starts on bootstrap and drains on SIGTERM.
 */
export async function createConsumerApp(module: DynamicModule, logger: Logger): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(module, { logger: new NestLoggerAdapter(logger) });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
