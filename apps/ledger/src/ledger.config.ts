import { opsHttpSection, databaseSection, kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const ledgerConfigSchema = serviceSection
  .extend(kafkaSection.shape)
  .extend(databaseSection.shape)
  .extend(opsHttpSection.shape)
  .extend({ OPS_HTTP_PORT: opsHttpSection.shape.OPS_HTTP_PORT.default(9101) });
export type LedgerConfig = ReturnType<typeof loadLedgerConfig>;
export const loadLedgerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(ledgerConfigSchema, env);
