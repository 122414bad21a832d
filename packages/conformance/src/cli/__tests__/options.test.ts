import { describe, expect, it } from 'vitest';
import { UsageError } from '../exit-codes.js';
import { main } from '../main.js';
import { readSurfaces } from '@cx-contracts/spec-bundle';
import { SCENARIOS } from '../../scenarios/index.js';
import { credentialArguments, DEFAULTS, parseDuration, parseRate, parseRunOptions, SURFACES } from '../options.js';

const base = ['--surface', 'v3', '--base-url', 'http://localhost:8080'];

describe('the surfaces', () => {
  it('are the APIs redocly.yaml lists, in its order, and each has scenarios to run', () => {
    expect(SURFACES).toEqual(readSurfaces().map(({ name }) => name));
    expect(parseRunOptions(['--surface', 'all', '--base-url', 'http://x'], {}).surfaces).toEqual(SURFACES);
    expect(Object.keys(SCENARIOS).sort()).toEqual([...SURFACES].sort());
  });
});

describe('parseRunOptions', () => {
  it('applies the documented defaults', () => {
    expect(parseRunOptions(base, {})).toMatchObject({
      surfaces: ['v3'],
      baseUrl: 'http://localhost:8080',
      concurrency: DEFAULTS.concurrency,
      ratePerSecond: DEFAULTS.ratePerSecond,
      timeoutMs: DEFAULTS.timeoutMs,
      budgetMs: DEFAULTS.budgetMs,
      serviceName: 'request-interaction',
      openMediaService: 'customer-support',
      readOnly: false,
      excludeChecks: [],
    });
  });

  it('expands all, reads lists, headers, reports and credentials from the environment', () => {
    const options = parseRunOptions(
      [
        '--surface',
        'all',
        '--base-url',
        'https://gms.example.com/',
        '--checks',
        'round-trip, auth-required',
        '--header',
        'ContactCenterId: 42',
        '--report',
        'junit=out/r.xml',
        '--report',
        'html=r.html',
        '--read-only',
      ],
      { CX_API_KEY: 'k-1', CX_BASIC_AUTH: 'u:p' },
    );
    expect(options).toMatchObject({
      surfaces: ['v1', 'v2', 'v3', 'context-service'],
      baseUrl: 'https://gms.example.com',
      checks: ['round-trip', 'auth-required'],
      headers: { ContactCenterId: '42' },
      reports: [
        { format: 'junit', path: 'out/r.xml' },
        { format: 'html', path: 'r.html' },
      ],
      apiKey: 'k-1',
      basic: 'u:p',
      readOnly: true,
    });
  });

  it('treats empty credential variables as not given (unset workflow secrets arrive empty)', () => {
    const options = parseRunOptions(base, { CX_API_KEY: '', CX_BASIC_AUTH: '' });
    expect(options.apiKey).toBeUndefined();
    expect(options.basic).toBeUndefined();
    expect(() => parseRunOptions([...base, '--api-key', ''], {})).toThrow(/--api-key \(or CX_API_KEY\) is empty/);
  });

  it('prefers flags over the environment', () => {
    expect(parseRunOptions([...base, '--api-key', 'flag'], { CX_API_KEY: 'env' }).apiKey).toBe('flag');
  });

  it.each([
    [['--base-url', 'http://x'], /--surface is required/],
    [['--surface', 'v9', '--base-url', 'http://x'], /unknown surface 'v9'/],
    [['--surface', 'v3'], /--base-url is required/],
    [['--surface', 'v3', '--base-url', 'ftp://x'], /must be http or https/],
    [['--surface', 'v3', '--base-url', 'http://u:secret@x'], /--base-url contains credentials/],
    [[...base, '--concurrency', '0'], /--concurrency must be a whole number >= 1/],
    [[...base, '--rate-limit', 'fast'], /--rate-limit must look like 10\/s/],
    [[...base, '--timeout', '1.5'], /--timeout must be a whole number/],
    [[...base, '--budget', 'soon'], /--budget must be a positive duration/],
    [[...base, '--header', 'no colon'], /--header must look like 'Name: value'/],
    [[...base, '--report', 'pdf=x.pdf'], /--report must be FORMAT=PATH/],
    [[...base, '--basic', 'nocolon'], /--basic .* must look like user:password/],
    [[...base, '--service-name', 'a/b'], /--service-name must be a single path segment/],
    [[...base, '--bogus'], /Unknown option '--bogus'/],
  ])('refuses %j with a message that says what to fix', (argv, message) => {
    expect(() => parseRunOptions(argv as string[], {})).toThrow(UsageError);
    expect(() => parseRunOptions(argv as string[], {})).toThrow(message);
  });

  it('never echoes the credentials of a base URL', () => {
    try {
      parseRunOptions(['--surface', 'v3', '--base-url', 'http://u:hunter22@x'], {});
    } catch (error) {
      expect(String((error as Error).message)).not.toContain('hunter22');
    }
  });
});

describe('durations and rates', () => {
  it.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1500', 1500],
    ['250ms', 250],
  ])('%s', (text, ms) => expect(parseDuration('--budget', text, 0)).toBe(ms));

  it.each([
    ['10/s', 10],
    ['0', 0],
    ['2.5', 2.5],
  ])('%s', (text, rate) => expect(parseRate(text)).toBe(rate));
});

describe('credentials in messages (issue 9 item 8)', () => {
  it.each([
    ['a header written with = instead of :', ['--header', 'X-Api-Key=SECRET-4711']],
    ['a header with no name', ['--header', ': SECRET-4711']],
    ['a misplaced basic password', ['--basic', 'agent', 'SECRET-4711']],
    ['a mistyped base URL with credentials', ['--base-url', 'http//agent:SECRET-4711@host']],
  ])('%s: the usage error never shows the value', async (_name, extra) => {
    let out = '';
    const code = await main({
      argv: ['run', '--surface', 'v3', '--base-url', 'http://127.0.0.1:9', ...extra],
      env: {},
      stdout: (text) => (out += text),
      stderr: (text) => (out += text),
    });
    expect(code).toBe(2);
    expect(out).toMatch(/cx-conformance: /);
    expect(out).not.toContain('SECRET');
  });

  it.each([
    ['proxy', ['proxy', '--target', 'http://127.0.0.1:9', 'agent:SECRET-4711']],
    ['check-har', ['check-har', 'a.har', '--surface']],
  ])('%s: a parse error never shows a misplaced value', async (_name, argv) => {
    let out = '';
    const code = await main({ argv, env: {}, stdout: (text) => (out += text), stderr: (text) => (out += text) });
    expect(code).toBe(2);
    expect(out).toMatch(/cx-conformance: /);
    expect(out).not.toContain('SECRET');
  });

  it('points at the typo without the value', () => {
    expect(() => parseRunOptions([...base, '--header', 'X-Api-Key=SECRET-4711'], {})).toThrow(
      expect.objectContaining({ hint: "write it as --header 'X-Api-Key: …' (a colon after the name)" }),
    );
  });

  it('redacts only credentials, not ordinary header values', () => {
    expect(
      credentialArguments(
        [
          '--header',
          'ContactCenterId: 1001',
          '--header',
          'X-Auth-Token: tok-1',
          '--api-key=k-123',
          '--basic',
          'u:pw12',
        ],
        { CX_API_KEY: 'env-key' },
      ),
    ).toEqual(['X-Auth-Token: tok-1', 'tok-1', 'k-123', 'u:pw12', 'pw12', 'env-key']);
  });
});
