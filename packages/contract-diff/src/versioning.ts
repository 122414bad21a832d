/**
 * The release rule for a surface: a change that breaks clients ships as a new major version of that surface
 * (Semantic Versioning 2.0.0 §8: "Major version X MUST be incremented if any backwards incompatible changes are
 * introduced to the public API"), so `info.version` gets a major bump and the surface's changelog
 * (`specs/<surface>/CHANGELOG.md`, beside the root document) gets an entry for that version saying what broke.
 * Approval decides whether a break may merge; this rule decides how it is released, so it applies either way.
 */

export interface VersioningInput {
  baseVersion: unknown;
  headVersion: unknown;
  /** Repository-relative path of the surface's changelog, for the message. */
  changelogPath: string;
  changelogAtBase?: string;
  changelogNow?: string;
}

const major = (version: unknown): number | undefined => {
  const match = typeof version === 'string' ? /^v?(\d+)(?:\.|$)/.exec(version.trim()) : undefined;
  return match ? Number(match[1]) : undefined;
};

/** What is missing for a client-breaking change to be releasable; empty when nothing is. */
export function versioningProblems(input: VersioningInput): string[] {
  const problems: string[] = [];
  const was = major(input.baseVersion);
  const now = major(input.headVersion);
  const headVersion = typeof input.headVersion === 'string' ? input.headVersion.trim() : '';
  if (was === undefined || now === undefined || now <= was) {
    const next = was === undefined ? 'a new major version' : `${was + 1}.0.0`;
    problems.push(
      `info.version is ${JSON.stringify(input.headVersion ?? null)} (was ${JSON.stringify(input.baseVersion ?? null)}): a change that breaks clients needs a major bump, e.g. ${next}`,
    );
  }
  const bumped = was !== undefined && now !== undefined && now > was;
  const wanted = bumped ? headVersion : was === undefined ? '<new major version>' : `${was + 1}.0.0`;
  const entry = headVersion && input.changelogNow !== undefined ? hasEntry(input.changelogNow, headVersion) : false;
  if (input.changelogNow === undefined) {
    problems.push(`${input.changelogPath} is missing: add it with a "## ${wanted}" entry saying what breaks`);
  } else if (
    !bumped ||
    !entry ||
    (input.changelogAtBase !== undefined && hasEntry(input.changelogAtBase, headVersion))
  ) {
    problems.push(`${input.changelogPath} has no new "## ${wanted}" entry saying what breaks`);
  }
  return problems;
}

/** A Markdown heading that names the version (`## 2.0.0`, `## [2.0.0] - 2026-11-27`, `## v2.0.0`). */
function hasEntry(changelog: string, version: string): boolean {
  const escaped = version.replace(/^v/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^#{1,3}\\s+\\[?v?${escaped}\\]?(\\s|$)`, 'm').test(changelog);
}
