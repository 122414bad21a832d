// `cx-mock`: start the mock. Exit codes: 0 stopped by SIGINT/SIGTERM, 2 could not start (bad flag, specs that do
// not bundle, port in use). There is no 1: the mock reports nothing as findings.
import { existsSync, watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '@cx-contracts/spec-bundle';
import { toCurl } from '@cx-contracts/openapi-runtime';
import { exampleRequest, surfaceGroups } from './example-requests.js';
import {
  DEFAULT_HEADERS_TIMEOUT,
  DEFAULT_REQUEST_TIMEOUT,
  startMockServer,
  type MockServer,
  type MockServerOptions,
} from './mock-server.js';
import { formatLogLine, loadFixtureDir, parseFault, restoreState, saveState } from './sandbox-options.js';
import { bundleFromSpecs, type JoinedDocument } from './spec-bundle.js';

const HELP = `Usage: cx-mock [--port <n>] [--host <address>] [--spec <bundled.yaml>] [--stateless] [limits] [sandbox options]

Serves every cx-contracts surface on one port, built from specs/ at start: the stateful sandbox by default (the
platform's behaviour, per namespace), Prism's examples with --stateless.

  -p, --port <n>              Port to listen on (env PORT; default 4010; 0 picks a free port)
  -h, --host <address>        Address to listen on (env HOST; default 127.0.0.1; 0.0.0.0 only inside a container)
      --spec <file>           Serve this bundled document instead of bundling specs/ (tests, benchmarks)
      --stateless             Prism's example mode (no state)
      --no-memo               Stateless: ask Prism's mocker for every request instead of reusing its answer
      --headers-timeout <s>   Seconds to receive a request's headers, then 408 (default 15)
      --request-timeout <s>   Seconds to receive a whole request, body included, then 408 (default 30)
      --max-connections <n>   Open connections at most; more are closed as they arrive (default 1000)
      --max-pairs <n>         Stateless: pairs in one form body or query string, then 413 (default 10000)
      --max-parts <n>         Stateless: parts in one multipart body, then 413 (default 1000)
      --max-depth <n>         Stateless: '[' in one form or multipart name (default 32) and JSON nesting (default 64), then 400
      --help                  Show this text

Sandbox options:
      --log <text|json> One line per request on the console (default text; json for machines)
      --quiet           No line per request
      --fixtures <dir>  Load every *.json fixture of <dir> at start
      --state-file <f>  Restore the state from <f> at start, write it back on shutdown
      --no-csrf         Web Services without CSRF protection
      --fault <spec>    Arm a fault in every namespace: operationId:status=500 | example=NAME | delayMs=N [,count=N]
                        or a contract-breaking one: setStatus=201 | contentType=text/plain | html | encoding=gzip |
                        dropHeaders=Location | drop=PATH | set=PATH=JSON | digitsAsNumbers=PATH | ignoreWrite | ...
                        (packages/sandbox/README.md, "Faults")
      --no-watch        Do not re-bundle specs/ when it changes (watching is on when serving specs/)

Exit codes: 0 stopped by a signal, 2 could not start.`;

export async function main(
  argv: string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  let flags: {
    port?: string;
    host?: string;
    spec?: string;
    help?: boolean;
    'no-memo'?: boolean;
    stateless?: boolean;
    log?: string;
    quiet?: boolean;
    fixtures?: string;
    'state-file'?: string;
    'no-csrf'?: boolean;
    fault?: string[];
    'no-watch'?: boolean;
    'headers-timeout'?: string;
    'request-timeout'?: string;
    'max-connections'?: string;
    'max-pairs'?: string;
    'max-parts'?: string;
    'max-depth'?: string;
  };
  try {
    flags = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', short: 'p' },
        host: { type: 'string', short: 'h' },
        spec: { type: 'string' },
        'no-memo': { type: 'boolean' },
        stateless: { type: 'boolean' },
        log: { type: 'string' },
        quiet: { type: 'boolean' },
        fixtures: { type: 'string' },
        'state-file': { type: 'string' },
        'no-csrf': { type: 'boolean' },
        fault: { type: 'string', multiple: true },
        'no-watch': { type: 'boolean' },
        'headers-timeout': { type: 'string' },
        'request-timeout': { type: 'string' },
        'max-connections': { type: 'string' },
        'max-pairs': { type: 'string' },
        'max-parts': { type: 'string' },
        'max-depth': { type: 'string' },
        help: { type: 'boolean' },
      },
    }).values;
    if (flags.log !== undefined && flags.log !== 'text' && flags.log !== 'json')
      throw new Error(`--log must be text or json, got '${flags.log}'.`);
    if (flags.stateless) {
      const sandboxOnly = ['log', 'quiet', 'fixtures', 'state-file', 'no-csrf', 'fault'].filter(
        (name) => flags[name as keyof typeof flags] !== undefined,
      );
      if (sandboxOnly.length)
        throw new Error(`--${sandboxOnly.join(', --')} only apply to the sandbox, not --stateless.`);
    }
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
  let limits: Pick<MockServerOptions, 'headersTimeout' | 'requestTimeout' | 'maxConnections' | 'limits'>;
  try {
    const headersTimeout = seconds('--headers-timeout', flags['headers-timeout']);
    const requestTimeout = seconds('--request-timeout', flags['request-timeout']);
    limits = {
      headersTimeout,
      // A shorter --headers-timeout alone keeps the default request timeout; a longer one lifts it along.
      requestTimeout:
        requestTimeout ??
        (headersTimeout === undefined ? undefined : Math.max(headersTimeout, DEFAULT_REQUEST_TIMEOUT)),
      maxConnections: count('--max-connections', flags['max-connections']),
      limits: {
        maxPairs: count('--max-pairs', flags['max-pairs']),
        maxParts: count('--max-parts', flags['max-parts']),
        maxDepth: count('--max-depth', flags['max-depth']),
      },
    };
    if ((limits.headersTimeout ?? DEFAULT_HEADERS_TIMEOUT) > (limits.requestTimeout ?? DEFAULT_REQUEST_TIMEOUT))
      throw new Error('--headers-timeout must not be longer than --request-timeout.');
  } catch (error) {
    console.error(`cx-mock: ${(error as Error).message}`);
    return 2;
  }

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
  let listening: MockServer | undefined;
  const stateFile = flags['state-file'] === undefined ? undefined : path.resolve(flags['state-file']);
  const notes: string[] = [];
  try {
    const logFormat = flags.log === 'json' ? 'json' : 'text';
    const faults = (flags.fault ?? []).map(parseFault);
    let documentPath: string;
    if (flags.spec !== undefined) {
      documentPath = path.resolve(flags.spec);
      if (!existsSync(documentPath)) throw new Error(`--spec ${flags.spec}: no such file.`);
    } else {
      joined = await bundleFromSpecs();
      documentPath = joined.file;
    }
    server = await startMockServer({
      documentPath,
      host,
      port,
      memoize: !flags['no-memo'],
      ...limits,
      mode: flags.stateless ? 'stateless' : 'sandbox',
      sandbox: {
        csrf: !flags['no-csrf'],
        faults,
        onRequest: flags.quiet ? undefined : (entry) => console.log(formatLogLine(entry, logFormat)),
      },
    });
    listening = server;
    if (server.sandbox) {
      if (flags.fixtures !== undefined) {
        const files = loadFixtureDir(server.sandbox, path.resolve(flags.fixtures));
        notes.push(`Fixtures: ${files.length} file(s) from ${flags.fixtures}.`);
      }
      if (stateFile && restoreState(server.sandbox, stateFile))
        notes.push(`State restored from ${flags['state-file']}.`);
      for (const fault of faults) notes.push(`Fault armed in every namespace: ${JSON.stringify(fault)}.`);
    }
  } catch (error) {
    // Options read after the server is up (fixtures, state file) can still fail: close it, or it keeps the process alive.
    await listening?.close().catch(() => undefined);
    joined?.dispose();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    const { code, message } = error as NodeJS.ErrnoException;
    if (code === 'EADDRINUSE') console.error(`cx-mock: ${host}:${port} is in use; pick another with --port or PORT.`);
    else console.error(`cx-mock: could not start: ${message}`);
    return 2;
  }

  const watcher =
    server.sandbox && flags.spec === undefined && !flags['no-watch']
      ? watchSpecs(server, (next) => {
          const previous = joined;
          joined = next;
          previous?.dispose();
        })
      : undefined;
  const saveSnapshot = (): void => {
    if (!stateFile || !server.sandbox) return;
    try {
      saveState(server.sandbox, stateFile);
      console.log(`cx-mock: state written to ${flags['state-file']}.`);
    } catch (error) {
      console.error(`cx-mock: could not write --state-file: ${(error as Error).message}`);
    }
  };

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
      watcher?.close();
      saveSnapshot();
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
  else {
    if (watcher) notes.push('Watching specs/: a change is re-bundled and served, keeping the state.');
    await printBanner(
      server,
      flags.spec === undefined ? 'specs/' : flags.spec,
      performance.now() - started,
      host,
      notes,
    );
  }
  return stopped;
}

