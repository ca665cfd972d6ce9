import { Client } from 'pg';
import { ensureDatabase } from '@claim-ledger/persistence';

/** Drops the database of `url` if it exists and creates it empty: each bench run starts from nothing. */
export async function freshDatabase(url: string): Promise<void> {
  const admin = new URL(url);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = '/postgres';
  const c = new Client({ connectionString: admin.toString() });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await c.end();
  }
  await ensureDatabase(url);
}
