import { Client } from 'pg';
import type { DataSource } from 'typeorm';

// Any constant works; it only has to be the same for every process that migrates.
const MIGRATION_LOCK_KEY = 7_301_2024;

/** Creates the database named in the URL when it does not exist yet (needs CREATEDB). */
export async function ensureDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount && found.rowCount > 0) return false;
    // Identifiers cannot be bound as parameters: quote it as Postgres does.
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } catch (e) {
    // Another process created it between the check and the CREATE.
    if ((e as { code?: string }).code === '42P04') return false;
    throw e;
  } finally {
    await client.end();
  }
}

/**
 * Applies pending migrations under a Postgres advisory lock, so services starting
 * together never run the same migration twice. The lock is held on a connection of
 * its own: taking one from the pool could starve the migrations of a connection.
 * Returns the names it applied.
 */
export async function runMigrations(dataSource: DataSource, url: string): Promise<string[]> {
  const lock = new Client({ connectionString: url });
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await lock.end();
  }
}
