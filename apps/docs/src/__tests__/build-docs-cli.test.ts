// The build's command line (README, "What the build writes"): bad arguments are refused with exit code 2 and a
// message naming them, before anything is bundled or written (`--out` without a directory used to build into the
// working directory).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir, runProcess } from '@cx-contracts/test-support';
import { afterAll, describe, expect, it } from 'vitest';

const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../build-docs.mjs');
const cwd = makeTempDir('cx-docs-cli-');
afterAll(() => cwd.remove());

describe('node src/build-docs.mjs', () => {
  it.each([
    { args: ['--bogus'], want: "Unknown option '--bogus'" },
    { args: ['--out'], want: "'--out <value>' argument missing" },
    { args: ['--out='], want: "'--out <dir>' needs a directory" },
    { args: ['out-dir'], want: "Unexpected argument 'out-dir'" },
  ])('refuses $args with exit code 2, the reason and the usage, and writes nothing', async ({ args, want }) => {
    const result = await runProcess(script, args, { cwd: cwd.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(want);
    expect(result.stderr).toContain('Usage: node src/build-docs.mjs [--out <dir>]');
    expect(readdirSync(cwd.path)).toEqual([]);
  });
});
