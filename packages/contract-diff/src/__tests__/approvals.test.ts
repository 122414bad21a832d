import { listen, type RunningServer } from '@cx-contracts/test-support';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  approversOf,
  breakHash,
  checkApprovals,
  fetchReviews,
  ownersOf,
  parseCodeowners,
  teamMembership,
} from '../approvals.js';
import type { Change } from '../types.js';

const CODEOWNERS = `# general first, specific last
*                          @org/maintainers
/specs/                    @org/maintainers
/specs/v1/                 @org/gms-owners alice
/specs/v3/                 @org/nexus-owners
docs/*.md                  @org/writers
`;

const change = (kind: string, clients: boolean, message = kind): Change => ({
  kind,
  location: `/components/schemas/${kind}`,
  message,
  breaks: { clients, implementations: !clients },
  severity: clients ? 'breaking' : 'warning',
});

describe('CODEOWNERS', () => {
  const rules = parseCodeowners(CODEOWNERS);
  it.each([
    ['specs/v1/openapi.yaml', ['@org/gms-owners', 'alice']],
    ['specs/v3/paths/x.yaml', ['@org/nexus-owners']],
    ['specs/v2/openapi.yaml', ['@org/maintainers']],
    ['README.md', ['@org/maintainers']],
    ['docs/guide.md', ['@org/writers']],
    ['packages/docs/guide.md', ['@org/maintainers']], // a slash inside anchors the pattern at the root
  ])('%s is owned by %j (the last matching line wins)', (path, owners) => {
    expect(ownersOf(rules, path)).toEqual(owners);
  });
});

describe('breakHash', () => {
  it('depends only on the client-breaking changes, not on their order or on other changes', () => {
    const a = { surface: 'v3', change: change('a', true) };
    const b = { surface: 'v3', change: change('b', true) };
    const other = { surface: 'v3', change: change('c', false) };
    expect(breakHash([a, b])).toBe(breakHash([other, b, a]));
    expect(breakHash([a, b])).toMatch(/^[0-9a-f]{16}$/);
  });

  it('changes when the set of breaks changes', () => {
    const a = { surface: 'v3', change: change('a', true) };
    expect(breakHash([a])).not.toBe(breakHash([a, { surface: 'v1', change: change('a', true) }]));
    expect(breakHash([a])).not.toBe(breakHash([{ surface: 'v3', change: change('a', true, 'another message') }]));
  });
});

describe('approversOf', () => {
  const hash = '0123456789abcdef';
  it.each([
    {
      name: 'an approval quoting the hash',
      reviews: [['alice', 'APPROVED', `approve-breaking ${hash}`]],
      want: ['alice'],
    },
    {
      name: 'an approval quoting an older hash',
      reviews: [['alice', 'APPROVED', 'approve-breaking fedcba9876543210']],
      want: [],
    },
    { name: 'an approval without a hash', reviews: [['alice', 'APPROVED', 'LGTM']], want: [] },
    { name: 'a comment quoting the hash', reviews: [['alice', 'COMMENTED', `approve-breaking ${hash}`]], want: [] },
    {
      name: 'an approval later dismissed',
      reviews: [
        ['alice', 'APPROVED', `approve-breaking ${hash}`],
        ['alice', 'DISMISSED', ''],
      ],
      want: [],
    },
    {
      name: 'changes requested after approving',
      reviews: [
        ['alice', 'APPROVED', `approve-breaking ${hash}`],
        ['alice', 'CHANGES_REQUESTED', 'wait'],
      ],
      want: [],
    },
    {
      name: 'a plain re-approval after quoting the hash',
      reviews: [
        ['alice', 'APPROVED', `approve-breaking ${hash}`],
        ['alice', 'APPROVED', 'still fine'],
      ],
      want: ['alice'],
    },
  ])('$name → $want', ({ reviews, want }) => {
    const list = reviews.map(([login = '', state = '', body = '']) => ({ user: { login }, state, body }));
    expect(approversOf(list, hash)).toEqual(want);
  });
});

