import type { Provider } from '@nestjs/common';
import { kafkaConsumerServerProvider } from './kafka-consumer.server';
import { kafkaSecurity, topicOptions, type KafkaConnectionConfig } from './kafka-settings';
import { messagingProviders } from './messaging.providers';

/** The Kafka settings every consuming service reads (the kafka section of its config). */
export interface ConsumerServiceConfig extends KafkaConnectionConfig {
  KAFKA_GROUP_PREFIX: string;
  KAFKA_MAX_ATTEMPTS: number;
  KAFKA_PARTITIONS_CONCURRENCY: number;
  KAFKA_MAX_BATCH_SIZE?: number;
  KAFKA_COALESCE_PARTITIONS?: boolean;
  KAFKA_FETCH_MAX_BYTES_PER_PARTITION?: number;
  KAFKA_START_FROM: 'earliest' | 'latest';
  KAFKA_SESSION_TIMEOUT_MS: number;
  KAFKA_HEARTBEAT_INTERVAL_MS: number;
}

/**
 * Everything a consuming service needs beside its controllers of `@EventPattern`
 * handlers: the Kafka client and publisher, and the transport (KafkaConsumerServer)
 * that runs those handlers as group `<prefix>.<service>`, on the topics they name.
 */
export function consumerServiceProviders(service: string, config: ConsumerServiceConfig): Provider[] {
  return [
    ...messagingProviders({
      brokers: config.KAFKA_BROKERS,
      clientId: `${config.KAFKA_CLIENT_ID}-${service}`,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      security: kafkaSecurity(config),
    }),
    kafkaConsumerServerProvider({
      groupId: `${config.KAFKA_GROUP_PREFIX}.${service}`,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      maxAttempts: config.KAFKA_MAX_ATTEMPTS,
      partitionsConsumedConcurrently: config.KAFKA_PARTITIONS_CONCURRENCY,
      ...(config.KAFKA_MAX_BATCH_SIZE ? { maxBatchSize: config.KAFKA_MAX_BATCH_SIZE } : {}),
      ...(config.KAFKA_COALESCE_PARTITIONS ? { coalescePartitions: true } : {}),
      ...(config.KAFKA_FETCH_MAX_BYTES_PER_PARTITION ? { maxBytesPerPartition: config.KAFKA_FETCH_MAX_BYTES_PER_PARTITION } : {}),
      fromBeginning: config.KAFKA_START_FROM === 'earliest',
      sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
      heartbeatIntervalMs: config.KAFKA_HEARTBEAT_INTERVAL_MS,
      topicOptions: topicOptions(config),
      topicPartitions: config.KAFKA_TOPIC_PARTITIONS ?? {},
    }),
  ];
}
