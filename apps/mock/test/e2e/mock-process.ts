// Starts the built mock the way a person does (bin/cx-mock.js in a child process) on 127.0.0.1 and a free port,
// serving the joined document `npm run bundle` wrote, and stops it after the tests.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSurface, readDocument, type Surface } from '@cx-contracts/openapi-runtime';
import { runProcess, type ServerProcess, startServerProcess, useServerProcess } from '@cx-contracts/test-support';
import type { ExampleRequest } from '../../src/example-requests.js';

export const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const repoRoot = path.resolve(appDir, '..', '..');
export const bundledDocument = path.join(repoRoot, 'build', 'specs', 'all.yaml');
const bin = path.join(appDir, 'bin', 'cx-mock.js');

export type RunningMock = ServerProcess;

export function assertBuilt(): void {
  if (!existsSync(bundledDocument))
    throw new Error(`${bundledDocument} is missing: run npm run bundle at the repository root.`);
  if (!existsSync(path.join(appDir, 'dist', 'cli.js')))
    throw new Error('apps/mock/dist is missing: run npm run build in apps/mock.');
}

/**
 * Runs cx-mock with `args` (default: Prism's stateless mode on the bundled document, 127.0.0.1, port 0) and waits
 * for its "Base URL" line. The sandbox tests pass their own args (sandboxArgs). PORT and HOST of this process's
 * environment are not passed on: a test says what it wants.
 */
export function startMock(
  args: string[] = ['--stateless', '--spec', bundledDocument, '--host', '127.0.0.1', '--port', '0'],
  env: NodeJS.ProcessEnv = {},
): Promise<RunningMock> {
  assertBuilt();
  return startServerProcess(bin, args, { cwd: appDir, env: { PORT: undefined, HOST: undefined, ...env } });
}

/** startMock for the whole file (or describe block): started before its tests, stopped after them. */
export const useMock = (...args: Parameters<typeof startMock>): RunningMock =>
  useServerProcess(() => startMock(...args));

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
export async function runMock(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; output: string }> {
  assertBuilt();
  const { code, stdout, stderr } = await runProcess(bin, args, {
    cwd: appDir,
    env: { PORT: undefined, HOST: undefined, ...env },
  });
  return { code, output: stdout + stderr };
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
