import { describe, expect, it } from 'vitest';
import type { Finding } from '../../finding.js';
import type { StepRecord } from '../../report.js';
import { ConsoleReporter } from '../console.js';

/** Server text as a hostile GMS error reply carries it: colour, a forged line, a bell, a bidi override. */
const HOSTILE = 'x\u001b[31mRED\r\n  PASS forged line\u0007 \u202Eevil';

const step: StepRecord = {
  index: 1,
  surface: 'v2',
  scenario: 'open-media',
  name: 'create with externalId and userData',
  operationId: 'createOpenMediaInteraction',
  httpStatus: 200,
  status: 'failed',
  reason: HOSTILE,
  durationMs: 12,
  errors: 1,
  warnings: 0,
  checks: ['round-trip'],
};
const finding: Finding = {
  checkId: 'round-trip',
  severity: 'error',
  operationId: 'createOpenMediaInteraction',
  method: 'POST',
  path: '/genesys/2/openmedia/customer-support',
  status: 200,
  message: `service_id reads back as ${HOSTILE}`,
  pointer: '/',
  curl: "curl -sS 'http://127.0.0.1/x'",
};

function printed(color: boolean): string {
  let out = '';
  const reporter = new ConsoleReporter({ write: (text) => (out += text), color });
  reporter.step(step, [finding]);
  reporter.cleanup({
    surface: 'v2',
    kind: 'Open Media interaction',
    id: HOSTILE,
    operationId: 'createOpenMediaInteraction',
    step: 'create with externalId and userData',
    outcome: 'failed',
    via: 'stopOpenMediaInteraction',
    by: 'cleanup',
  });
  return out;
}

describe('ConsoleReporter', () => {
  it.each([false, true])('shows control characters and bidi overrides from the server escaped (color %s)', (color) => {
    const out = printed(color);
    // Only the reporter's own colours remain as escape sequences, and only its own line breaks.
    const own = out.replace(/\u001b\[(?:0|1|2|31|32|33)m/g, '');
    expect(own).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E]/);
    expect(out.split('\n').filter((line) => /^\s*(\u001b\[\d+m)?PASS/.test(line))).toEqual([]);
    expect(out).toContain('x\\u001b[31mRED\\u000d\\u000a  PASS forged line\\u0007 \\u202eevil');
    expect(out.includes('\u001b[31m')).toBe(color);
  });
});
