// The node-only parts of the sandbox mode (the core in @cx-contracts/sandbox stays browser-safe): the console log
// line per request, fixtures read from a directory, the state file, and --fault specs.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Fault, LogEntry, Sandbox } from '@cx-contracts/sandbox';

/** One line per request: time, namespace, method, path, operationId, status, ms (`--log json`: one JSON object). */
export function formatLogLine(entry: LogEntry, format: 'text' | 'json'): string {
  if (format === 'json') return JSON.stringify(entry);
  return `${entry.time} ${entry.namespace} ${entry.method} ${entry.path} ${entry.operationId ?? '-'} ${entry.status} ${entry.ms}ms${
    entry.violations ? ` (${entry.violations.length} violation${entry.violations.length === 1 ? '' : 's'})` : ''
  }`;
}

/** Loads every `*.json` fixture of a directory, in name order; throws naming the file that is not a fixture. */
export function loadFixtureDir(sandbox: Sandbox, dir: string): string[] {
  if (!existsSync(dir)) throw new Error(`--fixtures ${dir}: no such directory.`);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of files) {
    try {
      sandbox.load(JSON.parse(readFileSync(path.join(dir, name), 'utf8')));
    } catch (error) {
      throw new Error(`--fixtures ${path.join(dir, name)}: ${(error as Error).message}`);
    }
  }
  return files;
}

export function restoreState(sandbox: Sandbox, file: string): boolean {
  if (!existsSync(file)) return false;
  try {
    sandbox.load(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`--state-file ${file}: ${(error as Error).message}`);
  }
  return true;
}

/** Writes the whole state atomically (temporary file, then rename), so a crash mid-write keeps the last snapshot. */
export function saveState(sandbox: Sandbox, file: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(sandbox.dump()));
  renameSync(temporary, file);
}

/**
 * `--fault operationId:status=500`, `operationId:example=retryLater`, `operationId:delayMs=2000`, with optional
 * `,count=N` (default: every call). Armed in every namespace (sandbox option `faults`).
 */
export function parseFault(spec: string): Fault {
  const match = /^([A-Za-z0-9_]+):(.+)$/.exec(spec);
  if (!match) throw new Error(`--fault ${spec}: expected operationId:status=N (or example=NAME, delayMs=N)[,count=N].`);
  const fault: Fault = { operationId: match[1], remaining: Number.MAX_SAFE_INTEGER };
  for (const part of match[2].split(',')) {
    const [key, value] = part.split('=');
    if (key === 'status' && /^[1-5]\d\d$/.test(value)) fault.status = Number(value);
    else if (key === 'example' && value) fault.example = value;
    else if (key === 'delayMs' && /^\d+$/.test(value) && Number(value) <= 30_000) fault.delayMs = Number(value);
    else if (key === 'count' && /^[1-9]\d*$/.test(value)) fault.remaining = Number(value);
    else
      throw new Error(
        `--fault ${spec}: cannot read '${part}' (status=100-599, example=NAME, delayMs=0-30000, count=N).`,
      );
  }
  if (fault.status === undefined && fault.example === undefined && fault.delayMs === undefined)
    throw new Error(`--fault ${spec}: give a status, an example or a delayMs.`);
  return fault;
}
