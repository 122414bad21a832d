import { checkHarCommand } from './check-har.js';
import { listChecksCommand } from './list-checks-command.js';
import { proxyCommand } from './proxy.js';
import { type CommandIo, type ProcessIo, runCommand } from './run-command.js';
import { CannotRunError } from '../run/runner.js';
import { EXIT_CANNOT_RUN, UsageError } from './exit-codes.js';
import { credentialArguments } from './options.js';
import { Redactor } from '../http/redactor.js';

const USAGE = `Usage: cx-conformance <command>

Commands
  run           check a deployment against the contract (cx-conformance run --help)
  check-har     check the traffic in a HAR file, sending nothing (cx-conformance check-har --help)
  proxy         validating reverse proxy in front of a deployment (cx-conformance proxy --help)
  list-checks   list every check and what it asks

Exit codes: 0 no errors, 1 errors found, 2 could not run or did not finish (the message says what to fix).`;

/** Entry point of the CLI (bin/cx-conformance.js is a thin shell over this). Returns the exit code. */
export async function main(rawIo: ProcessIo): Promise<number> {
  // One redactor per invocation, created here and passed down (the run feeds it the secrets the server hands out):
  // whatever goes wrong, nothing printed may show a credential given on the command line (issue 9 item 8).
  const redactor = new Redactor();
  for (const value of credentialArguments(rawIo.argv, rawIo.env)) redactor.addCredential(value);
  const io: CommandIo = {
    ...rawIo,
    redactor,
    stdout: (text) => rawIo.stdout(redactor.text(text)),
    stderr: (text) => rawIo.stderr(redactor.text(text)),
  };
  const [command, ...rest] = io.argv;
  try {
    switch (command) {
      case 'run':
        return await runCommand({ ...io, argv: rest });
      case 'check-har':
        return await checkHarCommand({ ...io, argv: rest });
      case 'proxy':
        return await proxyCommand({ ...io, argv: rest });
      case 'list-checks':
        return listChecksCommand(io.stdout);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? EXIT_CANNOT_RUN : 0;
      default:
        throw new UsageError(`unknown command '${command}'.`, 'use run, check-har, proxy or list-checks');
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof CannotRunError) {
      io.stderr(`cx-conformance: ${error.message}\n${error.hint ? `  fix: ${error.hint}\n` : ''}`);
      return EXIT_CANNOT_RUN;
    }
    throw error;
  }
}

/** Process wiring: real argv/env/streams, SIGINT/SIGTERM handlers, exit code. */
export async function runProcess(): Promise<void> {
  // `cx-conformance list-checks | head`: a closed pipe is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const code = await main({
    argv: process.argv.slice(2),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    onInterrupt(handler) {
      const onSigint = () => handler('SIGINT');
      const onSigterm = () => handler('SIGTERM');
      process.on('SIGINT', onSigint);
      process.on('SIGTERM', onSigterm);
      return () => {
        process.off('SIGINT', onSigint);
        process.off('SIGTERM', onSigterm);
      };
    },
  });
  process.exitCode = code;
}
