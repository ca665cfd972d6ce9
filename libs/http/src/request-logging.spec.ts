import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Controller, Get, Inject, type INestApplication, Module } from '@nestjs/common';
import { APP_FILTER, NestFactory } from '@nestjs/core';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import type { Logger } from 'pino';
import { createLogger, LOGGER, opsEndpoints, requestLoggingModule } from '@claim-ledger/observability';
import { configureHttpApp } from './configure-http-app';
import { HttpErrorFilter } from './http-error.filter';

// Issue 14: request logging through nestjs-pino, and the correlation id on every line
// written while a request is handled, whichever logger writes it.
const lines: Record<string, any>[] = [];
const logger = createLogger('test', 'info', { write: (s: string) => void lines.push(JSON.parse(s)) });

@Controller('v1/work')
class WorkController {
  constructor(@Inject(LOGGER) private readonly log: Logger) {}

  @Get()
  async work(): Promise<{ done: true }> {
    this.log.info('before the await');
    await new Promise((r) => setTimeout(r, 5));
    this.log.child({ component: 'worker' }).warn('after the await, from a child');
    return { done: true };
  }

  @Get('fail')
  fail(): never {
    throw new Error('boom');
  }
}

const ops = opsEndpoints('test', { useFactory: () => [] });

@Module({
  imports: [requestLoggingModule(logger), ...ops.imports],
  controllers: [WorkController, ...ops.controllers],
  providers: [
    ...ops.providers,
    { provide: LOGGER, useValue: logger },
    { provide: APP_FILTER, useFactory: () => new HttpErrorFilter(logger) },
  ],
})
class TestModule {}

describe('request logging', () => {
  let app: INestApplication;
  let base: string;
  beforeAll(async () => {
    app = await NestFactory.create(TestModule, { bodyParser: false, logger: false });
    app.useLogger(app.get(PinoNestLogger));
    configureHttpApp(app, { maxBodyBytes: 4096, logger });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });
  afterAll(() => app.close());
  beforeEach(() => lines.splice(0));

  it('writes one JSON line per request with method, URL, status and time, and the correlation id on every line', async () => {
    const res = await fetch(`${base}/v1/work?x=1`, {
      headers: { 'x-correlation-id': 'corr-123', authorization: 'Bearer secret-key-0001' },
    });
    expect(res.status).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
    expect(lines.map((l) => l.msg)).toEqual(['before the await', 'after the await, from a child', 'request completed']);
    for (const line of lines)
      expect(line).toMatchObject({ service: 'test', correlationId: 'corr-123', level: expect.any(String), time: expect.any(String) });
    expect(lines[1]).toMatchObject({ component: 'worker', level: 'warn' });
    expect(lines[2]).toMatchObject({
      req: { method: 'GET', url: '/v1/work?x=1' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
    });
    expect(JSON.stringify(lines)).not.toContain('secret-key-0001');
    // Every key once per line: the correlation id is not repeated by the child's bindings.
    for (const raw of lines) expect(Object.keys(raw).filter((k) => k === 'correlationId')).toHaveLength(1);
  });

  it('gives a request without one a new correlation id, the same on its error line and its request line', async () => {
    const res = await fetch(`${base}/v1/work/fail`);
    expect(res.status).toBe(500);
    const id = res.headers.get('x-correlation-id');
    await new Promise((r) => setTimeout(r, 20));
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.map((l) => [l.msg, l.correlationId])).toEqual([
      ['request failed', id],
      ['request errored', id],
    ]);
  });

  it('does not log probes and scrapes one by one', async () => {
    for (const path of ['/healthz', '/readyz', '/metrics']) expect((await fetch(`${base}${path}`)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 20));
    expect(lines).toEqual([]);
  });

  it('logs nothing with a correlation id outside a request', () => {
    logger.info('idle');
    expect(lines).toEqual([expect.not.objectContaining({ correlationId: expect.anything() })]);
  });
});
