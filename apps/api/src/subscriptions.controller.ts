import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, Query } from '@nestjs/common';
import { RequireScope } from '@claim-ledger/http';
import { AlertDeliveryStore, AlertSubscriptionStore, type AlertSubscriptionView } from '@claim-ledger/persistence';
import { ApiKeyId } from './api-key-id.decorator';
import { CreateSubscriptionUseCase } from './create-subscription.use-case';
import {
  createSubscriptionSchema,
  encodePosition,
  listDeliveriesQuerySchema,
  listSubscriptionsQuerySchema,
  parseRequest,
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
    return (await this.subscriptions.get(key, id)) ?? Promise.reject(notFound(id));
  }

  /** Stops matching new events for it; deliveries already queued still go. */
  @Post(':id/pause')
  @HttpCode(200)
  @RequireScope('alerts.manage')
  async pause(@ApiKeyId() key: string, @Param('id') id: string): Promise<AlertSubscriptionView> {
    return (await this.subscriptions.setStatus(key, id, 'paused')) ?? Promise.reject(notFound(id));
  }

  @Post(':id/resume')
  @HttpCode(200)
  @RequireScope('alerts.manage')
  async resume(@ApiKeyId() key: string, @Param('id') id: string): Promise<AlertSubscriptionView> {
    return (await this.subscriptions.setStatus(key, id, 'active')) ?? Promise.reject(notFound(id));
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
}
