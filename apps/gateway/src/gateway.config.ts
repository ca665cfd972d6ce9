import { z } from 'zod';
import { httpSection, kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const gatewayConfigSchema = serviceSection
  .extend(kafkaSection.shape)
  .extend(httpSection.shape)
  .extend({
    HTTP_PORT: httpSection.shape.HTTP_PORT.default(8080),
    /** Longest wait for the broker to take a request's articles; then 503 with Retry-After. */
    GATEWAY_PUBLISH_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    /** The Retry-After of that 503, in seconds. */
    GATEWAY_RETRY_AFTER_SECONDS: z.coerce.number().int().min(1).max(3_600).default(5),
  });
export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayConfigSchema, env);
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
