import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Patch, Post, Query } from '@nestjs/common';
import { RequireScope } from '@claim-ledger/http';
import { randomBytes } from 'node:crypto';
import { AlertDeliveryStore, AlertReplayStore, AlertSubscriptionStore, type AlertSubscriptionView } from '@claim-ledger/persistence';
import { ApiKeyId } from './api-key-id.decorator';
import { CreateSubscriptionUseCase } from './create-subscription.use-case';
import {
  createSubscriptionSchema,
  encodePosition,
  listDeliveriesQuerySchema,
  listSubscriptionsQuerySchema,
  parseRequest,
  replayRequestSchema,
  updateSubscriptionSchema,
} from './subscriptions.schema';

const notFound = (id: string) =>
  new NotFoundException({ code: 'SUBSCRIPTION.NOT_FOUND', message: `no subscription ${id} for this API key` });

/** Alert subscriptions of the calling key: another key's subscriptions are not found. */
@Controller('v1/subscriptions')
export class SubscriptionsController {
  constructor(
    private readonly createSubscription: CreateSubscriptionUseCase,
    private readonly subscriptions: AlertSubscriptionStore,
    private readonly deliveries: AlertDeliveryStore,
    private readonly replays: AlertReplayStore,
  ) {}

  /** Creates a subscription; the answer carries its signing secret, shown this once. */
  @Post()
  @HttpCode(201)
  @RequireScope('alerts.manage')
  async create(@ApiKeyId() key: string, @Body() body: unknown) {
    return this.createSubscription.execute(key, parseRequest(createSubscriptionSchema, body, 'SUBSCRIPTION.INVALID'));
  }

  @Get()
  @RequireScope('alerts.manage')
  async list(@ApiKeyId() key: string, @Query() query: Record<string, unknown>) {
    const q = parseRequest(listSubscriptionsQuerySchema, query, 'QUERY.INVALID');
    const rows = await this.subscriptions.list(key, q.limit + 1, q.cursor);
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return { subscriptions: page, next: rows.length > q.limit && last ? encodePosition({ createdAt: last.createdAt, id: last.id }) : null };
  }

  @Get(':id')
  @RequireScope('alerts.manage')
  async get(@ApiKeyId() key: string, @Param('id') id: string): Promise<AlertSubscriptionView> {
    const found = await this.subscriptions.get(key, id);
    if (!found) throw notFound(id);
    return found;
  }

  /** Pauses (`{"status":"paused"}`: nothing more is matched or delivered) or resumes a subscription. */
  @Patch(':id')
  @RequireScope('alerts.manage')
  async update(@ApiKeyId() key: string, @Param('id') id: string, @Body() body: unknown): Promise<AlertSubscriptionView> {
    const { status } = parseRequest(updateSubscriptionSchema, body, 'SUBSCRIPTION.INVALID');
    const updated = await this.subscriptions.setStatus(key, id, status);
    if (!updated) throw notFound(id);
    return updated;
  }

  @Delete(':id')
  @HttpCode(204)
  @RequireScope('alerts.manage')
  async remove(@ApiKeyId() key: string, @Param('id') id: string): Promise<void> {
    if (!(await this.subscriptions.delete(key, id))) throw notFound(id);
  }

  /** Every delivery of the subscription, newest first, with each attempt's status, latency and error. */
  @Get(':id/deliveries')
  @RequireScope('alerts.manage')
  async listDeliveries(@ApiKeyId() key: string, @Param('id') id: string, @Query() query: Record<string, unknown>) {
    const q = parseRequest(listDeliveriesQuerySchema, query, 'QUERY.INVALID');
    if (!(await this.subscriptions.get(key, id))) throw notFound(id);
    const rows = await this.deliveries.list(id, q.limit + 1, {
      ...(q.status ? { status: q.status } : {}),
      ...(q.cursor ? { before: q.cursor } : {}),
    });
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return { deliveries: page, next: rows.length > q.limit && last ? encodePosition({ createdAt: last.createdAt, id: last.id }) : null };
  }

  /**
   * Replays the events from a time or from offsets to now through this subscription's
   * filter, for a new subscription or after an outage. Alerts delivered before are not
   * sent again (same delivery ids). The alerts service carries it out; poll its status.
   */
  @Post(':id/replays')
  @HttpCode(202)
  @RequireScope('alerts.manage')
  async replay(@ApiKeyId() key: string, @Param('id') id: string, @Body() body: unknown) {
    const r = parseRequest(replayRequestSchema, body, 'REPLAY.INVALID');
    if (!(await this.subscriptions.get(key, id))) throw notFound(id);
    return this.replays.request({
      id: `rpl_${randomBytes(12).toString('base64url')}`,
      ownerKeyId: key,
      subscriptionId: id,
      from: r.from ?? null,
      offsets: r.offsets ?? null,
    });
  }

  @Get(':id/replays/:replayId')
  @RequireScope('alerts.manage')
  async replayStatus(@ApiKeyId() key: string, @Param('id') id: string, @Param('replayId') replayId: string) {
    const found = await this.replays.get(key, id, replayId);
    if (!found)
      throw new NotFoundException({ code: 'REPLAY.NOT_FOUND', message: `no replay ${replayId} of subscription ${id} for this API key` });
    return found;
  }
}
