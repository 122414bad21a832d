import { describe, expect, it } from 'vitest';
import { classifyGmsResult, classifyGwsResult, type GmsEnvelope, type GwsEnvelope } from '../failure-envelopes.js';

describe('classifyGmsResult', () => {
  const cases: { name: string; given: GmsEnvelope; want: unknown }[] = [
    {
      name: 'statusCode 0 is success and carries the reply',
      given: { statusCode: 0, interactionId: '01QG0Q2S5S50G000' },
      want: { kind: 'success', result: { statusCode: 0, interactionId: '01QG0Q2S5S50G000' } },
    },
    { name: 'statusCode 1 is retryable', given: { statusCode: 1 }, want: { kind: 'retryable' } },
    {
      name: 'statusCode 2 is a final failure with the first error’s code and advice',
      given: {
        statusCode: 2,
        errors: [
          { code: 248, advice: 'not found' },
          { code: 1, advice: 'other' },
        ],
      },
      want: {
        kind: 'failure',
        code: 248,
        advice: 'not found',
        errors: [
          { code: 248, advice: 'not found' },
          { code: 1, advice: 'other' },
        ],
      },
    },
    {
      name: 'statusCode 2 without errors is still a failure',
      given: { statusCode: 2 } as GmsEnvelope,
      want: { kind: 'failure', code: undefined, advice: undefined, errors: [] },
    },
    {
      name: 'an undocumented statusCode is a failure, not a retry',
      given: { statusCode: 7 } as unknown as GmsEnvelope,
      want: { kind: 'failure', code: undefined, advice: undefined, errors: [] },
    },
  ];
  for (const { name, given, want } of cases) it(name, () => expect(classifyGmsResult(given)).toEqual(want));

  it('refuses what is not a GMS reply, saying what it got', () => {
    expect(() => classifyGmsResult(undefined)).toThrow(/got undefined/);
    expect(() => classifyGmsResult([] as unknown as GmsEnvelope)).toThrow(/got an array/);
    expect(() => classifyGmsResult({ status: 'ok' } as unknown as GmsEnvelope)).toThrow(/statusCode/);
  });
});

describe('classifyGwsResult', () => {
  const cases: { name: string; given: GwsEnvelope | undefined; want: unknown }[] = [
    {
      name: '{"status":"ok"} is success',
      given: { status: 'ok' },
      want: { kind: 'success', result: { status: 'ok' } },
    },
    {
      name: '{"status":"error"} is a failure with errorDescription as statusMessage',
      given: { status: 'error', errorDescription: 'Invalid state' },
      want: { kind: 'failure', code: undefined, statusMessage: 'Invalid state' },
    },
    {
      name: '{"status":0} (Cancel) is success',
      given: { status: 0 },
      want: { kind: 'success', result: { status: 0 } },
    },
    {
      name: '{"statusCode":0} is success, referenceId kept',
      given: { statusCode: 0, referenceId: 7 },
      want: { kind: 'success', result: { statusCode: 0, referenceId: 7 } },
    },
    {
      name: '{"statusCode":N,"statusMessage"} is a failure with code N',
      given: { statusCode: 6, statusMessage: 'Resource not found' },
      want: { kind: 'failure', code: 6, statusMessage: 'Resource not found' },
    },
    {
      name: 'an empty 200 (Accept, Reject) is success',
      given: undefined,
      want: { kind: 'success', result: undefined },
    },
  ];
  for (const { name, given, want } of cases) it(name, () => expect(classifyGwsResult(given)).toEqual(want));

  it('refuses a reply with neither statusCode nor status', () => {
    expect(() => classifyGwsResult({ uris: [] } as unknown as GwsEnvelope)).toThrow(/neither/);
    expect(() => classifyGwsResult(5 as unknown as GwsEnvelope)).toThrow(/got number/);
  });
});
