import type { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { MicroserviceOptions } from '@nestjs/microservices';
import type { Logger } from 'pino';
import { NestLoggerAdapter } from '@claim-ledger/observability';
import { KafkaConsumerServer } from './kafka-consumer.server';

/** Where a consuming service serves /healthz, /readyz and /metrics (OPS_HTTP_PORT, OPS_HTTP_HOST). */
export interface OpsHttpOptions {
  port: number;
  host: string;
}

/**
 * Builds and starts a consuming service as a hybrid Nest application: the module's
 * KafkaConsumerServer, built by its providers, is the transport of a microservice
 * whose `@EventPattern` handlers are the module's controllers; the HTTP side serves
 * only the operations endpoints (/healthz, /readyz, /metrics), on the small port of
 * `opsHttp` (without it, nothing listens: the in-process tests). SIGTERM stops the
 * consumer (messages in hand finished and committed) before the providers close.
 */
export async function createConsumerApp(module: DynamicModule, logger: Logger, opsHttp?: OpsHttpOptions): Promise<INestApplication> {
  const app = await NestFactory.create(module, { logger: new NestLoggerAdapter(logger), bodyParser: false });
  app.enableShutdownHooks();
  if (providesConsumer(module)) app.connectMicroservice<MicroserviceOptions>({ strategy: app.get(KafkaConsumerServer) });
  // The bootstrap hooks run first: what handlers need (the alerts' subscription index) is loaded before any message.
  await app.init();
  if (opsHttp) {
    await app.listen(opsHttp.port, opsHttp.host);
    logger.info(
      { url: `http://${opsHttp.host}:${(app.getHttpServer().address() as { port: number }).port}` },
      'serving /healthz, /readyz, /metrics',
    );
  }
  // After the port opens: while the consumer connects and joins, /readyz says what it waits for.
  await app.startAllMicroservices();
  return app;
}

/** Whether the module provides a consumer transport (the alerts service without its matching role has none). */
function providesConsumer(module: DynamicModule): boolean {
  return (module.providers ?? []).some(
    (p) => p === KafkaConsumerServer || (typeof p === 'object' && 'provide' in p && p.provide === KafkaConsumerServer),
  );
}
