import { pipeline } from 'node:stream/promises';
import { Controller, Get, Inject, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { z } from 'zod';
import { RequireScope } from '@claim-ledger/http';
import { LOGGER } from '@claim-ledger/observability';
import type { DataSource } from 'typeorm';
import { ArticleHistoryReader, ClaimSearch, DATA_SOURCE, findClaimWithArticle, LedgerReader } from '@claim-ledger/persistence';
import { articleDetailSchema, claimDetailSchema, claimLinksSchema, claimsPageSchema } from './analyst-responses.schema';
import { EXPORT_TYPES, exportTransform, type ExportFormat } from './claim-export';
import { claimsQueryParams, claimsQuerySchema } from './claims-query.schema';
import { ApiErrors, ApiJson, ApiQueryFrom } from './openapi-zod';
import { cursorParam, encodeNext, limitParam } from './page-cursor';
import { parseQuery } from './parse-query';
import { toSchemaOrgClaim } from './schema-org-claim';

const linksQuery = z.object({ limit: limitParam(500, 100), cursor: cursorParam('links', 'date').optional() }).strict();
const JSON_LD = 'application/ld+json';

@ApiTags('claims')
@ApiBearerAuth()
@ApiErrors()
@Controller('v1')
export class ClaimsController {
  constructor(
    private readonly reader: LedgerReader,
    private readonly search: ClaimSearch,
    private readonly history: ArticleHistoryReader,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Current claims by any combination of filters, a page at a time. With `Accept: text/csv`
   * or `application/x-ndjson` the same query is streamed whole (no page limit) from a
   * database cursor, so memory stays flat however many claims match.
   */
  @Get('claims')
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'Search and filter claims; export them as CSV or NDJSON with Accept.' })
  @ApiQueryFrom(claimsQueryParams)
  @ApiProduces('application/json', EXPORT_TYPES.csv, EXPORT_TYPES.ndjson)
  @ApiJson(claimsPageSchema, 'A page of claims and the cursor of the next one.')
  async list(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { limit, ...filter } = parseQuery(claimsQuerySchema, query);
    const format = exportFormat(req);
    if (!format) {
      const page = await this.search.page(filter, limit);
      res.json({ claims: page.items.map((i) => i.claim), next: encodeNext(`claims:${filter.sort}`, page.next) });
      return;
    }
    const rows = await this.search.stream(filter);
    res.status(200);
    res.setHeader('content-type', `${EXPORT_TYPES[format]}; charset=utf-8`);
    res.setHeader('content-disposition', `attachment; filename="claims.${format}"`);
    if (!rows) {
      const empty = exportTransform(format);
      empty.pipe(res);
      empty.end();
      return;
    }
    try {
      await pipeline(rows, exportTransform(format), res);
    } catch (err) {
      // The status line is gone: a failure mid-stream can only cut the connection, which
      // the client sees as an incomplete download rather than a silent truncation.
      this.logger.warn({ err, correlationId: (req as Request & { correlationId?: string }).correlationId }, 'claims export ended early');
      res.destroy();
    }
  }

  /** One claim (current or withdrawn) with its article; `Accept: application/ld+json` gives its schema.org form. */
  @Get('claims/:id')
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'One claim with its article; schema.org Claim JSON-LD with Accept: application/ld+json.' })
  @ApiProduces('application/json', JSON_LD)
  @ApiJson(claimDetailSchema, 'The claim and the article it appeared in.')
  async claim(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await findClaimWithArticle(this.dataSource, id);
    if (!found) throw new NotFoundException({ code: 'CLAIM.NOT_FOUND', message: `no claim ${id} in the ledger` });
    if (req.accepts(['application/json', JSON_LD]) === JSON_LD) {
      res.type(JSON_LD).send(JSON.stringify(toSchemaOrgClaim(found, claimUrl(req, id))));
      return;
    }
    res.json(found);
  }

  /** The same as `claims/:id` with Accept: application/ld+json, for links that cannot set headers. */
  @Get('claims/:id/schema-org')
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'A claim as schema.org Claim (JSON-LD: author, datePublished, appearance).' })
  @ApiProduces(JSON_LD)
  async schemaOrg(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const found = await findClaimWithArticle(this.dataSource, id);
    if (!found) throw new NotFoundException({ code: 'CLAIM.NOT_FOUND', message: `no claim ${id} in the ledger` });
    res.type(JSON_LD).send(JSON.stringify(toSchemaOrgClaim(found, claimUrl(req, id))));
  }

  /** The current revision of an article with its claims (spans into the body), its revisions and what changed. */
  @Get('articles/:publisher/:id')
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'An article: text, claims with their spans, revisions and what changed between them.' })
  @ApiJson(articleDetailSchema, 'The article, its claims, its revisions and the claims later revisions withdrew.')
  async article(@Param('publisher') publisher: string, @Param('id') id: string) {
    // Together, not one after the other: each is one statement, and an article that is not
    // there costs two wasted index lookups, not a wait.
    const [found, revisions, withdrawnClaims] = await Promise.all([
      this.reader.findArticle(publisher, id),
      this.history.revisions(publisher, id),
      this.history.withdrawnClaims(publisher, id),
    ]);
    if (!found) throw new NotFoundException({ code: 'ARTICLE.NOT_FOUND', message: `no article ${publisher}/${id} in the ledger` });
    return { ...found, revisions: revisions ?? [], withdrawnClaims };
  }

  /** A claim with everything it corroborates, conflicts with or updates, a page at a time. */
  @Get('claims/:id/links')
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'A claim and its current links (corroborates, conflicts, updates), newest other claim first.' })
  @ApiQueryFrom(linksQuery)
  @ApiJson(claimLinksSchema, 'The claim, a page of its links with the claim at the other end, and the next cursor.')
  async links(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    const { limit, cursor } = parseQuery(linksQuery, query);
    const found = await this.reader.findLinks(id, { limit, ...(cursor ? { after: cursor } : {}) });
    if (!found) throw new NotFoundException({ code: 'CLAIM.NOT_FOUND', message: `no claim ${id} in the ledger` });
    return { claim: found.claim, links: found.links, next: encodeNext('links', found.next) };
  }
}

function exportFormat(req: Request): ExportFormat | null {
  const best = req.accepts(['application/json', EXPORT_TYPES.csv, EXPORT_TYPES.ndjson]);
  if (best === EXPORT_TYPES.csv) return 'csv';
  if (best === EXPORT_TYPES.ndjson) return 'ndjson';
  return null;
}

function claimUrl(req: Request, id: string): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}/v1/claims/${encodeURIComponent(id)}`;
}
