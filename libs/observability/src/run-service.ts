import type { Logger } from 'pino';

/**
 * Runs a service's bootstrap and turns a start-up failure (bad configuration, an
 * unreachable broker) into one log line and exit status 1, never a stack to a user.
 */
export function runService(name: string, bootstrap: () => Promise<void>, logger?: Logger): void {
  bootstrap().catch((err: unknown) => {
    const e = err as Error;
    if (logger) logger.fatal({ err: e }, `${name} failed to start: ${e.message}`);
    else process.stderr.write(`${name} failed to start: ${e.message}\n`);
    process.exit(1);
  });
}
