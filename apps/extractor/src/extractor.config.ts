import { opsHttpSection, kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const extractorConfigSchema = serviceSection
  .extend(kafkaSection.shape)
  .extend(opsHttpSection.shape)
  .extend({ OPS_HTTP_PORT: opsHttpSection.shape.OPS_HTTP_PORT.default(9102) });
export type ExtractorConfig = ReturnType<typeof loadExtractorConfig>;
export const loadExtractorConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(extractorConfigSchema, env);
