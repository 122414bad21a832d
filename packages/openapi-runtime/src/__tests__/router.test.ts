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
  const table: { name: string; given: [string, string]; want: unknown }[] = [
    {
      name: 'ext_ prefix goes to the template with more literal characters',
      given: ['GET', '/nexus/v3/openmedia/chat/interactions/ext_abc'],
      want: { id: 'byExternalId', params: { openMediaService: 'chat', externalId: 'abc' } },
    },
    {
      name: 'plain id goes to {interactionId}',
      given: ['GET', '/nexus/v3/openmedia/chat/interactions/abc'],
      want: { id: 'byId', params: { openMediaService: 'chat', interactionId: 'abc' } },
    },
    {
      name: 'the bare prefix alone does not match ext_{externalId} (a parameter is never empty)',
      given: ['GET', '/nexus/v3/openmedia/chat/interactions/ext_'],
      want: { id: 'byId', params: { openMediaService: 'chat', interactionId: 'ext_' } },
    },
    {
      name: 'the method filter comes first: DELETE on ext_abc reaches the only DELETE template',
      given: ['DELETE', '/nexus/v3/openmedia/chat/interactions/ext_abc'],
      want: { id: 'deleteById', params: { openMediaService: 'chat', interactionId: 'ext_abc' } },
    },
    {
      name: 'a literal suffix segment beats a shorter template',
      given: ['POST', '/nexus/v3/openmedia/chat/interactions/abc/change-properties'],
      want: { id: 'changeProperties', params: { openMediaService: 'chat', interactionId: 'abc' } },
    },
    {
      name: 'params are percent-decoded, %2F included (it is data, not a separator)',
      given: ['GET', '/nexus/v3/openmedia/chat%20room/interactions/a%2Fb'],
      want: { id: 'byId', params: { openMediaService: 'chat room', interactionId: 'a/b' } },
    },
    {
      name: 'an encoded unreserved character matches the literal (RFC 3986 §6.2.2.2)',
      given: ['GET', '/nexus/v3/openmedia/chat/interactions/ext%5Fabc'],
      want: { id: 'byExternalId', params: { openMediaService: 'chat', externalId: 'abc' } },
    },
    {
      name: 'method is case-insensitive and the query string is ignored',
      given: ['get', '/api/v2/me/interactions?x=1'],
      want: { id: 'me', params: {} },
    },
    {
      name: 'two parameters in one segment split at the first literal',
      given: ['GET', '/files/report.tar.gz'],
      want: { id: 'file', params: { name: 'report', ext: 'tar.gz' } },
    },
    {
      name: 'wrong method on a known path is method-not-allowed with every allowed method',
      given: ['PUT', '/nexus/v3/openmedia/chat/interactions/ext_abc'],
      want: { error: 'method-not-allowed', allowed: ['DELETE', 'GET'] },
    },
    { name: 'unknown path', given: ['GET', '/nope'], want: { error: 'not-found' } },
    {
      name: 'trailing slash is a different path',
      given: ['GET', '/api/v2/me/interactions/'],
      want: { error: 'not-found' },
    },
    {
      name: 'an empty segment never fills a parameter',
      given: ['GET', '/nexus/v3/openmedia//interactions/abc'],
      want: { error: 'not-found' },
    },
    {
      name: 'a parameter never spans a /',
      given: ['POST', '/api/v2/me/interactions/a/b'],
      want: { error: 'not-found' },
    },
    {
      name: 'malformed percent-encoding does not match',
      given: ['POST', '/api/v2/me/interactions/%E0%A4%A'],
      want: { error: 'not-found' },
    },
  ];
  it.each(table)('$name', ({ given, want }) => {
    const result = router.match(...given);
    const got = 'operation' in result && result.operation ? { id: result.operation.id, params: result.params } : result;
    expect(got).toEqual(want);
  });
});

describe('createRouter tie-breaking', () => {
  const table = [
    {
      name: 'same literal count: fewer parameters wins',
      given: [
        { id: 'two', method: 'GET', pathTemplate: '/a/{x}-{y}' },
        { id: 'one', method: 'GET', pathTemplate: '/a/{x}-' },
      ],
      path: '/a/b-',
      want: 'one',
    },
    {
      name: 'full tie: the template declared last wins (as Prism)',
      given: [
        { id: 'first', method: 'GET', pathTemplate: '/a/{x}/b' },
        { id: 'last', method: 'GET', pathTemplate: '/a/b/{x}' },
      ],
      path: '/a/b/b',
      want: 'last',
    },
    {
      name: 'declaration order never beats more literal characters',
      given: [
        { id: 'literal', method: 'GET', pathTemplate: '/x/ext_{id}' },
        { id: 'param', method: 'GET', pathTemplate: '/x/{id}' },
      ],
      path: '/x/ext_1',
      want: 'literal',
    },
  ];
  it.each(table)('$name', ({ given, path, want }) => {
    const result = createRouter(given).match('GET', path);
    expect('operation' in result && result.operation?.id).toBe(want);
  });
});
