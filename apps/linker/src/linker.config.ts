import { opsHttpSection, databaseSection, kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const linkerConfigSchema = serviceSection
  .extend(kafkaSection.shape)
  .extend(databaseSection.shape)
  .extend(opsHttpSection.shape)
  .extend({ OPS_HTTP_PORT: opsHttpSection.shape.OPS_HTTP_PORT.default(9103) });
export type LinkerConfig = ReturnType<typeof loadLinkerConfig>;
export const loadLinkerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(linkerConfigSchema, env);
