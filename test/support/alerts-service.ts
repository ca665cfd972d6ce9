import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { HostResolver } from '@claim-ledger/alerts';
import { AlertsModule } from '../../apps/alerts/src/alerts.module';
import { loadAlertsConfig } from '../../apps/alerts/src/alerts.config';
import { createConsumerApp, KafkaConsumerServer } from '@claim-ledger/messaging';
import { createLogger } from '@claim-ledger/observability';
import { createDataSource, ensureDatabase, runMigrations } from '@claim-ledger/persistence';

export interface RunningAlerts {
  app: INestApplicationContext;
  db: DataSource;
  stop(): Promise<void>;
}

/** Migrates the test database (the ledger owns migrations; these tests may run without it). */
export async function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  const url = env.DATABASE_URL!;
  await ensureDatabase(url);
  const db = createDataSource({ url, poolSize: 1 });
  await db.initialize();
  try {
    await runMigrations(db, url);
  } finally {
    await db.destroy();
  }
}

/**
 * The alerts service in this process, built by the module main.ts uses: the matcher
 * (a Kafka consumer), a delivery worker, or both. Resolves once its consumer joined.
 */
export async function startAlerts(
  env: NodeJS.ProcessEnv,
  roles: { match: boolean; deliver: boolean; resolve?: HostResolver },
): Promise<RunningAlerts> {
  const config = loadAlertsConfig(env);
  const db = createDataSource({ url: config.DATABASE_URL, poolSize: 4 });
  await db.initialize();
  const app = await createConsumerApp(
    AlertsModule.forRoot(config, createLogger('alerts', config.LOG_LEVEL), db, roles),
    createLogger('alerts', 'fatal'),
  );
  if (roles.match) await app.get(KafkaConsumerServer).joined;
  return {
    app,
    db,
    async stop() {
      await app.close();
    },
  };
}
