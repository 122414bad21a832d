import { describe, expect, it } from 'vitest';
import { versioningProblems } from '../versioning.js';

const changelogPath = 'specs/v3/CHANGELOG.md';

describe('versioningProblems (a client-breaking change ships as a new major version)', () => {
  it.each([
    {
      name: 'a major bump with a new changelog entry',
      input: {
        baseVersion: '1.4.0',
        headVersion: '2.0.0',
        changelogAtBase: '## 1.4.0\n',
        changelogNow: '## 2.0.0\n- x\n## 1.4.0\n',
      },
      want: [],
    },
    {
      name: 'no bump and no changelog',
      input: { baseVersion: '1.0.0', headVersion: '1.0.0' },
      want: [
        'info.version is "1.0.0" (was "1.0.0"): a change that breaks clients needs a major bump, e.g. 2.0.0',
        'specs/v3/CHANGELOG.md is missing: add it with a "## 2.0.0" entry saying what breaks',
      ],
    },
    {
      name: 'a minor bump with its entry',
      input: { baseVersion: '1.0.0', headVersion: '1.1.0', changelogNow: '## [1.1.0] - 2026-11-27\n' },
      want: [
        'info.version is "1.1.0" (was "1.0.0"): a change that breaks clients needs a major bump, e.g. 2.0.0',
        'specs/v3/CHANGELOG.md has no new "## 2.0.0" entry saying what breaks',
      ],
    },
    {
      name: 'a major bump whose changelog entry already existed at the base',
      input: { baseVersion: '1.0.0', headVersion: '2.0.0', changelogAtBase: '## 2.0.0\n', changelogNow: '## 2.0.0\n' },
      want: ['specs/v3/CHANGELOG.md has no new "## 2.0.0" entry saying what breaks'],
    },
    {
      name: 'a version that is not semver',
      input: { baseVersion: 'beta', headVersion: 'beta', changelogNow: '' },
      want: [
        'info.version is "beta" (was "beta"): a change that breaks clients needs a major bump, e.g. a new major version',
        'specs/v3/CHANGELOG.md has no new "## <new major version>" entry saying what breaks',
      ],
    },
  ])('$name', ({ input, want }) => {
    expect(versioningProblems({ changelogPath, ...input })).toEqual(want);
  });
});
