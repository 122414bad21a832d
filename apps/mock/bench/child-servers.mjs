// What the mock's benchmarks share: servers run as child processes (killed when the bench exits), a free port on
// 127.0.0.1, and waiting for a server's first answer.
import { spawn } from 'node:child_process';
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
