/**
 * cx-contract-diff: compare every surface of redocly.yaml at a git ref with the working tree (or two files) and
 * print the report. Exit codes: 0 no client-breaking change (or acknowledged), 1 unacknowledged client-breaking
 * change, 2 could not run.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  type ApprovalCheck,
  breakHash,
  checkApprovals,
  fetchReviews,
  gitHubEnv,
  parseCodeowners,
  teamMembership,
} from './approvals.js';
import { classifyFixed } from './change-kinds.js';
import { CouldNotRunError } from './could-not-run-error.js';
import { diffDocuments } from './diff.js';
import {
  existsAtCommit,
  extractAtCommit,
  locateRepository,
  mergeBase,
  readAtCommit,
  resolveCommit,
  sameAtCommit,
} from './git-base.js';
import { assertOpenApi, loadDocumentFile } from './load-document.js';
import { bundleDocument, findRedocly } from './redocly-bundle.js';
import { renderJson, summarizeReport, type DiffReport, type SurfaceReport } from './report-json.js';
import { renderMarkdown } from './report-markdown.js';
import { getByPointer, UnresolvableRefError } from './resolve-refs.js';
import { SpecFiles } from './spec-files.js';
import { type ApiEntry, readConfig } from './surfaces.js';
import { diffGeneratedTypes, type TypesDiff } from './types-diff.js';
import { versioningProblems } from './versioning.js';

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
  if (values.approvals !== undefined && values.approvals !== 'github')
    throw new CouldNotRunError(`--approvals takes github, not '${values.approvals}'`);
  if (values.approvals !== undefined && fileMode)
    throw new CouldNotRunError('--approvals github compares with a git ref: pass --base, not --base-file/--head-file');
  if (values.output === '') throw new CouldNotRunError('--output needs a file name');
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

async function compareWithRef(options: Options, io: CliIo): Promise<DiffReport> {
  const configDir = findConfigDir(io.cwd);
  const { root: repo, prefix } = await locateRepository(configDir);
  const tip = await resolveCommit(repo, options.base!);
  const commit = await mergeBase(repo, options.base!, tip);
  const headConfig = readConfig(await readFile(join(configDir, 'redocly.yaml'), 'utf8'), 'redocly.yaml');
  const baseText = await readAtCommit(repo, commit, `${prefix}redocly.yaml`);
  const baseConfig =
    baseText === undefined ? new Map<string, ApiEntry>() : readConfig(baseText, `redocly.yaml at ${options.base}`);

  const names = [...new Set([...headConfig.keys(), ...baseConfig.keys()])];
  const unknown = options.surfaces.filter((s) => !names.includes(s));
  if (unknown.length)
    throw new CouldNotRunError(
      `unknown surface ${unknown.join(', ')}; redocly.yaml lists: ${names.join(', ') || 'none'}`,
    );
  const selected = options.surfaces.length ? names.filter((n) => options.surfaces.includes(n)) : names;

  // Which surfaces existed at the base: listed in its redocly.yaml, with the root file present at that commit.
  const baseRoots = new Map<string, string>();
  for (const name of selected) {
    const root = baseConfig.get(name)?.root;
    if (root !== undefined && (await existsAtCommit(repo, commit, `${prefix}${root}`))) baseRoots.set(name, root);
  }

  const headFiles = new SpecFiles(repo);
  const redocly = findRedocly(configDir);
  const work = await mkdtemp(join(tmpdir(), 'cx-contract-diff-'));
  try {
    let extracted = false;
    const baseDir = join(work, 'base');
    const extractBase = async (): Promise<void> => {
      if (extracted) return;
      extracted = true;
      // Extract the top-level folders the roots live in (specs/ holds shared components too), not the whole tree.
      const tops = [...new Set([...baseRoots.values()].map((root) => root.split('/')[0]))];
      const paths = tops.includes('..') ? [prefix || '.'] : tops.map((top) => `${prefix}${top}`);
      await mkdir(baseDir, { recursive: true });
      await extractAtCommit(repo, commit, paths, baseDir);
    };
    const surfaces: SurfaceReport[] = [];
    for (const name of selected) {
      const headRoot = headConfig.get(name)?.root;
      const baseRoot = baseRoots.get(name);
      if (headRoot === undefined) {
        const rule = classifyFixed('surface-removed');
        const location = `/apis/${name}`;
        const message = `surface ${name} (${baseConfig.get(name)?.root}) is no longer listed in redocly.yaml`;
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
      if (baseRoot === undefined) {
        assertOpenApi(
          await bundleDocument(redocly, headPath, `${name} in the working tree`),
          `${name} in the working tree`,
        );
        surfaces.push({ surface: name, status: 'new', changes: [] });
        continue;
      }
      const types = await typesOf(repo, commit, prefix, baseConfig.get(name), headConfig.get(name)!);
      const reached = [...headFiles.reachable(headPath)].map((file) => relative(repo, file));
      if (baseRoot === headRoot && (await sameAtCommit(repo, commit, reached))) {
        surfaces.push({ surface: name, status: 'unchanged', changes: [], ...(types ? { types } : {}) });
        continue;
      }
      await extractBase();
      const basePath = join(baseDir, prefix, baseRoot);
      const [base, head] = await Promise.all([
        bundleDocument(redocly, basePath, `${name} at ${options.base}`),
        bundleDocument(redocly, headPath, `${name} in the working tree`),
      ]);
      assertOpenApi(base, `${name} at ${options.base}`);
      assertOpenApi(head, `${name} in the working tree`);
      const baseFiles = new SpecFiles(baseDir);
      const changes = diffDocuments(base, head).map((change) => {
        const inHead = getByPointer(head, change.location) !== undefined;
        const source = inHead
          ? headFiles.locate(headPath, change.location)
          : baseFiles.locate(basePath, change.location)?.concat(' (base)');
        return source ? { ...change, source } : change;
      });
      const report: SurfaceReport = { surface: name, status: 'compared', changes, ...(types ? { types } : {}) };
      if (changes.some((c) => c.breaks.clients)) {
        const changelog = `${dirname(headRoot)}/CHANGELOG.md`;
        const problems = versioningProblems({
          baseVersion: (base.info as Record<string, unknown> | undefined)?.version,
          headVersion: (head.info as Record<string, unknown> | undefined)?.version,
          changelogPath: changelog,
          changelogAtBase: await readAtCommit(repo, commit, `${prefix}${dirname(baseRoot)}/CHANGELOG.md`),
          changelogNow: existsSync(join(configDir, changelog))
            ? await readFile(join(configDir, changelog), 'utf8')
            : undefined,
        });
        if (problems.length) report.versioning = problems;
      }
      surfaces.push(report);
    }
    const rows = surfaces.flatMap((s) => s.changes.map((change) => ({ surface: s.surface, change })));
    const broken = surfaces.filter((s) => s.changes.some((c) => c.breaks.clients));
    const hash = broken.length ? breakHash(rows) : undefined;
    let approval: ApprovalCheck | undefined;
    if (hash && options.approvals === 'github') {
      const owners = parseCodeowners((await readCodeowners(repo, commit)) ?? '');
      const gh = gitHubEnv(io.env, await readEvent(io.env.GITHUB_EVENT_PATH));
      const targets = broken.map((s) => ({
        surface: s.surface,
        path: `${prefix}${headConfig.get(s.surface)?.root ?? baseConfig.get(s.surface)?.root}`,
      }));
      approval = await checkApprovals(hash, targets, owners, await fetchReviews(gh), teamMembership(gh));
    }
    return {
      base: tip === commit ? options.base : `${options.base} (merge base ${commit.slice(0, 7)})`,
      head: 'working tree',
      surfaces,
      acknowledged: options.acknowledged || approval?.approved === true,
      ...(hash ? { breakHash: hash } : {}),
      ...(approval ? { approval } : {}),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** GitHub reads CODEOWNERS from .github/, the root or docs/ (first found). Read at the base: a PR cannot add owners. */
