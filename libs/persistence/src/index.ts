export { createDataSource, LEDGER_ENTITIES, LEDGER_MIGRATIONS, type DatabaseSettings } from './create-data-source';
export { ensureDatabase, runMigrations } from './run-migrations';
export { LedgerWriter, type RecordOutcome } from './ledger-writer';
export { LedgerReader, type ArticleWithClaims, type ClaimFilter, type ClaimPage } from './ledger-reader';
export { ArticleEntity } from './entities/article.entity';
export { ArticleRevisionEntity } from './entities/article-revision.entity';
export { ClaimEntity } from './entities/claim.entity';
export { PropositionStore, PropositionTx, CANDIDATES_PER_KEY, type FiledClaim } from './proposition-store';
export { DATA_SOURCE, DataSourceLifecycle, dataSourceProviders } from './data-source.providers';
export { AlertSubscriptionStore, type AlertSubscriptionChange, type AlertSubscriptionView } from './alert-subscription-store';
export {
  AlertDeliveryStore,
  type AttemptOutcome,
  type DeliveryAttemptView,
  type DeliveryStatus,
  type DeliveryToSend,
  type DeliveryView,
  type NewDelivery,
} from './alert-delivery-store';
export { ClaimRecordsReader, type PropositionSlots } from './claim-records-reader';
export { AlertReplayStore, type AlertReplayView, type ReplayOffsets } from './alert-replay-store';
