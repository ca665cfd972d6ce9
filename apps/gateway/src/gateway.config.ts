import { httpSection, kafkaSection, loadConfig, serviceSection } from '@claim-ledger/config';

export const gatewayConfigSchema = serviceSection
  .extend(kafkaSection.shape)
  .extend(httpSection.shape)
  .extend({
    HTTP_PORT: httpSection.shape.HTTP_PORT.default(8080),
  });
export type GatewayConfig = ReturnType<typeof loadGatewayConfig>;
export const loadGatewayConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(gatewayConfigSchema, env);
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
