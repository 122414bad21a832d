/**
 * cx-contract-diff: compare every surface of redocly.yaml at a git ref with the working tree (or two files) and
 * print the report. Exit codes: 0 no client-breaking change (or acknowledged), 1 unacknowledged client-breaking
 * change, 2 could not run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { compareFiles } from './compare-files.js';
import { compareWithRef } from './compare-with-ref.js';
import { CouldNotRunError, UsageError } from '@cx-contracts/openapi-runtime';
import { renderJson, summarizeReport } from './report-json.js';
import { renderMarkdown } from './report-markdown.js';
import { UnresolvableRefError } from './resolve-refs.js';

export const USAGE = `Usage:
  cx-contract-diff --base <git-ref> [--surface <name>]... [--format markdown|json] [--output <file>]
                   [--approvals github] [--acknowledge-breaking]
  cx-contract-diff --base-file <a.yaml> --head-file <b.yaml> [--surface <name>] [--format markdown|json] [--output <file>]

Compares each API of redocly.yaml (apis: → root) at the merge base of <git-ref> and HEAD (as a pull request does)
with the working tree, or two files. Only surfaces whose files changed are bundled.
Exit codes: 0 no change breaks clients (or approved), 1 a change breaks clients without approval, or without a
major info.version bump and changelog entry, 2 could not run.
--approvals github: the break set counts as approved when a code owner of each broken surface approved the pull
request with a review quoting "approve-breaking <hash>" (the hash is in the report). --acknowledge-breaking: for
local runs only.`;

export interface CliIo {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

interface Options {
  base?: string;
  baseFile?: string;
  headFile?: string;
  format: 'markdown' | 'json';
  output?: string;
  surfaces: string[];
  acknowledged: boolean;
  approvals?: 'github';
}

function parseOptions(argv: string[]): Options | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        base: { type: 'string' },
        'base-file': { type: 'string' },
        'head-file': { type: 'string' },
        format: { type: 'string', default: 'markdown' },
        output: { type: 'string' },
        approvals: { type: 'string' },
        surface: { type: 'string', multiple: true, default: [] },
        'acknowledge-breaking': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const format = values.format;
  if (format !== 'markdown' && format !== 'json')
    throw new UsageError(`--format must be markdown or json, not '${format}'`);
  const fileMode = values['base-file'] !== undefined || values['head-file'] !== undefined;
  if (fileMode && values.base !== undefined)
    throw new UsageError('pass either --base <git-ref> or --base-file/--head-file, not both');
  if (fileMode && (values['base-file'] === undefined || values['head-file'] === undefined)) {
    throw new UsageError('--base-file and --head-file go together: pass both');
  }
  if (!fileMode && values.base === undefined)
    throw new UsageError('pass --base <git-ref> (for example --base origin/main), or --base-file and --head-file');
  if (values.base === '') throw new UsageError('--base needs a git ref (for example origin/main)');
  if (values.approvals !== undefined && values.approvals !== 'github')
    throw new UsageError(`--approvals takes github, not '${values.approvals}'`);
  if (values.approvals !== undefined && fileMode)
    throw new UsageError('--approvals github compares with a git ref: pass --base, not --base-file/--head-file');
  if (values.output === '') throw new UsageError('--output needs a file name');
  return {
    base: values.base,
    baseFile: values['base-file'],
    headFile: values['head-file'],
    format,
    ...(values.output === undefined ? {} : { output: values.output }),
    surfaces: values.surface,
    // A blanket acknowledgement is for a developer's own run; CI ties approval to the break set (--approvals).
    acknowledged: values['acknowledge-breaking'],
    ...(values.approvals === 'github' ? { approvals: 'github' as const } : {}),
  };
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const report =
      options.base !== undefined
        ? await compareWithRef({ ...options, base: options.base }, io.cwd, io.env)
        : await compareFiles(
            {
              baseFile: options.baseFile!,
              headFile: options.headFile!,
              acknowledged: options.acknowledged,
              ...(options.surfaces[0] === undefined ? {} : { surface: options.surfaces[0] }),
            },
            io.cwd,
          );
    const text = options.format === 'json' ? renderJson(report) : renderMarkdown(report);
    if (options.output !== undefined) {
      try {
        const target = resolve(io.cwd, options.output);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, text);
      } catch (error) {
        throw new CouldNotRunError(
          `cannot write --output ${options.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
    } else io.stdout(text);
    return summarizeReport(report).result === 'fail' ? 1 : 0;
  } catch (error) {
    if (error instanceof CouldNotRunError || error instanceof UnresolvableRefError) {
      io.stderr(`cx-contract-diff: ${error.message}\n${error instanceof UsageError ? `${USAGE}\n` : ''}`);
      return 2;
    }
    io.stderr(`cx-contract-diff: unexpected error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}
