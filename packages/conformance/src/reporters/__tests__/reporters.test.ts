import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../report.js';
import { renderHtmlReport } from '../html.js';
import { renderJsonReport } from '../json.js';
import { ConsoleReporter } from '../console.js';
import { renderJunitReport } from '../junit.js';

const hostile = '<script>alert("x")</script> & "quotes" \u0007';

function sampleReport(): RunReport {
  return {
    tool: { name: '@cx-contracts/conformance', version: '0.1.0' },
    runId: 'abc12345',
    seed: 424242,
    target: 'http://127.0.0.1:8080',
    surfaces: ['v3'],
    readOnly: false,
    startedAt: '2025-01-01T00:00:00.000Z',
    finishedAt: '2025-01-01T00:00:01.000Z',
    durationMs: 1000,
    outcome: 'completed',
    options: {},
    summary: {
      errors: 1,
      warnings: 1,
      steps: { passed: 1, failed: 1, skipped: 1, error: 0 },
      created: 1,
      cleanedUp: 1,
      leftOver: 0,
      unknown: 0,
      exitCode: 1,
    },
    findings: [
      {
        checkId: 'status-code-conformance',
        severity: 'error',
        operationId: 'getNexusInteraction',
        method: 'GET',
        path: '/nexus/x',
        status: 418,
        message: `status 418 ${hostile}`,
        received: 418,
        documented: ['200'],
        pointer: '#/paths',
        specPointer: '#/paths',
        reference: 'javascript:alert(1)',
        curl: `curl -sS -i --compressed -H "x-api-key: $CX_API_KEY" 'http://host/nexus/x'`,
      },
      {
        checkId: 'response-schema-conformance',
        severity: 'warning',
        operationId: 'getNexusInteraction',
        method: 'GET',
        path: '/nexus/x',
        status: 200,
        message: 'provisional',
        pointer: '/a',
        specPointer: '#/b',
        reference: 'https://docs.example.com/page',
      },
    ],
    steps: [
      {
        index: 1,
        surface: 'v3',
        scenario: 'nexus',
        name: 'get',
        operationId: 'getNexusInteraction',
        status: 'failed',
        httpStatus: 418,
        durationMs: 3,
        errors: 1,
        warnings: 1,
        checks: [],
      },
    ],
    created: [
      { surface: 'v3', kind: 'Nexus interaction', id: 'i-1', operationId: 'createNexusInteraction', step: 'create' },
    ],
    cleanedUp: [
      {
        surface: 'v3',
        kind: 'Nexus interaction',
        id: 'i-1',
        operationId: 'createNexusInteraction',
        step: 'create',
        outcome: 'cleaned',
        via: 'stopNexusInteraction',
        by: 'cleanup',
      },
    ],
    leftOver: [],
    unknown: [],
    executions: [
      {
        surface: 'v3',
        operationId: 'getNexusInteraction',
        checkId: 'status-code-conformance',
        runs: 1,
        errors: 1,
        warnings: 0,
        timeMs: 12,
      },
      {
        surface: 'v3',
        operationId: 'getNexusInteraction',
        checkId: 'response-schema-conformance',
        runs: 1,
        errors: 0,
        warnings: 1,
        timeMs: 3.5,
      },
      {
        surface: 'v3',
        operationId: 'updateNexusInteraction',
        checkId: 'round-trip',
        runs: 0,
        errors: 0,
        warnings: 0,
        timeMs: 0,
        skipped: 'needs the create',
      },
    ],
    operations: { getNexusInteraction: { surface: 'v3', method: 'GET', pathTemplate: '/nexus/{id}' } },
    checks: [
      { id: 'status-code-conformance', title: 'Documented status code', explanation: 'plain words', severity: 'error' },
    ],
  };
}

describe('JUnit report', () => {
  const xml = renderJunitReport(sampleReport());
  it('has one testcase per operation and check, failures for errors, skipped with the reason', () => {
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('<testsuites name="cx-conformance abc12345" tests="3" failures="1" errors="0" skipped="1"');
    expect(xml).toContain('classname="v3.getNexusInteraction" name="status-code-conformance" time="0.012"><failure');
    expect(xml).toContain('<skipped message="needs the create"/>');
    expect(xml).toContain('<system-out>warning: GET /nexus/x');
  });
  it('escapes markup and drops characters XML forbids', () => {
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toContain('\u0007');
  });
});

describe('HTML report', () => {
  const html = renderHtmlReport(sampleReport());
  it('is one self-contained file: no script, no external stylesheet or image', () => {
    expect(html).not.toMatch(/<script|<link |src=|@import/i);
    expect(html).toContain('<style>');
  });
  it('escapes server content and links only http(s) references', () => {
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('href="https://docs.example.com/page"');
  });
  it('groups findings by operation and explains the checks', () => {
    expect(html).toContain('<code>getNexusInteraction</code>');
    expect(html).toContain('GET /nexus/{id}');
    expect(html).toContain('What each check asks');
    expect(html).toContain('1 error found');
  });
});

describe('JSON report', () => {
  it('carries findings with the fields tools read', () => {
    const parsed = JSON.parse(renderJsonReport(sampleReport())) as RunReport;
    expect(Object.keys(parsed.findings[0]!)).toEqual(
      expect.arrayContaining(['checkId', 'severity', 'operationId', 'method', 'path', 'status', 'message', 'pointer']),
    );
  });
});

describe('every report shows how to reproduce a finding (issue 12 item 6)', () => {
  const curl = sampleReport().findings[0]!.curl!;
  it.each([
    ['JSON', () => (JSON.parse(renderJsonReport(sampleReport())) as RunReport).findings[0]!.curl!],
    ['JUnit', () => renderJunitReport(sampleReport()).replace(/&quot;/g, '"')],
    [
      'HTML',
      () =>
        renderHtmlReport(sampleReport())
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'"),
    ],
    [
      'console',
      () => {
        let out = '';
        const report = sampleReport();
        new ConsoleReporter({ write: (text) => (out += text), color: false }).step(
          { ...report.steps[0]!, status: 'failed' },
          report.findings,
        );
        return out;
      },
    ],
  ])('%s', (_name, render) => {
    expect(render()).toContain(curl);
  });
});

describe('messages (issue 12 item 9)', () => {
  it('HTML counts agree in number: 1 error, 1 warning', () => {
    const html = renderHtmlReport(sampleReport());
    expect(html).toContain('<b>1</b> error</li>');
    expect(html).toContain('<b>1</b> warning</li>');
    expect(html).not.toMatch(/<b>1<\/b> (errors|warnings)</);
  });
  it('JUnit test cases and suites carry time', () => {
    const xml = renderJunitReport(sampleReport());
    expect(xml.match(/<testcase [^>]*time="\d+\.\d{3}"/g)).toHaveLength(3);
    expect(xml).toMatch(/<testsuite name="v3" [^>]*time="\d+\.\d{3}"/);
  });
});

describe('every report prints the seed (issue 12 item 5)', () => {
  it.each([
    ['JSON', () => renderJsonReport(sampleReport())],
    ['JUnit', () => renderJunitReport(sampleReport())],
    ['HTML', () => renderHtmlReport(sampleReport())],
    [
      'console',
      () => {
        let out = '';
        new ConsoleReporter({ write: (text) => (out += text), color: false }).finish(sampleReport(), []);
        return out;
      },
    ],
  ])('%s', (_name, render) => {
    expect(render()).toMatch(/424242/);
  });
});
