import { createDataSource, withReadCommitted } from './create-data-source';
import { ensureDatabase } from './run-migrations';

// Against the real Postgres: every session of the ledger's DataSource is READ COMMITTED,
// even when the URL brings connection options of its own (they would replace a setting
// given beside the URL, and the writers' locking reads need READ COMMITTED).
const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/claim_ledger_test';

describe('createDataSource', () => {
  beforeAll(() => ensureDatabase(url));

  it('keeps the options a URL gives and adds READ COMMITTED after them', () => {
    const given = `${url}?options=${encodeURIComponent('-c search_path=public')}`;
    const { url: out, options } = withReadCommitted(given);
    expect(options).toBeUndefined();
    expect(new URL(out).searchParams.get('options')).toBe('-c search_path=public -c default_transaction_isolation=read\\ committed');
    expect(withReadCommitted(url)).toEqual({ url, options: '-c default_transaction_isolation=read\\ committed' });
  });

  it('opens READ COMMITTED sessions when the URL asks for another level and a search path', async () => {
    const options = encodeURIComponent('-c default_transaction_isolation=repeatable\\ read -c search_path=pg_catalog,public');
    const ds = createDataSource({ url: `${url}?options=${options}`, poolSize: 1 });
    await ds.initialize();
    try {
      const [level] = await ds.query('SHOW transaction_isolation');
      const [path] = await ds.query('SHOW search_path');
      expect(level.transaction_isolation).toBe('read committed');
      expect(path.search_path).toBe('pg_catalog,public');
    } finally {
      await ds.destroy();
    }
  });

  it('names its sessions after the service, unless the URL names them', async () => {
    const named = createDataSource({ url, poolSize: 1, applicationName: 'ledger' });
    const overridden = createDataSource({ url: `${url}?application_name=ops-console`, poolSize: 1, applicationName: 'ledger' });
    await named.initialize();
    await overridden.initialize();
    try {
      const [mine] = await named.query(`SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()`);
      const [theirs] = await overridden.query(`SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()`);
      expect(mine.application_name).toBe('ledger');
      expect(theirs.application_name).toBe('ops-console');
    } finally {
      await named.destroy();
      await overridden.destroy();
    }
  });
});
