import { ConfigError } from './config-error';

/**
 * What the Kafka variables require of one another, once each is valid alone: SASL needs
 * its user and password, a client certificate its key, and a topic cannot require more
 * in-sync replicas than it has.
 */
export function checkKafkaRules(config: Readonly<Record<string, unknown>>): void {
  if (!('KAFKA_BROKERS' in config)) return;
  const mechanism = config.KAFKA_SASL_MECHANISM;
  if (mechanism !== undefined) {
    for (const name of ['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD']) {
      if (config[name] === undefined) throw new ConfigError(name, `is required with KAFKA_SASL_MECHANISM=${String(mechanism)}`);
    }
  } else {
    for (const name of ['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD']) {
      if (config[name] !== undefined)
        throw new ConfigError(name, 'is set but KAFKA_SASL_MECHANISM is not (plain, scram-sha-256 or scram-sha-512)');
    }
  }
  if ((config.KAFKA_SSL_CERT === undefined) !== (config.KAFKA_SSL_KEY === undefined)) {
    throw new ConfigError(
      config.KAFKA_SSL_CERT === undefined ? 'KAFKA_SSL_CERT' : 'KAFKA_SSL_KEY',
      'is required with the other of KAFKA_SSL_CERT and KAFKA_SSL_KEY',
    );
  }
  const tlsOnly = ['KAFKA_SSL_CA', 'KAFKA_SSL_CERT', 'KAFKA_SSL_KEY'].find((n) => config[n] !== undefined);
  if (tlsOnly && config.KAFKA_SSL !== true) throw new ConfigError(tlsOnly, 'is set but KAFKA_SSL is not true');
  const rf = config.KAFKA_REPLICATION_FACTOR;
  const isr = config.KAFKA_MIN_INSYNC_REPLICAS;
  if (typeof rf === 'number' && typeof isr === 'number' && isr > rf) {
    throw new ConfigError(
      'KAFKA_MIN_INSYNC_REPLICAS',
      `is ${isr}, more than KAFKA_REPLICATION_FACTOR (${rf}): no write could ever succeed`,
    );
  }
}
