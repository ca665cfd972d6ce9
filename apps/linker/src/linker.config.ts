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
    // A transaction per 200 events rather than 50, as the ledger: a unit's statements and
    // locks are per unit, and a linker behind the stream catches up in fewer of them
    // (bench/linker-inprocess.ts, issue 15: 133 -> 170 articles/s, Postgres CPU 9.4 -> 7.1 s
    // for 5,000 articles). A stream that keeps up fills units of what arrived, far fewer.
    KAFKA_MAX_BATCH_SIZE: kafkaSection.shape.KAFKA_MAX_BATCH_SIZE.default(200),
    // A fetch of a quarter MiB a partition, not kafkajs's 1 MiB: a unit of 200 events of ~6 KB
    // is 1.2 MB of all six partitions, and fetched batches waiting their turn were the rest
    // of the linker's peak memory (bench:pipeline, issue 15: peak RSS 237-252 -> 198-212 MB,
    // linked 248-259 -> 267-290 articles/s).
    KAFKA_FETCH_MAX_BYTES_PER_PARTITION: kafkaSection.shape.KAFKA_FETCH_MAX_BYTES_PER_PARTITION.default(262_144),
  });
export type LinkerConfig = ReturnType<typeof loadLinkerConfig>;
export const loadLinkerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(linkerConfigSchema, env);
