import { describe, expect, it } from 'vitest';
import { eachOperation, HTTP_METHODS, pathItemOperations } from '../operations.js';

describe('pathItemOperations', () => {
  it('yields the operation fields in the specification order, skipping parameters and non-objects', () => {
    const pathItem = { parameters: [], post: { operationId: 'b' }, get: { operationId: 'a' }, put: null, summary: 'x' };
    expect([...pathItemOperations(pathItem)].map(([method]) => method)).toEqual(['get', 'post']);
  });

  it('knows all eight methods of OpenAPI 3.1', () => {
    const pathItem = Object.fromEntries(HTTP_METHODS.map((method) => [method, {}]));
    expect([...pathItemOperations(pathItem)]).toHaveLength(8);
  });
});

describe('eachOperation', () => {
  it('walks paths in document order', () => {
    const document = { paths: { '/b': { delete: { operationId: 'd' } }, '/a': { get: { operationId: 'g' } } } };
    expect([...eachOperation(document)].map(({ pathTemplate, method }) => `${method} ${pathTemplate}`)).toEqual([
      'delete /b',
      'get /a',
    ]);
  });

  it('yields nothing for a document without paths', () => {
    expect([...eachOperation({ openapi: '3.1.0' })]).toEqual([]);
    expect([...eachOperation(null)]).toEqual([]);
  });
});
