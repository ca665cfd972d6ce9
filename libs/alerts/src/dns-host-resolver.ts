import { lookup } from 'node:dns/promises';
import type { HostResolver } from './webhook-target';

/** The system resolver (getaddrinfo), every address of the host, as connections would use it. */
export const dnsHostResolver: HostResolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
