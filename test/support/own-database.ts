import { Client } from 'pg';
import { runSuffix } from './test-env';

/**
 * A database of the test's own beside `base` (created by the pipeline's migrations), for a
 * test whose outcome depends on what else the ledger holds: the linker files a claim with
 * earlier claims of its story, and earlier runs of the same test are such claims.
 */
export function ownDatabaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `${url.pathname}_${name}_${runSuffix()}`;
  return url.toString();
}

/** Drops a database made by ownDatabaseUrl once the test is done with it. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
