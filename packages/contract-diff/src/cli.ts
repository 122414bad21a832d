/**
 * cx-contract-diff: compare every surface of redocly.yaml at a git ref with the working tree (or two files) and
 * print the report. Exit codes: 0 no client-breaking change (or acknowledged), 1 unacknowledged client-breaking
 * change, 2 could not run.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { classifyFixed } from './change-kinds.js';
import { CouldNotRunError } from './could-not-run-error.js';
import { diffDocuments } from './diff.js';
import { existsAtCommit, extractAtCommit, locateRepository, readAtCommit, resolveCommit } from './git-base.js';
import { assertOpenApi, loadDocumentFile } from './load-document.js';
import { bundleDocument, findRedocly } from './redocly-bundle.js';
import { renderJson, summarize, type DiffReport, type SurfaceReport } from './report-json.js';
import { renderMarkdown } from './report-markdown.js';
import { UnresolvableRefError } from './resolve-refs.js';
import { readApis } from './surfaces.js';

export const USAGE = `Usage:
  cx-contract-diff --base <git-ref> [--surface <name>]... [--format markdown|json] [--acknowledge-breaking]
  cx-contract-diff --base-file <a.yaml> --head-file <b.yaml> [--surface <name>] [--format markdown|json] [--acknowledge-breaking]

Compares each API of redocly.yaml (apis: → root) at <git-ref> with the working tree, or two files.
Exit codes: 0 no change breaks clients (or acknowledged), 1 a change breaks clients, 2 could not run.
Acknowledge an intended break with --acknowledge-breaking or CX_BREAKING_CHANGE_ACK=1
(CI sets it when the pull request has the breaking-change-approved label).`;

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
  surfaces: string[];
  acknowledged: boolean;
}

function parseOptions(argv: string[], env: CliIo['env']): Options | 'help' {
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
        surface: { type: 'string', multiple: true, default: [] },
        'acknowledge-breaking': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new CouldNotRunError((error as Error).message);
  }
  if (values.help) return 'help';
  const format = values.format;
  if (format !== 'markdown' && format !== 'json')
    throw new CouldNotRunError(`--format must be markdown or json, not '${format}'`);
  const fileMode = values['base-file'] !== undefined || values['head-file'] !== undefined;
  if (fileMode && values.base !== undefined)
    throw new CouldNotRunError('pass either --base <git-ref> or --base-file/--head-file, not both');
  if (fileMode && (values['base-file'] === undefined || values['head-file'] === undefined)) {
    throw new CouldNotRunError('--base-file and --head-file go together: pass both');
  }
  if (!fileMode && values.base === undefined)
    throw new CouldNotRunError(
      'pass --base <git-ref> (for example --base origin/main), or --base-file and --head-file',
    );
  if (values.base === '') throw new CouldNotRunError('--base needs a git ref (for example origin/main)');
  return {
    base: values.base,
    baseFile: values['base-file'],
    headFile: values['head-file'],
    format,
    surfaces: values.surface,
    // The CI workflow sets CX_BREAKING_CHANGE_ACK=1 when the pull request carries the breaking-change-approved label.
    acknowledged: values['acknowledge-breaking'] || /^(1|true|yes)$/i.test(env.CX_BREAKING_CHANGE_ACK ?? ''),
  };
}

async function compareFiles(options: Options, cwd: string): Promise<DiffReport> {
  const baseFile = resolve(cwd, options.baseFile!);
  const headFile = resolve(cwd, options.headFile!);
  const [baseDoc, headDoc] = await Promise.all([
    loadDocumentFile(baseFile, 'base file'),
    loadDocumentFile(headFile, 'head file'),
  ]);
  const head = relative(cwd, headFile) || headFile;
  return {
    base: relative(cwd, baseFile) || baseFile,
    head,
    surfaces: [{ surface: options.surfaces[0] ?? head, status: 'compared', changes: diffDocuments(baseDoc, headDoc) }],
    acknowledged: options.acknowledged,
  };
}

/** Nearest redocly.yaml at or above `dir`. */
function findConfigDir(dir: string): string {
  for (let current = resolve(dir); ; current = dirname(current)) {
    if (existsSync(join(current, 'redocly.yaml'))) return current;
    if (dirname(current) === current) {
      throw new CouldNotRunError(
        `no redocly.yaml at or above ${dir}; run from the repository, or compare files with --base-file/--head-file`,
      );
    }
  }
}

