import 'reflect-metadata';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { Body, Controller, Get, HttpCode, type INestApplication, Module, Param, Post, Query } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, NestFactory, Reflector } from '@nestjs/core';
import { createLogger } from '@claim-ledger/observability';
import { ApiKeyGuard, RequireScope } from './api-key.guard';
import { parseApiKeys } from './api-keys';
import { configureHttpApp } from './configure-http-app';
import { HttpErrorFilter } from './http-error.filter';

// A small application wired like the gateway and the API (same guard, filter and
// configureHttpApp), on a loopback port: no broker or database is involved.
const WRITER = 'writer-secret-0000000001';
const READER = 'reader-secret-0000000001';
const LIMIT = 4096;

@Controller('v1/things')
class ThingsController {
  @Post()
  @HttpCode(202)
  @RequireScope('articles.write')
  create(@Body() body: unknown) {
    return { got: body };
  }

  @Get(':id')
  @RequireScope('claims.read')
  read(@Param('id') id: string, @Query() query: Record<string, unknown>) {
    return { id, query };
  }
}

@Controller('health')
class HealthController {
  @Get()
  health() {
    return { status: 'ok' };
  }
}

const logger = createLogger('test', 'silent');
const keys = parseApiKeys(`w:${WRITER}:articles.write;r:${READER}:claims.read`);

@Module({
  controllers: [ThingsController, HealthController],
  providers: [
    { provide: APP_GUARD, inject: [Reflector], useFactory: (r: Reflector) => new ApiKeyGuard(r, keys) },
    { provide: APP_FILTER, useFactory: () => new HttpErrorFilter(logger) },
  ],
})
class TestModule {}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: { error?: { code: string; message: string; issues?: { field: string; rule: string }[]; correlationId: string } } & Record<
    string,
    unknown
  >;
  /** Whether the server sent `100 Continue` before its answer. */
  continued: boolean;
}

let app: INestApplication;
let port: number;

beforeAll(async () => {
  app = await NestFactory.create(TestModule, { bodyParser: false, logger: false });
  configureHttpApp(app, { maxBodyBytes: LIMIT, logger });
  await app.listen(0, '127.0.0.1');
  port = (app.getHttpServer().address() as AddressInfo).port;
});
afterAll(async () => {
  await app?.close();
});

/**
 * Sends a request and resolves with the answer. With `partialBody`, the body is only
 * begun (the rest never comes), so an answer proves the server did not wait to read it.
 */
function send(
  method: string,
  path: string,
  { headers = {}, body, partialBody }: { headers?: Record<string, string | number>; body?: string; partialBody?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let continued = false;
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => {
        req.destroy();
        resolve({ status: res.statusCode!, headers: res.headers, body: text ? JSON.parse(text) : {}, continued });
      });
    });
    req.on('information', (info) => {
      if (info.statusCode === 100) continued = true;
    });
    req.on('continue', () => req.end(body));
    req.on('error', reject);
    if (partialBody !== undefined) req.write(partialBody);
    else if (!headers.expect) req.end(body);
  });
}

/** Writes raw bytes on a connection and resolves with everything the server sends back before closing it. */
function sendRaw(bytes: string): Promise<{ status: number; headers: string; body: Answer['body'] }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (c: string) => (text += c));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, body] = [text.slice(0, text.indexOf('\r\n\r\n')), text.slice(text.indexOf('\r\n\r\n') + 4)];
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body: JSON.parse(body) });
    });
  });
}

const expectErrorForm = (a: { body: Answer['body'] }, code: string) => {
  expect(a.body.error).toEqual(expect.objectContaining({ code, message: expect.any(String), correlationId: expect.any(String) }));
  expect(JSON.stringify(a.body)).not.toMatch(/ at .*\.(ts|js):\d+/);
};

