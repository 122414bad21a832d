// Browser apps on another origin can call the mock: preflights are answered, credentials (the JSESSIONID cookie,
// Basic auth) are allowed, and the headers a frontend reads are exposed.
import { describe, expect, it } from 'vitest';
import { useMock } from './mock-process.js';

const mock = useMock();
const origin = 'http://localhost:5173';

describe('CORS preflight', () => {
  it('answers 204 with the origin, the path’s methods, the requested headers and credentials', async () => {
    const response = await fetch(`${mock.url}/api/v2/me/interactions/abc`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, x-csrf-token, prefer',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-allow-methods')).toBe('POST');
    expect(response.headers.get('access-control-allow-headers')).toBe('content-type, x-csrf-token, prefer');
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('vary')).toContain('Origin');
    expect(await response.text()).toBe('');
  });

  it('lists every documented method when the requested one is not documented on the path', async () => {
    const response = await fetch(`${mock.url}/genesys/1/service/abc`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'PUT' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-methods')).toBe('DELETE, POST');
  });

  it('answers a preflight for an unknown path too, so the app then reads the 404', async () => {
    const response = await fetch(`${mock.url}/no/such/path`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET' },
    });
    expect(response.status).toBe(204);
  });
});

describe('CORS on answers', () => {
  it('echoes the origin and exposes the headers a frontend reads (Location, CSRF, violations, operation)', async () => {
    const response = await fetch(`${mock.url}/genesys/1/cs/services/111222`, { headers: { origin } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    const exposed = response.headers.get('access-control-expose-headers')!.split(', ');
    expect(exposed).toEqual(
      expect.arrayContaining([
        'sl-violations',
        'x-csrf-header',
        'x-csrf-token',
        'location',
        'x-cx-operation',
        'x-cx-mock-error',
        'allow',
      ]),
    );
  });

  it('carries CORS headers on the mock’s own errors as well', async () => {
    const response = await fetch(`${mock.url}/genesys/2/openmedia/svc`, {
      method: 'POST',
      headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'userData=foo',
    });
    expect(response.status).toBe(422);
    expect(response.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('answers * without credentials when there is no Origin (curl, server-side callers)', async () => {
    const response = await fetch(`${mock.url}/genesys/1/cs/services/111222`);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
