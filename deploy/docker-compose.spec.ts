import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadAlertsConfig } from '../apps/alerts/src/alerts.config';
import { loadApiConfig } from '../apps/api/src/api.config';
import { loadExtractorConfig } from '../apps/extractor/src/extractor.config';
import { loadGatewayConfig } from '../apps/gateway/src/gateway.config';
import { loadLedgerConfig } from '../apps/ledger/src/ledger.config';
import { loadLinkerConfig } from '../apps/linker/src/linker.config';

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
const env = (s: Service): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, String(v)]));

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
    expect(existsSync(join(root, entry!.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
    expect(() => loaders[name]!(env(s))).not.toThrow();
    expect(s.depends_on?.init?.condition).toBe('service_completed_successfully');
  });

  it('publishes the HTTP services on the ports they listen on', () => {
    expect(services.gateway?.ports).toEqual([`${services.gateway?.environment?.HTTP_PORT}:${services.gateway?.environment?.HTTP_PORT}`]);
    expect(services.api?.ports).toEqual([`${services.api?.environment?.HTTP_PORT}:${services.api?.environment?.HTTP_PORT}`]);
  });
});
