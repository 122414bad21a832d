import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunReportBuilder } from '../../report.js';
import { writeReportFiles } from '../report-files.js';

function report() {
  const builder = new RunReportBuilder(
    { runId: 'abc12345', seed: 0, target: 'x.har', surfaces: [], readOnly: true, startedAt: new Date() },
    {},
  );
  const coverage = { operations: [], totals: {} } as never;
  return { ...builder.finish({ outcome: 'completed', surfaces: new Map() }), coverage };
}

describe('writeReportFiles: the report files of run, check-har and proxy', () => {
  it('writes each --report, then the coverage, then the extra files, and names them in that order', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cxc-report-files-'));
    const written: string[] = [];
    const lines = await writeReportFiles(
      { stderr: (text) => written.push(text) },
      report(),
      {
        reports: [
          { format: 'json', path: path.join(dir, 'r.json') },
          { format: 'junit', path: path.join(dir, 'r.xml') },
        ],
        coverageJson: path.join(dir, 'c.json'),
      },
      [{ line: 'har → h.har', what: 'the HAR recording', write: async () => void written.push('har') }],
    );
    expect(lines).toEqual([
      `json → ${path.join(dir, 'r.json')}`,
      `junit → ${path.join(dir, 'r.xml')}`,
      `coverage json → ${path.join(dir, 'c.json')}`,
      'har → h.har',
    ]);
    expect(written).toEqual(['har']);
    expect(JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'))).toMatchObject({ runId: 'abc12345' });
  });

  it('stops at a file it cannot write and says which one (the command exits 2)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cxc-report-files-'));
    const blocker = path.join(dir, 'not-a-directory');
    writeFileSync(blocker, '');
    const stderr: string[] = [];
    let harWritten = false;
    const lines = await writeReportFiles(
      { stderr: (text) => stderr.push(text) },
      report(),
      { reports: [{ format: 'junit', path: path.join(blocker, 'r.xml') }] },
      [{ line: 'har', what: 'the HAR recording', write: async () => void (harWritten = true) }],
    );
    expect(lines).toBeUndefined();
    expect(stderr.join('')).toMatch(/^cx-conformance: could not write the junit report to .*not-a-directory\/r\.xml: /);
    expect(harWritten).toBe(false);
  });
});
