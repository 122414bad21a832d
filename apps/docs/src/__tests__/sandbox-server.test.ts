import { describe, expect, it } from 'vitest';
import { SANDBOX_URL, withSandboxServer } from '../sandbox-server.mjs';

describe('withSandboxServer', () => {
  const spec = {
    openapi: '3.1.0',
    servers: [{ url: '{baseUrl}', variables: { baseUrl: { default: 'http://localhost:8080' } } }],
  };

  it('offers the sandbox after the spec’s own servers, without touching the input', () => {
    const page = withSandboxServer(spec);
    expect(page.servers.map((s: { url: string }) => s.url)).toEqual(['{baseUrl}', 'http://127.0.0.1:4010']);
    expect(spec.servers).toHaveLength(1);
  });

  it('keeps the default server of a document without servers, and does not add the sandbox twice', () => {
    expect(withSandboxServer({ openapi: '3.1.0' }).servers.map((s: { url: string }) => s.url)).toEqual([
      '/',
      SANDBOX_URL,
    ]);
    const once = withSandboxServer(spec);
    expect(withSandboxServer(once)).toBe(once);
  });
});
