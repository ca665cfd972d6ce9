import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PUBLISHED_DEV_SECRETS } from '@claim-ledger/config';
import { loadAlertsConfig } from '../apps/alerts/src/alerts.config';
import { loadApiConfig } from '../apps/api/src/api.config';
import { loadExtractorConfig } from '../apps/extractor/src/extractor.config';
import { loadGatewayConfig } from '../apps/gateway/src/gateway.config';
import { loadLedgerConfig } from '../apps/ledger/src/ledger.config';
import { loadLinkerConfig } from '../apps/linker/src/linker.config';
import { flagsOf } from './runtime/node-flags';

interface Service {
  image?: string;
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number>;
  healthcheck?: { test: unknown };
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
}

const root = join(__dirname, '..');
const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true }) as { services: Record<string, Service> };
const services = compose.services;

/** Compose's interpolation of `${NAME}`, `${NAME:-default}` and `${NAME-default}` from the shell's variables. */
function interpolate(text: string, shell: Record<string, string>): string {
  return text.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?\}/g, (_, name: string, op: string | undefined, fallback: string) => {
    const value = shell[name];
    if (op === ':-') return value ? value : fallback;
    if (op === '-') return value ?? fallback;
    return value ?? '';
  });
}
/** A service's environment as the container sees it when compose runs with these shell variables. */
const env = (s: Service, shell: Record<string, string> = {}): NodeJS.ProcessEnv =>
  Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, interpolate(String(v), shell)]));

// A schema check of docker-compose.yml (no Docker engine runs here): the structure
// compose needs, and every service's environment parsed by that service's own config.
describe('docker-compose.yml', () => {
  it('runs Kafka, Postgres and Redis from pinned images, each with a health check', () => {
    expect(services.kafka?.image).toMatch(/^apache\/kafka:4\.\d+\.\d+$/);
    expect(services.postgres?.image).toMatch(/^postgres:\d+/);
    expect(services.redis?.image).toMatch(/^redis:\d+/);
    for (const name of ['kafka', 'postgres', 'redis']) expect(services[name]?.healthcheck?.test).toBeDefined();
  });

  it('gives the apache/kafka image every variable it requires for a single KRaft node', () => {
    const kafka = env(services.kafka!);
    for (const v of [
      'KAFKA_NODE_ID',
      'KAFKA_PROCESS_ROLES',
      'KAFKA_LISTENERS',
      'KAFKA_ADVERTISED_LISTENERS',
      'KAFKA_LISTENER_SECURITY_PROTOCOL_MAP',
      'KAFKA_CONTROLLER_QUORUM_VOTERS',
      'KAFKA_CONTROLLER_LISTENER_NAMES',
      'KAFKA_INTER_BROKER_LISTENER_NAME',
      'CLUSTER_ID',
    ]) {
      expect(kafka[v]).toBeTruthy();
    }
    expect(kafka.KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR).toBe('1');
    expect(kafka.KAFKA_AUTO_CREATE_TOPICS_ENABLE).toBe('false');
  });

  it('only depends on services it defines, with conditions compose knows', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const [dep, { condition }] of Object.entries(s.depends_on ?? {})) {
        expect({ name, dep, known: dep in services }).toEqual({ name, dep, known: true });
        expect(['service_started', 'service_healthy', 'service_completed_successfully']).toContain(condition);
      }
    }
  });

  const loaders: Record<string, (e: NodeJS.ProcessEnv) => unknown> = {
    gateway: loadGatewayConfig,
    extractor: loadExtractorConfig,
    ledger: loadLedgerConfig,
    linker: loadLinkerConfig,
    alerts: loadAlertsConfig,
    api: loadApiConfig,
  };

  it.each(Object.keys(loaders))('starts %s from an entry point that exists, with an environment its config accepts', (name) => {
    const s = services[name]!;
    expect(s.build ?? s.image).toBeDefined();
    const entry = s.command?.find((c) => c.startsWith('dist/'));
    expect(entry).toBe(`dist/apps/${name}/src/main.js`);
    // With the service's Node flags, as every other launcher gives them (deploy/runtime/node-flags.js).
    expect(s.command).toEqual(['node', ...flagsOf(name), '-r', './deploy/runtime/register-paths.js', entry]);
    expect(existsSync(join(root, entry!.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
    expect(() => loaders[name]!(env(s))).not.toThrow();
    expect(s.depends_on?.init?.condition).toBe('service_completed_successfully');
  });

  it('publishes the HTTP services on the ports they listen on, on 127.0.0.1 unless BIND_ADDRESS says otherwise', () => {
    for (const name of ['gateway', 'api']) {
      const port = services[name]?.environment?.HTTP_PORT;
      expect((services[name]?.ports ?? []).map((p) => interpolate(p, {}))).toEqual([`127.0.0.1:${port}:${port}`]);
      expect((services[name]?.ports ?? []).map((p) => interpolate(p, { BIND_ADDRESS: '0.0.0.0' }))).toEqual([`0.0.0.0:${port}:${port}`]);
    }
  });

  it('binds every published port to an address, never to all interfaces by default', () => {
    for (const [name, s] of Object.entries(services)) {
      for (const p of s.ports ?? [])
        expect({ name, port: interpolate(p, {}) }).toEqual({ name, port: expect.stringMatching(/^127\.0\.0\.1:\d+:\d+$/) });
    }
  });

  it('gives the development keys only outside production: with NODE_ENV=production the HTTP services refuse to start, naming API_KEYS', () => {
    expect(() => loadGatewayConfig(env(services.gateway!, { NODE_ENV: 'production' }))).toThrow(/^invalid configuration: API_KEYS: /);
    expect(() => loadApiConfig(env(services.api!, { NODE_ENV: 'production' }))).toThrow(/^invalid configuration: API_KEYS: /);
    const own = {
      NODE_ENV: 'production',
      API_KEYS: 'ingest:5d1e0c8a9b7f4e2d6a3c:articles.write;read:8e4b2f6a1c9d3e7b5a0f:claims.read',
      // The API also encrypts webhook secrets, with a key production must set (libs/config/src/alerts-section.ts).
      ALERTS_SECRET_KEY: Buffer.alloc(32, 9).toString('base64'),
    };
    expect(loadGatewayConfig(env(services.gateway!, own)).API_KEYS).toBe(own.API_KEYS);
    expect(loadApiConfig(env(services.api!, own)).NODE_ENV).toBe('production');
  });

  it('lists every API key secret the project publishes among those production refuses', () => {
    const published = [
      'docker-compose.yml',
      'README.md',
      'deploy/local/env.sh',
      'test/support/test-env.ts',
      'deploy/k8s/overlays/local/secret.yaml',
    ].flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(/\b[a-z]+-[a-z]+-secret-\d{4}\b/g)]);
    expect(published.length).toBeGreaterThan(0);
    for (const [secret] of published) expect(PUBLISHED_DEV_SECRETS).toContain(secret);
  });
});
