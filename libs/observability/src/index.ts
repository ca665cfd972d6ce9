export { LOGGER } from './logger.token';
export { createLogger, type Logger } from './create-logger';
export { NestLoggerAdapter } from './nest-logger.adapter';
export { CORRELATION_HEADER, correlationIdFrom } from './correlation-id';
export { runService } from './run-service';
