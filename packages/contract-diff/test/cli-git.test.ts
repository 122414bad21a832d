/**
 * `--base <git-ref>` as a pull request uses it, in throwaway repositories: the merge base, surfaces nobody touched,
 * locations in the spec files, an unresolvable $ref, the README's JSON example, and code-owner approval of the break
 * set against a stand-in GitHub API on 127.0.0.1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type RunningServer } from '@cx-contracts/test-support';
import { runCli as run, scratchRepo } from './scratch-repo.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const PETS = [
  'openapi: 3.1.0',
  'info: {title: Pets, version: 1.0.0}',
  'paths:',
  '  /pets/{petId}:',
  '    $ref: paths/pet.yaml',
  '',
].join('\n');
const PET_PATH = [
  'get:',
  '  operationId: getPet',
  '  description: Reads one pet.',
  '  parameters:',
  '    - {name: petId, in: path, required: true, schema: {type: string}}',
  '  responses:',
  "    '200':",
  '      description: The pet.',
  '      content:',
  '        application/json:',
  '          schema:',
  '            $ref: ../components/Pet.yaml',
  '',
].join('\n');
const PET = 'type: object\nrequired: [id, name]\nproperties:\n  id: {type: string}\n  name: {type: string}\n';

function makeRepo() {
  const repo = scratchRepo('cx-contract-diff-git-');
  const { write, git } = repo;
  write(
    'redocly.yaml',
    'apis:\n  pets:\n    root: specs/pets/openapi.yaml\n  stores:\n    root: specs/stores/openapi.yaml\n',
  );
  write('specs/pets/openapi.yaml', PETS);
  write('specs/pets/paths/pet.yaml', PET_PATH);
  write('specs/pets/components/Pet.yaml', PET);
  write('specs/stores/openapi.yaml', 'openapi: 3.1.0\ninfo: {title: Stores, version: 1.0.0}\npaths: {}\n');
  write('.github/CODEOWNERS', '*  @org/maintainers\n/specs/pets/  alice @org/pet-owners\n');
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'base');
  return repo;
}

describe('--base compares with the merge base of the ref and HEAD', () => {
  const repo = makeRepo();
  beforeAll(() => {
    repo.git('checkout', '-qb', 'feature');
    repo.write('specs/pets/paths/pet.yaml', PET_PATH.replace('Reads one pet.', 'Reads one pet by its id.'));
    repo.git('commit', '-qam', 'describe getPet better');
    // main moves on after the branch started: a new operation the branch has never seen.
    repo.git('checkout', '-q', 'main');
    repo.write(
      'specs/pets/paths/pet.yaml',
      `${PET_PATH}delete:\n  operationId: deletePet\n  responses:\n    '204': {description: Deleted.}\n`,
    );
    repo.git('commit', '-qam', 'add deletePet');
    repo.git('checkout', '-q', 'feature');
  });
  afterAll(() => repo.remove());

  it('reports a description-only branch as no change, not as operation-removed', async () => {
    const { code, stdout } = await run(['--base', 'main', '--format', 'json'], repo.dir);
    const report = JSON.parse(stdout);
    expect(report.surfaces.map((s: { changes: unknown[] }) => s.changes)).toEqual([[], []]);
    expect(report.base).toMatch(/^main \(merge base [0-9a-f]{7}\)$/);
    expect(code).toBe(0);
  }, 30_000);

  it('bundles only the surfaces whose files changed', async () => {
    const { stdout } = await run(['--base', 'main', '--format', 'json'], repo.dir);
    expect(JSON.parse(stdout).surfaces.map((s: { status: string }) => s.status)).toEqual(['compared', 'unchanged']);
  }, 30_000);
});

describe('--base in a pull request', () => {
  const repo = makeRepo();
  let server: RunningServer;
  let api: string;
  let reviews: unknown[] = [];
  const requests: string[] = [];
  let eventPath: string;

  beforeAll(async () => {
    server = await listen((req, res) => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization}`);
      if (req.url?.startsWith('/repos/org/pets/pulls/12/reviews')) res.end(JSON.stringify(reviews));
      else if (req.url === '/orgs/org/teams/pet-owners/memberships/pat') res.end('{"state":"active"}');
      else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    api = server.url;
    eventPath = join(repo.dir, '.git', 'event.json');
    writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 12 } }));
    // The pull request: Pet.name may now be absent (breaks clients), released as 2.0.0 with a changelog entry.
    repo.write('specs/pets/components/Pet.yaml', PET.replace('required: [id, name]', 'required: [id]'));
    repo.write('specs/pets/openapi.yaml', PETS.replace('version: 1.0.0', 'version: 2.0.0'));
    repo.write('specs/pets/CHANGELOG.md', '# pets\n\n## 2.0.0\n\n- `Pet.name` may be absent.\n');
  });
  afterAll(async () => {
    await server.close();
    repo.remove();
  });

  const env = (extra: Record<string, string> = {}) => ({
    GITHUB_API_URL: api,
    GITHUB_REPOSITORY: 'org/pets',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_TOKEN: 'read-only-token',
    ...extra,
  });
  const hashOf = async (): Promise<string> =>
    JSON.parse((await run(['--base', 'main', '--format', 'json'], repo.dir)).stdout).breakHash;
  /** The pull request's reviews become one approval by `login` quoting the current break set; returns its hash. */
  const approvalBy = async (login: string): Promise<string> => {
    const hash = await hashOf();
    reviews = [{ user: { login }, state: 'APPROVED', body: `approve-breaking ${hash}` }];
    return hash;
  };
  const runApprovals = (extra: Record<string, string> = {}) =>
    run(['--base', 'main', '--approvals', 'github'], repo.dir, env(extra));
  /** Runs `check` while `file` holds `text`, then puts back what it held before. */
  const whileWritten = async (file: string, text: string, check: () => Promise<void>): Promise<void> => {
    const before = readFileSync(join(repo.dir, file), 'utf8');
    repo.write(file, text);
    try {
      await check();
    } finally {
      repo.write(file, before);
    }
  };

  it('points each change at the spec file and line where it is written', async () => {
    const { stdout } = await run(['--base', 'main', '--format', 'json'], repo.dir);
    expect(JSON.parse(stdout).surfaces[0].changes).toEqual([
      expect.objectContaining({
        kind: 'response-property-became-optional',
        source: 'specs/pets/components/Pet.yaml:5',
      }),
    ]);
  }, 30_000);

  it('fails until a code owner of the surface approves this break set', async () => {
    const hash = await approvalBy('mallory');
    const notOwner = await runApprovals();
    expect(notOwner.code).toBe(1);
    expect(notOwner.stdout).toContain(`Needs an approving review quoting \`approve-breaking ${hash}\``);

    reviews.push({ user: { login: 'alice' }, state: 'APPROVED', body: `Intended.\n\napprove-breaking ${hash}` });
    const approved = await runApprovals();
    expect(approved.stdout).toContain('Break set approved by @alice');
    expect(approved.code).toBe(0);
    expect(`${approved.stdout}${approved.stderr}`).not.toContain('read-only-token');
  }, 30_000);

  it('accepts a member of an owning team only with the members:read token', async () => {
    await approvalBy('pat');
    expect((await runApprovals()).code).toBe(1);
    const withTeams = await runApprovals({ CX_CODEOWNERS_TOKEN: 'members-token' });
    expect(withTeams.code).toBe(0);
    expect(requests.at(-1)).toContain('Bearer members-token');
  }, 30_000);

  it('asks again when a later push changes the set of breaks', async () => {
    const hash = await approvalBy('alice');
    const onlyId = 'type: object\nrequired: [id]\nproperties:\n  id: {type: string}\n';
    await whileWritten('specs/pets/components/Pet.yaml', onlyId, async () => {
      const { code, stdout } = await runApprovals();
      expect(code).toBe(1);
      expect(stdout).not.toContain(hash);
      expect(stdout).toContain('Needs an approving review');
    });
  }, 30_000);

  it('takes CODEOWNERS from the base, so a pull request cannot make its author an owner', async () => {
    await approvalBy('mallory');
    await whileWritten('.github/CODEOWNERS', '*  mallory\n', async () => {
      expect((await runApprovals()).code).toBe(1);
    });
  }, 30_000);

  it('exits 2 and says what is missing outside a pull-request workflow', async () => {
    const { code, stderr } = await run(['--base', 'main', '--approvals', 'github'], repo.dir, {});
    expect(code).toBe(2);
    expect(stderr).toContain('--approvals github needs GITHUB_TOKEN, GITHUB_REPOSITORY');
  }, 30_000);

  it('exits 2 on an unresolvable $ref, naming the file and line', async () => {
    const missing = PET_PATH.replace('../components/Pet.yaml', '../components/Missing.yaml');
    await whileWritten('specs/pets/paths/pet.yaml', missing, async () => {
      const { code, stderr, stdout } = await run(['--base', 'main'], repo.dir);
      expect(code).toBe(2);
      expect(stderr).toContain('could not bundle pets in the working tree');
      expect(stderr).toMatch(/paths\/pet\.yaml:12/);
      expect(stdout).toBe('');
    });
  }, 30_000);
});