/**
 * Hot reload: a change under specs/ is re-bundled (debounced) and swapped in; the sandbox keeps its state (its state
 * is data keyed by ids, not by the contract) and the console says which operations came and went. A change that
 * does not bundle leaves the previous contract in place and says why.
 */
function watchSpecs(server: MockServer, adopt: (joined: JoinedDocument) => void): FSWatcher | undefined {
  const specsDir = path.join(repoRoot, 'specs');
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const reload = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const started = performance.now();
    try {
      const next = await bundleFromSpecs();
      const result = await server.reload(next.file);
      adopt(next);
      const changes = [
        result?.added.length ? `added ${result.added.join(', ')}` : '',
        result?.removed.length ? `removed ${result.removed.join(', ')}` : '',
      ].filter(Boolean);
      console.log(
        `cx-mock: specs/ changed; reloaded ${server.surface.operations.length} operations in ${((performance.now() - started) / 1000).toFixed(1)} s${
          changes.length ? ` (${changes.join('; ')})` : ''
        }; ${result?.keptState ? 'state kept' : 'state not kept'}.${
          result?.withoutBehaviour.length
            ? ` Without sandbox behaviour (they answer their documented examples): ${result.withoutBehaviour.join(', ')}.`
            : ''
        }`,
      );
    } catch (error) {
      console.error(
        `cx-mock: specs/ changed but could not be served: ${(error as Error).message.split('\n')[0]}; still serving the previous contract.`,
      );
    } finally {
      running = false;
      if (again) {
        again = false;
        void reload();
      }
    }
  };
  try {
    const watcher = watch(specsDir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), 300);
    });
    watcher.on('error', () => watcher.close());
    return watcher;
  } catch (error) {
    console.error(`cx-mock: cannot watch specs/ (${(error as Error).message}); hot reload is off.`);
    return undefined;
  }
}

