import { opsHttpSection, kafkaSection, loadConfig, redisSection, serviceSection } from '@claim-ledger/config';

export const alertsConfigSchema = serviceSection
  .extend(kafkaSection.shape)
  .extend(redisSection.shape)
  .extend(opsHttpSection.shape)
  .extend({ OPS_HTTP_PORT: opsHttpSection.shape.OPS_HTTP_PORT.default(9104) });
export type AlertsConfig = ReturnType<typeof loadAlertsConfig>;
export const loadAlertsConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(alertsConfigSchema, env);
