import pino, { type DestinationStream, type Logger } from 'pino';
import { currentCorrelationId } from './correlation-context';

export type { Logger } from 'pino';

const chindings = pino.symbols.chindingsSym;

/**
 * Structured JSON logs, one object a line, with the service name on every line.
 * Correlation ids travel as bindings (`logger.child({ correlationId, articleId })`) and,
 * for whatever logs inside a request or a message without them (Nest, kafkajs, a library),
 * from the correlation context (correlation-context.ts).
 */
export function createLogger(service: string, level: string = 'info', destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin(merge, _level, logger) {
      const correlationId = currentCorrelationId();
      if (correlationId === undefined || 'correlationId' in merge) return {};
      // A child bound to its correlation id already writes it: writing it twice would repeat the key.
      const bound = (logger as unknown as Record<symbol, string | undefined>)[chindings];
      return bound?.includes('"correlationId":') ? {} : { correlationId };
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
