import { get, type ClientRequest } from 'node:http';

export interface SseEvent {
  id: string | null;
  event: string | null;
  data: string;
}

/** A Server-Sent Events client over node:http that collects the events it is sent. */
export class SseClient {
  readonly events: SseEvent[] = [];
  status = 0;
  private req: ClientRequest | null = null;

  constructor(
    private readonly url: string,
    private readonly headers: Record<string, string>,
  ) {}

  /** Resolves once the response headers have arrived. */
  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.req = get(this.url, { headers: { accept: 'text/event-stream', ...this.headers } }, (res) => {
        this.status = res.statusCode ?? 0;
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event: SseEvent = { id: null, event: null, data: '' };
            let any = false;
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) continue;
              const [field, ...rest] = line.split(':');
              const value = rest.join(':').replace(/^ /, '');
              if (field === 'id') event.id = value;
              else if (field === 'event') event.event = value;
              else if (field === 'data') event.data += value;
              else continue;
              any = true;
            }
            if (any && event.data) this.events.push(event);
          }
        });
        resolve();
      });
      this.req.on('error', reject);
    });
  }

  close(): void {
    this.req?.destroy();
  }
}
