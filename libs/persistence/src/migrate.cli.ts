import { databaseSection, loadConfig } from '@claim-ledger/config';
import { createDataSource } from './create-data-source';
import { ensureDatabase, runMigrations } from './run-migrations';

// `npm run db:migrate`: creates the database if missing, then applies pending migrations.
async function main(): Promise<void> {
  const config = loadConfig(databaseSection);
  if (await ensureDatabase(config.DATABASE_URL)) process.stdout.write('created the database\n');
  const ds = createDataSource({ url: config.DATABASE_URL, poolSize: 1, applicationName: 'migrate' });
  await ds.initialize();
  try {
    const applied = await runMigrations(ds, config.DATABASE_URL);
    process.stdout.write(applied.length ? `applied ${applied.join(', ')}\n` : 'schema is up to date\n');
  } finally {
    await ds.destroy();
  }
}

main().catch((e: Error) => {
  process.stderr.write(`db:migrate failed: ${e.message}\n`);
  process.exit(1);
});
