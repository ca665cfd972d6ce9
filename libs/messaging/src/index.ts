export { createKafka, kafkaClientConfig, type KafkaSettings } from './create-kafka';
export { ensureTopics, type TopicDefinition } from './ensure-topics';
export { EventPublisher, type EventPublisherOptions, type OutgoingEvent } from './event-publisher';
export { BrokerUnavailableError } from './broker-unavailable.error';
export { ConsumerRunner, type ConsumerRunnerOptions, type MessageHandler } from './consumer-runner';
export { toInboundMessage, type InboundMessage } from './inbound-message';
export { PermanentMessageError } from './permanent-message.error';
export { classifyFailure, type FailureClass, type FailureKind } from './classify-failure';
export { parseMessage } from './parse-message';
export { EVENT_PUBLISHER, KAFKA } from './messaging.tokens';
export { messagingProviders } from './messaging.providers';
export {
  KAFKA_CONSUMER_TRANSPORT,
  KafkaConsumerServer,
  kafkaConsumerServerProvider,
  type KafkaConsumerServerOptions,
} from './kafka-consumer.server';
export { ConsumerContext } from './consumer-context';
export { ConsumerFailureFilter } from './consumer-failure.filter';
export { batchOf, type BatchPattern } from './batch-pattern';
export { createConsumerApp, type OpsHttpOptions } from './create-consumer-app';
export { TOPIC_NAMES, topicDefinitions, topicNames, type TopicNames, type TopicRole } from './topic-names';
export { consumerServiceProviders, type ConsumerServiceConfig } from './consumer-service.providers';
export { kafkaSecurity, topicOptions, type KafkaConnectionConfig, type KafkaSecurity } from './kafka-settings';
export { type TopicOptions } from './ensure-topics';
export { KafkaReadiness } from './kafka-readiness';
export { readConsumerLag } from './consumer-lag';
export { type ConsumerObserver } from './consumer-observer';
export {
  replayDeadLetters,
  REPLAYED_FROM_HEADER,
  type DeadLetterSelection,
  type ReplayedDeadLetter,
  type ReplayOptions,
} from './dead-letter-replay';
export { limitHeapGrowth } from './heap-growth';
