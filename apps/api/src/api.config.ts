import { alertsApiSection, databaseSection, httpSection, loadConfig, redisSection, serviceSection } from '@claim-ledger/config';
import { analystsConfigShape } from './analysts.config';

export const apiConfigSchema = serviceSection
  .extend(databaseSection.shape)
  .extend(httpSection.shape)
  .extend(alertsApiSection.shape)
  .extend(redisSection.shape)
  .extend({
    HTTP_PORT: httpSection.shape.HTTP_PORT.default(8081),
  })
  .extend(analystsConfigShape);
export type ApiConfig = ReturnType<typeof loadApiConfig>;
export const loadApiConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(apiConfigSchema, env);
