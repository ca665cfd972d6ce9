import { kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const extractorConfigSchema = serviceSection.extend(kafkaSection.shape);
export type ExtractorConfig = ReturnType<typeof loadExtractorConfig>;
export const loadExtractorConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(extractorConfigSchema, env);