describe("the READMEs' JSON examples", () => {
  const repo = makeRepo();
  beforeAll(() => {
    repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD'); // what a clone has
    repo.write('specs/pets/components/Pet.yaml', PET.replace('required: [id, name]', 'required: [id]'));
  });
  afterAll(() => repo.remove());

  const examples = [
    { readme: join(packageDir, 'README.md'), command: 'npx cx-contract-diff' },
    { readme: join(packageDir, '..', '..', 'README.md'), command: 'npm run diff --' },
  ];
  it.each(examples)(
    '$command … --format json in $readme works as written',
    async ({ readme, command }) => {
      const line = readFileSync(readme, 'utf8')
        .split('\n')
        .map((l) => l.replace(/^\| `|`.*$/g, '').trim())
        .find((l) => l.startsWith(command) && l.includes('--format json'));
      expect(line, `a "${command} … --format json" example in ${readme}`).toBeDefined();
      const argv = line!.slice(command.length).trim().split(/\s+/);
      const { code, stdout } = await run(argv, repo.dir);
      expect(code).toBe(1);
      const output = argv.includes('--output')
        ? readFileSync(join(repo.dir, argv[argv.indexOf('--output') + 1]!), 'utf8')
        : stdout;
      const report = JSON.parse(output);
      expect(report.summary).toMatchObject({ breakingClients: 1, result: 'fail' });
      expect(report.surfaces[0].changes[0].source).toBe('specs/pets/components/Pet.yaml:5');
    },
    30_000,
  );
});
