// Starts the built mock the way a person does (bin/cx-mock.js in a child process) on 127.0.0.1 and a free port,
// serving the joined document `npm run bundle` wrote, and stops it after the tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSurface, readDocument, type Surface } from '@cx-contracts/openapi-runtime';
import type { ExampleRequest } from '../../src/example-requests.js';

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = path.resolve(appDir, '..', '..');
export const bundledDocument = path.join(repoRoot, 'build', 'specs', 'all.yaml');
const bin = path.join(appDir, 'bin', 'cx-mock.js');

export interface RunningMock {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function assertBuilt(): void {
  if (!existsSync(bundledDocument))
    throw new Error(`${bundledDocument} is missing: run npm run bundle at the repository root.`);
  if (!existsSync(path.join(appDir, 'dist', 'cli.js')))
    throw new Error('apps/mock/dist is missing: run npm run build in apps/mock.');
}

/**
 * Runs cx-mock with `args` (default: Prism's stateless mode on the bundled document, 127.0.0.1, port 0) and waits
 * for its "Base URL" line. The sandbox tests pass their own args (sandboxArgs).
 */
export function startMock(
  args: string[] = ['--stateless', '--spec', bundledDocument, '--host', '127.0.0.1', '--port', '0'],
  env: NodeJS.ProcessEnv = {},
): Promise<RunningMock> {
  assertBuilt();
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: appDir,
    env: { ...process.env, PORT: undefined, HOST: undefined, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`cx-mock did not start within 50 s:\n${output}`)), 50_000);
    const onData = (): void => {
      const found = /Base URL: (http:\/\/\S+)/.exec(output);
      if (!found) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      resolve({
        url: found[1]!,
        child,
        output: () => output,
        stop: (signal = 'SIGTERM') => {
          if (child.exitCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout!.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`cx-mock exited with ${code} before listening:\n${output}`));
    });
  });
}

/** The sandbox (the default mode) on the bundled document, 127.0.0.1, port 0, without a console line per request. */
export const sandboxArgs = (...extra: string[]): string[] => [
  '--spec',
  bundledDocument,
  '--host',
  '127.0.0.1',
  '--port',
  '0',
  '--quiet',
  ...extra,
];

export async function loadContract(): Promise<Surface> {
  assertBuilt();
  return loadSurface(await readDocument(bundledDocument));
}

/** Runs cx-mock to completion (for flags that make it exit) and returns its exit code and output. */
export function runMock(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number | null; output: string }> {
  assertBuilt();
  const child = spawn(process.execPath, [bin, ...args], {
    cwd: appDir,
    env: { ...process.env, PORT: undefined, HOST: undefined, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

export function send(
  url: string,
  request: ExampleRequest,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  return fetch(url + request.path, {
    method: request.method,
    headers: { ...request.headers, ...extraHeaders },
    body: request.body,
  });
}
