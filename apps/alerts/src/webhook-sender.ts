import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { type AddressAllowlist, type HostResolver, resolveWebhookTarget, signWebhook, type WebhookTarget } from '@claim-ledger/alerts';

export interface SendResult {
  /** The subscriber's HTTP status, or null when no answer came (refused, timed out, address refused). */
  statusCode: number | null;
  latencyMs: number;
  /** Why no answer came. */
  error: string | null;
  /** The address check refused the target: nothing was sent. */
  refused: boolean;
}

/** A lookup that answers with the addresses checked before, so the socket connects to nothing else. */
function pinnedLookup(target: WebhookTarget): LookupFunction {
  return (_host, options, callback) => {
    const family = typeof options === 'object' ? options.family : undefined;
    const candidates = target.addresses.filter((a) => !family || a.family === family);
    const chosen = candidates.length > 0 ? candidates : target.addresses;
    if (typeof options === 'object' && options.all) (callback as (e: null, a: { address: string; family: number }[]) => void)(null, chosen);
    else callback(null, chosen[0]!.address, chosen[0]!.family);
  };
}

/**
 * POSTs a signed alert. The host is resolved and every address checked just before the
 * request (DNS rebinding), and the connection goes only to those addresses. Redirects
 * are never followed (Node's http client does not), and the answer's body is discarded.
 */
export class WebhookSender {
  private readonly http = new HttpAgent({ keepAlive: true, maxSockets: 256 });
  private readonly https = new HttpsAgent({ keepAlive: true, maxSockets: 256 });

  constructor(
    private readonly resolve: HostResolver,
    private readonly allowlist: AddressAllowlist,
    private readonly timeoutMs: number,
  ) {}

  async send(url: string, secret: string, deliveryId: string, body: string): Promise<SendResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    let target: WebhookTarget;
    try {
      target = await resolveWebhookTarget(url, this.resolve, this.allowlist);
    } catch (e) {
      return { statusCode: null, latencyMs: elapsed(), error: (e as Error).message, refused: true };
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const signature = signWebhook(secret, { id: deliveryId, timestamp, body });
    const headers = {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(body)),
      'user-agent': 'claim-ledger-alerts/1',
      'webhook-id': deliveryId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signature,
      'x-delivery-id': deliveryId,
      'x-timestamp': String(timestamp),
      'x-signature': signature,
    };
    const https = target.url.protocol === 'https:';
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const req = (https ? httpsRequest : httpRequest)(
          {
            protocol: target.url.protocol,
            hostname: target.hostname,
            port: target.url.port || (https ? 443 : 80),
            path: `${target.url.pathname}${target.url.search}`,
            method: 'POST',
            headers,
            agent: https ? this.https : this.http,
            lookup: pinnedLookup(target),
            timeout: this.timeoutMs,
            signal: AbortSignal.timeout(this.timeoutMs),
          },
          (res: IncomingMessage) => {
            res.resume();
            res.once('end', () => resolve(res.statusCode ?? 0));
            res.once('error', reject);
          },
        );
        req.once('timeout', () => req.destroy(new Error(`no answer within ${this.timeoutMs} ms`)));
        req.once('error', reject);
        req.end(body);
      });
      return { statusCode: status, latencyMs: elapsed(), error: null, refused: false };
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      const reason = err.name === 'AbortError' || err.name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : err.message;
      return { statusCode: null, latencyMs: elapsed(), error: err.code ? `${reason} (${err.code})` : reason, refused: false };
    }
  }

  onApplicationShutdown(): void {
    this.http.destroy();
    this.https.destroy();
  }
}
