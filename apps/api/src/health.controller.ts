import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@claim-ledger/persistence';

@Controller('health')
export class HealthController {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get()
  async health(): Promise<{ status: 'ok' }> {
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ code: 'HEALTH.DATABASE', message: 'the database does not answer' });
    }
    return { status: 'ok' };
  }
}
