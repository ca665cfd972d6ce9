import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { METRICS, type ServiceMetrics } from './service-metrics';

/** `GET /metrics`: the service's Prometheus metrics, without an API key. */
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS) private readonly metrics: ServiceMetrics) {}

  @Get()
  async scrape(@Res() res: Response): Promise<void> {
    const { contentType, body } = await this.metrics.exposition();
    res.setHeader('content-type', contentType);
    res.status(200).send(body);
  }
}
