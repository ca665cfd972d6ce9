/** The Node flags (before the script) of a service's process: deploy/runtime/node-flags.js. */
export function flagsOf(service: string): string[];
