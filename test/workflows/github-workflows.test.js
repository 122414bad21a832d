// The workflows stay thin: every `run:` step calls a root npm script (or `npm ci`, or a script in scripts/), so what CI
// does is what a developer runs and what the tests exercise. Also the contract each workflow states at its top.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const workflowsDir = path.join(repoRoot, '.github', 'workflows');
const rootScripts = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts;
const workflowFiles = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));
const read = (name) => readFileSync(path.join(workflowsDir, name), 'utf8');
const steps = (workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps);

/**
 * The commands of a `run:` block: one per line (backslash continuations joined), comments and blanks dropped.
 * @param {string} script
 */
export function commandsOf(script) {
  return script
    .replace(/\s*\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/**
 * Why a command is not allowed in a workflow, or undefined when it is.
 * @param {string} command @param {Record<string, string>} scripts root package.json scripts
 */
export function problemWith(command, scripts) {
  if (/^npm (ci|test)(\s|$)/.test(command)) return undefined;
  const npmRun = /^npm run(?: --silent| -s)? ([\w:.-]+)(\s|$)/.exec(command);
  if (npmRun)
    return scripts[npmRun[1]]
      ? undefined
      : `calls \`npm run ${npmRun[1]}\`, which the root package.json does not define`;
  const bash = /^bash (scripts\/[\w./-]+)(\s|$)/.exec(command);
  if (bash) return existsSync(path.join(repoRoot, bash[1])) ? undefined : `runs ${bash[1]}, which does not exist`;
  return 'is not `npm ci`, `npm test`, `npm run <root script>` or `bash scripts/<file>`';
}

describe('command rule', () => {
  it.each([
    ['npm ci', undefined],
    ['npm test', undefined],
    ['npm run lint', undefined],
    ['npm run --silent lint -- --format json > out.json', undefined],
    ['bash scripts/ensure-chromium.sh', undefined],
    ['npm run no-such-script', 'calls `npm run no-such-script`, which the root package.json does not define'],
    ['bash scripts/missing.sh', 'runs scripts/missing.sh, which does not exist'],
    ['npx redocly lint', 'is not `npm ci`, `npm test`, `npm run <root script>` or `bash scripts/<file>`'],
    ['echo "$CX_API_KEY"', 'is not `npm ci`, `npm test`, `npm run <root script>` or `bash scripts/<file>`'],
  ])('%s → %s', (command, want) => {
    expect(problemWith(command, { lint: 'redocly lint' })).toBe(want);
  });

  it('joins continuation lines and drops comments', () => {
    expect(commandsOf('# install\nnpm ci\nnpm run lint \\\n  -- --format json\n')).toEqual([
      'npm ci',
      'npm run lint -- --format json',
    ]);
  });
});

describe.each(workflowFiles)('.github/workflows/%s', (file) => {
  const text = read(file);
  const workflow = parse(text);

  it('runs only root npm scripts (or npm ci / bash scripts/...)', () => {
    const problems = steps(workflow)
      .filter((step) => step.run !== undefined)
      .flatMap((step) => commandsOf(step.run).map((command) => [step.name ?? '(unnamed step)', command]))
      .map(([name, command]) => [name, command, problemWith(command, rootScripts)])
      .filter(([, , problem]) => problem !== undefined)
      .map(([name, command, problem]) => `step "${name}": \`${command}\` ${problem}`);
    expect(problems).toEqual([]);
  });

  it('pins every action to a commit SHA with its version in a comment', () => {
    const uses = text.split('\n').filter((line) => /^\s*(-\s+)?uses:/.test(line));
    expect(uses.length).toBeGreaterThan(0);
    for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*$/);
  });

  it('states its contract in a comment at the top', () => {
    expect(text.startsWith('# Contract:')).toBe(true);
  });

  it('names every run step as what it verifies or does', () => {
    for (const step of steps(workflow).filter((s) => s.run !== undefined))
      expect(step.name, step.run).toMatch(/^[A-Z]/);
  });
});

describe('contract-review.yml', () => {
  const workflow = parse(read('contract-review.yml'));
  const review = workflow.jobs.review;
  const comment = workflow.jobs.comment;
  const runs = review.steps.filter((step) => step.run).map((step) => step.run);

  it('runs on every pull request (no paths filter, so it can be a required check) and again on reviews', () => {
    expect(workflow.on.pull_request.paths).toBeUndefined();
    expect(workflow.on.pull_request['paths-ignore']).toBeUndefined();
    expect(workflow.on.pull_request.types).toEqual(expect.arrayContaining(['opened', 'synchronize', 'reopened']));
    expect(workflow.on.pull_request_review.types).toEqual(expect.arrayContaining(['submitted', 'dismissed']));
  });

  it('decides before installing whether the contract changed, and skips the heavy steps when it did not', () => {
    const [checkout, changed] = review.steps;
    expect(checkout.uses).toMatch(/^actions\/checkout@/);
    expect(checkout.with['fetch-depth']).toBe(0);
    expect(changed.run).toBe('npm run --silent review:changed -- "origin/$BASE_REF" >> "$GITHUB_OUTPUT"');
    const install = review.steps.find((step) => step.run === 'npm ci');
    expect(install.if).toContain("steps.changed.outputs.changed == 'true'");
    for (const step of review.steps.slice(review.steps.indexOf(install) + 1))
      expect(step.if, step.name ?? step.uses).toContain("steps.install.outcome == 'success'");
  });

  it('lints with inline annotations, checks generated code, diffs with code-owner approvals and builds the docs', () => {
    expect(runs).toEqual(
      expect.arrayContaining(['npm run lint:annotations', 'npm run check:generated', 'npm run docs']),
    );
    expect(rootScripts['lint:annotations']).toContain('--format=github-actions');
    const diff = review.steps.find((step) => step.run?.includes('npm run --silent diff'));
    expect(diff.run).toBe(
      'npm run --silent diff -- --base "origin/$BASE_REF" --approvals github --output contract-review/report.md',
    );
    expect(review.env.BASE_REF).toBe('${{ github.event.pull_request.base.ref }}');
    expect(diff.env.GITHUB_TOKEN).toBe('${{ github.token }}');
    expect(JSON.stringify(workflow)).not.toContain('breaking-change-approved'); // no blanket label any more
  });

  it('runs npm ci with a read-only token, and posts from a separate job that installs nothing', () => {
    expect(workflow.permissions).toEqual({});
    expect(review.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    expect(comment.permissions).toEqual({ 'pull-requests': 'write' });
    expect(comment.needs).toBe('review');
    expect(comment.steps.filter((step) => step.run)).toEqual([]);
    expect(comment.steps.some((step) => step.uses?.startsWith('actions/checkout@'))).toBe(false);
    expect(comment.steps[0].uses).toMatch(/^actions\/download-artifact@/);
    expect(comment.steps[0].with.name).toBe('contract-review-report');
    const handOff = review.steps.find((step) => step.with?.name === 'contract-review-report');
    expect(handOff.with.path).toBe('contract-review/');
  });

  it('posts one comment, found by its marker and updated in place, even when a check failed', () => {
    const post = comment.steps.find((step) => step.uses?.startsWith('actions/github-script@'));
    expect(post.with.script).toContain("const marker = '<!-- cx-contracts:contract-review -->'");
    expect(post.with.script).toContain('github.rest.issues.updateComment');
    expect(post.with.script).toContain('contract-review/report.md');
    expect(post.env.DOCS_URL).toBe('${{ needs.review.outputs.docs-url }}');
    expect(comment.if).toContain('!cancelled()');
    expect(post.env.CHANGED).toBe('${{ needs.review.outputs.changed }}');
    expect(post.with.script).toContain('if (untouched && !mine) return;');
  });

  it('posts (or updates) the comment from the artifact, and creates none for a PR that never touched the contract', async () => {
    const post = comment.steps.find((step) => step.uses?.startsWith('actions/github-script@'));
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cx-comment-'));
    const calls = [];
    const runScript = async (env, existing = []) => {
      calls.length = 0;
      const github = {
        paginate: async () => existing,
        rest: {
          issues: {
            listComments: () => undefined,
            createComment: async (args) => calls.push(['create', args.body]),
            updateComment: async (args) => calls.push(['update', args.comment_id, args.body]),
          },
        },
      };
      const context = {
        serverUrl: 'https://github.example',
        runId: 1,
        repo: { owner: 'o', repo: 'r' },
        payload: { pull_request: { number: 5, base: { ref: 'main' }, head: { sha: 'abcdef1234567' } } },
      };
      const core = { summary: { addRaw: () => ({ write: async () => undefined }) } };
      const saved = { ...process.env };
      const cwd = process.cwd();
      Object.assign(process.env, {
        LINT: 'success',
        GENERATED: 'success',
        DIFF: 'failure',
        DOCS_URL: '',
        FORK: 'false',
        ...env,
      });
      process.chdir(dir);
      try {
        const AsyncFunction = (async () => {}).constructor;
        await new AsyncFunction('require', 'github', 'context', 'core', post.with.script)(
          require,
          github,
          context,
          core,
        );
      } finally {
        process.chdir(cwd);
        process.env = saved;
      }
      return calls;
    };
    try {
      mkdirSync(path.join(dir, 'contract-review'));
      writeFileSync(
        path.join(dir, 'contract-review', 'report.md'),
        '# Contract changes\n\nBreak set `0123456789abcdef`.',
      );
      const created = await runScript({ CHANGED: 'true', DOCS_URL: 'https://github.example/artifacts/9' });
      expect(created).toHaveLength(1);
      expect(created[0][0]).toBe('create');
      expect(created[0][1]).toContain('<!-- cx-contracts:contract-review -->');
      expect(created[0][1]).toContain('Break set `0123456789abcdef`.');
      expect(created[0][1]).toContain('[reference pages](https://github.example/artifacts/9)');
      const mine = { id: 77, user: { type: 'Bot' }, body: '<!-- cx-contracts:contract-review --> old' };
      expect((await runScript({ CHANGED: 'true' }, [mine]))[0].slice(0, 2)).toEqual(['update', 77]);
      expect(await runScript({ CHANGED: 'false' })).toEqual([]);
      const reverted = await runScript({ CHANGED: 'false' }, [mine]);
      expect(reverted[0][2]).toContain('no longer touches the contract');
      expect(await runScript({ CHANGED: 'true', FORK: 'true' })).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uploads the reference pages as an artifact the comment links', () => {
    const upload = review.steps.find((step) => step.with?.name === 'reference-docs');
    expect(upload.with.path).toBe('apps/docs/out');
    expect(review.outputs['docs-url']).toBe(`\${{ steps.${upload.id}.outputs.artifact-url }}`);
  });
});

describe('conformance.yml', () => {
  const workflow = parse(read('conformance.yml'));
  const all = steps(workflow);

  it('is dispatched by hand with base-url, surface and read-only inputs', () => {
    const inputs = workflow.on.workflow_dispatch.inputs;
    expect(inputs['base-url']).toMatchObject({ required: true, type: 'string' });
    expect(inputs.surface).toMatchObject({ type: 'choice', options: ['all', 'v1', 'v2', 'v3', 'context-service'] });
    expect(inputs['read-only']).toMatchObject({ type: 'boolean', default: true });
  });

  it('takes its secrets and allowed base URLs from the protected conformance environment, checked before install', () => {
    expect(workflow.jobs.conformance.environment).toBe('conformance');
    const check = all.find((step) => step.run === 'npm run --silent conformance:check-base-url');
    expect(check.env).toEqual({
      BASE_URL: '${{ inputs.base-url }}',
      CX_ALLOWED_BASE_URLS: '${{ vars.CX_ALLOWED_BASE_URLS }}',
    });
    expect(all.indexOf(check)).toBeLessThan(all.findIndex((step) => step.run === 'npm ci'));
  });

  it('passes credentials from the environment secrets through env variables only', () => {
    const run = all.find((step) => step.run?.startsWith('npm run conformance'));
    expect(run.env).toMatchObject({
      CX_API_KEY: '${{ secrets.CX_API_KEY }}',
      CX_BASIC_AUTH: '${{ secrets.CX_BASIC_AUTH }}',
    });
    for (const step of all.filter((s) => s.run))
      expect(step.run).not.toMatch(/secrets\.|CX_API_KEY|CX_BASIC_AUTH|inputs\.base-url/);
    expect(run.run).toContain(
      '--report junit=reports/junit.xml --report html=reports/report.html --report json=reports/report.json',
    );
  });

  it('uploads the reports even when the run fails', () => {
    const upload = all.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload.if).toContain('always()');
    expect(upload.with.path).toBe('reports/');
  });
});

describe('CODEOWNERS and the pull request template', () => {
  it('gives every surface in redocly.yaml an owner line', () => {
    const owners = readFileSync(path.join(repoRoot, '.github', 'CODEOWNERS'), 'utf8');
    const apis = parse(readFileSync(path.join(repoRoot, 'redocly.yaml'), 'utf8')).apis;
    for (const api of Object.values(apis)) {
      const dir = `/${path.dirname(api.root)}/`;
      expect(owners).toMatch(new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+@\\S+`, 'm'));
    }
  });

  it('asks what changed in the contract and why, which surfaces, whether it breaks, and the sources', () => {
    const template = readFileSync(path.join(repoRoot, '.github', 'pull_request_template.md'), 'utf8');
    for (const heading of ['## What changed in the contract, and why', '## Surfaces', '## Breaking?', '## Sources'])
      expect(template).toContain(heading);
  });
});
