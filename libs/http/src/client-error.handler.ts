import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, STATUS_CODES, maxHeaderSize } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { CORRELATION_HEADER, correlationIdFrom } from '@claim-ledger/observability';
import { type ErrorBody, errorJson, sendError } from './error-response';

type ParserError = Error & { code?: string };

function classify(err: ParserError): { status: number; body: ErrorBody } {
  switch (err.code) {
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        body: { code: 'REQUEST.HEADERS_TOO_LARGE', message: `the request line and headers are larger than ${maxHeaderSize} bytes` },
      };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, body: { code: 'REQUEST.TOO_LARGE', message: 'the chunk extensions of the request body are too large' } };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, body: { code: 'REQUEST.TIMEOUT', message: 'the request did not arrive whole in time' } };
    default:
      return {
        status: 400,
        body: { code: 'REQUEST.MALFORMED', message: `the request is not valid HTTP/1.1 (${err.code ?? 'parse error'})` },
      };
  }
}

/**
 * Answers what Node's HTTP parser rejects before any handler runs (431 for oversized
 * headers, 400 for a malformed request, 408 for one that does not arrive in time, 417
 * for an `Expect` other than 100-continue) in the documented error form instead of
 * Node's empty bodies. The request's headers were never read, so its correlation id is
 * a new one, logged with the error. Nothing can be written when the client has gone or
 * a response on the same connection has already begun; the connection is then closed.
 *
 * It also takes over `Expect: 100-continue`: Node would tell every client to go on at
 * once, before the API key is checked; JsonBodyInterceptor does it when it starts reading.
 */
export function answerClientErrors(server: Server, logger: Logger): void {
  const answered = new WeakSet<Duplex>();
  server.on('clientError', (err: ParserError, socket: Duplex) => {
    if (answered.has(socket)) return;
    answered.add(socket);
    const correlationId = randomUUID();
    const { status, body } = classify(err);
    // Node keeps the response in progress on a connection as `_httpMessage`, and its own
    // handler checks it the same way: bytes written after a begun response would corrupt it.
    const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    const writable = err.code !== 'ECONNRESET' && socket.writable && !inFlight?.headersSent;
    logger.warn(
      { correlationId, status, code: body.code, parserError: err.code, answered: writable },
      'request rejected by the HTTP parser',
    );
    if (!writable) {
      socket.destroy();
      return;
    }
    const json = errorJson(body, correlationId);
    const head = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
      'content-type: application/json; charset=utf-8',
      `content-length: ${Buffer.byteLength(json)}`,
      `${CORRELATION_HEADER}: ${correlationId}`,
      'connection: close',
    ];
    socket.end(`${head.join('\r\n')}\r\n\r\n${json}`, () => socket.destroy());
  });
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const correlationId = correlationIdFrom(req.headers[CORRELATION_HEADER]);
    sendError(
      res,
      417,
      { code: 'REQUEST.EXPECTATION_FAILED', message: `only "Expect: 100-continue" is supported, not "${req.headers.expect ?? ''}"` },
      correlationId,
    );
  });
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => server.emit('request', req, res));
}
