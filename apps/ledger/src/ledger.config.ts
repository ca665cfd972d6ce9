import { opsHttpSection, databaseSection, kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const ledgerConfigSchema = serviceSection
  .extend(kafkaSection.shape)
  .extend(databaseSection.shape)
  .extend(opsHttpSection.shape)
  .extend({
    OPS_HTTP_PORT: opsHttpSection.shape.OPS_HTTP_PORT.default(9101),
    // A unit of work per 200 events rather than 50: the ledger's statements per batch are
    // fixed, so a batch's cost is mostly per row, and a fetch of one partition (up to 1 MiB,
    // about 160 events of 6 KB) goes through as one unit, not four (issue 15).
    KAFKA_MAX_BATCH_SIZE: kafkaSection.shape.KAFKA_MAX_BATCH_SIZE.default(200),
    // A fetch's batches of all partitions as one unit of work (one write of the ledger, one produce request): at 50 articles/s a partition's
    // batch held a few articles, and each was a unit of its own (issue 15).
    KAFKA_COALESCE_PARTITIONS: kafkaSection.shape.KAFKA_COALESCE_PARTITIONS.default(true),
  });
export type LedgerConfig = ReturnType<typeof loadLedgerConfig>;
export const loadLedgerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(ledgerConfigSchema, env);
