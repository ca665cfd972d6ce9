// A webhook receiver for the README tutorial: listens on 127.0.0.1:PORT (9000), checks
// each alert's signature with the subscription's secret (WEBHOOK_SECRET, the `whsec_…`
// returned when the subscription was created) exactly as the README's "Verifying a
// webhook" says, and prints what arrived. Answers 204 to a verified alert, 401 otherwise.
//
//   WEBHOOK_SECRET=whsec_… node docs/tutorial/receive-webhooks.mjs
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const secret = process.env.WEBHOOK_SECRET;
if (!secret || !secret.startsWith('whsec_')) {
  console.error('WEBHOOK_SECRET must be the subscription secret (whsec_…) shown when you created it');
  process.exit(2);
}
const port = Number(process.env.PORT ?? 9000);

/** The README's verification: HMAC-SHA256 over `<id>.<timestamp>.<raw body>`, compared in constant time. */
function verify(headers, rawBody) {
  const id = headers['webhook-id'];
  const ts = headers['webhook-timestamp'];
  if (!id || !ts || !headers['webhook-signature']) return false;
  if (Math.abs(Date.now() / 1000 - Number(ts)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${ts}.${rawBody}`).digest();
  return headers['webhook-signature'].split(' ').some((sig) => {
    const given = Buffer.from(sig.replace(/^v1,/, ''), 'base64');
    return sig.startsWith('v1,') && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

const seen = new Set();
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    // The raw bytes, before any parsing: the signature covers them as sent.
    const raw = Buffer.concat(chunks).toString('utf8');
    if (req.method !== 'POST' || !verify(req.headers, raw)) {
      console.log(`refused: ${req.method} ${req.url}: signature INVALID or missing`);
      res.writeHead(401).end();
      return;
    }
    const id = req.headers['webhook-id'];
    res.writeHead(204).end();
    // An alert may arrive more than once: deduplicate on webhook-id.
    if (seen.has(id)) return;
    seen.add(id);
    const alert = JSON.parse(raw);
    console.log(`alert ${id}: signature valid: ${alert.event}`);
    if (alert.link) {
      console.log(`  ${alert.claim.source.name}: ${alert.claim.content}`);
      console.log(`  ${alert.otherClaim.source.name}: ${alert.otherClaim.content}`);
      console.log(`  why: ${alert.link.reason}`);
    }
    console.log(`  payload: ${raw}`);
  });
});
server.listen(port, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${server.address().port}/hook`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
process.on('SIGINT', () => server.close(() => process.exit(0)));