describe('authentication comes before the body', () => {
  it('answers 401, not 413, to an unauthenticated request announcing a body over the limit', async () => {
    const a = await send('POST', '/v1/things', {
      headers: { 'content-type': 'application/json', 'content-length': 33 * 1024 * 1024 },
      partialBody: '[',
    });
    expect(a.status).toBe(401);
    expectErrorForm(a, 'AUTH.MISSING_KEY');
    expect(a.headers['www-authenticate']).toBe('Bearer');
    expect(a.headers.connection).toBe('close');
  });

  it('answers 401 and 403 without waiting for a body that has not arrived', async () => {
    const partial = { 'content-type': 'application/json', 'content-length': 1000 };
    const unknown = await send('POST', '/v1/things', {
      headers: { ...partial, authorization: 'Bearer not-a-key-at-all-000' },
      partialBody: '{"a":',
    });
    expect(unknown.status).toBe(401);
    expectErrorForm(unknown, 'AUTH.UNKNOWN_KEY');
    const noScope = await send('POST', '/v1/things', { headers: { ...partial, authorization: `Bearer ${READER}` }, partialBody: '{"a":' });
    expect(noScope.status).toBe(403);
    expectErrorForm(noScope, 'AUTH.MISSING_SCOPE');
  });

  it('tells a client that expects 100-continue to go on only once its key is accepted', async () => {
    const headers = { 'content-type': 'application/json', expect: '100-continue' };
    const refused = await send('POST', '/v1/things', { headers: { ...headers, 'content-length': 2 }, body: '{}' });
    expect(refused).toMatchObject({ status: 401, continued: false });
    const accepted = await send('POST', '/v1/things', {
      headers: { ...headers, 'content-length': 8, authorization: `Bearer ${WRITER}` },
      body: '{"a":11}',
    });
    expect(accepted).toMatchObject({ status: 202, continued: true, body: { got: { a: 11 } } });
  });

  it('reads the body of an authorised request, with the limits and errors of before', async () => {
    const auth = { authorization: `Bearer ${WRITER}` };
    const ok = await send('POST', '/v1/things', { headers: { ...auth, 'content-type': 'application/json' }, body: '[1,2]' });
    expect(ok).toMatchObject({ status: 202, body: { got: [1, 2] } });
    const tooLarge = await send('POST', '/v1/things', {
      headers: { ...auth, 'content-type': 'application/json', 'content-length': LIMIT + 1 },
      partialBody: '[',
    });
    expect(tooLarge.status).toBe(413);
    expectErrorForm(tooLarge, 'REQUEST.TOO_LARGE');
    const chunked = await send('POST', '/v1/things', {
      headers: { ...auth, 'content-type': 'application/json' },
      body: `"${'x'.repeat(LIMIT)}"`,
    });
    expect(chunked.status).toBe(413);
    const notJson = await send('POST', '/v1/things', { headers: { ...auth, 'content-type': 'application/json' }, body: '{"a":' });
    expect(notJson.status).toBe(400);
    expectErrorForm(notJson, 'REQUEST.INVALID_JSON');
    const text = await send('POST', '/v1/things', { headers: { ...auth, 'content-type': 'text/plain' }, body: 'hello' });
    expect(text.status).toBe(415);
    expectErrorForm(text, 'REQUEST.UNSUPPORTED_MEDIA_TYPE');
  });
});

describe('API keys', () => {
  it('are read from Authorization: Bearer only, not from x-api-key', async () => {
    const viaHeader = await send('GET', '/v1/things/a', { headers: { 'x-api-key': READER } });
    expect(viaHeader.status).toBe(401);
    expectErrorForm(viaHeader, 'AUTH.MISSING_KEY');
    expect((await send('GET', '/v1/things/a', { headers: { authorization: `bearer ${READER}` } })).status).toBe(200);
    expect((await send('GET', '/v1/things/a', { headers: { authorization: `Basic ${READER}` } })).status).toBe(401);
  });
});

