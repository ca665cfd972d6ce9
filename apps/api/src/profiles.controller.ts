import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { RequireScope } from '@claim-ledger/http';
import { LinkFeedReader, ProfileReader } from '@claim-ledger/persistence';
import { feedPageSchema, profileSchema } from './analyst-responses.schema';
import { ApiErrors, ApiJson, ApiQueryFrom } from './openapi-zod';
import { cursorParam, encodeNext, limitParam } from './page-cursor';
import { parseQuery } from './parse-query';

const feedQuery = z
  .object({
    relation: z
      .enum(['conflicts', 'updates', 'corroborates'])
      .default('conflicts')
      .meta({ description: 'Which links (default conflicts).' }),
    limit: limitParam(200, 50),
    cursor: cursorParam('feed', 'instant').optional(),
  })
  .strict();

/** Source and entity pages, and the feed of the newest conflicts (or updates) across the ledger. */
@ApiTags('sources and entities')
@ApiBearerAuth()
@ApiErrors()
@Controller('v1')
export class ProfilesController {
  constructor(
    private readonly profiles: ProfileReader,
    private readonly feed: LinkFeedReader,
  ) {}

  @Get('sources/:id')
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'What a source claimed, how often it was contradicted and by whom (id or name).' })
  @ApiJson(profileSchema, 'The source profile.')
  async source(@Param('id') idOrName: string) {
    const id = await this.profiles.resolve(idOrName);
    const profile = id ? await this.profiles.source(id) : null;
    if (!profile) throw new NotFoundException({ code: 'SOURCE.NOT_FOUND', message: `no source ${idOrName} in the ledger` });
    return { ...profile, claims: `/v1/claims?source=${encodeURIComponent(profile.entity.id)}` };
  }

  @Get('entities/:id')
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'What was claimed about an entity, by whom, and how often those claims were contradicted.' })
  @ApiJson(profileSchema, 'The entity profile.')
  async entity(@Param('id') idOrName: string) {
    const id = await this.profiles.resolve(idOrName);
    const profile = id ? await this.profiles.entity(id) : null;
    if (!profile) throw new NotFoundException({ code: 'ENTITY.NOT_FOUND', message: `no entity ${idOrName} in the ledger` });
    return { ...profile, claims: `/v1/claims?entity=${encodeURIComponent(profile.entity.id)}` };
  }

  @Get('conflicts')
  @RequireScope('claims.read')
  @ApiOperation({ summary: 'The newest conflicts across the ledger (or updates, corroborations), with both claims and the reason.' })
  @ApiQueryFrom(feedQuery)
  @ApiJson(feedPageSchema, 'A page of links, newest first.')
  async conflicts(@Query() query: Record<string, unknown>) {
    const { relation, limit, cursor } = parseQuery(feedQuery, query);
    const page = await this.feed.newest(relation, limit, cursor);
    return { links: page.items, next: encodeNext('feed', page.next) };
  }
}
