import {
  alertsServiceSection,
  databaseSection,
  kafkaSection,
  loadConfig,
  opsHttpSection,
  redisSection,
  serviceSection,
} from '@claim-ledger/config';

export const alertsConfigSchema = serviceSection
  .extend(kafkaSection.shape)
  .extend(redisSection.shape)
  .extend(databaseSection.shape)
  .extend(alertsServiceSection.shape)
  .extend(opsHttpSection.shape)
  .extend({ OPS_HTTP_PORT: opsHttpSection.shape.OPS_HTTP_PORT.default(9104) });
export type AlertsConfig = ReturnType<typeof loadAlertsConfig>;
export const loadAlertsConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(alertsConfigSchema, env);
