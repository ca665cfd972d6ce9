import { Inject, Injectable, type OnApplicationShutdown, type Provider } from '@nestjs/common';
import type { DataSource } from 'typeorm';

/** Nest injection token of the service's initialised DataSource. */
export const DATA_SOURCE = Symbol('DATA_SOURCE');

/** Closes the pool when Nest shuts down (after the consumers and HTTP server stopped). */
@Injectable()
export class DataSourceLifecycle implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** The DataSource a service initialised in main.ts, provided to Nest and closed with it. */
export function dataSourceProviders(dataSource: DataSource): Provider[] {
  return [{ provide: DATA_SOURCE, useValue: dataSource }, DataSourceLifecycle];
}