async function readCodeowners(repo: string, commit: string): Promise<string | undefined> {
  for (const path of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) {
    const text = await readAtCommit(repo, commit, path);
    if (text !== undefined) return text;
  }
  return undefined;
}

async function readEvent(path: string | undefined): Promise<unknown> {
  if (!path) return undefined;
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The generated types at the base and now, when redocly.yaml names them (`x-openapi-ts.output`). */
async function typesOf(
  repo: string,
  commit: string,
  prefix: string,
  base: ApiEntry | undefined,
  head: ApiEntry,
): Promise<TypesDiff | undefined> {
  if (!head.types) return undefined;
  const now = existsSync(join(repo, prefix, head.types))
    ? await readFile(join(repo, prefix, head.types), 'utf8')
    : undefined;
  const was = base?.types ? await readAtCommit(repo, commit, `${prefix}${base.types}`) : undefined;
  return diffGeneratedTypes(head.types, was, now);
}

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  try {
    const options = parseOptions(argv);
    if (options === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const report = options.base !== undefined ? await compareWithRef(options, io) : await compareFiles(options, io.cwd);
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
      io.stderr(
        `cx-contract-diff: ${error.message}\n${error instanceof CouldNotRunError && /^(pass|--|Unknown option|Option)/.test(error.message) ? `${USAGE}\n` : ''}`,
      );
      return 2;
    }
    io.stderr(`cx-contract-diff: unexpected error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }
}
