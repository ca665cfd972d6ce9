import { Kafka, logLevel, type KafkaConfig, type LogEntry } from 'kafkajs';
import type { Logger } from 'pino';
import { fixRequestQueueIdleLoop } from './request-queue-idle-fix';

const levelName: Record<number, 'error' | 'warn' | 'info' | 'debug'> = {
  [logLevel.ERROR]: 'error',
  [logLevel.WARN]: 'warn',
  [logLevel.INFO]: 'info',
  [logLevel.DEBUG]: 'debug',
};

export interface KafkaSettings {
  brokers: readonly string[];
  clientId: string;
  topicPrefix?: string;
  /** TLS and SASL (kafkaSecurity in kafka-settings.ts); none for the local broker. */
  security?: Pick<KafkaConfig, 'ssl' | 'sasl'>;
}

/** A kafkajs client whose own log lines go to the service's structured logger. */
export function createKafka(settings: KafkaSettings, logger: Logger): Kafka {
  // (Before any connection exists: each one's queue would otherwise poll once a millisecond.)
  fixRequestQueueIdleLoop();
  return new Kafka(kafkaClientConfig(settings, logger));
}

/** The options of that client: brokers, client id, TLS and SASL, retries, logging. */
export function kafkaClientConfig(settings: KafkaSettings, logger: Logger): KafkaConfig {
  const kafkaLog = logger.child({ component: 'kafkajs' });
  return {
    clientId: settings.clientId,
    brokers: [...settings.brokers],
    ...settings.security,
    // kafkajs logs every rebalance at INFO; WARN keeps the logs readable.
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 300, retries: 10 },
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...rest } = log;
        kafkaLog[levelName[level] ?? 'info'](rest, message);
      },
  };
}
