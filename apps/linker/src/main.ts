import 'reflect-metadata';
import { createConsumerApp } from '@claim-ledger/messaging';
import { createLogger, runService } from '@claim-ledger/observability';
import { loadLinkerConfig } from './linker.config';
import { LinkerModule } from './linker.module';

runService('linker', async () => {
  const config = loadLinkerConfig();
  const logger = createLogger('linker', config.LOG_LEVEL);
  await createConsumerApp(LinkerModule.forRoot(config, logger), logger);
});
