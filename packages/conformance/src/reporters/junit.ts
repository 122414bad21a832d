import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../finding.js';
import type { RunReport } from '../report.js';

/**
 * JUnit XML as CI systems read it: one <testsuite> per surface, one <testcase> per operation and check
 * (classname = surface.operationId, name = check id). Error findings are <failure>s; warnings go to <system-out>
 * so they are visible without failing the build; a pair that was only ever skipped is <skipped> with the reason.
 */
export function renderJunitReport(report: RunReport): string {
  const bySurface = new Map<string, RunReport['executions']>();
  for (const execution of report.executions) {
    const list = bySurface.get(execution.surface) ?? [];
    list.push(execution);
    bySurface.set(execution.surface, list);
  }
  const findingsOf = (operationId: string, checkId: string): Finding[] =>
    report.findings.filter((finding) => finding.operationId === operationId && finding.checkId === checkId);

  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const [surface, executions] of bySurface) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    let suiteMs = 0;
    for (const execution of executions) {
      const found = findingsOf(execution.operationId, execution.checkId);
      const errors = found.filter((finding) => finding.severity === 'error');
      const warnings = found.filter((finding) => finding.severity === 'warning');
      let body = '';
      if (execution.skipped && execution.runs === 0) {
        suiteSkipped += 1;
        body += `<skipped message="${attr(execution.skipped)}"/>`;
      } else if (errors.length > 0) {
        suiteFailures += 1;
        body += `<failure message="${attr(errors[0]!.message)}" type="${attr(execution.checkId)}">${text(errors.map(describe).join('\n\n'))}</failure>`;
      }
      if (warnings.length > 0)
        body += `<system-out>${text(warnings.map((w) => `warning: ${describe(w)}`).join('\n\n'))}</system-out>`;
      suiteMs += execution.timeMs ?? 0;
      cases.push(
        `    <testcase classname="${attr(`${surface}.${execution.operationId}`)}" name="${attr(execution.checkId)}" time="${seconds(execution.timeMs ?? 0)}"${body ? `>${body}</testcase>` : '/>'}`,
      );
    }
    tests += executions.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${attr(surface)}" tests="${executions.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}" time="${seconds(suiteMs)}">\n    <properties><property name="seed" value="${report.seed}"/><property name="runId" value="${attr(report.runId)}"/></properties>\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="cx-conformance ${attr(report.runId)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(report.durationMs)}">\n${suites.join('\n')}\n</testsuites>\n`;
}

function describe(finding: Finding): string {
  const lines = [`${finding.method} ${finding.path} → ${finding.status ?? 'no response'}: ${finding.message}`];
  if (finding.received !== undefined) lines.push(`Received: ${stringify(finding.received)}`);
  if (finding.documented !== undefined) lines.push(`Documented: ${stringify(finding.documented)}`);
  if (finding.pointer) lines.push(`Pointer: ${finding.pointer}`);
  if (finding.specPointer) lines.push(`Spec: ${finding.specPointer}`);
  if (finding.reference) lines.push(`Read more: ${finding.reference}`);
  if (finding.curl) lines.push(`Reproduce: ${finding.curl}`);
  return lines.join('\n');
}

/** JUnit's time attribute: seconds with millisecond precision. */
function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

function stringify(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** XML 1.0 forbids most control characters even when escaped; they are dropped. */
function clean(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

function text(value: string): string {
  return clean(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

export async function writeJunitReport(report: RunReport, file: string): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  await writeFile(file, renderJunitReport(report));
}
