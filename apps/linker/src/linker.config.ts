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
    // A fetch's batches of all partitions as one unit of work (one transaction: their keys locked together, their candidates read once): at 50 articles/s a partition's
    // batch held a few articles, and each was a unit of its own (issue 15).
    KAFKA_COALESCE_PARTITIONS: kafkaSection.shape.KAFKA_COALESCE_PARTITIONS.default(true),
  });
export type LinkerConfig = ReturnType<typeof loadLinkerConfig>;
export const loadLinkerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(linkerConfigSchema, env);
