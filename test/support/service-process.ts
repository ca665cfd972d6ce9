import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
// Each service with its Node flags, as `npm start` and the deployments start it.
const { flagsOf } = require(join(root, 'deploy/runtime/node-flags.js')) as typeof import('../../deploy/runtime/node-flags');

/**
 * One service of the pipeline run as its own process from dist/ (which `npm run build`
 * writes), as `npm start` runs it, so that a test can kill it with SIGKILL and start it
 * again alone. Its output is appended to `.run/<logDir>/<name>.log`.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();

  constructor(
    readonly name: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logDir = 'faults',
  ) {}

  get alive(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** How the last run ended (null while it runs or before it started). */
  get exit(): { code: number | null; signal: NodeJS.Signals | null } | null {
    if (!this.child || this.alive) return null;
    return { code: this.child.exitCode, signal: this.child.signalCode };
  }

  start(): void {
    if (this.alive) throw new Error(`${this.name} is already running (pid ${this.child!.pid})`);
    const dir = join(root, '.run', this.logDir);
    mkdirSync(dir, { recursive: true });
    const log = openSync(join(dir, `${this.name}.log`), 'a');
    const child = spawn(
      process.execPath,
      [...flagsOf(this.name), '-r', './deploy/runtime/register-paths.js', `dist/apps/${this.name}/src/main.js`],
      {
        cwd: root,
        env: { PATH: process.env.PATH, ...this.env },
        stdio: ['ignore', log, log],
      },
    );
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    this.child = child;
  }

  /** Sends the signal and resolves once the process has gone. */
  async kill(signal: NodeJS.Signals): Promise<void> {
    if (!this.alive) return;
    this.child!.kill(signal);
    await this.exited;
  }
}
