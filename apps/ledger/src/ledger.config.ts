import { databaseSection, kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const ledgerConfigSchema = serviceSection.extend(kafkaSection.shape).extend(databaseSection.shape);
export type LedgerConfig = ReturnType<typeof loadLedgerConfig>;
export const loadLedgerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(ledgerConfigSchema, env);
