// What the mock's benchmarks share: servers run as child processes (killed when the bench exits), a free port on
// 127.0.0.1, waiting for a server's first answer, the load levels, and a child's resident memory.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

const children = new Set();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Starts `file args` in `cwd`; without NODE_ENV (stock Prism turns on --multiprocess under production). */
export function startServer(file, args, { cwd, label }) {
  const env = { ...process.env };
  delete env.NODE_ENV;
  const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.once('exit', (code) => {
    if (children.has(child))
      console.error(`${label}: ${path.basename(file)} exited early (${code}):\n${stderr.slice(-2000)}`);
  });
  children.add(child);
  return child;
}

export async function stopServer(child) {
  children.delete(child);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Retries `probe()` until it resolves (the server answers), for at most 60 s. */
export async function waitForAnswer(url, child, probe) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('server exited before answering');
    try {
      await probe();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
  throw new Error(`no answer from ${url} within 60 s`);
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Runs `load(connections)` (an autocannon run) at each level, in order; returns req/s, p50, p99 and non-2xx plus
 * errors per level, and prints each level to stderr as it ends.
 */
export async function runLevels(name, levels, load) {
  const results = {};
  for (const connections of levels) {
    const result = await load(connections);
    const run = {
      rps: result.requests.total / (result.duration || 1),
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx + result.errors,
    };
    results[connections] = run;
    console.error(
      `${name} @${connections}: ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, non-2xx+errors ${run.non2xx}`,
    );
  }
  return results;
}

/** Resident memory of a process in MB (Linux /proc), or undefined elsewhere. */
export function rssMb(pid) {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
  } catch {
    return undefined;
  }
}
