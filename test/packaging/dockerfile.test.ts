// apps/mock/Dockerfile cannot be built here (no Docker daemon: toolchain-notes, "Docker"); CI builds it and probes
// the container (scripts/docker-smoke.sh). What can be checked without a daemon is checked here: every npm command
// it runs is `npm ci` or a script that exists, the manifests layer lists every workspace before any source is
// copied, and the runtime stage has production dependencies only, a non-root user, a HEALTHCHECK and the /data volume.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
const rootManifest = readJson('package.json');

/** Workspace directory → manifest, for every workspace the root package.json declares. */
const workspaces = new Map<string, { name: string; scripts?: Record<string, string> }>();
for (const pattern of rootManifest.workspaces as string[]) {
  const parent = pattern.replace(/\/\*$/, '');
  for (const entry of readdirSync(path.join(repoRoot, parent), { withFileTypes: true }))
    if (entry.isDirectory())
      workspaces.set(`${parent}/${entry.name}`, readJson(`${parent}/${entry.name}/package.json`));
}

interface Instruction {
  keyword: string;
  args: string;
  stage: string;
  line: number;
}

/** Dockerfile instructions with continuation lines joined and comments dropped, each tagged with its stage. */
export function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let stage = '';
  let pending = '';
  let startLine = 0;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (!pending) startLine = index + 1;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      return;
    }
    const full = pending + line;
    pending = '';
    const [, keyword, args] = /^(\S+)\s*(.*)$/.exec(full) ?? [];
    if (keyword.toUpperCase() === 'FROM') stage = /\bAS\s+(\S+)/i.exec(args)?.[1] ?? args;
    instructions.push({ keyword: keyword.toUpperCase(), args, stage, line: startLine });
  });
  return instructions;
}

/** Why an npm command is not allowed, or undefined: `npm ci …` or `npm run <script> [--workspace <name>]`. */
export function npmProblem(command: string): string | undefined {
  const words = command.trim().split(/\s+/);
  if (words[0] !== 'npm') return undefined;
  if (words[1] === 'ci' || (words[1] === 'cache' && words[2] === 'clean')) return undefined;
  if (words[1] !== 'run') return `\`${command}\` is neither npm ci nor npm run <script>`;
  const script = words[2];
  const workspaceFlag = words.findIndex((word) => word === '--workspace' || word === '-w');
  if (workspaceFlag === -1)
    return rootManifest.scripts?.[script]
      ? undefined
      : `\`${command}\`: the root package.json has no "${script}" script`;
  const name = words[workspaceFlag + 1];
  const workspace = [...workspaces.values()].find((manifest) => manifest.name === name);
  if (!workspace) return `\`${command}\`: no workspace is named ${name}`;
  return workspace.scripts?.[script] ? undefined : `\`${command}\`: ${name} has no "${script}" script`;
}

const dockerfile = readFileSync(path.join(repoRoot, 'apps', 'mock', 'Dockerfile'), 'utf8');
const instructions = parseDockerfile(dockerfile);
const runtime = instructions.filter((instruction) => instruction.stage === 'runtime');

describe('npmProblem', () => {
  it.each([
    ['npm ci --omit=dev --workspace @cx-contracts/mock', undefined],
    ['npm run bundle:specs', undefined],
    ['npm run build:entry --workspace @cx-contracts/mock', undefined],
    ['npm run no-such-script', '`npm run no-such-script`: the root package.json has no "no-such-script" script'],
    ['npm run build:entry', '`npm run build:entry`: the root package.json has no "build:entry" script'],
    [
      'npm run nope --workspace @cx-contracts/mock',
      '`npm run nope --workspace @cx-contracts/mock`: @cx-contracts/mock has no "nope" script',
    ],
    ['npm install left-pad', '`npm install left-pad` is neither npm ci nor npm run <script>'],
  ])('%s → %s', (command, want) => {
    expect(npmProblem(command)).toBe(want);
  });
});

describe('apps/mock/Dockerfile', () => {
  it('runs only npm ci and npm scripts that exist', () => {
    const commands = instructions
      .filter((instruction) => instruction.keyword === 'RUN')
      .flatMap((instruction) => instruction.args.split(/&&|;/).map((command) => [instruction.line, command.trim()]));
    expect(commands.some(([, command]) => String(command).startsWith('npm run'))).toBe(true);
    const problems = commands
      .map(([line, command]) => [line, npmProblem(String(command))])
      .filter(([, problem]) => problem !== undefined)
      .map(([line, problem]) => `line ${line}: ${problem}`);
    expect(problems).toEqual([]);
  });

  it('copies every workspace manifest and the lockfile before any source, and installs before the sources', () => {
    const firstSource = instructions.findIndex(
      (instruction) => instruction.keyword === 'COPY' && !/package(-lock)?\.json/.test(instruction.args),
    );
    const manifests = instructions
      .slice(0, firstSource)
      .filter((instruction) => instruction.keyword === 'COPY')
      .map((instruction) => instruction.args);
    expect(manifests[0]).toBe('package.json package-lock.json ./');
    const copied = manifests.slice(1).map((args) => args.split(/\s+/)[0]);
    expect(copied.sort()).toEqual([...workspaces.keys()].map((dir) => `${dir}/package.json`).sort());
    const install = instructions.findIndex((instruction) => /^npm ci\b/.test(instruction.args));
    const sources = instructions.findIndex(
      (instruction) => instruction.keyword === 'COPY' && instruction.args === '. .',
    );
    expect(install).toBeGreaterThan(-1);
    expect(install).toBeLessThan(sources);
  });

  it('ships production dependencies only, the prebuilt entry and the bundle, as a non-root user', () => {
    const install = runtime.find((instruction) => /^npm ci\b/.test(instruction.args));
    expect(install?.args).toMatch(/--omit=dev/);
    expect(runtime.some((instruction) => instruction.keyword === 'COPY' && instruction.args === '. .')).toBe(false);
    const user = runtime.filter((instruction) => instruction.keyword === 'USER').at(-1);
    expect(user?.args).not.toMatch(/^(root|0)(:|$)/);
    const cmd = runtime.find((instruction) => instruction.keyword === 'CMD');
    expect(JSON.parse(cmd!.args)).toEqual(['node', 'apps/mock/entry/cx-mock.js', '--spec', 'build/specs/all.yaml']);
    // What CMD runs is built in the build stage, by the scripts the first test checks.
    const built = instructions.filter((instruction) => instruction.stage === 'build' && instruction.keyword === 'RUN');
    expect(built.map((instruction) => instruction.args).join(' ')).toMatch(
      /npm run bundle:specs .*npm run build:entry/,
    );
  });

  it('declares a HEALTHCHECK, the /data volume, and honours PORT and HOST', () => {
    expect(runtime.find((instruction) => instruction.keyword === 'HEALTHCHECK')?.args).toMatch(/process\.env\.PORT/);
    expect(runtime.find((instruction) => instruction.keyword === 'VOLUME')?.args).toBe('/data');
    const env = runtime.find((instruction) => instruction.keyword === 'ENV')?.args ?? '';
    expect(env).toMatch(/\bHOST=0\.0\.0\.0\b/);
    expect(env).toMatch(/\bPORT=4010\b/);
  });
});
