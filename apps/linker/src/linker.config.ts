import { kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const linkerConfigSchema = serviceSection.extend(kafkaSection.shape);
export type LinkerConfig = ReturnType<typeof loadLinkerConfig>;
export const loadLinkerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(linkerConfigSchema, env);
