import { describe, expect, it } from 'vitest';
import type { RunReport } from '../../report.js';
import { renderHtmlReport } from '../html.js';
import { renderJsonReport } from '../json.js';
import { renderJunitReport } from '../junit.js';

const hostile = '<script>alert("x")</script> & "quotes" \u0007';

function sampleReport(): RunReport {
  return {
    tool: { name: '@cx-contracts/conformance', version: '0.1.0' },
    runId: 'abc12345',
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
      },
      {
        surface: 'v3',
        operationId: 'getNexusInteraction',
        checkId: 'response-schema-conformance',
        runs: 1,
        errors: 0,
        warnings: 1,
      },
      {
        surface: 'v3',
        operationId: 'updateNexusInteraction',
        checkId: 'round-trip',
        runs: 0,
        errors: 0,
        warnings: 0,
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
    expect(xml).toContain('classname="v3.getNexusInteraction" name="status-code-conformance"><failure');
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
