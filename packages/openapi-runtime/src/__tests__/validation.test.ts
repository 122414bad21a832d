import { describe, expect, it } from 'vitest';
import { decodeFormBody } from '../decoders.js';
import { DocumentError } from '../document-error.js';
import { loadSurface } from '../load.js';
import {
  createValidators,
  matchResponse,
  validateRequest,
  validateResponse,
  type RequestInput,
  type ResponseInput,
  type Violation,
} from '../validation.js';
import { sampleDocument } from './fixtures/sample-document.js';

const surface = loadSurface(sampleDocument);
const operation = (id: string) => surface.getOperation(id)!;
const form = { 'content-type': 'application/x-www-form-urlencoded' };
const json = { 'content-type': 'application/json' };
const trace = { 'x-trace-id': '3f0c7f9e-8a47-4f4c-9a43-0f6b8f0f5f11' };
const png = (size: number) => ({ filename: 'a.png', contentType: 'image/png', size, data: new Uint8Array(size) });

describe('validateRequest', () => {
  const table: { name: string; given: [string, RequestInput]; want: Partial<Violation>[] }[] = [
    {
      name: 'deepObject form body: "true" passes as a boolean, strings as integers',
      given: [
        'createOpenMediaInteraction',
        {
          params: { serviceName: 'chat' },
          headers: form,
          body: decodeFormBody('externalId=e1&searchByExternalId=true&priority=3&userData[OrderNumber]=ABC'),
        },
      ],
      want: [],
    },
    {
      name: 'userData=foo fails: userData must be an object',
      given: [
        'createOpenMediaInteraction',
        { params: { serviceName: 'chat' }, headers: form, body: decodeFormBody('externalId=e1&userData=foo') },
      ],
      want: [
        {
          location: 'body',
          pointer: '/userData',
          schemaPointer: '#/components/schemas/OpenMediaCreateRequest/properties/userData/type',
          keyword: 'type',
          message: 'must be object',
        },
      ],
    },
    {
      name: 'a boolean that is not one',
      given: [
        'createOpenMediaInteraction',
        {
          params: { serviceName: 'chat' },
          headers: form,
          body: decodeFormBody('externalId=e1&searchByExternalId=maybe'),
        },
      ],
      want: [{ location: 'body', pointer: '/searchByExternalId', keyword: 'type', message: 'must be boolean' }],
    },
    {
      name: 'a map value that is not a string is reported at its key',
      given: [
        'createOpenMediaInteraction',
        {
          params: { serviceName: 'chat' },
          headers: json,
          mediaType: 'application/x-www-form-urlencoded',
          body: { externalId: 'e1', userData: { OrderNumber: ['A', 'B'] } },
        },
      ],
      want: [
        {
          location: 'body',
          pointer: '/userData/OrderNumber',
          keyword: 'type',
          schemaPointer: '#/components/schemas/OpenMediaCreateRequest/properties/userData/additionalProperties/type',
        },
      ],
    },
    {
      name: 'update needs change or delete (anyOf)',
      given: [
        'updateOpenMediaInteraction',
        { params: { serviceName: 'chat', id: 'abc' }, headers: form, body: decodeFormBody('other=1') },
      ],
      want: [
        {
          location: 'body',
          keyword: 'required',
          message: "must have required property 'change'",
          schemaPointer: '#/components/schemas/OpenMediaUpdateRequest/anyOf/0/required',
        },
        {
          location: 'body',
          keyword: 'required',
          message: "must have required property 'delete'",
          schemaPointer: '#/components/schemas/OpenMediaUpdateRequest/anyOf/1/required',
        },
        {
          location: 'body',
          keyword: 'anyOf',
          message: 'must match a schema in anyOf',
          schemaPointer: '#/components/schemas/OpenMediaUpdateRequest/anyOf',
        },
      ],
    },
    {
      name: 'operation-level path parameter overrides the path-level one',
      given: [
        'updateOpenMediaInteraction',
        { params: { serviceName: 'chat', id: 'ab' }, headers: form, body: decodeFormBody('change[a]=1') },
      ],
      want: [
        {
          location: 'path',
          name: 'id',
          pointer: '',
          keyword: 'minLength',
          schemaPointer:
            '#/paths/~1genesys~12~1openmedia~1{serviceName}~1{id}~1update/post/parameters/0/schema/minLength',
        },
      ],
    },
    {
      name: 'discriminator: only the selected branch reports (PlaceInQueue without queueName)',
      given: [
        'performInteractionOperation',
        { params: { id: '1' }, headers: json, body: { operationName: 'PlaceInQueue' } },
      ],
      want: [
        {
          location: 'body',
          pointer: '',
          keyword: 'required',
          message: "must have required property 'queueName'",
          schemaPointer: '#/components/schemas/PlaceInQueueRequest/required',
        },
      ],
    },
    {
      name: 'discriminator: a branch composed with allOf (Transfer without a target)',
      given: [
        'performInteractionOperation',
        { params: { id: '1' }, headers: json, body: { operationName: 'Transfer' } },
      ],
      want: [
        { keyword: 'required', message: "must have required property 'userId'" },
        { keyword: 'required', message: "must have required property 'targetUri'" },
        { keyword: 'required', message: "must have required property 'queueName'" },
        { keyword: 'anyOf', schemaPointer: '#/components/schemas/TransferRequest/allOf/1/anyOf' },
      ],
    },
    {
      name: 'discriminator: an unknown tag names the allowed values',
      given: ['performInteractionOperation', { params: { id: '1' }, headers: json, body: { operationName: 'Bogus' } }],
      want: [
        {
          location: 'body',
          pointer: '/operationName',
          keyword: 'enum',
          message: "must be one of 'Accept', 'PlaceInQueue', 'Transfer'",
          schemaPointer: '#/components/schemas/InteractionOperation/oneOf',
        },
      ],
    },
    {
      name: 'discriminator: a missing tag',
      given: ['performInteractionOperation', { params: { id: '1' }, headers: json, body: {} }],
      want: [
        {
          pointer: '',
          keyword: 'required',
          message: "must have required property 'operationName'",
          schemaPointer: '#/components/schemas/InteractionOperation/oneOf',
        },
      ],
    },
    {
      name: 'discriminator: valid branch',
      given: [
        'performInteractionOperation',
        { params: { id: '1' }, headers: json, body: { operationName: 'PlaceInQueue', queueName: 'Q' } },
      ],
      want: [],
    },
    {
      name: 'JSON bodies are not coerced',
      given: [
        'performInteractionOperation',
        { params: { id: '1' }, headers: json, body: { operationName: 'PlaceInQueue', queueName: 5 } },
      ],
      want: [{ pointer: '/queueName', keyword: 'type', message: 'must be string' }],
    },
    {
      name: 'missing required body',
      given: ['performInteractionOperation', { params: { id: '1' }, headers: json }],
      want: [
        {
          location: 'body',
          keyword: 'required',
          schemaPointer: '#/paths/~1api~1v2~1me~1interactions~1{id}/post/requestBody/required',
        },
      ],
    },
    {
      name: 'unknown media type',
      given: [
        'performInteractionOperation',
        { params: { id: '1' }, headers: { 'Content-Type': 'application/xml' }, body: '<x/>' },
      ],
      want: [
        {
          location: 'content-type',
          keyword: 'content-type',
          message: "Received Content-Type 'application/xml'; documented: application/json",
          schemaPointer: '#/paths/~1api~1v2~1me~1interactions~1{id}/post/requestBody/content',
        },
      ],
    },
    {
      name: 'a body without Content-Type',
      given: ['performInteractionOperation', { params: { id: '1' }, body: { operationName: 'Accept' } }],
      want: [
        {
          location: 'content-type',
          message: 'Received a request body without Content-Type; documented: application/json',
        },
      ],
    },
    {
      name: 'Content-Type with parameters still matches',
      given: [
        'performInteractionOperation',
        {
          params: { id: '1' },
          headers: { 'content-type': 'application/json; charset=UTF-8' },
          body: { operationName: 'Accept' },
        },
      ],
      want: [],
    },
    {
      name: 'query and header parameters are coerced; explode=false arrays split on commas; header names ignore case',
      given: [
        'listItems',
        {
          query: decodeFormBody('limit=10&tags=a,b&ids=1&ids=2&active=false'),
          headers: { 'X-TRACE-ID': trace['x-trace-id'] },
        },
      ],
      want: [],
    },
    {
      name: 'a single value for an exploded array parameter',
      given: ['listItems', { query: { ids: '7' }, headers: trace }],
      want: [],
    },
    {
      name: 'bad query values and a missing required header',
      given: ['listItems', { query: { limit: '0', ids: ['1', 'x'], active: 'yes' } }],
      want: [
        { location: 'query', name: 'limit', pointer: '', keyword: 'minimum', message: 'must be >= 1' },
        { location: 'query', name: 'ids', pointer: '/1', keyword: 'type', message: 'must be integer' },
        { location: 'query', name: 'active', pointer: '', keyword: 'type', message: 'must be boolean' },
        {
          location: 'header',
          name: 'X-Trace-Id',
          keyword: 'required',
          message: "must have required header parameter 'X-Trace-Id'",
        },
      ],
    },
    {
      name: 'formats are checked (uuid)',
      given: ['listItems', { headers: { 'x-trace-id': 'nope' } }],
      want: [{ location: 'header', name: 'X-Trace-Id', keyword: 'format', message: 'must match format "uuid"' }],
    },
    {
      name: 'multipart: a png file within limits, fields coerced',
      given: [
        'uploadAttachment',
        {
          headers: { 'content-type': 'multipart/form-data; boundary=x' },
          body: { picture: png(4), caption: 'hi', count: '2', userData: { k: 'v' } },
        },
      ],
      want: [],
    },
    {
      name: 'multipart: wrong part type, file too long, missing field',
      given: [
        'uploadAttachment',
        { mediaType: 'multipart/form-data', body: { picture: { ...png(11), contentType: 'text/plain' } } },
      ],
      want: [
        { location: 'body', pointer: '/picture', keyword: 'maxLength' },
        {
          location: 'content-type',
          name: 'picture',
          pointer: '/picture',
          message: "Received part Content-Type 'text/plain'; documented: image/png, image/jpeg",
          schemaPointer: '#/paths/~1upload/post/requestBody/content/multipart~1form-data/encoding/picture/contentType',
        },
      ],
    },
    {
      name: 'multipart: a required file missing',
      given: ['uploadAttachment', { mediaType: 'multipart/form-data', body: { caption: 'x' } }],
      want: [{ location: 'body', keyword: 'required', message: "must have required property 'picture'" }],
    },
  ];
  it.each(table)('$name', ({ given: [id, request], want }) => {
    expect(surface.validators.validateRequest(operation(id), request)).toMatchObject(want);
  });

  it('does not modify its input', () => {
    const body = decodeFormBody('externalId=e1&searchByExternalId=true&userData[n]=1');
    const query = { ids: ['1'], limit: '2' };
    surface.validators.validateRequest(operation('createOpenMediaInteraction'), {
      params: { serviceName: 'x' },
      headers: form,
      body,
    });
    surface.validators.validateRequest(operation('listItems'), { query, headers: trace });
    expect(body).toEqual({ externalId: 'e1', searchByExternalId: 'true', userData: { n: '1' } });
    expect(query).toEqual({ ids: ['1'], limit: '2' });
  });
});

