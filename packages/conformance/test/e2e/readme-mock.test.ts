// Issue 12 item 9: the README's "Against the mock" section is what a run against the mock prints. The section is
// written by scripts/mock-readme.mjs from a real run; this test makes a fresh run and fails when they differ.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { currentSection, mockSection } from '../../scripts/mock-readme.mjs';

describe('README "Against the mock"', () => {
  it('matches a fresh run against the mock (if not: npm run readme:mock in packages/conformance, and commit)', async () => {
    const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
    const fresh = (await mockSection()) as string;
    expect(fresh).toMatch(/exit code [012]/);
    expect(currentSection(readme), 'README.md is stale: run npm run readme:mock in packages/conformance').toBe(fresh);
  }, 240_000);
});
