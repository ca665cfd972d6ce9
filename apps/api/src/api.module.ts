import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, Reflector } from '@nestjs/core';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ApiKeyGuard, HttpErrorFilter, parseApiKeys } from '@claim-ledger/http';
import { LOGGER } from '@claim-ledger/observability';
import { dataSourceProviders, LedgerReader } from '@claim-ledger/persistence';
import { alertsApiProviders, type AlertsApiOptions } from './alerts-api.providers';
import type { ApiConfig } from './api.config';
import { ClaimsController } from './claims.controller';
import { HealthController } from './health.controller';
import { StreamController } from './stream.controller';
import { SubscriptionsController } from './subscriptions.controller';

@Module({})
export class ApiModule {
  static forRoot(config: ApiConfig, logger: Logger, dataSource: DataSource, alerts: AlertsApiOptions = {}): DynamicModule {
    const keys = parseApiKeys(config.API_KEYS);
    return {
      module: ApiModule,
      controllers: [ClaimsController, HealthController, SubscriptionsController, StreamController],
      providers: [
        { provide: LOGGER, useValue: logger },
        ...dataSourceProviders(dataSource),
        { provide: LedgerReader, useFactory: () => new LedgerReader(dataSource) },
        ...alertsApiProviders(config, dataSource, logger, alerts),
        { provide: APP_GUARD, inject: [Reflector], useFactory: (r: Reflector) => new ApiKeyGuard(r, keys) },
        { provide: APP_FILTER, useFactory: () => new HttpErrorFilter(logger) },
      ],
    };
  }
}