describe('validateResponse', () => {
  const table: { name: string; given: [string, ResponseInput]; want: Partial<Violation>[] }[] = [
    {
      name: 'documented 200 with its required header',
      given: [
        'listItems',
        {
          status: 200,
          headers: { 'content-type': 'application/json', 'x-total': '1' },
          body: [{ id: 1, created: '2024-05-01T10:00:00Z' }],
        },
      ],
      want: [],
    },
    {
      name: 'missing required response header, and a date-time without a timezone',
      given: ['listItems', { status: 200, headers: json, body: [{ id: 1, created: '2024-05-01T10:00:00' }] }],
      want: [
        {
          location: 'header',
          name: 'X-Total',
          keyword: 'required',
          schemaPointer: '#/paths/~1items/get/responses/200/headers/X-Total/required',
        },
        {
          location: 'body',
          pointer: '/0/created',
          keyword: 'format',
          schemaPointer: '#/components/schemas/Item/properties/created/format',
        },
      ],
    },
    {
      name: 'exact 404 beats 4XX',
      given: ['listItems', { status: 404, headers: { 'content-type': 'text/plain' }, body: 'gone' }],
      want: [],
    },
    {
      name: '4XX range applies to 422',
      given: ['listItems', { status: 422, headers: json, body: { msg: 'x' } }],
      want: [
        {
          location: 'body',
          keyword: 'required',
          message: "must have required property 'message'",
          schemaPointer: '#/components/schemas/Problem/required',
        },
      ],
    },
    {
      name: 'default applies to 503',
      given: ['listItems', { status: 503, headers: json, body: { message: 'down' } }],
      want: [],
    },
    {
      name: 'undocumented status without default',
      given: ['performInteractionOperation', { status: 302 }],
      want: [
        {
          location: 'status',
          keyword: 'status',
          message: 'Received status 302; documented: 200, 204',
          schemaPointer: '#/paths/~1api~1v2~1me~1interactions~1{id}/post/responses',
        },
      ],
    },
    {
      name: 'a body where none is documented',
      given: ['performInteractionOperation', { status: 204, headers: json, body: { a: 1 } }],
      want: [
        { location: 'body', keyword: 'content-type', message: 'Received a response body; documented: no content' },
      ],
    },
    {
      name: 'an empty body where none is documented',
      given: ['performInteractionOperation', { status: 204, body: '' }],
      want: [],
    },
    {
      name: 'undocumented response media type',
      given: ['performInteractionOperation', { status: 200, headers: { 'content-type': 'text/html' }, body: '<p>' }],
      want: [{ location: 'content-type', message: "Received Content-Type 'text/html'; documented: application/json" }],
    },
    {
      name: 'const-tagged oneOf without discriminator: statusCode 2 reports only the failure branch',
      given: ['createOpenMediaInteraction', { status: 200, headers: json, body: { statusCode: 2 } }],
      want: [
        {
          location: 'body',
          keyword: 'required',
          message: "must have required property 'errors'",
          schemaPointer: '#/components/schemas/OpenMediaFailure/required',
        },
      ],
    },
    {
      name: 'const-tagged oneOf: an unknown statusCode',
      given: ['createOpenMediaInteraction', { status: 200, headers: json, body: { statusCode: 7 } }],
      want: [
        {
          pointer: '/statusCode',
          keyword: 'enum',
          message: 'must be one of 0, 1, 2',
          schemaPointer: '#/components/schemas/OpenMediaResult/oneOf',
        },
      ],
    },
    {
      name: 'const-tagged oneOf: a valid failure',
      given: [
        'createOpenMediaInteraction',
        { status: 200, headers: json, body: { statusCode: 2, errors: [{ code: 5, advice: 'retry later' }] } },
      ],
      want: [],
    },
    {
      name: 'response headers are coerced from strings and given as a Headers object',
      given: [
        'listItems',
        { status: 200, headers: new Headers({ 'Content-Type': 'application/json', 'X-Total': 'many' }), body: [] },
      ],
      want: [{ location: 'header', name: 'X-Total', keyword: 'type', message: 'must be integer' }],
    },
  ];
  it.each(table)('$name', ({ given: [id, response], want }) => {
    expect(surface.validators.validateResponse(operation(id), response)).toMatchObject(want);
  });

  it("reads only a header record's own headers, not its prototype's", () => {
    const headers = Object.assign(Object.create({ 'x-total': '1' }), { 'content-type': 'application/json' });
    expect(
      surface.validators.validateResponse(operation('listItems'), { status: 200, headers, body: [] }),
    ).toMatchObject([{ location: 'header', name: 'X-Total', keyword: 'required' }]);
  });

  it('matches every Content-Type as on first sight, also past the number of them it remembers', () => {
    const verdicts = (round: number) =>
      Array.from({ length: 100 }, (_, index) => {
        const mediaType = index % 2 ? `text/x-${round}-${index}` : `application/json; v=${round}-${index}`;
        return surface.validators
          .validateResponse(operation('listItems'), { status: 200, headers: { 'x-total': '1' }, body: [{}], mediaType })
          .map((violation) => violation.keyword);
      });
    const want = Array.from({ length: 100 }, (_, index) => (index % 2 ? ['content-type'] : ['required']));
    expect(verdicts(1)).toEqual(want);
    expect(verdicts(1)).toEqual(want);
  });
});

