// Runs the CLI the way users do: in a child process (bin/ → dist/), or in-process through main() for speed.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { RunReport } from '../../src/report.js';

const BIN = fileURLToPath(new URL('../../bin/cx-conformance.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  report?: RunReport;
}

export async function reportPath(): Promise<string> {
  return path.join(await mkdtemp(path.join(tmpdir(), 'cxc-')), 'report.json');
}

/** In-process: same argument parsing, engine and reporters, no build needed. */
export async function runInProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const file = await reportPath();
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: [...args, '--report', `json=${file}`, '--no-color'],
    env,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr, report: await readReport(file) };
}

/** In-process `run --surface <surface> --base-url <baseUrl>`, then `flags`. */
export function runSurface(surface: string, baseUrl: string, ...flags: string[]): Promise<CliResult> {
  return runInProcess(['run', '--surface', surface, '--base-url', baseUrl, ...flags]);
}

/** A child process running bin/cx-conformance.js; `onStdout` sees output as it arrives (to interrupt midway). */
export function runChild(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; onStdout?: (text: string, child: ReturnType<typeof spawn>) => void } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    void reportPath().then((file) => {
      const child = spawn(process.execPath, [BIN, ...args, '--report', `json=${file}`, '--no-color'], {
        env: { PATH: process.env.PATH, ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        options.onStdout?.(stdout, child);
      });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        void readReport(file).then((report) => resolve({ code: code ?? -1, stdout, stderr, report }));
      });
    }, reject);
  });
}

async function readReport(file: string): Promise<RunReport | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RunReport;
  } catch {
    return undefined;
  }
}

export function errorsOf(
  report: RunReport | undefined,
): Array<{ checkId: string; operationId: string; message: string }> {
  return (report?.findings ?? [])
    .filter((finding) => finding.severity === 'error')
    .map(({ checkId, operationId, message }) => ({ checkId, operationId, message }));
}
