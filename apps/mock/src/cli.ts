// `cx-mock`: start the mock. Exit codes: 0 stopped by SIGINT/SIGTERM, 2 could not start (bad flag, specs that do
// not bundle, port in use). There is no 1: the mock reports nothing as findings.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { exampleRequest, surfaceGroups, toCurl } from './example-requests.js';
import { startMockServer, type MockServer } from './mock-server.js';
import { bundleFromSpecs, type JoinedDocument } from './spec-bundle.js';

const HELP = `Usage: cx-mock [--port <n>] [--host <address>] [--spec <bundled.yaml>] [--no-memo]

Serves every cx-contracts surface on one port with Prism, built from specs/ at start.

  -p, --port <n>        Port to listen on (env PORT; default 4010; 0 picks a free port)
  -h, --host <address>  Address to listen on (env HOST; default 127.0.0.1; 0.0.0.0 only inside a container)
      --spec <file>     Serve this bundled document instead of bundling specs/ (tests, benchmarks)
      --no-memo         Ask Prism's mocker for every request instead of reusing its answer (benchmark, debugging)
      --help            Show this text

Exit codes: 0 stopped by a signal, 2 could not start.`;

export async function main(
  argv: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let flags: { port?: string; host?: string; spec?: string; help?: boolean; 'no-memo'?: boolean };
  try {
    flags = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string', short: 'h' },
        spec: { type: 'string' },
        'no-memo': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }).values;
  } catch (error) {
    console.error(`cx-mock: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (flags.help) {
    console.log(HELP);
    return 0;
  }
  const portText = flags.port ?? env.PORT ?? '4010';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    console.error(`cx-mock: --port/PORT must be an integer from 0 to 65535, got '${portText}'.`);
    return 2;
  }
  const host = flags.host ?? env.HOST ?? '127.0.0.1';

  // Signal handlers go in first: a signal that arrives before Node has a handler kills the process outright,
  // leaving the temporary bundle behind. A signal during start-up stops the mock as soon as it is up.
  let signalled: NodeJS.Signals | undefined;
  let stop: (signal: NodeJS.Signals) => void = (signal) => (signalled = signal);
  const onSignal = (signal: NodeJS.Signals): void => stop(signal);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const started = performance.now();
  let joined: JoinedDocument | undefined;
  let server: MockServer;
  try {
    let documentPath: string;
    if (flags.spec !== undefined) {
      documentPath = path.resolve(flags.spec);
      if (!existsSync(documentPath)) throw new Error(`--spec ${flags.spec}: no such file.`);
    } else {
      joined = await bundleFromSpecs();
      documentPath = joined.file;
    }
    server = await startMockServer({ documentPath, host, port, memoize: !flags['no-memo'] });
  } catch (error) {
    joined?.dispose();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'EADDRINUSE') console.error(`cx-mock: ${host}:${port} is in use; pick another with --port or PORT.`);
    else console.error(`cx-mock: could not start: ${message}`);
    return 2;
  }

  const stopped = new Promise<number>((resolve) => {
    let stopping = false;
    stop = (signal) => {
      if (stopping) {
        // A second Ctrl-C does not wait for open connections.
        joined?.dispose();
        process.exit(0);
      }
      stopping = true;
      console.log(`cx-mock: ${signal}, stopping.`);
      server
        .close()
        .catch(() => undefined)
        .finally(() => {
          joined?.dispose();
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          resolve(0);
        });
    };
  });
  if (signalled) stop(signalled);
  else await printBanner(server, flags.spec === undefined ? 'specs/' : flags.spec, performance.now() - started, host);
  return stopped;
}

async function printBanner(server: MockServer, source: string, elapsed: number, host: string): Promise<void> {
  const groups = surfaceGroups(server.surface);
  const lines = [
    `cx-mock: Prism mock of ${server.surface.operations.length} operations from ${source}, ready in ${(elapsed / 1000).toFixed(1)} s`,
    `Base URL: ${server.url}`,
  ];
  if (host === '0.0.0.0')
    lines.push('Listening on every interface (meant for a container; use 127.0.0.1 on a workstation).');
  lines.push('', 'One request per surface:');
  for (const group of groups) {
    // The shortest of the group's example requests: something a person reads at a glance.
    const curls = await Promise.all(
      group.operations.map(async (operation) => toCurl(server.url, await exampleRequest(server.surface, operation))),
    );
    const shortest = curls.reduce((best, curl) => (curl.length < best.length ? curl : best));
    lines.push(`  # ${group.name}`, `  ${shortest}`);
  }
  lines.push(
    '',
    "Other documented answers: -H 'Prefer: code=<status>, example=<name>' (or ?__code=…&__example=…); names: npm run examples -w @cx-contracts/mock",
    'A request that breaks the contract gets 422 with a `violations` list. Ctrl-C stops.',
  );
  console.log(lines.join('\n'));
}