describe('matchResponse', () => {
  const table: { given: number | string; want: string | undefined }[] = [
    { given: 200, want: '200' },
    { given: 404, want: '404' },
    { given: 418, want: '4XX' },
    { given: '400', want: '4XX' },
    { given: 500, want: 'default' },
    { given: 302, want: 'default' },
  ];
  it.each(table)('$given → $want', ({ given, want }) => {
    expect(matchResponse(operation('listItems'), given)?.key).toBe(want);
  });
  it('no match without default', () =>
    expect(matchResponse(operation('performInteractionOperation'), 500)).toBeUndefined());
});

describe('module-level validateRequest / validateResponse', () => {
  it('find the validators of the Surface the operation came from', () => {
    expect(
      validateRequest(operation('performInteractionOperation'), {
        params: { id: '1' },
        headers: json,
        body: { operationName: 'Accept' },
      }),
    ).toEqual([]);
    expect(validateResponse(operation('performInteractionOperation'), { status: 500 })).toHaveLength(1);
  });
  it('refuse an operation that did not come from loadSurface', () => {
    const copy = { ...operation('listItems') };
    expect(() => validateRequest(copy, {})).toThrow(/does not come from loadSurface/);
  });
});

describe('createValidators', () => {
  it('validateSchema checks any value against a schema of the document', () => {
    const validators = createValidators(sampleDocument);
    expect(validators.validateSchema('#/components/schemas/Item', { id: 'x' })).toMatchObject([
      {
        location: 'body',
        pointer: '/id',
        keyword: 'type',
        schemaPointer: '#/components/schemas/Item/properties/id/type',
      },
    ]);
    expect(validators.validateSchema('#/components/schemas/Item', { id: '1' }, { coerce: true })).toEqual([]);
  });

  it('strict mode still rejects unknown keywords that are not x- extensions', () => {
    const document = { ...sampleDocument, components: { schemas: { Typo: { type: 'object', propertees: {} } } } };
    const validators = createValidators(document);
    expect(() => validators.validateSchema('#/components/schemas/Typo', {})).toThrow(/unknown keyword: "propertees"/);
    expect(() => validators.validateSchema('#/components/schemas/Typo', {})).toThrow(DocumentError);
  });

  it('compiles each schema at most once', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const fresh = loadSurface(sampleDocument);
    const original = Ajv2020.prototype.getSchema;
    let lookups = 0;
    Ajv2020.prototype.getSchema = function (this: InstanceType<typeof Ajv2020>, key: string) {
      lookups++;
      return original.call(this, key);
    } as typeof original;
    try {
      const request = { query: { limit: '1' }, headers: trace };
      fresh.validators.validateRequest(fresh.getOperation('listItems')!, request);
      const first = lookups;
      fresh.validators.validateRequest(fresh.getOperation('listItems')!, request);
      expect(first).toBeGreaterThan(0);
      expect(lookups).toBe(first);
    } finally {
      Ajv2020.prototype.getSchema = original;
    }
  });
});