describe('methods', () => {
  it('answers 405 with Allow for a known path asked with another method, before authentication', async () => {
    const del = await send('DELETE', '/v1/things');
    expect(del.status).toBe(405);
    expect(del.headers.allow).toBe('OPTIONS, POST');
    expectErrorForm(del, 'REQUEST.METHOD_NOT_ALLOWED');
    const put = await send('PUT', '/v1/things/abc/', {
      headers: { 'content-type': 'application/json', 'content-length': 1000 },
      partialBody: '{',
    });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect(put.headers.connection).toBe('close');
    expect((await send('POST', '/health')).headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('answers OPTIONS with Allow, HEAD where GET is, and 404 in the error form for unknown paths', async () => {
    const options = await send('OPTIONS', '/v1/things/abc');
    expect(options.status).toBe(204);
    expect(options.headers.allow).toBe('GET, HEAD, OPTIONS');
    expect((await send('HEAD', '/health')).status).toBe(200);
    const missing = await send('DELETE', '/v1/nothing');
    expect(missing.status).toBe(404);
    expectErrorForm(missing, 'HTTP.404');
  });
});

describe('parameters', () => {
  const auth = { authorization: `Bearer ${READER}` };

  it('answers 400 naming a path parameter that holds %00', async () => {
    const a = await send('GET', '/v1/things/a%00b', { headers: auth });
    expect(a.status).toBe(400);
    expectErrorForm(a, 'REQUEST.INVALID_PARAMETER');
    expect(a.body.error!.issues).toEqual([expect.objectContaining({ field: 'id', rule: 'invalid_format' })]);
    expect(a.body.error!.message).toMatch(/^path parameter id: must not contain the NUL character/);
  });

  it('answers 400 naming a query parameter that holds %00, alone or repeated', async () => {
    const a = await send('GET', '/v1/things/a?publisher=x%00y', { headers: auth });
    expect(a.status).toBe(400);
    expect(a.body.error!.issues).toEqual([expect.objectContaining({ field: 'publisher' })]);
    const repeated = await send('GET', '/v1/things/a?source=ok&source=%00', { headers: auth });
    expect(repeated.body.error!.issues).toEqual([expect.objectContaining({ field: 'source' })]);
    expect((await send('GET', '/v1/things/a?publisher=ok', { headers: auth })).body).toEqual({ id: 'a', query: { publisher: 'ok' } });
  });

  it('answers 400, not 500, to a path segment that is not valid percent-encoding', async () => {
    for (const path of ['/v1/things/%ZZ', '/v1/things/%C0%80', '/v1/things/%ED%A0%80']) {
      const a = await send('GET', path, { headers: auth });
      expect([path, a.status]).toEqual([path, 400]);
      expectErrorForm(a, 'HTTP.400');
    }
  });
});

describe("what Node's HTTP parser rejects is answered in the error form", () => {
  it('431 for headers over the limit', async () => {
    const a = await sendRaw(`GET /health HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(a.status).toBe(431);
    expect(a.headers).toContain('content-type: application/json');
    expectErrorForm(a, 'REQUEST.HEADERS_TOO_LARGE');
  });

  it.each([
    ['an unknown method', 'BREW /health HTTP/1.1\r\nhost: x\r\n\r\n'],
    ['a space in a header name', 'GET /health HTTP/1.1\r\nhost: x\r\nbad header: 1\r\n\r\n'],
    ['a NUL in the request line', 'GET /health\u0000 HTTP/1.1\r\nhost: x\r\n\r\n'],
    ['two content lengths', 'POST /v1/things HTTP/1.1\r\nhost: x\r\ncontent-length: 1\r\ncontent-length: 2\r\n\r\n{}'],
    ['a bad chunk size', 'POST /v1/things HTTP/1.1\r\nhost: x\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n'],
    ['no HTTP at all', 'hello\r\n\r\n'],
  ])('400 for %s', async (_, bytes) => {
    const a = await sendRaw(bytes);
    expect(a.status).toBe(400);
    expectErrorForm(a, 'REQUEST.MALFORMED');
  });

  it('417 for an Expect other than 100-continue', async () => {
    const a = await sendRaw('GET /health HTTP/1.1\r\nhost: x\r\nexpect: tea\r\nconnection: close\r\n\r\n');
    expect(a.status).toBe(417);
    expectErrorForm(a, 'REQUEST.EXPECTATION_FAILED');
  });
});
