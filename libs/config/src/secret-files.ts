import { readFileSync } from 'node:fs';
import { ConfigError } from './config-error';

/**
 * The environment with each `<NAME>_FILE` of a variable the schema knows replaced by
 * `<NAME>` holding that file's content (Docker and Kubernetes secrets), its final line
 * break removed. Setting both `<NAME>` and `<NAME>_FILE` is an error.
 */
export function withSecretFiles(names: readonly string[], env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const resolved: NodeJS.ProcessEnv = { ...env };
  for (const name of names) {
    const file = env[`${name}_FILE`];
    if (file === undefined || file === '') continue;
    if (env[name] !== undefined && env[name] !== '') {
      throw new ConfigError(name, `is set and so is ${name}_FILE; set one of them`);
    }
    try {
      resolved[name] = readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (e) {
      throw new ConfigError(`${name}_FILE`, `cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  return resolved;
}
