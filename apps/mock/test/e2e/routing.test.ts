// The contract's router decides which operation answers (most literal template wins, contract-decisions rule 9),
// whatever order the paths are declared in; unknown paths and methods get clear 404/405 answers.
import { describe, expect, it } from 'vitest';
import { useMock } from './mock-process.js';

const mock = useMock();
const apiKey = { 'x-api-key': 'example-api-key' };

describe('ext_ paths reach the external-id operations', () => {
  it.each([
    ['GET', '/nexus/v3/openmedia/x/interactions/ext_xy932', 'getNexusInteractionByExternalId'],
    ['GET', '/nexus/v3/openmedia/x/interactions/xy932', 'getNexusInteraction'],
    ['GET', '/nexus/v3/openmedia/x/interactions/ext_', 'getNexusInteraction'],
    ['GET', '/nexus/v3/openmedia/x/interactions/next_xy932', 'getNexusInteraction'],
    ['POST', '/nexus/v3/openmedia/x/interactions/ext_xy932/stop', 'stopNexusInteractionByExternalId'],
    ['POST', '/nexus/v3/openmedia/x/interactions/01QG0Q2S5S50G000/stop', 'stopNexusInteraction'],
    ['POST', '/nexus/v3/openmedia/x/interactions/ext_xy932/update', 'updateNexusInteractionByExternalId'],
    ['POST', '/nexus/v3/openmedia/x/interactions/01QG0Q2S5S50G000/update', 'updateNexusInteraction'],
    ['GET', '/nexus/v3/openmedia/x/interactions/ext_a%20b', 'getNexusInteractionByExternalId'],
  ])('%s %s → %s', async (method, path, operationId) => {
    const body = method === 'POST' ? '{"changedProperties":{"Subject":"Hello"}}' : undefined;
    const response = await fetch(mock.url + path, {
      method,
      headers: { ...apiKey, 'content-type': 'application/json' },
      body,
    });
    expect(response.headers.get('x-cx-operation')).toBe(operationId);
    expect(response.status, await response.text()).toBe(200);
  });
});

describe('other overlapping templates', () => {
  it.each([
    ['POST', '/genesys/2/openmedia/svc/01QG0Q2S5S50G000/get', 'getOpenMediaInteraction'],
    ['POST', '/genesys/1/service/request-chat', 'createGmsService'],
    ['GET', '/genesys/1/service/abc/storage/binary/photo', 'getGmsStorageBinaryKey'],
    ['GET', '/genesys/1/service/abc/storage/photo', 'getGmsStorageKey'],
    ['POST', '/genesys/1/cs/services/start', 'startCsService'],
    ['GET', '/api/v2/me/interactions', 'listMyGwsInteractions'],
  ])('%s %s → %s', async (method, path, operationId) => {
    const response = await fetch(mock.url + path, { method });
    expect(response.headers.get('x-cx-operation')).toBe(operationId);
  });
});

describe('paths and methods outside the contract', () => {
  it('answers an unknown path with a 404 problem that names only the request and the documented prefixes', async () => {
    const response = await fetch(`${mock.url}/admin/.env`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.headers.get('x-cx-mock-error')).toBe('path-not-found');
    const body = await response.json();
    expect(body.detail).toContain('GET /admin/.env');
    expect(body.detail).toContain('/nexus/v3/');
    expect(JSON.stringify(body)).not.toMatch(/\/work\/|node_modules|at .*\.js/);
  });

  it('answers a trailing slash as a different path (404), as the contract does', async () => {
    expect((await fetch(`${mock.url}/api/v2/me/interactions/`)).status).toBe(404);
  });

  it('answers an undocumented method with 405 and Allow', async () => {
    const response = await fetch(`${mock.url}/nexus/v3/openmedia/x/interactions`, { method: 'PUT', headers: apiKey });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect((await response.json()).allowed).toEqual(['POST']);
  });

  it('lists every documented method of a path in Allow', async () => {
    const response = await fetch(`${mock.url}/genesys/1/service/abc`, { method: 'PATCH' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('DELETE, POST');
  });
});
