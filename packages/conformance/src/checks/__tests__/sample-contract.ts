// A small, surface-agnostic OpenAPI 3.1 document that has one of every shape the checks care about. Checks never
// import a surface (style guide habit 6), so their tests do not either.
import { checkExchange, type ExchangeResponse } from '../../check-exchange.js';
import type { Finding } from '../../finding.js';
import { loadConformanceSurface, type ConformanceSurface } from '../../surface.js';

const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

export const SAMPLE_DOCUMENT = {
  openapi: '3.1.0',
  info: { title: 'sample', version: '1' },
  components: {
    securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'x-key' } },
    schemas: {
      Item: {
        type: 'object',
        required: ['id', 'count'],
        properties: { id: { type: 'string' }, count: { type: 'integer' }, note: { $ref: '#/components/schemas/Note' } },
      },
      Note: { type: 'object', 'x-provisional': true, properties: { text: { type: 'string' } } },
      Success: {
        type: 'object',
        required: ['statusCode', 'result'],
        properties: { statusCode: { const: 0 }, result: { type: 'string' } },
      },
      Retry: { type: 'object', required: ['statusCode'], properties: { statusCode: { const: 1 } } },
      Failure: {
        type: 'object',
        required: ['statusCode', 'errors'],
        properties: {
          statusCode: { const: 2 },
          errors: {
            type: 'array',
            minItems: 1,
            items: { type: 'object', required: ['code'], properties: { code: { type: 'integer' } } },
          },
        },
      },
      Envelope: {
        oneOf: [
          { $ref: '#/components/schemas/Success' },
          { $ref: '#/components/schemas/Retry' },
          { $ref: '#/components/schemas/Failure' },
        ],
      },
      Ok: { type: 'object', required: ['status'], properties: { status: { const: 'ok' } } },
      Error: {
        type: 'object',
        required: ['status', 'errorDescription'],
        properties: { status: { const: 'error' }, errorDescription: { type: 'string' } },
      },
      Failed: {
        type: 'object',
        required: ['statusCode', 'statusMessage'],
        properties: { statusCode: { type: 'integer', minimum: 1 }, statusMessage: { type: 'string' } },
      },
      Reply: {
        oneOf: [
          { $ref: '#/components/schemas/Ok' },
          { $ref: '#/components/schemas/Error' },
          { $ref: '#/components/schemas/Failed' },
        ],
      },
      Order: {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string' },
          size: { type: 'integer' },
          tags: { type: 'array', items: { type: 'string' } },
        },
      },
      Operation: {
        oneOf: [{ $ref: '#/components/schemas/Attach' }, { $ref: '#/components/schemas/Cancel' }],
        discriminator: { propertyName: 'operationName' },
      },
      Attach: {
        type: 'object',
        required: ['operationName', 'userData'],
        properties: { operationName: { const: 'Attach' }, userData: { type: 'object' } },
      },
      Cancel: { type: 'object', required: ['operationName'], properties: { operationName: { const: 'Cancel' } } },
      Update: {
        type: 'object',
        properties: {
          change: { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } },
          delete: { type: 'object', minProperties: 1 },
        },
        anyOf: [{ required: ['change'] }, { required: ['delete'] }],
      },
    },
  },
  paths: {
    '/items/{id}': {
      get: {
        operationId: 'getItem',
        'x-safe': true,
        externalDocs: { url: 'https://example.com/docs/items' },
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: {
          '200': { description: 'ok', ...json({ $ref: '#/components/schemas/Item' }) },
          '404': { description: 'not found' },
          '500': {
            description: 'documented failure',
            ...json({ type: 'object', required: ['message'], properties: { message: { type: 'string' } } }),
          },
        },
      },
      delete: {
        operationId: 'deleteItem',
        'x-safe': false,
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'no body documented' } },
      },
    },
    '/drafts': {
      get: {
        operationId: 'getDraft',
        'x-provisional': true,
        responses: { '200': { description: 'ok', ...json({ $ref: '#/components/schemas/Item' }) } },
      },
    },
    '/acknowledgements': {
      get: {
        operationId: 'getAcknowledgement',
        responses: {
          '200': { description: 'ok', 'x-empty-body-allowed': true, ...json({ $ref: '#/components/schemas/Item' }) },
        },
      },
    },
    '/loose': {
      get: {
        operationId: 'getLoose',
        responses: {
          '200': { description: 'ok', 'x-provisional': true, ...json({ $ref: '#/components/schemas/Item' }) },
        },
      },
    },
    '/envelopes': {
      post: {
        operationId: 'postEnvelope',
        requestBody: {
          required: true,
          content: { 'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/Update' } } },
        },
        responses: { '200': { description: 'envelope', ...json({ $ref: '#/components/schemas/Envelope' }) } },
      },
    },
    '/replies': {
      post: {
        operationId: 'postReply',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Operation' } } },
        },
        responses: {
          '200': { description: 'one of three forms', ...json({ $ref: '#/components/schemas/Reply' }) },
          '403': { description: 'csrf' },
        },
      },
    },
    '/orders': {
      post: {
        operationId: 'postOrder',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Order' } } },
        },
        responses: {
          '200': { description: 'ok', ...json({ type: 'object' }) },
          '400': { description: 'bad' },
          '500': { description: 'crash' },
        },
      },
    },
    '/start': {
      post: {
        operationId: 'start',
        responses: {
          '200': {
            description: 'started',
            headers: { Location: { required: true, schema: { type: 'string', pattern: '^/' } } },
            ...json({ type: 'object' }),
          },
        },
      },
    },
    '/protected': {
      get: {
        operationId: 'getProtected',
        security: [{ key: [] }],
        responses: { '200': { description: 'ok' }, '401': { description: 'no key' } },
      },
    },
    '/open': {
      get: { operationId: 'getOpen', security: [{}, { key: [] }], responses: { '200': { description: 'ok' } } },
    },
  },
};

let surface: ConformanceSurface | undefined;

export function sampleSurface(): ConformanceSurface {
  return (surface ??= loadConformanceSurface(structuredClone(SAMPLE_DOCUMENT), 'sample'));
}

export const JSON_HEADERS = { 'content-type': 'application/json' };

/** Findings of one check for one exchange, reduced to what the tables compare. */
export function findingsOf(
  checkId: string,
  method: string,
  url: string,
  response: ExchangeResponse,
): Array<Pick<Finding, 'severity' | 'message' | 'pointer'>> {
  return checkExchange(sampleSurface(), { method, url }, response, { checks: [checkId] }).map(
    ({ severity, message, pointer }) => ({ severity, message, pointer }),
  );
}
