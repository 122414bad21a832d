import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import { RunReportBuilder, type StepRecord } from '../report.js';

const step = (name: string, status: StepRecord['status']): Omit<StepRecord, 'index'> => ({
  surface: 'v3',
  scenario: 'proxy',
  name,
  status,
  durationMs: 1,
  errors: status === 'failed' ? 1 : 0,
  warnings: 0,
  checks: [],
});
const finding = (step: string, severity: Finding['severity']) =>
  ({ checkId: 'status-code-conformance', operationId: 'op', step, severity, message: step }) as Finding;

function builder() {
  return new RunReportBuilder(
    { runId: 'abc12345', seed: 0, target: 't', surfaces: ['v3'], readOnly: true, startedAt: new Date() },
    { source: 'proxy' },
  );
}

describe('RunReportBuilder: one assembly for run, check-har and proxy', () => {
  it('keepNewest keeps the newest steps and findings while the summary counts everything', () => {
    const report = builder();
    for (const [name, status, severity] of [
      ['1', 'failed', 'error'],
      ['2', 'passed', 'warning'],
      ['3', 'failed', 'error'],
    ] as const) {
      report.addStep(step(name, status));
      report.addFindings([finding(name, severity)]);
      report.keepNewest(1);
    }
    const done = report.finish({ outcome: 'completed', surfaces: new Map() });
    expect(done.steps.map((s) => s.name)).toEqual(['3']);
    expect(done.findings.map((f) => f.step)).toEqual(['3']);
    expect(done.summary).toMatchObject({ errors: 2, warnings: 1, steps: { passed: 1, failed: 2 } });
    expect(report.dropped()).toEqual({ steps: 2, findings: 2 });
  });

  it('adds the options known only at the end after those given at the start; no registry means no test data', () => {
    const done = builder().finish({ outcome: 'completed', surfaces: new Map(), options: { file: 'a.har' } });
    expect(done.options).toEqual({ source: 'proxy', file: 'a.har' });
    expect(done.summary).toMatchObject({ created: 0, cleanedUp: 0, leftOver: 0, unknown: 0 });
    expect(done.summary.exitCode).toBeUndefined();
  });
});
