/** Raised at start-up when an environment variable is missing or malformed. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`invalid configuration: ${variable}: ${detail}`);
    this.name = 'ConfigError';
  }
}
