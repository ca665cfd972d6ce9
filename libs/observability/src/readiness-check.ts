/**
 * One dependency a service needs before it can do its work (the broker, Postgres,
 * Redis), as /readyz checks it. `check` throws (or does not settle within `timeoutMs`)
 * when the dependency is not usable; what it returns is shown in the answer.
 */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<Record<string, unknown> | void>;
  /** Longest wait for an answer (default 2 s): a probe must answer well within its own timeout. */
  readonly timeoutMs?: number;
}

/** Nest injection token of the service's readiness checks (a ReadinessCheck[]). */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');
