import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { consumerServiceProviders } from '@claim-ledger/messaging';
import { LOGGER } from '@claim-ledger/observability';
import type { AlertsConfig } from './alerts.config';
import { MatchAlertsHandler } from './match-alerts.handler';

@Module({})
export class AlertsModule {
  static forRoot(config: AlertsConfig, logger: Logger): DynamicModule {
    return {
      module: AlertsModule,
      providers: [{ provide: LOGGER, useValue: logger }, ...consumerServiceProviders('alerts', config, 'claimsLinked', MatchAlertsHandler)],
    };
  }
}
