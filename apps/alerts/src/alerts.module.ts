import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { ConsumerHost, consumerServiceProviders, KafkaReadiness } from '@claim-ledger/messaging';
import { LOGGER, opsEndpoints } from '@claim-ledger/observability';
import { RedisReadiness } from './redis-readiness';
import type { AlertsConfig } from './alerts.config';
import { MatchAlertsHandler } from './match-alerts.handler';

@Module({})
export class AlertsModule {
  static forRoot(config: AlertsConfig, logger: Logger): DynamicModule {
    const ops = opsEndpoints('alerts', {
      inject: [KafkaReadiness, ConsumerHost, RedisReadiness],
      useFactory: (kafka: KafkaReadiness, host: ConsumerHost, redis: RedisReadiness) => [kafka, host.readiness, redis],
    });
    return {
      module: AlertsModule,
      imports: ops.imports,
      controllers: ops.controllers,
      providers: [
        ...ops.providers,
        { provide: LOGGER, useValue: logger },
        { provide: RedisReadiness, useFactory: () => new RedisReadiness(config.REDIS_URL) },
        ...consumerServiceProviders('alerts', config, 'claimsLinked', MatchAlertsHandler),
      ],
    };
  }
}
