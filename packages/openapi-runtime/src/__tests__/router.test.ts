import { describe, expect, it } from 'vitest';
import { createRouter } from '../router.js';

const base = '/nexus/v3/openmedia/{openMediaService}/interactions';
const operations = [
  { id: 'create', method: 'POST', pathTemplate: base },
  { id: 'byId', method: 'GET', pathTemplate: `${base}/{interactionId}` },
  { id: 'deleteById', method: 'DELETE', pathTemplate: `${base}/{interactionId}` },
  { id: 'byExternalId', method: 'GET', pathTemplate: `${base}/ext_{externalId}` },
  { id: 'changeProperties', method: 'POST', pathTemplate: `${base}/{interactionId}/change-properties` },
  { id: 'me', method: 'GET', pathTemplate: '/api/v2/me/interactions' },
  { id: 'meInteraction', method: 'POST', pathTemplate: '/api/v2/me/interactions/{id}' },
  { id: 'file', method: 'GET', pathTemplate: '/files/{name}.{ext}' },
];
const router = createRouter(operations);

describe('createRouter().match', () => {
  const chat = '/nexus/v3/openmedia/chat/interactions';
  const byId = (interactionId: string) => ({ openMediaService: 'chat', interactionId });
  // [why, method, path, want]: want is the operation id and params, or the router's error.
  const table: [string, string, string, unknown][] = [
    [
      'ext_ prefix goes to the template with more literal characters',
      'GET',
      `${chat}/ext_abc`,
      { id: 'byExternalId', params: { openMediaService: 'chat', externalId: 'abc' } },
    ],
    ['plain id goes to {interactionId}', 'GET', `${chat}/abc`, { id: 'byId', params: byId('abc') }],
    [
      'the bare prefix alone does not match ext_{externalId} (a parameter is never empty)',
      'GET',
      `${chat}/ext_`,
      { id: 'byId', params: byId('ext_') },
    ],
    [
      'the method filter comes first: DELETE on ext_abc reaches the only DELETE template',
      'DELETE',
      `${chat}/ext_abc`,
      { id: 'deleteById', params: byId('ext_abc') },
    ],
    [
      'a literal suffix segment beats a shorter template',
      'POST',
      `${chat}/abc/change-properties`,
      { id: 'changeProperties', params: byId('abc') },
    ],
    [
      'params are percent-decoded, %2F included (it is data, not a separator)',
      'GET',
      '/nexus/v3/openmedia/chat%20room/interactions/a%2Fb',
      { id: 'byId', params: { openMediaService: 'chat room', interactionId: 'a/b' } },
    ],
    [
      'an encoded unreserved character matches the literal (RFC 3986 §6.2.2.2)',
      'GET',
      `${chat}/ext%5Fabc`,
      { id: 'byExternalId', params: { openMediaService: 'chat', externalId: 'abc' } },
    ],
    [
      'method is case-insensitive and the query string is ignored',
      'get',
      '/api/v2/me/interactions?x=1',
      { id: 'me', params: {} },
    ],
    [
      'two parameters in one segment split at the first literal',
      'GET',
      '/files/report.tar.gz',
      { id: 'file', params: { name: 'report', ext: 'tar.gz' } },
    ],
    [
      'wrong method on a known path is method-not-allowed with every allowed method',
      'PUT',
      `${chat}/ext_abc`,
      { error: 'method-not-allowed', allowed: ['DELETE', 'GET'] },
    ],
    ['unknown path', 'GET', '/nope', { error: 'not-found' }],
    ['trailing slash is a different path', 'GET', '/api/v2/me/interactions/', { error: 'not-found' }],
    [
      'an empty segment never fills a parameter',
      'GET',
      '/nexus/v3/openmedia//interactions/abc',
      { error: 'not-found' },
    ],
    ['a parameter never spans a /', 'POST', '/api/v2/me/interactions/a/b', { error: 'not-found' }],
    ['malformed percent-encoding does not match', 'POST', '/api/v2/me/interactions/%E0%A4%A', { error: 'not-found' }],
  ];
  it.each(table)('%s', (_, method, path, want) => {
    const result = router.match(method, path);
    const got = 'operation' in result && result.operation ? { id: result.operation.id, params: result.params } : result;
    expect(got).toEqual(want);
  });
});

describe('createRouter tie-breaking', () => {
  // [why, templates in declaration order, path, the template that wins]
  const table: [string, string[], string, string][] = [
    ['same literal count: fewer parameters wins', ['/a/{x}-{y}', '/a/{x}-'], '/a/b-', '/a/{x}-'],
    ['full tie: the template declared last wins (as Prism)', ['/a/{x}/b', '/a/b/{x}'], '/a/b/b', '/a/b/{x}'],
    ['declaration order never beats more literal characters', ['/x/ext_{id}', '/x/{id}'], '/x/ext_1', '/x/ext_{id}'],
  ];
  it.each(table)('%s', (_, templates, path, want) => {
    const result = createRouter(
      templates.map((pathTemplate) => ({ id: pathTemplate, method: 'GET', pathTemplate })),
    ).match('GET', path);
    expect('operation' in result && result.operation?.id).toBe(want);
  });
});
