import { HarRecorder } from '../proxy/har-recorder.js';
import { startValidatingProxy } from '../proxy/validating-proxy.js';
import { UsageError } from './exit-codes.js';
import { parseBaseUrl, parseCommandLine, printsHelp } from './options.js';
import {
  finishPassive,
  openSession,
  PASSIVE_OPTION_SPEC,
  PASSIVE_USAGE,
  parsePassiveOptions,
} from './passive-options.js';
import type { CommandIo } from './run-command.js';

export const DEFAULT_PROXY_PORT = 8790;

export const PROXY_USAGE = `Usage: cx-conformance proxy --target <url> [--port N] [--strict] [--har FILE] [options]

A validating reverse proxy on 127.0.0.1: point a frontend at it, it forwards every request unchanged to the target and
checks both directions with the same checks as run, printing findings as they happen. Answers pass through with an
x-cx-conformance-findings header; with --strict a contract-breaking answer becomes a 502 application/problem+json.
Stop it with Ctrl-C: it then writes the reports, the coverage and the HAR recording.

  --target URL             the deployment to forward to (scheme, host, port, optional path prefix; no credentials)
  --port N                 port on 127.0.0.1 (default ${DEFAULT_PROXY_PORT}; 0 picks a free one)
  --strict                 answer a response that breaks the contract with 502 problem+json
  --har FILE               record what passed through as HAR 1.2 (credential headers redacted)
  --max-body-bytes N       bodies up to N bytes are checked (default 4194304); larger ones stream through unchecked
${PASSIVE_USAGE}
  --quiet                  print only exchanges with findings

Exit codes (when stopped): 0 no errors, 1 errors seen, 2 could not start or nothing was checked.`;

/** `cx-conformance proxy --target URL …`: runs until interrupted, then reports. */
export async function proxyCommand(io: CommandIo): Promise<number> {
  if (printsHelp(io, PROXY_USAGE)) return 0;
  const { values: v } = parseCommandLine(
    io.argv,
    {
      ...PASSIVE_OPTION_SPEC,
      target: { type: 'string' },
      port: { type: 'string' },
      strict: { type: 'boolean' },
      har: { type: 'string' },
      'max-body-bytes': { type: 'string' },
      quiet: { type: 'boolean' },
    },
    'cx-conformance proxy --help',
  );
  if (!v.target) throw new UsageError('--target is required.', 'e.g. --target https://gms.staging.example.com:8080');
  let target: string;
  try {
    target = parseBaseUrl(v.target);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(error.message.replace('--base-url', '--target'), error.hint);
  }
  const port = v.port === undefined ? DEFAULT_PROXY_PORT : Number(v.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a port number 0-65535, got '${v.port}'.`);
  const maxBodyBytes = v['max-body-bytes'] === undefined ? undefined : Number(v['max-body-bytes']);
  if (maxBodyBytes !== undefined && (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 1))
    throw new UsageError(`--max-body-bytes must be a whole number of bytes, got '${v['max-body-bytes']}'.`);
  const options = parsePassiveOptions(v, io.env);
  const { reporter, session } = await openSession(io, options, 'proxy', target);
  const har = v.har ? new HarRecorder() : undefined;
  let proxy;
  try {
    proxy = await startValidatingProxy({
      target,
      session,
      port,
      strict: v.strict,
      maxBodyBytes,
      har,
      onExchange: (step, findings, note) => {
        if (step && (!v.quiet || findings.length > 0)) reporter.step(step, findings);
        else if (note && !v.quiet) reporter.note(note);
      },
    });
  } catch (error) {
    throw new UsageError(
      `cannot listen on 127.0.0.1:${port}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
      'choose another --port (0 picks a free one)',
    );
  }
  io.stdout(
    `cx-conformance proxy ${proxy.url} → ${target} · ${options.surfaces.join(', ')} · ${v.strict ? 'strict (contract-breaking answers become 502)' : 'pass-through (findings in the x-cx-conformance-findings header)'} · Ctrl-C stops and reports\n`,
  );
  await new Promise<void>((resolve) => {
    const remove = io.onInterrupt?.(() => {
      remove?.();
      resolve();
    });
    if (!io.onInterrupt) resolve();
  });
  await proxy.close();
  const recording = v.har;
  const report = session.report({ target, strict: Boolean(v.strict), har: recording ?? null });
  return finishPassive(
    io,
    report,
    options,
    har && recording
      ? [{ line: `har → ${recording}`, what: `the HAR recording to ${recording}`, write: () => har.write(recording) }]
      : [],
  );
}
