import { describe, expect, it } from 'vitest';
import { REDACTED, Redactor } from '../redactor.js';

describe('Redactor', () => {
  const redactor = new Redactor();
  redactor.add('key-abc-123');
  redactor.addBasic('agent:s3cr3t-pass');
  redactor.add('ab'); // too short to redact safely: ignored

  it.each([
    ['an API key echoed in a body', 'invalid key key-abc-123 given', `invalid key ${REDACTED} given`],
    ['basic credentials as text', 'user agent:s3cr3t-pass', `user ${REDACTED}`],
    ['the password alone', 'pw=s3cr3t-pass', `pw=${REDACTED}`],
    [
      'the base64 form on the wire',
      `Basic ${Buffer.from('agent:s3cr3t-pass').toString('base64')}`,
      `Basic ${REDACTED}`,
    ],
    [
      'a percent-encoded secret',
      'q=key-abc-123'.replace('key-abc-123', encodeURIComponent('key-abc-123')),
      `q=${REDACTED}`,
    ],
    ['ordinary text', 'about the abacus', 'about the abacus'],
  ])('%s', (_name, input, want) => {
    expect(redactor.text(input)).toBe(want);
  });

  it('blanks sensitive headers whatever their value', () => {
    expect(
      redactor.headers({
        Authorization: 'Bearer x',
        'x-api-key': 'zzz',
        Cookie: 'JSESSIONID=1',
        'X-CSRF-TOKEN': 't',
        accept: 'json',
      }),
    ).toEqual({
      Authorization: REDACTED,
      'x-api-key': REDACTED,
      Cookie: REDACTED,
      'X-CSRF-TOKEN': REDACTED,
      accept: 'json',
    });
  });

  it('redacts deep inside report-like values', () => {
    expect(
      redactor.value({ findings: [{ received: { note: 'key-abc-123' } }], options: { headers: ['x-api-key'] } }),
    ).toEqual({
      findings: [{ received: { note: REDACTED } }],
      options: { headers: ['x-api-key'] },
    });
  });
});

describe('Redactor: values only, only real credentials (issue 12 item 8)', () => {
  it('never rewrites keys, so a secret equal to a report key leaves the report intact', () => {
    const redactor = new Redactor();
    redactor.add('summary');
    redactor.add('findings');
    const report = { summary: { errors: 1 }, findings: [{ message: 'the summary is wrong' }] };
    expect(redactor.value(report)).toEqual({
      summary: { errors: 1 },
      findings: [{ message: `the ${REDACTED} is wrong` }],
    });
  });

  it('keeps key order', () => {
    expect(Object.keys(new Redactor().value({ b: 1, a: 2, c: { z: 1, y: 2 } }))).toEqual(['b', 'a', 'c']);
  });

  it('redacts the lower-cased, upper-cased and base64 forms of a configured credential', () => {
    const redactor = new Redactor();
    redactor.addCredential('Key-AbC-123');
    for (const form of ['Key-AbC-123', 'key-abc-123', 'KEY-ABC-123', Buffer.from('Key-AbC-123').toString('base64')])
      expect(redactor.text(`echo ${form} end`)).toBe(`echo ${REDACTED} end`);
  });

  it('walks a 400k-deep value without overflowing the stack', () => {
    let deep: unknown = 'key-abc-123';
    for (let i = 0; i < 400_000; i += 1) deep = [deep];
    const redactor = new Redactor();
    redactor.add('key-abc-123');
    expect(() => redactor.value(deep)).not.toThrow();
  });
});
