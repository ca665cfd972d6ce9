import { DataSource } from 'typeorm';
import { ArticleRevisionEntity } from './entities/article-revision.entity';
import { ArticleEntity } from './entities/article.entity';
import { PreparingClient } from './prepared-statements';
import { ClaimEntity } from './entities/claim.entity';
import { InitialLedger1764316800000 } from './migrations/1764316800000-initial-ledger.migration';
import { ClaimKeys1764403200000 } from './migrations/1764403200000-claim-keys.migration';
import { LinkerWritePath1764576000000 } from './migrations/1764576000000-linker-write-path.migration';
import { ClaimKeysOneIndex1764662400000 } from './migrations/1764662400000-claim-keys-one-index.migration';
import { ClaimsOneDateIndex1764748800000 } from './migrations/1764748800000-claims-one-date-index.migration';
import { Lz4Compression1764835200000 } from './migrations/1764835200000-lz4-compression.migration';
import { ClaimKeysProposition1764921600000 } from './migrations/1764921600000-claim-keys-proposition.migration';
import { ClaimFilings1765008000000 } from './migrations/1765008000000-claim-filings.migration';
import { ClaimEntitiesWithoutForeignKeys1765180800000 } from './migrations/1765180800000-claim-entities-without-foreign-keys.migration';
import { AnalystSearch1764496800000 } from './migrations/1764496800000-analyst-search.migration';
import { PropositionsAndLinks1764320400000 } from './migrations/1764320400000-propositions-and-links.migration';
import { Alerts1764489600000 } from './migrations/1764489600000-alerts.migration';

export const LEDGER_ENTITIES = [ArticleEntity, ArticleRevisionEntity, ClaimEntity];
/** Every migration, in order. Listed by class, not by glob, so dist/ and tests load the same set. */
export const LEDGER_MIGRATIONS = [
  InitialLedger1764316800000,
  PropositionsAndLinks1764320400000,
  ClaimKeys1764403200000,
  Alerts1764489600000,
  AnalystSearch1764496800000,
  LinkerWritePath1764576000000,
  ClaimKeysOneIndex1764662400000,
  ClaimsOneDateIndex1764748800000,
  Lz4Compression1764835200000,
  ClaimKeysProposition1764921600000,
  ClaimFilings1765008000000,
  ClaimEntitiesWithoutForeignKeys1765180800000,
];

export interface DatabaseSettings {
  url: string;
  poolSize: number;
  /**
   * The service, as Postgres shows its connections (`application_name` in pg_stat_activity
   * and the logs): which service holds a lock or runs a slow statement, and whose
   * statements cost what (the pipeline benchmark splits Postgres's CPU by it).
   */
  applicationName?: string;
}

// Every transaction is READ COMMITTED (the writers lock rows, then read their latest
// versions) whatever the server's default, set once a connection rather than by a SET
// TRANSACTION per transaction: a round trip each, and they made much of the ledger's
// latency (issue 15).
const READ_COMMITTED = '-c default_transaction_isolation=read\\ committed';

/**
 * The connection URL and the connection options that make every session READ COMMITTED.
 * An `options` the URL gives of its own would replace the setting (the URL's parameters
 * win), so the setting is added to it there.
 */
export function withReadCommitted(url: string): { url: string; options?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url, options: READ_COMMITTED };
  }
  const given = parsed.searchParams.get('options');
  if (!given) return { url, options: READ_COMMITTED };
  parsed.searchParams.set('options', `${given} ${READ_COMMITTED}`);
  return { url: parsed.toString() };
}

/** The ledger's DataSource. The schema only ever changes through migrations. */
export function createDataSource(settings: DatabaseSettings): DataSource {
  const connection = withReadCommitted(settings.url);
  return new DataSource({
    type: 'postgres',
    url: connection.url,
    entities: LEDGER_ENTITIES,
    migrations: LEDGER_MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    ...(settings.applicationName ? { applicationName: settings.applicationName } : {}),
    extra: {
      // Runs the statements registered with preparedStatement prepared (prepared-statements.ts).
      Client: PreparingClient,
      max: settings.poolSize,
      ...(connection.options ? { options: connection.options } : {}),
    },
  });
}
