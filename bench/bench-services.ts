import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
// Each service with its Node flags, as `npm start` and the deployments start it.
const { flagsOf } = require(join(root, 'deploy/runtime/node-flags.js')) as typeof import('../deploy/runtime/node-flags');

// Whatever ends the benchmark, no service it started outlives it.
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(1));

/**
 * One service run as its own process from dist/, as `npm start` runs it, with its
 * resident memory sampled from /proc while it runs. Output goes to `.run/bench/<label>.log`.
 */
export class BenchService {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private sampler: NodeJS.Timeout | null = null;
  /** Highest resident set size seen, in MiB. */
  maxRssMb = 0;
  /** CPU time the process had used (user + system) when last sampled, in seconds. */
  cpuSeconds = 0;

  constructor(
    readonly service: string,
    readonly label: string,
    private readonly env: NodeJS.ProcessEnv,
    /** Node options before the script (`--cpu-prof`, heap flags). */
    private readonly nodeArgs: readonly string[] = [],
  ) {}

  start(): void {
    const dir = join(root, '.run', 'bench');
    mkdirSync(dir, { recursive: true });
    const log = openSync(join(dir, `${this.label}.log`), 'w');
    const child = spawn(
      process.execPath,
      [...flagsOf(this.service), ...this.nodeArgs, '-r', './deploy/runtime/register-paths.js', `dist/apps/${this.service}/src/main.js`],
      {
        cwd: root,
        env: { PATH: process.env.PATH, ...this.env },
        stdio: ['ignore', log, log],
      },
    );
    running.add(child);
    this.exited = new Promise((resolve) =>
      child.once('exit', () => {
        running.delete(child);
        resolve();
      }),
    );
    this.child = child;
    this.sampler = setInterval(() => this.sample(), 250);
  }

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Samples now and returns the CPU seconds used so far. */
  sampleCpu(): number {
    this.sample();
    return this.cpuSeconds;
  }

  private sample(): void {
    if (!this.child?.pid || !this.alive) return;
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      this.maxRssMb = Math.max(this.maxRssMb, kb / 1024);
      // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second
      // on Linux); the command name before them is in parentheses and may hold spaces.
      const stat = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      this.cpuSeconds = (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // The process has just gone.
    }
  }

  /** SIGTERM, then SIGKILL after 10 s; resolves once the process has gone. */
  async stop(): Promise<void> {
    if (this.sampler) clearInterval(this.sampler);
    if (!this.alive) return;
    this.sample();
    this.child!.kill('SIGTERM');
    const killer = setTimeout(() => this.child?.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(killer);
  }
}
