import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadSurface } from '../load.js';
import { readDocument } from '../read-document.js';
import { sampleDocument } from './fixtures/sample-document.js';

const surface = loadSurface(sampleDocument);

describe('loadSurface().operations', () => {
  it('lists operations in document order', () => {
    expect(surface.operations.map(({ operationId, method }) => `${method} ${operationId}`)).toEqual([
      'POST createOpenMediaInteraction',
      'POST updateOpenMediaInteraction',
      'POST performInteractionOperation',
      'GET listItems',
      'GET getNexusInteraction',
      'GET getNexusInteractionByExternalId',
      'POST uploadAttachment',
    ]);
  });

  const table: { name: string; given: string; want: Record<string, unknown> }[] = [
    {
      name: 'pointer, safe, provisional, effective security (operation overrides root)',
      given: 'createOpenMediaInteraction',
      want: {
        pointer: '#/paths/~1genesys~12~1openmedia~1{serviceName}/post',
        pathTemplate: '/genesys/2/openmedia/{serviceName}',
        safe: false,
        provisional: false,
        security: [],
      },
    },
    {
      name: 'root security applies when the operation has none',
      given: 'listItems',
      want: { method: 'GET', safe: true, provisional: false, security: [{ apiKey: [] }] },
    },
    {
      name: 'operation-level x-provisional',
      given: 'performInteractionOperation',
      want: {
        provisional: true,
        requestBody: { required: true, pointer: '#/paths/~1api~1v2~1me~1interactions~1{id}/post/requestBody' },
      },
    },
    {
      name: 'path-level parameters through $ref, overridden by operation-level ones',
      given: 'updateOpenMediaInteraction',
      want: {
        parameters: [
          { name: 'serviceName', in: 'path', required: true, pointer: '#/components/parameters/ServiceName' },
          {
            name: 'id',
            description: 'operation-level',
            pointer: '#/paths/~1genesys~12~1openmedia~1{serviceName}~1{id}~1update/post/parameters/0',
          },
        ],
      },
    },
    {
      name: 'responses through $ref, headers resolved',
      given: 'listItems',
      want: {
        responses: {
          '200': {
            headers: { 'X-Total': { required: true, pointer: '#/paths/~1items/get/responses/200/headers/X-Total' } },
          },
          '4XX': { pointer: '#/components/responses/Problem', headers: {} },
        },
      },
    },
  ];
  it.each(table)('$name', ({ given, want }) => {
    expect(surface.getOperation(given)).toMatchObject(want);
  });

  it('leaves safe out when the operation has no x-safe', () =>
    expect('safe' in surface.getOperation('uploadAttachment')!).toBe(false));
  it('getOperation of an unknown id', () => expect(surface.getOperation('nope')).toBeUndefined());
});

describe('loadSurface().router', () => {
  const table = [
    { given: ['GET', '/nexus/v3/openmedia/chat/interactions/ext_42'], want: 'getNexusInteractionByExternalId' },
    { given: ['GET', '/nexus/v3/openmedia/chat/interactions/42'], want: 'getNexusInteraction' },
    { given: ['POST', '/genesys/2/openmedia/chat/abc/update'], want: 'updateOpenMediaInteraction' },
  ] as const;
  it.each(table)('$given.1 → $want', ({ given, want }) => {
    const match = surface.router.match(given[0], given[1]);
    expect('operation' in match && match.operation?.operationId).toBe(want);
  });
});

describe('loadSurface refuses', () => {
  const paths = (operation: object) => ({
    '/x': { get: { responses: { '200': { description: 'ok' } }, ...operation } },
  });
  const table: { name: string; given: object; error: RegExp }[] = [
    { name: 'OpenAPI 3.0', given: { openapi: '3.0.3', paths: {} }, error: /Expected an OpenAPI 3\.1\.x document/ },
    { name: 'no openapi field', given: { paths: {} }, error: /Expected an OpenAPI 3\.1\.x document/ },
    {
      name: 'duplicate operationIds',
      given: {
        openapi: '3.1.0',
        paths: { '/a': { get: { operationId: 'same' } }, '/b': { get: { operationId: 'same' } } },
      },
      error: /Duplicate operationId 'same' at #\/paths\/~1a\/get and #\/paths\/~1b\/get/,
    },
    {
      name: 'external $refs',
      given: { openapi: '3.1.0', paths: paths({ parameters: [{ $ref: 'parameters.yaml#/Id' }] }) },
      error: /External \$ref 'parameters\.yaml#\/Id' at #\/paths\/~1x\/get\/parameters\/0: load a bundled document/,
    },
    {
      name: 'unresolvable $refs',
      given: { openapi: '3.1.0', paths: paths({ parameters: [{ $ref: '#/components/parameters/Nope' }] }) },
      error: /Unresolvable \$ref/,
    },
  ];
  it.each(table)('$name', ({ given, error }) => expect(() => loadSurface(given)).toThrow(error));

  it('names an operation without operationId by method and path', () => {
    expect(loadSurface({ openapi: '3.1.0', paths: paths({}) }).operations[0]?.operationId).toBe('GET /x');
  });
});

describe('readDocument', () => {
  const table = [
    { name: 'YAML', file: 'openapi.yaml', text: stringify(sampleDocument) },
    { name: 'JSON', file: 'openapi.json', text: JSON.stringify(sampleDocument) },
  ];
  it.each(table)('reads $name', async ({ file, text }) => {
    const path = join(await mkdtemp(join(tmpdir(), 'openapi-runtime-')), file);
    await writeFile(path, text);
    expect(loadSurface(await readDocument(path)).operations).toHaveLength(surface.operations.length);
  });

  it('refuses a file without an object at the top', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'openapi-runtime-')), 'list.yaml');
    await writeFile(path, '- a\n- b\n');
    await expect(readDocument(path)).rejects.toThrow(/does not contain an OpenAPI document/);
  });
});
