/**
 * Approval tied to the change. A client-breaking change merges only when a code owner of each surface it breaks has
 * approved *this* set of breaks: the report prints a hash of the break set, and the approving pull-request review
 * quotes it (`approve-breaking <hash>`). A later push that changes the set of breaks changes the hash, so the old
 * approval no longer covers it and the check fails again until an owner approves the new report.
 *
 * Owners come from CODEOWNERS as it is at the base commit (a pull request cannot make its author an owner), and
 * reviews from the GitHub REST API ("List reviews for a pull request"; team membership through "Get team membership
 * for a user", which needs a token with organization members:read, CX_CODEOWNERS_TOKEN: the workflow's own token
 * cannot read teams). The token goes only to GITHUB_API_URL and never into output.
 */
import { createHash } from 'node:crypto';
import { CouldNotRunError, UsageError } from '@cx-contracts/openapi-runtime';
import type { Change } from './types.js';

export interface BreakRow {
  surface: string;
  change: Change;
}

/** sha256 of the client-breaking changes (kind, location, operations, message), order-independent; 16 hex digits. */
export function breakHash(rows: BreakRow[]): string {
  const lines = rows
    .filter((row) => row.change.breaks.clients)
    .map(({ surface, change }) =>
      JSON.stringify([
        surface,
        change.kind,
        change.location,
        change.method ?? '',
        change.path ?? '',
        change.operations?.map((op) => `${op.method ?? ''} ${op.path}`) ?? [],
        change.message,
      ]),
    )
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

export interface OwnerRule {
  pattern: string;
  owners: string[];
  matches: (path: string) => boolean;
}

/** CODEOWNERS syntax (gitignore-style patterns, the last matching line wins). */
export function parseCodeowners(text: string): OwnerRule[] {
  const rules: OwnerRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    const [pattern = '', ...owners] = line.split(/\s+/); // a non-blank line: the first word is there
    rules.push({ pattern, owners, matches: patternMatcher(pattern) });
  }
  return rules;
}

