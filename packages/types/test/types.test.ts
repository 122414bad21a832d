// The generated types compile under the repository's strict settings, together with a usage file that exercises one
// operation per surface (test/usage.ts).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const packageDir = path.resolve(import.meta.dirname, '..');
const tsc = path.resolve(packageDir, '..', '..', 'node_modules', '.bin', 'tsc');

it('compiles the generated types and the typed usage file', async () => {
  const result = await promisify(execFile)(tsc, ['-p', 'tsconfig.json', '--noEmit'], { cwd: packageDir }).catch(
    (error) => error,
  );
  expect(`${result.stdout ?? ''}${result.stderr ?? ''}`).toBe('');
}, 120_000);
