import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../diff.js';

const doc = (security: unknown) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths: { '/a': { get: { security, responses: { '200': { description: 'ok' } } } } },
  components: {
    securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' }, oauth: { type: 'oauth2', flows: {} } },
  },
});

describe('security requirements (alternatives of AND-sets, OpenAPI 3.1 §4.8.30)', () => {
  it.each([
    { name: 'none → key', base: [], head: [{ key: [] }], want: ['security-requirement-added'] },
    { name: 'key → none', base: [{ key: [] }], head: [], want: ['security-requirement-removed'] },
    {
      name: 'key → key or anonymous',
      base: [{ key: [] }],
      head: [{ key: [] }, {}],
      want: ['security-requirement-removed'],
    },
    {
      name: 'key or oauth → key',
      base: [{ key: [] }, { oauth: [] }],
      head: [{ key: [] }],
      want: ['security-requirement-added'],
    },
    {
      name: 'key → key and oauth',
      base: [{ key: [] }],
      head: [{ key: [], oauth: [] }],
      want: ['security-requirement-added'],
    },
    {
      name: 'oauth[read] → oauth[read write]',
      base: [{ oauth: ['read'] }],
      head: [{ oauth: ['read', 'write'] }],
      want: ['security-requirement-added'],
    },
    {
      name: 'oauth[read write] → oauth[read]',
      base: [{ oauth: ['read', 'write'] }],
      head: [{ oauth: ['read'] }],
      want: ['security-requirement-removed'],
    },
    {
      name: 'key → oauth',
      base: [{ key: [] }],
      head: [{ oauth: [] }],
      want: ['security-requirement-added', 'security-requirement-removed'],
    },
    {
      name: 'reordered alternatives',
      base: [{ key: [] }, { oauth: [] }],
      head: [{ oauth: [] }, { key: [] }],
      want: [],
    },
  ])('$name', ({ base, head, want }) => {
    expect(diffDocuments(doc(base), doc(head)).map((c) => c.kind)).toEqual(want);
  });

  it('reports a scheme that now travels differently, once for the document', () => {
    const head = doc([{ key: [] }]);
    head.components.securitySchemes.key.in = 'query';
    const changes = diffDocuments(doc([{ key: [] }]), head);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'security-scheme-changed',
        location: '/components/securitySchemes/key',
        breaks: { clients: true, implementations: true },
      }),
    ]);
  });
});