describe('checkApprovals', () => {
  const rules = parseCodeowners(CODEOWNERS);
  const hash = '0123456789abcdef';
  const review = (login: string) => ({ user: { login }, state: 'APPROVED', body: `approve-breaking ${hash}` });
  const teams: Record<string, string[]> = { 'org/nexus-owners': ['nadia'], 'org/gms-owners': [] };
  const member = async (team: string, login: string) => teams[team]?.includes(login) ?? false;

  it('needs an owner of every broken surface', async () => {
    const surfaces = [
      { surface: 'v1', path: 'specs/v1/openapi.yaml' },
      { surface: 'v3', path: 'specs/v3/openapi.yaml' },
    ];
    const onlyV1 = await checkApprovals(hash, surfaces, rules, [review('alice')], member);
    expect(onlyV1.approved).toBe(false);
    expect(onlyV1.surfaces).toEqual([
      { surface: 'v1', path: 'specs/v1/openapi.yaml', owners: ['@org/gms-owners', 'alice'], approvedBy: 'alice' },
      { surface: 'v3', path: 'specs/v3/openapi.yaml', owners: ['@org/nexus-owners'] },
    ]);
    const both = await checkApprovals(hash, surfaces, rules, [review('alice'), review('nadia')], member);
    expect(both.approved).toBe(true);
  });

  it('does not count an approval from someone who owns another surface only', async () => {
    const check = await checkApprovals(
      hash,
      [{ surface: 'v3', path: 'specs/v3/openapi.yaml' }],
      rules,
      [review('alice')],
      member,
    );
    expect(check.approved).toBe(false);
  });
});

describe('the GitHub API', () => {
  let server: RunningServer;
  let api: string;
  const seen: Array<{ url: string; auth?: string }> = [];
  beforeAll(async () => {
    server = await listen((req, res) => {
      seen.push({ url: req.url ?? '', auth: req.headers.authorization });
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/repos/o/r/pulls/7/reviews' && url.searchParams.get('page') !== '2') {
        res.setHeader('link', `<${api}/repos/o/r/pulls/7/reviews?per_page=100&page=2>; rel="next"`);
        res.end(JSON.stringify([{ user: { login: 'alice' }, state: 'APPROVED', body: 'approve-breaking abc' }]));
      } else if (url.pathname === '/repos/o/r/pulls/7/reviews') {
        res.end(JSON.stringify([{ user: { login: 'bob' }, state: 'COMMENTED', body: '' }]));
      } else if (url.pathname === '/repos/o/r/pulls/8/reviews') {
        res.setHeader('link', '<https://elsewhere.example/steal>; rel="next"');
        res.end('[]');
      } else if (url.pathname === '/orgs/org/teams/nexus-owners/memberships/nadia') {
        res.end(JSON.stringify({ state: 'active' }));
      } else {
        res.statusCode = 404;
        res.end('{}');
      }
    });
    api = server.url;
  });
  afterAll(() => server.close());

  const gh = (pullNumber: number, teamToken?: string) => ({
    apiUrl: api,
    repository: 'o/r',
    pullNumber,
    token: 'secret-token',
    ...(teamToken ? { teamToken } : {}),
  });

  it('reads every page of reviews with the token', async () => {
    const reviews = await fetchReviews(gh(7));
    expect(reviews.map((r) => r.user?.login)).toEqual(['alice', 'bob']);
    expect(seen.every((s) => s.auth === 'Bearer secret-token')).toBe(true);
  });

  it('refuses to send the token to another origin, and keeps it out of the message', async () => {
    const error = await fetchReviews(gh(8)).catch((e: Error) => e);
    expect((error as Error).message).toContain('another origin');
    expect((error as Error).message).not.toContain('secret-token');
  });

  it('says what permission is missing when the reviews cannot be read', async () => {
    await expect(fetchReviews(gh(9))).rejects.toThrow('HTTP 404');
    await expect(fetchReviews(gh(9))).rejects.toThrow('pull-requests: read');
  });

  it('checks team membership only with the members:read token', async () => {
    expect(await teamMembership(gh(7))('org/nexus-owners', 'nadia')).toBe(false);
    expect(await teamMembership(gh(7, 'team-token'))('org/nexus-owners', 'nadia')).toBe(true);
    expect(await teamMembership(gh(7, 'team-token'))('org/nexus-owners', 'mallory')).toBe(false);
    expect(seen.at(-1)?.auth).toBe('Bearer team-token');
  });
});
