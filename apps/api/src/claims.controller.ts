import { BadRequestException, Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { toValidationIssues, type Claim } from '@claim-ledger/contracts';
import { RequireScope } from '@claim-ledger/http';
import { LedgerReader, type ArticleWithClaims } from '@claim-ledger/persistence';
import { claimsQuerySchema, encodeCursor } from './claims-query.schema';

@Controller('v1')
export class ClaimsController {
  constructor(private readonly reader: LedgerReader) {}

  /** Current claims, newest statement first, filtered by article, source and language. */
  @Get('claims')
  @RequireScope('claims.read')
  async list(@Query() query: Record<string, unknown>): Promise<{ claims: Claim[]; next: string | null }> {
    const parsed = claimsQuerySchema.safeParse(query);
    if (!parsed.success) {
      const issues = toValidationIssues(parsed.error);
      throw new BadRequestException({ code: 'QUERY.INVALID', message: `${issues[0]!.field}: ${issues[0]!.message}`, issues });
    }
    const { cursor, ...filter } = parsed.data;
    const page = await this.reader.findClaims({ ...filter, ...(cursor ? { after: cursor } : {}) });
    return { claims: page.claims, next: page.next ? encodeCursor(page.next) : null };
  }

  @Get('articles/:publisher/:id')
  @RequireScope('claims.read')
  async article(@Param('publisher') publisher: string, @Param('id') id: string): Promise<ArticleWithClaims> {
    const found = await this.reader.findArticle(publisher, id);
    if (!found) throw new NotFoundException({ code: 'ARTICLE.NOT_FOUND', message: `no article ${publisher}/${id} in the ledger` });
    return found;
  }

  /** A claim with everything it corroborates, conflicts with or updates. */
  @Get('claims/:id/links')
  @RequireScope('claims.read')
  async links(@Param('id') id: string) {
    const found = await this.reader.findLinks(id);
    if (!found) throw new NotFoundException({ code: 'CLAIM.NOT_FOUND', message: `no claim ${id} in the ledger` });
    return found;
  }

  /** A proposition with its claims and the links among them. */
  @Get('propositions/:id')
  @RequireScope('claims.read')
  async proposition(@Param('id') id: string) {
    const found = await this.reader.findProposition(id);
    if (!found) throw new NotFoundException({ code: 'PROPOSITION.NOT_FOUND', message: `no proposition ${id} in the ledger` });
    return found;
  }
}
