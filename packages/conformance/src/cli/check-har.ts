import { readFile } from 'node:fs/promises';
import { HarError, parseHar } from '../har/har-file.js';
import { UsageError } from './exit-codes.js';
import { parseCommandLine, printsHelp } from './options.js';
import * as passive from './passive-options.js';
import type { CommandIo } from './run-command.js';

export const CHECK_HAR_USAGE = `Usage: cx-conformance check-har <file.har> [options]

Checks every request/response pair of a HAR 1.2 file (Chrome, Firefox, Playwright recordHar, mitmproxy, Charles)
against the contract, sending nothing: the request against its operation, the response with every check that applies
to a single exchange. Entries for other hosts or unknown paths are counted and listed, not failed.

${passive.PASSIVE_USAGE}
  --verbose                a line for every checked entry (default: only entries with errors)

Exit codes: 0 no errors, 1 errors found, 2 could not run (unreadable HAR, bad arguments, nothing checked).`;

/** `cx-conformance check-har FILE …` */
export async function checkHarCommand(io: CommandIo): Promise<number> {
  if (printsHelp(io, CHECK_HAR_USAGE)) return 0;
  const parsed = parseCommandLine(
    io.argv,
    { ...passive.PASSIVE_OPTION_SPEC, verbose: { type: 'boolean' } },
    'cx-conformance check-har --help',
    true,
  );
  if (parsed.positionals.length !== 1)
    throw new UsageError('check-har takes exactly one HAR file.', 'cx-conformance check-har recording.har');
  const file = parsed.positionals[0]!;
  const options = passive.parsePassiveOptions(parsed.values, io.env);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
  }
  let har;
  try {
    har = parseHar(text);
  } catch (error) {
    if (error instanceof HarError) throw new UsageError(`${file} is not a usable HAR file: ${error.message}.`);
    throw error;
  }
  const { reporter, session } = await passive.openSession(io, options, 'har', file);
  io.stdout(
    `cx-conformance check-har ${file} · ${har.entries.length} entries from ${har.creator} · ${options.surfaces.join(', ')}\n`,
  );
  for (const entry of har.entries) {
    const result = await session.check(entry);
    if (result.checked && (parsed.values.verbose || result.step.errors > 0))
      reporter.step(result.step, result.findings);
  }
  return passive.finishPassive(io, session.report({ file, creator: har.creator }), options);
}
