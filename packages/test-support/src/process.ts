// Node programs in child processes, the way a person runs them: a server started until it prints its base URL, or a
// CLI run to completion.
import { type ChildProcess, spawn } from 'node:child_process';
import { forTheFile } from './for-the-file.js';

export interface ProcessOptions {
  cwd?: string;
  /** Added to this process's environment; a key set to undefined is removed. */
  env?: NodeJS.ProcessEnv;
}

export interface ServerProcessOptions extends ProcessOptions {
  /** The line that says the server is up; its first group is the base URL. Default: `Base URL: <url>` (cx-mock). */
  banner?: RegExp;
  /** How long to wait for the banner before stopping the process and failing with its output. Default 50 s. */
  startTimeoutMs?: number;
}

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** stdout and stderr so far, interleaved as they arrived. */
  output(): string;
  /** Sends `signal` (if the process still runs) and resolves with its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function spawnNode(script: string, args: string[], options: ProcessOptions): ChildProcess {
  return spawn(process.execPath, [script, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/**
 * Runs `node script ...args` and resolves once its output matches `banner`. Rejects with everything the process
 * printed when it exits first, cannot start, or prints no banner within `startTimeoutMs` (then it is killed).
 */
export function startServerProcess(
  script: string,
  args: string[],
  options: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const banner = options.banner ?? /Base URL: (http:\/\/\S+)/;
  const child = spawnNode(script, args, options);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const name = `${script} ${args.join(' ')}`;
  return new Promise((resolve, reject) => {
    const fail = (why: string): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      reject(new Error(`${name} ${why}:\n${output}`));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(`printed no base URL within ${options.startTimeoutMs ?? 50_000} ms`);
    }, options.startTimeoutMs ?? 50_000);
    const onData = (): void => {
      const url = banner.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve({
        url,
        child,
        output: () => output,
        stop: (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.stdout?.on('data', onData);
    child.once('error', (error) => fail(`could not start (${error.message})`));
    void exited.then((code) => fail(`exited with ${code} before printing its base URL`));
  });
}

/**
 * A server process for the whole test file (or describe block): `start` runs before its tests, the process is
 * stopped after them. The returned object reads the running process. The hook may take 60 s, longer than
 * startServerProcess waits for a banner by default, so a server that never starts fails with its own output.
 */
export function useServerProcess(start: () => Promise<ServerProcess>, hookTimeoutMs = 60_000): ServerProcess {
  return forTheFile('useServerProcess', start, (server) => server.stop(), hookTimeoutMs);
}

/** Runs `node script ...args` to completion; never rejects on a non-zero exit (the code is what tests check). */
export function runProcess(script: string, args: string[], options: ProcessOptions = {}): Promise<ProcessResult> {
  const child = spawnNode(script, args, options);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}
