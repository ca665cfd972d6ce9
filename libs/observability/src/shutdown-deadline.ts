import type { Logger } from 'pino';

/**
 * Bounds a graceful shutdown: once SIGTERM or SIGINT arrives, the process exits (status
 * 1) after `ms` if Nest's shutdown hooks (finishing the message or requests in hand,
 * committing, closing pools) have not ended it by then. Kubernetes kills a pod
 * terminationGracePeriodSeconds after SIGTERM; SHUTDOWN_TIMEOUT_MS stays below it.
 */
export function exitWithinAfterSignal(ms: number, logger: Logger): void {
  const arm = (signal: NodeJS.Signals) => {
    logger.info({ signal, timeoutMs: ms }, 'shutting down');
    setTimeout(() => {
      logger.error({ signal, timeoutMs: ms }, 'shutdown did not finish in time; exiting');
      process.exit(1);
    }, ms).unref();
  };
  process.once('SIGTERM', arm);
  process.once('SIGINT', arm);
}
