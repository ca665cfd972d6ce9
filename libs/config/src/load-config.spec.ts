import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { databaseSection, httpSection, kafkaSection, serviceSection } from './env-sections';
import { loadConfig } from './load-config';

const schema = kafkaSection.extend(databaseSection.shape);
const good = { KAFKA_BROKERS: '127.0.0.1:9092, kafka-2:9093', DATABASE_URL: 'postgres://u@db:5432/x' };

describe('loadConfig', () => {
  it('parses, applies defaults and freezes', () => {
    const c = loadConfig(schema, good);
    expect(c.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', 'kafka-2:9093']);
    expect(c.KAFKA_MAX_ATTEMPTS).toBe(5);
    expect(c.KAFKA_TOPIC_PREFIX).toBe('');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('names a missing variable', () => {
    expect(() => loadConfig(schema, { KAFKA_BROKERS: good.KAFKA_BROKERS })).toThrow(
      new ConfigError('DATABASE_URL', 'is required but not set'),
    );
  });

  it.each([
    ['KAFKA_BROKERS', 'localhost', /KAFKA_BROKERS: each broker must be host:port/],
    ['DATABASE_URL', 'mysql://db/x', /DATABASE_URL: must be a postgres:\/\/ URL/],
    ['KAFKA_MAX_ATTEMPTS', '0', /KAFKA_MAX_ATTEMPTS/],
    ['KAFKA_TOPIC_PREFIX', 'a b', /KAFKA_TOPIC_PREFIX: only letters/],
  ])('names a malformed %s', (name, value, message) => {
    expect(() => loadConfig(schema, { ...good, [name]: value })).toThrow(message);
  });

  it('takes a niceness of 0 to 19 and names PROCESS_NICENESS outside it', () => {
    expect(loadConfig(serviceSection, {}).PROCESS_NICENESS).toBe(0);
    expect(loadConfig(serviceSection, { PROCESS_NICENESS: '10' }).PROCESS_NICENESS).toBe(10);
    for (const bad of ['-5', '20', 'low']) expect(() => loadConfig(serviceSection, { PROCESS_NICENESS: bad })).toThrow(/PROCESS_NICENESS/);
  });

  it('checks HTTP limits', () => {
    expect(() => loadConfig(httpSection, { HTTP_PORT: '70000', API_KEYS: 'a:b:c' })).toThrow(/HTTP_PORT/);
  });

  describe('API keys', () => {
    const http = serviceSection.extend(httpSection.shape);
    const devKeys = 'dev-publisher:dev-publisher-secret-0001:articles.write;dev-analyst:dev-analyst-secret-0001:claims.read';
    const ownKeys = 'ingest:9f2c7e61b0d84a3c:articles.write';
    const base = { HTTP_PORT: '8080' };

    it('accepts the published development keys outside production', () => {
      expect(loadConfig(http, { ...base, API_KEYS: devKeys }).API_KEYS).toBe(devKeys);
    });

    it('refuses them with NODE_ENV=production, naming the variable and the key but not its secret', () => {
      const load = () => loadConfig(http, { ...base, NODE_ENV: 'production', API_KEYS: `${ownKeys};${devKeys}` });
      expect(load).toThrow(ConfigError);
      expect(load).toThrow(/^invalid configuration: API_KEYS: holds "dev-publisher", a development key published with the project/);
      expect(load).not.toThrow(/secret-0001/);
    });

    it('requires keys in production, and takes keys of your own', () => {
      expect(() => loadConfig(http, { ...base, NODE_ENV: 'production' })).toThrow(new ConfigError('API_KEYS', 'is required but not set'));
      expect(loadConfig(http, { ...base, NODE_ENV: 'production', API_KEYS: ownKeys }).API_KEYS).toBe(ownKeys);
    });

    it('reads them from the file named by API_KEYS_FILE', () => {
      const file = join(mkdtempSync(join(tmpdir(), 'claim-ledger-config-')), 'api-keys');
      writeFileSync(file, `${ownKeys}\n`);
      expect(loadConfig(http, { ...base, NODE_ENV: 'production', API_KEYS_FILE: file }).API_KEYS).toBe(ownKeys);
      writeFileSync(file, devKeys);
      expect(() => loadConfig(http, { ...base, NODE_ENV: 'production', API_KEYS_FILE: file })).toThrow(
        /^invalid configuration: API_KEYS: holds "dev-publisher"/,
      );
    });

    it('names API_KEYS_FILE when it cannot be read, and API_KEYS when both are set', () => {
      expect(() => loadConfig(http, { ...base, API_KEYS_FILE: '/nonexistent/api-keys' })).toThrow(
        /^invalid configuration: API_KEYS_FILE: cannot read \/nonexistent\/api-keys \(ENOENT\)/,
      );
      expect(() => loadConfig(http, { ...base, API_KEYS: ownKeys, API_KEYS_FILE: '/nonexistent/api-keys' })).toThrow(
        /^invalid configuration: API_KEYS: is set and so is API_KEYS_FILE/,
      );
    });
  });
});
