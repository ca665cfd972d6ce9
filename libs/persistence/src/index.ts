export { createDataSource, LEDGER_ENTITIES, LEDGER_MIGRATIONS, type DatabaseSettings } from './create-data-source';
export { ensureDatabase, runMigrations } from './run-migrations';
export { LedgerWriter, type RecordOutcome } from './ledger-writer';
export { LedgerReader, type ArticleWithClaims } from './ledger-reader';
export { ArticleEntity } from './entities/article.entity';
export { ArticleRevisionEntity } from './entities/article-revision.entity';
export { ClaimEntity } from './entities/claim.entity';
export { PropositionStore, PropositionTx, type FiledClaim } from './proposition-store';
export { DATA_SOURCE, DataSourceLifecycle, dataSourceProviders } from './data-source.providers';
export { postgresReadiness } from './postgres-readiness';
export { CLAIM_SORTS, sortKeyKind, type ClaimQuery, type ClaimSort, type KeysetPosition } from './analysts/claim-query';
export { ClaimSearch, findClaimWithArticle, type ClaimWithArticle, type ListedClaim, type Page } from './analysts/claim-search';
export { PropositionReader, type PropositionSource, type PropositionSummary, type TimelineEntry } from './analysts/proposition-reader';
export { ProfileReader, type Profile } from './analysts/profile-reader';
export { ArticleHistoryReader, type ArticleRevision } from './analysts/article-history-reader';
export { LinkFeedReader, type FeedLink } from './analysts/link-feed-reader';
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
export { claimRecordSql } from './claim-record-sql';
export { AlertReplayStore, type AlertReplayView, type ReplayOffsets } from './alert-replay-store';