/** A flag in seconds (decimals allowed, e.g. 0.5 in tests) as milliseconds; the value is not a secret, so it is shown. */
function seconds(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+(\.\d+)?$/.test(text) || value <= 0 || value > 86_400)
    throw new Error(`${flag} must be a number of seconds above 0 and at most 86400, got '${text}'.`);
  return Math.round(value * 1000);
}

function count(flag: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < 1 || !Number.isSafeInteger(value))
    throw new Error(`${flag} must be a whole number of at least 1, got '${text}'.`);
  return value;
}

async function printBanner(
  server: MockServer,
  source: string,
  elapsed: number,
  host: string,
  notes: string[],
): Promise<void> {
  const groups = surfaceGroups(server.surface);
  const lines = [
    `cx-mock: ${server.sandbox ? 'stateful sandbox' : 'Prism mock'} of ${server.surface.operations.length} operations from ${source}, ready in ${(elapsed / 1000).toFixed(1)} s`,
    ...notes,
    `Base URL: ${server.url}`,
  ];
  if (host === '0.0.0.0')
    lines.push('Listening on every interface (meant for a container; use 127.0.0.1 on a workstation).');
  lines.push('', 'One request per surface:');
  for (const group of groups) {
    // The shortest of the group's example requests: something a person reads at a glance.
    const curls = await Promise.all(
      group.operations.map(async (operation) => {
        const request = await exampleRequest(server.surface, operation);
        return toCurl({ ...request, url: server.url + request.path });
      }),
    );
    const shortest = curls.reduce((best, curl) => (curl.length < best.length ? curl : best));
    lines.push(`  # ${group.name}`, `  ${shortest}`);
  }
  lines.push(
    '',
    "Other documented answers: -H 'Prefer: code=<status>, example=<name>' (or ?__code=…&__example=…); names: npm run examples -w @cx-contracts/mock",
    'A request that breaks the contract gets 422 with a `violations` list. Ctrl-C stops.',
  );
  if (server.sandbox)
    lines.push(
      `Sandbox: state per namespace (the credential, or the ${server.sandbox.config.namespaceHeader} header); control API: curl ${server.url}/__sandbox/`,
    );
  console.log(lines.join('\n'));
}
