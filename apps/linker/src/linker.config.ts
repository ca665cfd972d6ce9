import { databaseSection, kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const linkerConfigSchema = serviceSection.extend(kafkaSection.shape).extend(databaseSection.shape);
export type LinkerConfig = ReturnType<typeof loadLinkerConfig>;
export const loadLinkerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(linkerConfigSchema, env);
