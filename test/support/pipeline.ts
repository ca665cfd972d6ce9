import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/create-api-app';
import { loadApiConfig } from '../../apps/api/src/api.config';
import { ExtractorModule } from '../../apps/extractor/src/extractor.module';
import { loadExtractorConfig } from '../../apps/extractor/src/extractor.config';
import { createGatewayApp } from '../../apps/gateway/src/create-gateway-app';
import { loadGatewayConfig } from '../../apps/gateway/src/gateway.config';
import { LedgerModule } from '../../apps/ledger/src/ledger.module';
import { LinkerModule } from '../../apps/linker/src/linker.module';
import { loadLinkerConfig } from '../../apps/linker/src/linker.config';
import { loadLedgerConfig } from '../../apps/ledger/src/ledger.config';
import { KafkaConsumerServer, createConsumerApp, createKafka, topicDefinitions } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { createDataSource, ensureDatabase, runMigrations } from '@claim-ledger/persistence';

export interface RunningPipeline {
  gateway: INestApplication;
  api: INestApplication;
  db: DataSource;
  stop(): Promise<void>;
}

/**
 * Starts gateway, extractor, ledger and API in this process, each built by the same
 * module factory as its main.ts, wired only through the real Kafka broker and Postgres.
 * Resolves once every consumer has joined its group.
 */
export async function startPipeline(env: NodeJS.ProcessEnv): Promise<RunningPipeline> {
  const ledgerConfig = loadLedgerConfig(env);
  await ensureDatabase(ledgerConfig.DATABASE_URL);
  const ledgerDb = createDataSource({ url: ledgerConfig.DATABASE_URL, poolSize: 4 });
  await ledgerDb.initialize();
  await runMigrations(ledgerDb, ledgerConfig.DATABASE_URL);

  const contexts: INestApplicationContext[] = [];
  const extractorConfig = loadExtractorConfig(env);
  contexts.push(
    await createConsumerApp(
      ExtractorModule.forRoot(extractorConfig, createLogger('extractor', extractorConfig.LOG_LEVEL)),
      createLogger('extractor', 'warn'),
    ),
  );
  contexts.push(
    await createConsumerApp(
      LedgerModule.forRoot(ledgerConfig, createLogger('ledger', ledgerConfig.LOG_LEVEL), ledgerDb),
      createLogger('ledger', 'warn'),
    ),
  );
  const linkerConfig = loadLinkerConfig(env);
  const linkerDb = createDataSource({ url: linkerConfig.DATABASE_URL, poolSize: 4 });
  await linkerDb.initialize();
  contexts.push(
    await createConsumerApp(
      LinkerModule.forRoot(linkerConfig, createLogger('linker', linkerConfig.LOG_LEVEL), linkerDb),
      createLogger('linker', 'warn'),
    ),
  );
  await Promise.all(contexts.map((c) => c.get(KafkaConsumerServer).joined));

  const gateway = await createGatewayApp(loadGatewayConfig(env));
  await gateway.init();
  const api = await createApiApp(loadApiConfig(env));
  await api.init();
  const db = createDataSource({ url: ledgerConfig.DATABASE_URL, poolSize: 2 });
  await db.initialize();

  return {
    gateway,
    api,
    db,
    async stop() {
      await gateway.close();
      await api.close();
      for (const c of contexts) await c.close();
      await db.destroy();
      await deleteTopics(env);
    },
  };
}

/** Removes the topics of a test run, so the broker does not collect them run after run. */
async function deleteTopics(env: NodeJS.ProcessEnv): Promise<void> {
  const prefix = env.KAFKA_TOPIC_PREFIX ?? '';
  if (!prefix) return;
  const admin = createKafka({ brokers: env.KAFKA_BROKERS!.split(','), clientId: 'test-cleanup' }, createLogger('cleanup', 'error')).admin();
  await admin.connect();
  try {
    await admin.deleteTopics({ topics: topicDefinitions(prefix).map((t) => t.name), timeout: 10_000 });
  } finally {
    await admin.disconnect();
  }
}
