import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

// Run in a child process (this module compiled as it is), so that the test's own worker
// keeps its priority. The child starts a worker thread first, as V8 and Node start theirs
// before any of our code, and prints the niceness of each of its threads from /proc.
const compiled = ts.transpileModule(readFileSync(join(__dirname, 'process-priority.ts'), 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
}).outputText;

function nicenessOfThreads(niceness: number): { set: number; before: number[]; nice: number[] } {
  const child = `
    const { Worker } = require('node:worker_threads');
    const { readdirSync, readFileSync } = require('node:fs');
    const module = { exports: {} };
    new Function('module', 'exports', 'require', ${JSON.stringify(compiled)})(module, module.exports, require);
    const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
    // Field 19 of a thread's stat is its niceness (after the name in parentheses: field 17).
    const niceness = () => readdirSync('/proc/self/task').map((t) => Number(readFileSync('/proc/self/task/' + t + '/stat', 'utf8').split(') ')[1].split(' ')[16]));
    worker.on('online', () => {
      const before = niceness();
      const set = module.exports.lowerProcessPriority(${niceness});
      console.log(JSON.stringify({ set, before, nice: niceness() }));
      process.exit(0);
    });`;
  const out = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout) as { set: number; before: number[]; nice: number[] };
}

describe("lowerProcessPriority (Linux, where a niceness is a thread's)", () => {
  it('sets every thread of the process, those started before it too', () => {
    const { set, before, nice } = nicenessOfThreads(19);
    expect(before.some((n) => n !== 19)).toBe(true);
    // Node's main thread, its platform workers and the worker started before the call.
    expect(nice.length).toBeGreaterThan(2);
    expect(set).toBeGreaterThanOrEqual(nice.length);
    expect(nice.every((n) => n === 19)).toBe(true);
  });

  it('leaves the process as it is at niceness 0', () => {
    const { set, before, nice } = nicenessOfThreads(0);
    expect(set).toBe(0);
    expect(nice).toEqual(before);
  });
});
