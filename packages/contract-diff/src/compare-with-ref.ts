/**
 * `--base <git-ref>`: every surface of redocly.yaml at the merge base of the ref and HEAD against the working tree.
 * Surfaces whose files did not change are not bundled; changes carry where they are written; a client break gets the
 * release rule (versioning.ts), a break-set hash and, in a pull request, the code-owner approvals (approvals.ts).
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
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
import { CouldNotRunError } from '@cx-contracts/openapi-runtime';
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
import { assertOpenApi } from './load-document.js';
import { assertRedocly, bundleDocument } from './redocly-bundle.js';
import type { DiffReport, SurfaceReport } from './report-json.js';
import type { Change } from './types.js';
import { getByPointer } from './resolve-refs.js';
import { SpecFiles } from './spec-files.js';
import { type ApiEntry, readConfig } from './surfaces.js';
import { diffGeneratedTypes, type TypesDiff } from './types-diff.js';
import { versioningProblems } from './versioning.js';

export interface RefOptions {
  /** The git ref to compare with (its merge base with HEAD, as a pull request does). */
  base: string;
  /** Surfaces (redocly.yaml `apis:` names) to compare; empty for all. */
  surfaces: string[];
  /** A blanket acknowledgement of client breaks (a developer's own run). */
  acknowledged: boolean;
  /** `github`: a break counts as approved when the pull request's code owners approved its break-set hash. */
  approvals?: 'github';
}

type Env = Record<string, string | undefined>;

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

/** The report of `cx-contract-diff --base <ref>`, run from `cwd`; throws the runtime's CouldNotRunError. */
export async function compareWithRef(
  options: RefOptions,
  cwd: string = process.cwd(),
  env: Env = process.env,
): Promise<DiffReport> {
  const configDir = findConfigDir(cwd);
  const { root: repo, prefix } = await locateRepository(configDir);
  const tip = await resolveCommit(repo, options.base);
  const commit = await mergeBase(repo, options.base, tip);
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
  assertRedocly();
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
        assertOpenApi(await bundleDocument(headPath, `${name} in the working tree`), `${name} in the working tree`);
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
        bundleDocument(basePath, `${name} at ${options.base}`),
        bundleDocument(headPath, `${name} in the working tree`),
      ]);
      assertOpenApi(base, `${name} at ${options.base}`);
      assertOpenApi(head, `${name} in the working tree`);
      const changes = withSources(
        diffDocuments(base, head),
        head,
        headFiles,
        headPath,
        new SpecFiles(baseDir),
        basePath,
      );
      const report: SurfaceReport = { surface: name, status: 'compared', changes, ...(types ? { types } : {}) };
      if (changes.some((c) => c.breaks.clients)) {
        const problems = await releaseProblems(repo, commit, prefix, configDir, { base, head, baseRoot, headRoot });
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
      const gh = gitHubEnv(env, await readEvent(env.GITHUB_EVENT_PATH));
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

/** Each change with where it is written: in the working tree, or at the base (` (base)`) when it was removed there. */
function withSources(
  changes: Change[],
  head: Record<string, unknown>,
  headFiles: SpecFiles,
  headPath: string,
  baseFiles: SpecFiles,
  basePath: string,
): Change[] {
  return changes.map((change) => {
    const source =
      getByPointer(head, change.location) !== undefined
        ? headFiles.locate(headPath, change.location)
        : baseFiles.locate(basePath, change.location)?.concat(' (base)');
    return source ? { ...change, source } : change;
  });
}

/** What a client-breaking change to this surface still needs: a major info.version bump and a changelog entry. */
async function releaseProblems(
  repo: string,
  commit: string,
  prefix: string,
  configDir: string,
  sides: { base: Record<string, unknown>; head: Record<string, unknown>; baseRoot: string; headRoot: string },
): Promise<string[]> {
  const changelog = `${dirname(sides.headRoot)}/CHANGELOG.md`;
  const version = (doc: Record<string, unknown>): unknown => (doc.info as Record<string, unknown> | undefined)?.version;
  return versioningProblems({
    baseVersion: version(sides.base),
    headVersion: version(sides.head),
    changelogPath: changelog,
    changelogAtBase: await readAtCommit(repo, commit, `${prefix}${dirname(sides.baseRoot)}/CHANGELOG.md`),
    changelogNow: existsSync(join(configDir, changelog))
      ? await readFile(join(configDir, changelog), 'utf8')
      : undefined,
  });
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
