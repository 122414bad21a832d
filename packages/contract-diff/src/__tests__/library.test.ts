// The library entry: what the CLI does, callable without a process (index.ts).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareFiles, compareWithRef, CouldNotRunError } from '../index.js';

const dir = mkdtempSync(join(tmpdir(), 'contract-diff-library-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = (paths: string) => `openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths:\n${paths}`;

describe('compareFiles', () => {
  it('returns the report of two files, named by the head file unless a surface is given', async () => {
    writeFileSync(join(dir, 'a.yaml'), doc("  /pets:\n    get:\n      responses: { '200': { description: ok } }\n"));
    writeFileSync(join(dir, 'b.yaml'), doc('  {}\n'));
    const report = await compareFiles({ baseFile: 'a.yaml', headFile: 'b.yaml', acknowledged: false }, dir);
    expect(report.surfaces).toHaveLength(1);
    expect(report.surfaces[0]?.surface).toBe('b.yaml');
    expect(report.surfaces[0]?.changes.length).toBeGreaterThan(0);
  });
});

describe('compareWithRef', () => {
  it('throws CouldNotRunError naming the missing redocly.yaml outside a repository', async () => {
    const error = await compareWithRef({ base: 'main', surfaces: [], acknowledged: false }, dir, {}).catch((e) => e);
    expect(error).toBeInstanceOf(CouldNotRunError);
    expect(error.message).toMatch(/no redocly\.yaml at or above/);
  });
});
