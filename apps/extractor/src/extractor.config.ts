import { opsHttpSection, kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const extractorConfigSchema = serviceSection
  .extend(kafkaSection.shape)
  .extend(opsHttpSection.shape)
  .extend({
    OPS_HTTP_PORT: opsHttpSection.shape.OPS_HTTP_PORT.default(9102),
    // A fetch's batches of all partitions as one unit of work (one produce request): at 50 articles/s a partition's
    // batch held a few articles, and each was a unit of its own (issue 15).
    KAFKA_COALESCE_PARTITIONS: kafkaSection.shape.KAFKA_COALESCE_PARTITIONS.default(true),
  });
export type ExtractorConfig = ReturnType<typeof loadExtractorConfig>;
export const loadExtractorConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(extractorConfigSchema, env);
