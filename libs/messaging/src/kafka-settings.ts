import type { KafkaConfig, SASLOptions } from 'kafkajs';
import type { TopicOptions } from './ensure-topics';

/** The Kafka variables of a service's config (libs/config, kafkaSection) this module reads. */
export interface KafkaConnectionConfig {
  KAFKA_BROKERS: readonly string[];
  KAFKA_CLIENT_ID: string;
  KAFKA_TOPIC_PREFIX: string;
  KAFKA_SSL?: boolean;
  KAFKA_SSL_CA?: string | undefined;
  KAFKA_SSL_CERT?: string | undefined;
  KAFKA_SSL_KEY?: string | undefined;
  KAFKA_SSL_REJECT_UNAUTHORIZED?: boolean;
  KAFKA_SASL_MECHANISM?: 'plain' | 'scram-sha-256' | 'scram-sha-512' | undefined;
  KAFKA_SASL_USERNAME?: string | undefined;
  KAFKA_SASL_PASSWORD?: string | undefined;
  KAFKA_REPLICATION_FACTOR?: number | undefined;
  KAFKA_MIN_INSYNC_REPLICAS?: number | undefined;
  KAFKA_TOPIC_PARTITIONS?: Readonly<Record<string, number>>;
}

/** How to reach the cluster: what kafkajs's client takes besides logging and retries. */
export type KafkaSecurity = Pick<KafkaConfig, 'ssl' | 'sasl'>;

/**
 * TLS and SASL for kafkajs from the config: `ssl: true` uses the system's CAs, a CA or a
 * client certificate becomes a tls.ConnectionOptions; SASL PLAIN or SCRAM with the user
 * and password (libs/config has checked they come together).
 */
export function kafkaSecurity(config: KafkaConnectionConfig): KafkaSecurity {
  const out: KafkaSecurity = {};
  if (config.KAFKA_SSL) {
    const tls = {
      ...(config.KAFKA_SSL_CA ? { ca: [config.KAFKA_SSL_CA] } : {}),
      ...(config.KAFKA_SSL_CERT && config.KAFKA_SSL_KEY ? { cert: config.KAFKA_SSL_CERT, key: config.KAFKA_SSL_KEY } : {}),
      ...(config.KAFKA_SSL_REJECT_UNAUTHORIZED === false ? { rejectUnauthorized: false } : {}),
    };
    out.ssl = Object.keys(tls).length > 0 ? tls : true;
  }
  const mechanism = config.KAFKA_SASL_MECHANISM;
  if (mechanism) {
    const credentials = { username: config.KAFKA_SASL_USERNAME ?? '', password: config.KAFKA_SASL_PASSWORD ?? '' };
    out.sasl = { mechanism, ...credentials } as SASLOptions;
  }
  return out;
}

/** The topic options of the topics the services create (ensureTopics) from the config. */
export function topicOptions(config: KafkaConnectionConfig): TopicOptions {
  return {
    ...(config.KAFKA_REPLICATION_FACTOR ? { replicationFactor: config.KAFKA_REPLICATION_FACTOR } : {}),
    ...(config.KAFKA_MIN_INSYNC_REPLICAS ? { minInsyncReplicas: config.KAFKA_MIN_INSYNC_REPLICAS } : {}),
  };
}
