export { ConfigError } from './config-error';
export { loadConfig } from './load-config';
export { databaseSection, httpSection, kafkaSection, opsHttpSection, redisSection, serviceSection } from './env-sections';
export { PUBLISHED_DEV_SECRETS } from './published-dev-keys';
export { alertsApiSection, alertsServiceSection, alertsSharedSection, DEV_ALERTS_SECRET_KEY } from './alerts-section';
