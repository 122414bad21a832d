// npm run bench:start (root). Time from "npm ci done" to the first answer of `npm start`, on a fresh clone of this
// repository's HEAD in a temporary directory, as a ratio to a bare node:http server started the same way (spawn to
// first answer) in the same run. Three rows: the fresh clone's first `npm start` (empty turbo cache: bundles specs/
// and builds the prebuilt entry), a second `npm start` in the same clone (nothing changed: both replayed from turbo's
// cache), and the bare server. Ratios are reported, never asserted.
// Env: BENCH_REF=<git ref> clones that commit instead of HEAD (to compare with an earlier start path; the
// bare-server baseline is measured in the same run either way). BENCH_INSTALL=copy copies this checkout's node_modules into the clone instead of running `npm ci` (quicker;
// the timed part starts after the install either way). Only 127.0.0.1 and free ports; every process it starts is
// stopped by its process group id.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './child-servers.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'cx-start-bench-'));
const clone = path.join(scratch, 'clone');
const running = new Set();
process.on('exit', () => {
  for (const child of running) stopGroup(child);
  rmSync(scratch, { recursive: true, force: true });
});
process.on('SIGINT', () => process.exit(130));

function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {}
  running.delete(child);
}

function answers(port) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/genesys/1/cs/services/1', timeout: 1000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** Spawns `command` in its own process group, polls until the port answers, returns seconds, stops the group. */
async function timeToFirstAnswer(command, args, cwd, port) {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', TURBO_TELEMETRY_DISABLED: '1' },
  });
  running.add(child);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let exited = false;
  child.once('exit', () => (exited = true));
  while (!(await answers(port))) {
    if (exited) throw new Error(`${command} ${args.join(' ')} exited before answering:\n${stderr}`);
    if (performance.now() - started > 180_000) throw new Error(`${command} did not answer within 180 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const seconds = (performance.now() - started) / 1000;
  stopGroup(child);
  await new Promise((resolve) => (exited ? resolve() : child.once('exit', resolve)));
  return seconds;
}

function workspaceDirs() {
  const { workspaces } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  return workspaces.flatMap((pattern) => {
    const parent = pattern.replace(/\/\*$/, '');
    return readdirSync(path.join(repoRoot, parent)).map((name) => path.join(parent, name));
  });
}

function must(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
}

const ref = process.env.BENCH_REF ?? 'HEAD';
console.error(`start-bench: cloning ${ref} into ${clone} and installing (${process.env.BENCH_INSTALL ?? 'npm ci'})…`);
must('git', ['clone', '--quiet', '--no-hardlinks', repoRoot, clone], scratch);
must('git', ['-c', 'advice.detachedHead=false', 'checkout', '--quiet', ref], clone);
const installStarted = performance.now();
if (process.env.BENCH_INSTALL === 'copy') {
  for (const dir of ['.', ...workspaceDirs()]) {
    const from = path.join(repoRoot, dir, 'node_modules');
    if (existsSync(from))
      cpSync(from, path.join(clone, dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
} else {
  must('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], clone);
}
const installSeconds = (performance.now() - installStarted) / 1000;

const bare = await timeToFirstAnswer(
  process.execPath,
  ['-e', "require('node:http').createServer((q, s) => s.end('ok')).listen(+process.env.PORT, '127.0.0.1')"],
  clone,
  await freePort(),
);
const fresh = await timeToFirstAnswer('npm', ['start'], clone, await freePort());
const warm = await timeToFirstAnswer('npm', ['start'], clone, await freePort());

const row = (name, seconds) => `| ${name} | ${seconds.toFixed(2)} s | ${(seconds / bare).toFixed(1)}× |`;
console.log(
  [
    `Commit: ${ref}. Install (${process.env.BENCH_INSTALL === 'copy' ? 'copy of node_modules' : 'npm ci'}, not timed below): ${installSeconds.toFixed(1)} s`,
    '',
    '| start | first answer after | ratio to bare node:http |',
    '|---|---|---|',
    row('`npm start`, fresh clone (empty turbo cache)', fresh),
    row('`npm start` again, nothing changed', warm),
    row('bare `node:http` server', bare),
  ].join('\n'),
);
process.exit(0);
