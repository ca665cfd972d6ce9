import type { DataSource } from 'typeorm';
import type { ReadinessCheck } from '@claim-ledger/observability';

/** /readyz's check of Postgres: a round trip over the service's own pool. */
export function postgresReadiness(dataSource: DataSource): ReadinessCheck {
  return {
    name: 'postgres',
    check: async () => {
      await dataSource.query('SELECT 1');
    },
  };
}
