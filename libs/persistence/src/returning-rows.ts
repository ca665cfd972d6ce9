import type { DataSource } from 'typeorm';

/**
 * Runs a statement and returns its rows whatever its command: DataSource.query gives
 * `[rows, count]` for an UPDATE or DELETE ... RETURNING but rows for the rest.
 */
export async function returningRows<T>(dataSource: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const runner = dataSource.createQueryRunner();
  try {
    const result = await runner.query(sql, params, true);
    return result.records as T[];
  } finally {
    await runner.release();
  }
}
