import 'reflect-metadata';
import { createConsumerApp, limitHeapGrowth } from '@claim-ledger/messaging';
import { createLogger, exitWithinAfterSignal, lowerProcessPriority, runService } from '@claim-ledger/observability';
import { createDataSource } from '@claim-ledger/persistence';
import { loadLinkerConfig } from './linker.config';
import { LinkerModule } from './linker.module';

// RSS within 250 MB under load (issue 15): see limitHeapGrowth.
limitHeapGrowth(30);

runService('linker', async () => {
  const config = loadLinkerConfig();
  lowerProcessPriority(config.PROCESS_NICENESS);
  const logger = createLogger('linker', config.LOG_LEVEL);
  exitWithinAfterSignal(config.SHUTDOWN_TIMEOUT_MS, logger);
  const dataSource = createDataSource({ url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE, applicationName: 'linker' });
  await dataSource.initialize();
  await createConsumerApp(LinkerModule.forRoot(config, logger, dataSource), logger, {
    port: config.OPS_HTTP_PORT,
    host: config.OPS_HTTP_HOST,
  });
});
