// scripts/check-base-url.mjs: the conformance workflow's gate on which deployments its secrets may reach.
import { describe, expect, it } from 'vitest';
import { baseUrlProblem } from '../../../scripts/check-base-url.mjs';

const allowed = 'https://gms.example.com:8080, https://nexus.example.com\nhttp://127.0.0.1:4010';

describe('baseUrlProblem', () => {
  it.each([
    ['https://gms.example.com:8080', undefined],
    ['https://nexus.example.com/', undefined],
    ['http://127.0.0.1:4010', undefined],
    [
      'https://evil.example.net',
      "base-url https://evil.example.net is not one of the conformance environment's allowed base URLs (https://gms.example.com:8080, https://nexus.example.com, http://127.0.0.1:4010)",
    ],
    ['https://gms.example.com', expect.stringContaining('is not one of')], // another port is another origin
    ['https://user:pw@gms.example.com:8080', 'base-url contains credentials; pass them as secrets, never in the URL'],
    ['https://gms.example.com:8080/api', 'base-url has a path, query or fragment; pass scheme, host and port only'],
    ['ftp://gms.example.com', 'base-url uses ftp:, not http(s)'],
    ['gms.example.com', 'base-url is not a URL'],
  ])('%s → %s', (baseUrl, want) => {
    expect(baseUrlProblem(baseUrl, allowed)).toEqual(want);
  });

  it('refuses every URL when the environment allows none', () => {
    expect(baseUrlProblem('https://gms.example.com:8080', '')).toMatch(/CX_ALLOWED_BASE_URLS is empty/);
    expect(baseUrlProblem('https://gms.example.com:8080', undefined)).toMatch(/CX_ALLOWED_BASE_URLS is empty/);
  });
});
