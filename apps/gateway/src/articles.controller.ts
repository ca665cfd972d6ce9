import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { RequireScope } from '@claim-ledger/http';
import { IngestArticlesUseCase, type IngestResult } from './ingest-articles.use-case';

@Controller('v1/articles')
export class ArticlesController {
  constructor(private readonly ingest: IngestArticlesUseCase) {}

  /** One article.v1 object or an array of up to 500; 202 once they are on the broker. */
  @Post()
  @HttpCode(202)
  @RequireScope('articles.write')
  async post(@Body() body: unknown, @Req() req: Request & { correlationId: string }): Promise<IngestResult & { correlationId: string }> {
    const result = await this.ingest.execute(body, req.correlationId);
    return { ...result, correlationId: req.correlationId };
  }
}
