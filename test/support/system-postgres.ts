import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';

/**
 * The machine's PostgreSQL cluster (Debian's postgresql-common), stopped and started as
 * root with pg_ctlcluster, as deploy/local/infra.sh starts it. Only for fault tests
 * against a server on this machine.
 */
export class SystemPostgres {
  private readonly version: string;

  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly cluster = 'main',
  ) {
    const versions = readdirSync('/etc/postgresql').sort((a, b) => Number(a) - Number(b));
    if (versions.length === 0) throw new Error('no PostgreSQL cluster under /etc/postgresql');
    this.version = versions[versions.length - 1]!;
  }

  stop(): void {
    this.ctl('stop');
  }

  /** Starts the cluster unless it runs, and waits until it accepts connections. */
  async start(): Promise<void> {
    if (!(await this.answers())) this.ctl('start');
    const deadline = Date.now() + 60_000;
    while (!(await this.answers())) {
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL ${this.version}/${this.cluster} did not answer on ${this.host}:${this.port} within 60 s`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  answers(): Promise<boolean> {
    return new Promise((resolve) => {
      const socket = connect({ host: this.host, port: this.port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
  }

  private ctl(action: 'start' | 'stop'): void {
    execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', this.version, this.cluster, action], { stdio: 'pipe' });
  }
}
