import 'reflect-metadata';
import { createConsumerApp, limitHeapGrowth } from '@claim-ledger/messaging';
import { createLogger, exitWithinAfterSignal, lowerProcessPriority, runService } from '@claim-ledger/observability';
import { createDataSource, runMigrations } from '@claim-ledger/persistence';
import { loadLedgerConfig } from './ledger.config';
import { LedgerModule } from './ledger.module';

// RSS within 250 MB under load (issue 15): see limitHeapGrowth. The ledger holds little (about
// 40 MB), so at 30% its heap was collected whole every 200 articles or so: at 60%, 9-11 full
// collections of 5,000 articles took 120-128 ms against 24-25 taking 322-486 ms, for a peak
// RSS of 178-179 MB against 164-169 (bench:pipeline x1, --trace-gc-nvp, alternated).
limitHeapGrowth(60);

runService('ledger', async () => {
  const config = loadLedgerConfig();
  lowerProcessPriority(config.PROCESS_NICENESS);
  const logger = createLogger('ledger', config.LOG_LEVEL);
  exitWithinAfterSignal(config.SHUTDOWN_TIMEOUT_MS, logger);
  const dataSource = createDataSource({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, applicationName: 'ledger' });
  await dataSource.initialize();
  // The ledger owns the schema: it applies pending migrations before it consumes.
  const applied = await runMigrations(dataSource, config.DATABASE_URL);
  if (applied.length) logger.info({ applied }, 'migrations applied');
  await createConsumerApp(LedgerModule.forRoot(config, logger, dataSource), logger, {
    port: config.OPS_HTTP_PORT,
    host: config.OPS_HTTP_HOST,
  });
});
