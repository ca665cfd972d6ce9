import { ConfigError } from './config-error';
import { kafkaSection } from './env-sections';
import { loadConfig } from './load-config';

const base = { KAFKA_BROKERS: 'b-1.kafka.example:9096,b-2.kafka.example:9096' };
const load = (env: Record<string, string>) => loadConfig(kafkaSection, { ...base, ...env });

describe('Kafka settings for a real cluster', () => {
  it('leaves replication, TLS and SASL to the local broker by default', () => {
    const c = load({});
    expect(c).toMatchObject({
      KAFKA_SSL: false,
      KAFKA_SSL_REJECT_UNAUTHORIZED: true,
      KAFKA_TOPIC_PARTITIONS: {},
      KAFKA_CLIENT_ID: 'claim-ledger',
    });
    // (kafkajs's own fetch size of a partition, unless a service sets its own: the linker's below.)
    expect(c.KAFKA_FETCH_MAX_BYTES_PER_PARTITION).toBe(1_048_576);
    expect(load({ KAFKA_FETCH_MAX_BYTES_PER_PARTITION: '262144' }).KAFKA_FETCH_MAX_BYTES_PER_PARTITION).toBe(262_144);
    expect(c.KAFKA_REPLICATION_FACTOR).toBeUndefined();
    expect(c.KAFKA_MIN_INSYNC_REPLICAS).toBeUndefined();
    expect(c.KAFKA_SASL_MECHANISM).toBeUndefined();
  });

  it('reads replication, min.insync.replicas, partitions per topic and the client id', () => {
    const c = load({
      KAFKA_REPLICATION_FACTOR: '3',
      KAFKA_MIN_INSYNC_REPLICAS: '2',
      KAFKA_TOPIC_PARTITIONS: 'articles.v1=12, claims.extracted.v1=24',
      KAFKA_CLIENT_ID: 'ledger-eu',
    });
    expect(c).toMatchObject({
      KAFKA_REPLICATION_FACTOR: 3,
      KAFKA_MIN_INSYNC_REPLICAS: 2,
      KAFKA_TOPIC_PARTITIONS: { 'articles.v1': 12, 'claims.extracted.v1': 24 },
      KAFKA_CLIENT_ID: 'ledger-eu',
    });
  });

  it.each([
    [
      { KAFKA_TOPIC_PARTITIONS: 'articles.v2=12' },
      /^invalid configuration: KAFKA_TOPIC_PARTITIONS: "articles.v2" is not a topic of the contract/,
    ],
    [
      { KAFKA_TOPIC_PARTITIONS: 'articles.v1:12' },
      /^invalid configuration: KAFKA_TOPIC_PARTITIONS: "articles.v1:12" is not <topic>=<partitions>/,
    ],
    [{ KAFKA_TOPIC_PARTITIONS: 'articles.v1=0' }, /^invalid configuration: KAFKA_TOPIC_PARTITIONS: articles.v1 needs at least 1 partition/],
    [{ KAFKA_REPLICATION_FACTOR: '0' }, /^invalid configuration: KAFKA_REPLICATION_FACTOR/],
    [
      { KAFKA_REPLICATION_FACTOR: '2', KAFKA_MIN_INSYNC_REPLICAS: '3' },
      /^invalid configuration: KAFKA_MIN_INSYNC_REPLICAS: is 3, more than KAFKA_REPLICATION_FACTOR \(2\)/,
    ],
    [{ KAFKA_SSL: 'yes' }, /^invalid configuration: KAFKA_SSL: must be true or false/],
    [{ KAFKA_FETCH_MAX_BYTES_PER_PARTITION: '512' }, /^invalid configuration: KAFKA_FETCH_MAX_BYTES_PER_PARTITION/],
    [{ KAFKA_SASL_MECHANISM: 'gssapi' }, /^invalid configuration: KAFKA_SASL_MECHANISM: must be plain, scram-sha-256 or scram-sha-512/],
    [
      { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'ledger' },
      /^invalid configuration: KAFKA_SASL_PASSWORD: is required with KAFKA_SASL_MECHANISM=scram-sha-512/,
    ],
    [
      { KAFKA_SASL_USERNAME: 'ledger', KAFKA_SASL_PASSWORD: 'pw' },
      /^invalid configuration: KAFKA_SASL_USERNAME: is set but KAFKA_SASL_MECHANISM is not/,
    ],
    [{ KAFKA_SSL_CA: '-----BEGIN CERTIFICATE-----' }, /^invalid configuration: KAFKA_SSL_CA: is set but KAFKA_SSL is not true/],
    [
      { KAFKA_SSL: 'true', KAFKA_SSL_CERT: 'cert' },
      /^invalid configuration: KAFKA_SSL_KEY: is required with the other of KAFKA_SSL_CERT and KAFKA_SSL_KEY/,
    ],
  ])('refuses %j, naming the variable', (env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });

  it('reads SASL and TLS, the secrets from files as Kubernetes mounts them', () => {
    const { mkdtempSync, writeFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const dir = mkdtempSync(`${require('node:os').tmpdir()}/kafka-secrets-`);
    writeFileSync(`${dir}/password`, 's3cret\n');
    writeFileSync(`${dir}/ca.pem`, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    const c = load({
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA_FILE: `${dir}/ca.pem`,
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'ledger',
      KAFKA_SASL_PASSWORD_FILE: `${dir}/password`,
    });
    expect(c).toMatchObject({
      KAFKA_SSL: true,
      KAFKA_SSL_CA: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----',
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'ledger',
      KAFKA_SASL_PASSWORD: 's3cret',
    });
  });
});
