import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequireScope } from '@claim-ledger/http';
import { LedgerReader, PropositionReader } from '@claim-ledger/persistence';
import { propositionDetailSchema, propositionSourcesSchema, propositionsPageSchema, timelinePageSchema } from './analyst-responses.schema';
import { ApiErrors, ApiJson, ApiQueryFrom } from './openapi-zod';
import { cursorParam, decodeCursor, encodeNext, limitParam } from './page-cursor';
import { parseQuery } from './parse-query';

const listQueryParams = z
  .object({
    q: z
      .string()
      .min(1)
      .max(300)
      .optional()
      .meta({ description: 'Only propositions with a claim matching this full-text search, most recently stated match first.' }),
    limit: limitParam(200, 50),
    cursor: z.string().max(1200).optional().meta({ description: 'The `next` of the previous page, as it was returned (same q).' }),
  })
  .strict();
const listQuery = listQueryParams
  // A listing and a search page differently: each cursor is read back only by its own.
  .transform((v, ctx) => {
    if (v.cursor === undefined) return { q: v.q, limit: v.limit, after: undefined };
    const after = decodeCursor(v.cursor, v.q ? 'proposition-search' : 'propositions', v.q ? 'date' : 'instant');
    if (after) return { q: v.q, limit: v.limit, after };
    ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'is not a cursor returned by this API' });
    return z.NEVER;
  });
const detailQuery = z
  .object({
    limit: limitParam(500, 100),
    claimsCursor: cursorParam('proposition-claims', 'date').optional(),
    linksCursor: cursorParam('proposition-links', 'text').optional(),
  })
  .strict();
const timelineQuery = z.object({ limit: limitParam(500, 200), cursor: cursorParam('timeline', 'date').optional() }).strict();
const sourcesQuery = z.object({ limit: limitParam(500, 100), cursor: cursorParam('proposition-sources', 'none').optional() }).strict();

@ApiTags('propositions')
@ApiBearerAuth()
@ApiErrors()
@Controller('v1/propositions')
export class PropositionsController {
  constructor(
    private readonly reader: LedgerReader,
    private readonly propositions: PropositionReader,
  ) {}

  @Get()
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'Propositions, newest first; with q, those whose claims match a full-text search, newest match first.' })
  @ApiQueryFrom(listQueryParams)
  @ApiJson(propositionsPageSchema, 'A page of propositions with their counts.')
  async list(@Query() query: Record<string, unknown>) {
    const { q, limit, after } = parseQuery(listQuery, query);
    if (q) {
      const page = await this.propositions.search({ q, limit, ...(after ? { after } : {}) });
      return { propositions: page.items, next: encodeNext('proposition-search', page.next) };
    }
    const page = await this.propositions.list({ limit, ...(after ? { after } : {}) });
    return { propositions: page.items, next: encodeNext('propositions', page.next) };
  }

  /** A proposition with the first page of its claims and of its links, each with its own cursor. */
  @Get(':id')
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'A proposition, its claims and the links among them (each paged, never cut off).' })
  @ApiQueryFrom(detailQuery)
  @ApiJson(propositionDetailSchema, 'The proposition with pages of its claims and links.')
  async proposition(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    const { limit, claimsCursor, linksCursor } = parseQuery(detailQuery, query);
    const found = await this.reader.findProposition(id, {
      limit,
      ...(claimsCursor ? { claimsAfter: claimsCursor } : {}),
      ...(linksCursor ? { linksAfter: linksCursor } : {}),
    });
    if (!found) throw notFound(id);
    return {
      ...found,
      claimsNext: encodeNext('proposition-claims', found.claimsNext),
      linksNext: encodeNext('proposition-links', found.linksNext),
    };
  }

  @Get(':id/timeline')
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'Who gave which figure when: the claims in the order stated, conflicts and updates marked with reasons.' })
  @ApiQueryFrom(timelineQuery)
  @ApiJson(timelinePageSchema, 'The proposition and a page of its timeline.')
  async timeline(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    const { limit, cursor } = parseQuery(timelineQuery, query);
    const proposition = await this.propositions.summary(id);
    if (!proposition) throw notFound(id);
    const page = await this.propositions.timeline(id, limit, cursor);
    return { proposition, entries: page.items, next: encodeNext('timeline', page.next) };
  }

  @Get(':id/sources')
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'The sources of a proposition and whether they are independent of one another.' })
  @ApiQueryFrom(sourcesQuery)
  @ApiJson(propositionSourcesSchema, 'A page of sources, how many there are and how many are independent.')
  async sources(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    const { limit, cursor } = parseQuery(sourcesQuery, query);
    const proposition = await this.propositions.summary(id);
    if (!proposition) throw notFound(id);
    const page = await this.propositions.sources(id, limit, cursor);
    return {
      sourceCount: page.sourceCount,
      independentSources: page.independentSources,
      sources: page.items,
      next: encodeNext('proposition-sources', page.next),
    };
  }
}

const notFound = (id: string) => new NotFoundException({ code: 'PROPOSITION.NOT_FOUND', message: `no proposition ${id} in the ledger` });
