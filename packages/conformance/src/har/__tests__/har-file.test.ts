// HAR 1.2 as the different recorders write it (issue 13): each variant given as the recorder writes it, and what
// check-har makes of it.
import { beforeAll, describe, expect, it } from 'vitest';
import { runExitCode } from '../../cli/exit-codes.js';
import { loadSurfaces } from '../../cli/passive-options.js';
import { Redactor } from '../../http/redactor.js';
import { PassiveSession } from '../../passive/passive-session.js';
import type { ConformanceSurface } from '../../surface.js';
import { HarError, parseHar } from '../har-file.js';

const HOST = 'http://gms.test:8080';
const UPDATE = `${HOST}/genesys/2/openmedia/customer-support/01QG0Q2S5S50G000/update`;
const OK = JSON.stringify({ statusCode: 0 });
const FORM = 'application/x-www-form-urlencoded';

function entry(request: Record<string, unknown>, response: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    startedDateTime: '2026-01-01T00:00:00.000Z',
    time: 12,
    request: { method: 'POST', url: UPDATE, httpVersion: 'HTTP/1.1', headers: [], ...request },
    response: {
      status: 200,
      headers: [{ name: 'Content-Type', value: 'application/json' }],
      content: { size: OK.length, mimeType: 'application/json', text: OK },
      ...response,
    },
  };
}
const har = (...entries: unknown[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 'test' }, entries } });

let surfaces: ConformanceSurface[];
beforeAll(async () => {
  surfaces = await loadSurfaces(['v1', 'v2', 'v3', 'context-service']);
});

async function check(text: string) {
  const session = new PassiveSession({ surfaces, source: 'har', target: 'test.har', redactor: new Redactor() });
  for (const exchange of parseHar(text).entries) await session.check(exchange);
  return session.report();
}

describe('HAR variants', () => {
  const cases: Array<{ name: string; given: string; want: { checked: number; findings: string[] } }> = [
    {
      name: 'Chrome: postData text and params both, _-prefixed fields, HTTP/2 pseudo-headers',
      given: har({
        ...entry(
          {
            headers: [
              { name: ':authority', value: 'gms.test:8080' },
              { name: 'content-type', value: FORM },
            ],
            postData: {
              mimeType: FORM,
              text: 'change%5BOrderNumber%5D=XYZ&delete%5BTopic%5D=',
              params: [{ name: 'ignored', value: 'when text is present' }],
            },
          },
          { _transferSize: 120, _error: null },
        ),
        _resourceType: 'fetch',
        _initiator: { type: 'script' },
      }),
      want: { checked: 1, findings: [] },
    },
    {
      name: 'Charles/Firefox: form body only as postData.params (bracketed change[k] / delete[k] names)',
      given: har(
        entry({
          postData: {
            mimeType: FORM,
            params: [
              { name: 'change[OrderNumber]', value: 'XYZ' },
              { name: 'delete[Topic]', value: '' },
            ],
          },
        }),
      ),
      want: { checked: 1, findings: [] },
    },
    {
      name: 'params that break the contract (no change or delete map) are a request-conformance finding',
      given: har(entry({ postData: { mimeType: FORM, params: [{ name: 'OrderNumber', value: 'XYZ' }] } })),
      want: { checked: 1, findings: ['request-conformance'] },
    },
    {
      name: 'mitmproxy/Playwright: base64 response content is decoded before checking',
      given: har(
        entry(
          { postData: { mimeType: FORM, text: 'change%5Ba%5D=b' } },
          { content: { size: 14, mimeType: 'application/json', text: btoa(OK), encoding: 'base64' } },
        ),
      ),
      want: { checked: 1, findings: [] },
    },
    {
      name: 'base64 content that is not the documented shape is still found',
      given: har(
        entry(
          { postData: { mimeType: FORM, text: 'change%5Ba%5D=b' } },
          { content: { size: 16, mimeType: 'application/json', text: btoa('{"statusCode":"0"}'), encoding: 'base64' } },
        ),
      ),
      want: { checked: 1, findings: ['envelope-conformance', 'response-schema-conformance'] },
    },
    {
      name: 'Firefox without saved bodies: no content.text, so only status and headers are judged',
      given: har(
        entry(
          { postData: { mimeType: FORM, text: 'change%5Ba%5D=b' } },
          { content: { size: 14, mimeType: 'application/json' } },
        ),
      ),
      want: { checked: 1, findings: [] },
    },
    {
      name: 'without content.text an undocumented status is still found',
      given: har(
        entry(
          { postData: { mimeType: FORM, text: 'change%5Ba%5D=b' } },
          { status: 503, content: { size: 10, mimeType: 'text/html' } },
        ),
      ),
      want: { checked: 1, findings: ['not-a-server-error', 'status-code-conformance'] },
    },
    {
      name: 'other hosts and unknown paths are counted, not failed; status 0 (blocked) is not checked',
      given: har(
        entry({ method: 'GET', url: 'https://cdn.test/app.js' }, { status: 200 }),
        entry({ method: 'GET', url: `${HOST}/favicon.ico` }, { status: 404 }),
        entry(
          { postData: { mimeType: FORM, text: 'change%5Ba%5D=b' } },
          { status: 0, content: { size: 0, mimeType: '' } },
        ),
      ),
      want: { checked: 0, findings: [] },
    },
  ];
  it.each(cases)('$name', async ({ given, want }) => {
    const report = await check(given);
    expect(report.passive.checked).toBe(want.checked);
    expect([...new Set(report.findings.map((finding) => finding.checkId))].sort()).toEqual(want.findings);
  });

  it('lists what it did not check, with the reason', async () => {
    const report = await check(
      har(
        entry({ method: 'GET', url: `${HOST}/favicon.ico?api_key=secret-123` }, { status: 404 }),
        entry({ postData: { mimeType: FORM, text: 'x=1' } }, { status: 0 }),
      ),
    );
    expect(report.passive.passedOver).toEqual([
      expect.objectContaining({ reason: 'unknown-path', url: `${HOST}/favicon.ico`, label: 'entry 1' }),
      expect.objectContaining({ reason: 'no-response', label: 'entry 2' }),
    ]);
    expect(runExitCode(report, false)).toBe(2); // nothing checked: as `run` when every step was skipped
  });
});

