// Contract coverage from a `run` (issue 13): --coverage json=PATH, the console table and the HTML section.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { CoverageReport } from '../../src/coverage/coverage.js';
import { type SandboxTarget, startSandboxTarget } from '../fixtures/sandbox-target.js';
import { runInProcess } from './cli.js';

let fixture: SandboxTarget | undefined;
afterEach(async () => {
  await fixture?.close();
  fixture = undefined;
});

it('a run writes what it exercised of the contract: statuses, forms and media types per operation', async () => {
  fixture = await startSandboxTarget();
  const dir = await mkdtemp(path.join(tmpdir(), 'cxc-coverage-'));
  const coverageFile = path.join(dir, 'coverage.json');
  const htmlFile = path.join(dir, 'report.html');
  const result = await runInProcess([
    'run',
    '--surface',
    'v2',
    '--base-url',
    fixture.url,
    ...fixture.credentials,
    '--rate-limit',
    '0',
    '--seed',
    '7',
    '--coverage',
    `json=${coverageFile}`,
    '--report',
    `html=${htmlFile}`,
  ]);
  expect(result.code, result.stdout).toBe(0);
  const coverage = JSON.parse(await readFile(coverageFile, 'utf8')) as CoverageReport;
  const update = coverage.operations.find((op) => op.operationId === 'updateOpenMediaInteraction')!;
  expect(update.calls).toBeGreaterThan(0);
  expect(update.statuses.seen).toEqual(['200']);
  expect(update.requestMediaTypes.seen).toEqual(['application/x-www-form-urlencoded']);
  expect(update.responseForms.seen).toContain('200 OpenMediaSuccess');
  // Web Services operationName branches the run sent are request forms.
  const perform = coverage.operations.find((op) => op.operationId === 'performGwsInteractionOperation')!;
  expect(perform.requestForms.documented.length).toBeGreaterThan(5);
  expect(perform.requestForms.seen.length).toBeGreaterThan(0);
  expect(result.report?.coverage?.totals.operations.seen).toBe(coverage.totals.operations.seen);
  expect(result.stdout).toMatch(/Contract coverage \(seen\/documented\)\n.*surface\s+operation\s+calls\s+statuses/);
  expect(await readFile(htmlFile, 'utf8')).toContain('<h2>Contract coverage</h2>');
});
