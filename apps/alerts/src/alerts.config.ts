import { alertsServiceSection, databaseSection, kafkaSection, loadConfig, redisSection, serviceSection } from '@claim-ledger/config';

export const alertsConfigSchema = serviceSection
  .extend(kafkaSection.shape)
  .extend(redisSection.shape)
  .extend(databaseSection.shape)
  .extend(alertsServiceSection.shape);
export type AlertsConfig = ReturnType<typeof loadAlertsConfig>;
export const loadAlertsConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(alertsConfigSchema, env);
