import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The lag of one partition for one consumer group. */
export interface LagReading {
  group: string;
  topic: string;
  partition: number;
  lag: number;
}

/** Outcomes of one alert delivery attempt (the alerts service feeds `alertDeliveries`). */
export type AlertDeliveryOutcome = 'delivered' | 'retrying' | 'failed';

// Seconds: extraction is milliseconds per article, linking tens of milliseconds, HTTP either.
const FAST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The Prometheus metrics of one service, on a registry of its own (several services
 * run in one process in the tests), every series labelled with the service. Names and
 * labels are documented in the README (Operations) and watched by deploy/k8s.
 */
export class ServiceMetrics {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'claim_ledger_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'claim_ledger_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: FAST_BUCKETS,
    registers: [this.registry],
  });
  readonly messagesProcessed = new Counter({
    name: 'claim_ledger_messages_processed_total',
    help: 'Messages a consumer handled successfully, by topic',
    labelNames: ['topic'] as const,
    registers: [this.registry],
  });
  readonly messageRetries = new Counter({
    name: 'claim_ledger_message_retries_total',
    help: 'Failed attempts that were tried again, by topic and failure kind (transient: a dependency away)',
    labelNames: ['topic', 'kind'] as const,
    registers: [this.registry],
  });
  readonly messagesDeadLettered = new Counter({
    name: 'claim_ledger_messages_dead_lettered_total',
    help: 'Messages sent to deadletter.v1, by source topic and code',
    labelNames: ['topic', 'code'] as const,
    registers: [this.registry],
  });
  private lagSource: (() => Promise<readonly LagReading[]>) | null = null;
  readonly consumerLag: Gauge<'group' | 'topic' | 'partition'> = (() => {
    const metrics = this;
    return new Gauge({
      name: 'claim_ledger_consumer_lag',
      help: "Messages on a partition not yet committed by the service's consumer group (high watermark minus committed offset), read at scrape time",
      labelNames: ['group', 'topic', 'partition'] as const,
      registers: [this.registry],
      async collect() {
        if (!metrics.lagSource) return;
        const readings = await metrics.lagSource();
        this.reset();
        for (const r of readings) this.set({ group: r.group, topic: r.topic, partition: String(r.partition) }, r.lag);
      },
    });
  })();
  readonly extractionSeconds = new Histogram({
    name: 'claim_ledger_extraction_duration_seconds',
    help: 'Time to extract the claims of one article',
    buckets: FAST_BUCKETS,
    registers: [this.registry],
  });
  readonly linkingSeconds = new Histogram({
    name: 'claim_ledger_linking_duration_seconds',
    help: "Time to link one article's claims (propositions and links in Postgres)",
    buckets: FAST_BUCKETS,
    registers: [this.registry],
  });
  readonly alertDeliveries = new Counter({
    name: 'claim_ledger_alert_deliveries_total',
    help: 'Alert webhook delivery attempts, by outcome (delivered, retrying, failed)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly alertDeliverySeconds = new Histogram({
    name: 'claim_ledger_alert_delivery_duration_seconds',
    help: 'Time of one alert webhook delivery attempt, by outcome',
    labelNames: ['outcome'] as const,
    buckets: FAST_BUCKETS,
    registers: [this.registry],
  });

  constructor(readonly service: string) {
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry, prefix: 'claim_ledger_' });
  }

  /** Where the consumer lag is read from at each scrape (the consumer host sets it). */
  readLagFrom(source: () => Promise<readonly LagReading[]>): void {
    this.lagSource = source;
  }

  /** One alert delivery attempt: what became of it and how long it took. */
  recordAlertDelivery(outcome: AlertDeliveryOutcome, seconds: number): void {
    this.alertDeliveries.inc({ outcome });
    this.alertDeliverySeconds.observe({ outcome }, seconds);
  }

  /** The exposition text of every metric, as /metrics serves it. */
  async exposition(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

/** Nest injection token of the service's ServiceMetrics. */
export const METRICS = Symbol('METRICS');
