import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, Reflector } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { ApiKeyGuard, HttpErrorFilter, parseApiKeys } from '@claim-ledger/http';
import { LOGGER, opsEndpoints, requestLoggingModule } from '@claim-ledger/observability';
import {
  ArticleHistoryReader,
  ClaimSearch,
  dataSourceProviders,
  LedgerReader,
  LinkFeedReader,
  postgresReadiness,
  ProfileReader,
  PropositionReader,
} from '@claim-ledger/persistence';
import { alertsApiProviders, type AlertsApiOptions } from './alerts-api.providers';
import type { ApiConfig } from './api.config';
import { ClaimsController } from './claims.controller';
import { DashboardController } from './dashboard.controller';
import { HealthController } from './health.controller';
import { KeyThrottlerGuard } from './key-throttler.guard';
import { ProfilesController } from './profiles.controller';
import { PropositionsController } from './propositions.controller';
import { StreamController } from './stream.controller';
import { SubscriptionsController } from './subscriptions.controller';

@Module({})
export class ApiModule {
  static forRoot(config: ApiConfig, logger: Logger, dataSource: DataSource, alerts: AlertsApiOptions = {}): DynamicModule {
    const keys = parseApiKeys(config.API_KEYS);
    const ops = opsEndpoints('api', { useFactory: () => [postgresReadiness(dataSource)] });
    return {
      module: ApiModule,
      imports: [
        ...ops.imports,
        requestLoggingModule(logger),
        ThrottlerModule.forRoot({ throttlers: [{ ttl: config.API_RATE_WINDOW_SECONDS * 1000, limit: config.API_RATE_LIMIT }] }),
      ],
      controllers: [
        ClaimsController,
        HealthController,
        PropositionsController,
        ProfilesController,
        DashboardController,
        SubscriptionsController,
        StreamController,
        ...ops.controllers,
      ],
      providers: [
        ...ops.providers,
        { provide: LOGGER, useValue: logger },
        ...dataSourceProviders(dataSource),
        { provide: LedgerReader, useFactory: () => new LedgerReader(dataSource) },
        { provide: ClaimSearch, useFactory: () => new ClaimSearch(dataSource) },
        { provide: PropositionReader, useFactory: () => new PropositionReader(dataSource) },
        { provide: ProfileReader, useFactory: () => new ProfileReader(dataSource) },
        { provide: ArticleHistoryReader, useFactory: () => new ArticleHistoryReader(dataSource) },
        { provide: LinkFeedReader, useFactory: () => new LinkFeedReader(dataSource) },
        ...alertsApiProviders(config, dataSource, logger, alerts),
        // In this order: the key is known before its budget is counted.
        { provide: APP_GUARD, inject: [Reflector], useFactory: (r: Reflector) => new ApiKeyGuard(r, keys) },
        { provide: APP_GUARD, useClass: KeyThrottlerGuard },
        { provide: APP_FILTER, useFactory: () => new HttpErrorFilter(logger) },
      ],
    };
  }
}