function patternMatcher(pattern: string): (path: string) => boolean {
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/');
  let body = pattern.replace(/^\//, '');
  if (body.endsWith('/')) body += '**';
  const source = body
    .split(/(\*\*|\*|\?)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const regex = new RegExp(`${anchored ? '^' : '(^|.*/)'}${source}(/.*)?$`);
  return (path) => regex.test(path);
}

export function ownersOf(rules: OwnerRule[], path: string): string[] {
  let owners: string[] = [];
  for (const rule of rules) if (rule.matches(path)) owners = rule.owners;
  return owners;
}

export interface Review {
  user: { login: string } | null;
  state: string;
  body: string | null;
}

export interface SurfaceApproval {
  surface: string;
  /** The file whose owners must approve (the surface's root document). */
  path: string;
  owners: string[];
  approvedBy?: string;
}

export interface ApprovalCheck {
  hash: string;
  surfaces: SurfaceApproval[];
  approved: boolean;
}

/**
 * Who approved this break set: a reviewer whose approving review quotes the hash and who has not since requested
 * changes or had the review dismissed. Reviews are in the order GitHub returns them (oldest first).
 */
export function approversOf(reviews: Review[], hash: string): string[] {
  const approving = new Map<string, boolean>();
  const quote = new RegExp(`approve-breaking\\s+${hash}\\b`);
  for (const review of reviews) {
    const login = review.user?.login;
    if (!login) continue;
    if (review.state === 'APPROVED')
      approving.set(login, quote.test(review.body ?? '') || (approving.get(login) ?? false));
    if (review.state === 'CHANGES_REQUESTED' || review.state === 'DISMISSED') approving.set(login, false);
  }
  return [...approving].filter(([, ok]) => ok).map(([login]) => login);
}

export async function checkApprovals(
  hash: string,
  surfaces: Array<{ surface: string; path: string }>,
  rules: OwnerRule[],
  reviews: Review[],
  isTeamMember: (team: string, login: string) => Promise<boolean>,
): Promise<ApprovalCheck> {
  const approvers = approversOf(reviews, hash);
  const out: SurfaceApproval[] = [];
  for (const { surface, path } of surfaces) {
    const owners = ownersOf(rules, path);
    let approvedBy: string | undefined;
    for (const login of approvers) {
      for (const owner of owners) {
        const name = owner.replace(/^@/, '');
        const ok = name.includes('/') ? await isTeamMember(name, login) : name.toLowerCase() === login.toLowerCase();
        if (ok) approvedBy = login;
      }
      if (approvedBy) break;
    }
    out.push({ surface, path, owners, ...(approvedBy ? { approvedBy } : {}) });
  }
  return { hash, surfaces: out, approved: out.every((s) => s.approvedBy !== undefined) };
}

export interface GitHubEnv {
  apiUrl: string;
  repository: string;
  pullNumber: number;
  token: string;
  /** Organization members:read, for team owners; without it only owners named as users can approve. */
  teamToken?: string;
}

export function gitHubEnv(env: Record<string, string | undefined>, event: unknown): GitHubEnv {
  const pullNumber = (event as { pull_request?: { number?: unknown } } | undefined)?.pull_request?.number;
  const missing = [
    !env.GITHUB_TOKEN && 'GITHUB_TOKEN',
    !env.GITHUB_REPOSITORY && 'GITHUB_REPOSITORY',
    typeof pullNumber !== 'number' && 'a pull_request event (GITHUB_EVENT_PATH)',
  ].filter(Boolean);
  if (missing.length)
    throw new UsageError(`--approvals github needs ${missing.join(', ')}; run it from a pull-request workflow`);
  return {
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''),
    repository: env.GITHUB_REPOSITORY!,
    pullNumber: pullNumber as number,
    token: env.GITHUB_TOKEN!,
    ...(env.CX_CODEOWNERS_TOKEN ? { teamToken: env.CX_CODEOWNERS_TOKEN } : {}),
  };
}

async function getJson(url: string, token: string): Promise<{ status: number; body: unknown; next?: string }> {
  const response = await fetch(url, {
    headers: {
      accept: 'application/vnd.github+json',
      authorization: `Bearer ${token}`,
      'x-github-api-version': '2022-11-28',
    },
    redirect: 'error',
  });
  const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
  const body = response.ok ? await response.json() : undefined;
  return { status: response.status, body, ...(next ? { next } : {}) };
}

export async function fetchReviews(gh: GitHubEnv): Promise<Review[]> {
  const reviews: Review[] = [];
  const origin = new URL(gh.apiUrl).origin;
  let url: string | undefined = `${gh.apiUrl}/repos/${gh.repository}/pulls/${gh.pullNumber}/reviews?per_page=100`;
  for (let page = 0; url && page < 50; page++) {
    // Pagination links must stay on the API's origin: the token never goes anywhere else.
    if (new URL(url).origin !== origin)
      throw new CouldNotRunError(`refusing to follow a review page on another origin`);
    const { status, body, next } = await getJson(url, gh.token);
    if (status !== 200 || !Array.isArray(body))
      throw new CouldNotRunError(
        `could not list the pull request's reviews (HTTP ${status} from ${origin}); the job needs pull-requests: read`,
      );
    reviews.push(...(body as Review[]));
    url = next;
  }
  return reviews;
}

export function teamMembership(gh: GitHubEnv): (team: string, login: string) => Promise<boolean> {
  return async (team, login) => {
    if (!gh.teamToken) return false;
    const [org = '', slug = ''] = team.split('/');
    const url = `${gh.apiUrl}/orgs/${encodeURIComponent(org)}/teams/${encodeURIComponent(slug)}/memberships/${encodeURIComponent(login)}`;
    const { status, body } = await getJson(url, gh.teamToken);
    return status === 200 && (body as { state?: string } | undefined)?.state === 'active';
  };
}
