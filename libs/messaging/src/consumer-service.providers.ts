import type { Provider, Type } from '@nestjs/common';
import { consumerHostProvider, type MessageHandlerService } from './consumer-host';
import { kafkaSecurity, topicOptions, type KafkaConnectionConfig } from './kafka-settings';
import { messagingProviders } from './messaging.providers';
import { topicNames, type TopicRole } from './topic-names';

/** The Kafka settings every consuming service reads (the kafka section of its config). */
export interface ConsumerServiceConfig extends KafkaConnectionConfig {
  KAFKA_GROUP_PREFIX: string;
  KAFKA_MAX_ATTEMPTS: number;
  KAFKA_PARTITIONS_CONCURRENCY: number;
  KAFKA_MAX_BATCH_SIZE?: number;
  KAFKA_START_FROM: 'earliest' | 'latest';
  KAFKA_SESSION_TIMEOUT_MS: number;
  KAFKA_HEARTBEAT_INTERVAL_MS: number;
}

/**
 * Everything a consuming service needs around its handler: the Kafka client and
 * publisher, the handler, and the host that runs it as group `<prefix>.<service>` on
 * the topics of `consumes`.
 */
export function consumerServiceProviders(
  service: string,
  config: ConsumerServiceConfig,
  consumes: TopicRole | readonly TopicRole[],
  handler: Type<MessageHandlerService>,
): Provider[] {
  return [
    ...messagingProviders({
      brokers: config.KAFKA_BROKERS,
      clientId: `${config.KAFKA_CLIENT_ID}-${service}`,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      security: kafkaSecurity(config),
    }),
    handler,
    consumerHostProvider(handler, {
      groupId: `${config.KAFKA_GROUP_PREFIX}.${service}`,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
      topics: (typeof consumes === 'string' ? [consumes] : consumes).map((role) => topicNames(config.KAFKA_TOPIC_PREFIX)[role]),
      maxAttempts: config.KAFKA_MAX_ATTEMPTS,
      partitionsConsumedConcurrently: config.KAFKA_PARTITIONS_CONCURRENCY,
      ...(config.KAFKA_MAX_BATCH_SIZE ? { maxBatchSize: config.KAFKA_MAX_BATCH_SIZE } : {}),
      fromBeginning: config.KAFKA_START_FROM === 'earliest',
      sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS,
      heartbeatIntervalMs: config.KAFKA_HEARTBEAT_INTERVAL_MS,
      topicOptions: topicOptions(config),
      topicPartitions: config.KAFKA_TOPIC_PARTITIONS ?? {},
    }),
  ];
}
