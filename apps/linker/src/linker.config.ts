import { opsHttpSection, databaseSection, kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const linkerConfigSchema = serviceSection
  .extend(kafkaSection.shape)
  .extend(databaseSection.shape)
  .extend(opsHttpSection.shape)
  .extend({
    OPS_HTTP_PORT: opsHttpSection.shape.OPS_HTTP_PORT.default(9103),
    // One partition's batch at a time. Batches of one story land on several partitions and
    // take turns on its keys' locks anyway; run side by side they only held three batches'
    // candidates in memory and each took three times as long (bench:pipeline, issue 15:
    // 1.7-2.4 s a batch of 50 against 0.45 s, for the same articles/s).
    KAFKA_PARTITIONS_CONCURRENCY: kafkaSection.shape.KAFKA_PARTITIONS_CONCURRENCY.default(1),
  });
export type LinkerConfig = ReturnType<typeof loadLinkerConfig>;
export const loadLinkerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(linkerConfigSchema, env);