async function compareWithRef(options: Options, cwd: string): Promise<DiffReport> {
  const configDir = findConfigDir(cwd);
  const { root: repo, prefix } = await locateRepository(configDir);
  const commit = await resolveCommit(repo, options.base!);
  const headApis = readApis(await readFile(join(configDir, 'redocly.yaml'), 'utf8'), 'redocly.yaml');
  const baseConfig = await readAtCommit(repo, commit, `${prefix}redocly.yaml`);
  const baseApis =
    baseConfig === undefined ? new Map<string, string>() : readApis(baseConfig, `redocly.yaml at ${options.base}`);

  const names = [...new Set([...headApis.keys(), ...baseApis.keys()])];
  const unknown = options.surfaces.filter((s) => !names.includes(s));
  if (unknown.length)
    throw new CouldNotRunError(
      `unknown surface ${unknown.join(', ')}; redocly.yaml lists: ${names.join(', ') || 'none'}`,
    );
  const selected = options.surfaces.length ? names.filter((n) => options.surfaces.includes(n)) : names;

  // Which surfaces existed at the base: listed in its redocly.yaml, with the root file present at that commit.
  const baseRoots = new Map<string, string>();
  for (const name of selected) {
    const root = baseApis.get(name);
    if (root !== undefined && (await existsAtCommit(repo, commit, `${prefix}${root}`))) baseRoots.set(name, root);
  }

  const redocly = findRedocly(configDir);
  const work = await mkdtemp(join(tmpdir(), 'cx-contract-diff-'));
  try {
    if (baseRoots.size > 0) {
      // Extract the top-level folders the roots live in (specs/ holds shared components too), not the whole tree.
      const tops = [...new Set([...baseRoots.values()].map((root) => root.split('/')[0]))];
      const paths = tops.includes('..') ? [prefix || '.'] : tops.map((top) => `${prefix}${top}`);
      await mkdir(join(work, 'base'), { recursive: true });
      await extractAtCommit(repo, commit, paths, join(work, 'base'));
    }
    const surfaces: SurfaceReport[] = [];
    for (const name of selected) {
      const headRoot = headApis.get(name);
      const baseRoot = baseRoots.get(name);
      if (headRoot === undefined) {
        const rule = classifyFixed('surface-removed');
        const location = `/apis/${name}`;
        const message = `surface ${name} (${baseApis.get(name)}) is no longer listed in redocly.yaml`;
        surfaces.push({
          surface: name,
          status: 'removed',
          changes: [
            { kind: 'surface-removed', location, message, breaks: { ...rule.breaks }, severity: rule.severity },
          ],
        });
        continue;
      }
      const headPath = join(configDir, headRoot);
      if (!existsSync(headPath))
        throw new CouldNotRunError(`redocly.yaml lists ${name} at ${headRoot}, but that file does not exist`);
      const headDoc = bundleDocument(redocly, headPath, `${name} in the working tree`);
      if (baseRoot === undefined) {
        assertOpenApi(await headDoc, `${name} in the working tree`);
        surfaces.push({ surface: name, status: 'new', changes: [] });
        continue;
      }
      const baseDoc = bundleDocument(redocly, join(work, 'base', prefix, baseRoot), `${name} at ${options.base}`);
      const [base, head] = await Promise.all([baseDoc, headDoc]);
      assertOpenApi(base, `${name} at ${options.base}`);
      assertOpenApi(head, `${name} in the working tree`);
      surfaces.push({ surface: name, status: 'compared', changes: diffDocuments(base, head) });
    }
    return { base: options.base, head: 'working tree', surfaces, acknowledged: options.acknowledged };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const options = parseOptions(argv, io.env);
    if (options === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const report =
      options.base !== undefined ? await compareWithRef(options, io.cwd) : await compareFiles(options, io.cwd);
    io.stdout(options.format === 'json' ? renderJson(report) : renderMarkdown(report));
    const summary = summarize(
      report.surfaces.flatMap((s) => s.changes),
      report.acknowledged,
    );
    return summary.result === 'fail' ? 1 : 0;
  } catch (error) {
    if (error instanceof CouldNotRunError || error instanceof UnresolvableRefError) {
      io.stderr(
        `cx-contract-diff: ${error.message}\n${error instanceof CouldNotRunError && /^(pass|--|Unknown option|Option)/.test(error.message) ? `${USAGE}\n` : ''}`,
      );
      return 2;
    }
    io.stderr(`cx-contract-diff: unexpected error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}
