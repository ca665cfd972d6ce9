import { kafkaSection, loadConfig } from '@claim-ledger/config';
import { createLogger } from '@claim-ledger/observability';
import { Kafka } from 'kafkajs';
import { kafkaClientConfig } from './create-kafka';
import { kafkaSecurity, topicOptions } from './kafka-settings';
import { topicDefinitions } from './topic-names';

const load = (env: Record<string, string>) => loadConfig(kafkaSection, { KAFKA_BROKERS: 'b-1:9096', ...env });

describe('kafkajs options from the config', () => {
  it('connects in plain text without SASL to the local broker', () => {
    expect(kafkaSecurity(load({}))).toEqual({});
  });

  it('uses TLS with the system CAs for KAFKA_SSL=true alone', () => {
    expect(kafkaSecurity(load({ KAFKA_SSL: 'true' }))).toEqual({ ssl: true });
  });

  it('passes a CA, a client certificate and an explicit rejectUnauthorized=false to tls', () => {
    const c = load({
      KAFKA_SSL: 'true',
      KAFKA_SSL_CA: 'CA',
      KAFKA_SSL_CERT: 'CERT',
      KAFKA_SSL_KEY: 'KEY',
      KAFKA_SSL_REJECT_UNAUTHORIZED: 'false',
    });
    expect(kafkaSecurity(c)).toEqual({ ssl: { ca: ['CA'], cert: 'CERT', key: 'KEY', rejectUnauthorized: false } });
  });

  it.each(['plain', 'scram-sha-256', 'scram-sha-512'])('passes SASL %s with its credentials', (mechanism) => {
    const c = load({ KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: 'ledger', KAFKA_SASL_PASSWORD: 'pw' });
    expect(kafkaSecurity(c)).toEqual({ ssl: true, sasl: { mechanism, username: 'ledger', password: 'pw' } });
  });

  it('asks the broker for its default replication unless told, and sets min.insync.replicas when told', () => {
    expect(topicOptions(load({}))).toEqual({});
    expect(topicOptions(load({ KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '2' }))).toEqual({
      replicationFactor: 3,
      minInsyncReplicas: 2,
    });
  });

  it('overrides the partitions of the named topics only, behind the prefix', () => {
    const c = load({ KAFKA_TOPIC_PARTITIONS: 'articles.v1=12,deadletter.v1=1' });
    const defs = Object.fromEntries(topicDefinitions('t.', c.KAFKA_TOPIC_PARTITIONS).map((d) => [d.name, d.partitions]));
    expect(defs).toEqual({
      't.articles.v1': 12,
      't.claims.extracted.v1': 6,
      't.claims.recorded.v1': 6,
      't.claims.linked.v1': 6,
      't.deadletter.v1': 1,
    });
  });

  it('builds the kafkajs client options with them', () => {
    const c = load({
      KAFKA_SSL: 'true',
      KAFKA_SASL_MECHANISM: 'scram-sha-512',
      KAFKA_SASL_USERNAME: 'u',
      KAFKA_SASL_PASSWORD: 'p',
      KAFKA_CLIENT_ID: 'eu',
    });
    const options = kafkaClientConfig(
      { brokers: c.KAFKA_BROKERS, clientId: `${c.KAFKA_CLIENT_ID}-ledger`, security: kafkaSecurity(c) },
      createLogger('test', 'silent'),
    );
    expect(options).toMatchObject({
      brokers: ['b-1:9096'],
      clientId: 'eu-ledger',
      ssl: true,
      sasl: { mechanism: 'scram-sha-512', username: 'u', password: 'p' },
    });
    expect(() => new Kafka(options)).not.toThrow();
  });
});
