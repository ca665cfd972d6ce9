import type { Provider } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import type { Logger } from 'pino';
import { LOGGER } from '@claim-ledger/observability';
import { createKafka, type KafkaSettings } from './create-kafka';
import { EventPublisher, type EventPublisherOptions } from './event-publisher';
import { KafkaReadiness } from './kafka-readiness';
import { EVENT_PUBLISHER, KAFKA } from './messaging.tokens';
import { TOPIC_NAMES, topicNames } from './topic-names';

/** The Kafka client and the event publisher, as Nest providers. */
export function messagingProviders(settings: KafkaSettings, publisher: EventPublisherOptions = {}): Provider[] {
  return [
    { provide: KAFKA, inject: [LOGGER], useFactory: (logger: Logger) => createKafka(settings, logger) },
    { provide: EVENT_PUBLISHER, inject: [KAFKA], useFactory: (kafka: Kafka) => new EventPublisher(kafka, publisher) },
    { provide: TOPIC_NAMES, useValue: topicNames(settings.topicPrefix) },
    { provide: KafkaReadiness, inject: [KAFKA], useFactory: (kafka: Kafka) => new KafkaReadiness(kafka) },
  ];
}