describe('unusable HAR files name what is wrong and where', () => {
  const cases = [
    { given: 'not json', want: /the file is not JSON/ },
    { given: '{"log":{}}', want: /log\.entries is missing or not an array/ },
    { given: har({ request: { method: 'GET' } }), want: /log\.entries\[0\]\.request\.url is missing/ },
    {
      given: har(entry({ headers: ['Accept: */*'] })),
      want: /log\.entries\[0\]\.request\.headers\[0\] is missing or not an object/,
    },
    {
      given: har({ request: { method: 'GET', url: '/relative' } }),
      want: /log\.entries\[0\]\.request\.url is not an absolute URL/,
    },
    {
      given: har(entry({}, { content: { text: 'x', encoding: 'gzip' } })),
      want: /log\.entries\[0\]\.response\.content\.encoding 'gzip' is not supported/,
    },
  ];
  it.each(cases)('$want', ({ given, want }) => {
    expect(() => parseHar(given)).toThrow(HarError);
    expect(() => parseHar(given)).toThrow(want);
  });
});

describe('multipart request bodies (Chrome records them as postData.text with the boundary)', () => {
  const url = `${HOST}/genesys/1/service/svc-1/storage`;
  const type = 'multipart/form-data; boundary=XyZ';
  const body = [
    '--XyZ',
    'Content-Disposition: form-data; name="_phone_number"',
    '',
    '5551234',
    '--XyZ',
    'Content-Disposition: form-data; name="FileKey"; filename="pic.png"',
    'Content-Type: image/png',
    '',
    '\u0089PNG',
    '--XyZ--',
    '',
  ].join('\r\n');
  const cases = [
    { name: 'a text and a file part match the contract', text: body, want: [] },
    {
      name: 'a body cut off before its closing boundary is reported',
      text: body.slice(0, 60),
      want: ['request-conformance'],
    },
  ];
  it.each(cases)('$name', async ({ text, want }) => {
    const session = new PassiveSession({
      surfaces,
      source: 'har',
      target: 'test.har',
      redactor: new Redactor(),
      checks: ['request-conformance'],
    });
    const [exchange] = parseHar(
      har(entry({ url, headers: [{ name: 'Content-Type', value: type }], postData: { mimeType: type, text } })),
    ).entries;
    const result = await session.check(exchange!);
    expect(result.checked && result.operation.operationId).toBe('createOrUpdateGmsStorage');
    expect(session.report().findings.map((finding) => finding.checkId)).toEqual(want);
  });
});

it('keeps reports bounded for long sessions: the oldest steps go, counts and exit code cover everything', async () => {
  const session = new PassiveSession({ surfaces, source: 'proxy', target: 't', redactor: new Redactor(), maxKept: 2 });
  const failing = entry({ postData: { mimeType: FORM, text: 'change%5Ba%5D=b' } }, { status: 418 });
  const unknown = entry({ method: 'GET', url: `${HOST}/favicon.ico` });
  for (const exchange of parseHar(har(failing, failing, failing, unknown, unknown, unknown)).entries)
    await session.check(exchange);
  const report = session.report();
  expect(report.steps.map((step) => step.name)).toEqual(['entry 2', 'entry 3']);
  expect(report.summary.steps.failed).toBe(3);
  expect(report.summary.errors).toBe(3);
  expect(report.findings).toHaveLength(2);
  expect(report.passive).toMatchObject({
    checked: 3,
    unknownPath: 3,
    dropped: { steps: 1, findings: 1, passedOver: 1 },
  });
  expect(runExitCode(report, false)).toBe(1);
});
