import type { OnApplicationShutdown } from '@nestjs/common';
import type { Admin, Kafka } from 'kafkajs';
import type { ReadinessCheck } from '@claim-ledger/observability';

/**
 * /readyz's check of the broker: the cluster's metadata, asked over an admin client of
 * its own that does not retry (a probe wants the answer now, not kafkajs's 30 s of
 * retries). Concurrent probes share one request.
 */
export class KafkaReadiness implements ReadinessCheck, OnApplicationShutdown {
  readonly name = 'kafka';
  private admin: Admin | null = null;
  private inFlight: Promise<Record<string, unknown>> | null = null;

  constructor(private readonly kafka: Kafka) {}

  check(): Promise<Record<string, unknown>> {
    this.inFlight ??= this.describe().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.admin?.disconnect();
    this.admin = null;
  }

  private async describe(): Promise<Record<string, unknown>> {
    this.admin ??= this.kafka.admin({ retry: { retries: 0 } });
    try {
      await this.admin.connect();
      const cluster = await this.admin.describeCluster();
      if (cluster.brokers.length === 0) throw new Error('the cluster lists no broker');
      return { brokers: cluster.brokers.length, controller: cluster.controller };
    } catch (e) {
      // A fresh client next time: one whose connection broke does not always reconnect.
      const admin = this.admin;
      this.admin = null;
      await admin?.disconnect().catch(() => undefined);
      throw e;
    }
  }
}
