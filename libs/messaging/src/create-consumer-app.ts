import type { DynamicModule, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger } from 'pino';
import { NestLoggerAdapter } from '@claim-ledger/observability';

/** Where a consuming service serves /healthz, /readyz and /metrics (OPS_HTTP_PORT, OPS_HTTP_HOST). */
export interface OpsHttpOptions {
  port: number;
  host: string;
}

/**
 * Builds and starts a service that consumes and produces: its ConsumerHost starts on
 * bootstrap and drains on SIGTERM. With `opsHttp` it is an HTTP application serving only
 * the module's operations endpoints (/healthz, /readyz, /metrics) on that small port of
 * its own; without, a bare application context (the in-process tests).
 */
export async function createConsumerApp(module: DynamicModule, logger: Logger, opsHttp?: OpsHttpOptions): Promise<INestApplicationContext> {
  if (opsHttp) {
    const app = await NestFactory.create(module, { logger: new NestLoggerAdapter(logger), bodyParser: false });
    app.enableShutdownHooks();
    await app.listen(opsHttp.port, opsHttp.host);
    logger.info(
      { url: `http://${opsHttp.host}:${(app.getHttpServer().address() as { port: number }).port}` },
      'serving /healthz, /readyz, /metrics',
    );
    return app;
  }
  const app = await NestFactory.createApplicationContext(module, { logger: new NestLoggerAdapter(logger) });
  app.enableShutdownHooks();
  await app.init();
  return app;
}
