// The node-only parts of the sandbox mode (the core in @cx-contracts/sandbox stays browser-safe): the console log
// line per request, fixtures read from a directory, the state file, and --fault specs.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Fault, type LogEntry, readFault, type Sandbox } from '@cx-contracts/sandbox';

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
 * `--fault operationId:status=500`, `operationId:example=retryLater`, `operationId:delayMs=2000`, or a
 * contract-breaking kind of the sandbox's faults (packages/sandbox/README.md, "Faults"): `setStatus=201`,
 * `contentType=text/plain`, `html`, `encoding=gzip`, `dropHeaders=Location`, `renameHeaders=Location>X-Location`,
 * `drop=a.b`, `set=statusCode="0"` (a JSON value, else a string), `digitsAsNumbers=userData`, `ignoreWrite`,
 * `acceptWithoutCredentials`, `onStatus=404`; with optional `,count=N` (default: every call). Armed in every
 * namespace (sandbox option `faults`); checked by the sandbox's own reader, so both front doors refuse alike.
 */
export function parseFault(spec: string): Fault {
  const match = /^([A-Za-z0-9_]+):(.+)$/.exec(spec);
  if (!match) throw new Error(`--fault ${spec}: expected operationId:status=N (or example=NAME, delayMs=N)[,count=N].`);
  const body: Record<string, unknown> = { operationId: match[1], count: 'all' };
  const numbers = new Set(['status', 'onStatus', 'setStatus', 'delayMs', 'count']);
  const lists = new Set(['drop', 'digitsAsNumbers', 'dropHeaders']);
  for (const part of (match[2] ?? '').split(',')) {
    const at = part.indexOf('=');
    const [key, value] = at < 0 ? [part, undefined] : [part.slice(0, at), part.slice(at + 1)];
    if (value === undefined) body[key] = true;
    else if (numbers.has(key)) body[key] = /^\d+$/.test(value) ? Number(value) : value;
    else if (lists.has(key)) body[key] = [...((body[key] as string[] | undefined) ?? []), value];
    else if (key === 'renameHeaders') {
      const [from = '', to] = value.split('>');
      body[key] = { ...(body[key] as object | undefined), [from]: to };
    } else if (key === 'set') {
      const eq = value.indexOf('=');
      if (eq < 1) throw new Error(`--fault ${spec}: cannot read '${part}' (set=PATH=VALUE).`);
      body[key] = { ...(body[key] as object | undefined), [value.slice(0, eq)]: jsonOrString(value.slice(eq + 1)) };
    } else if (key === 'body') body[key] = jsonOrString(value);
    else body[key] = value;
  }
  const fault = readFault(body, () => true);
  if (typeof fault === 'string') throw new Error(`--fault ${spec}: ${fault}`);
  return fault;
}

function jsonOrString(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
