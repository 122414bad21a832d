import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { prepareSchemaDocument } from '../schema-document.js';
import { createValidators } from '../validation.js';
import { sampleDocument } from './fixtures/sample-document.js';

// The oneOf rewrite must accept exactly what the original oneOf accepts.
describe('tagged oneOf rewrite is equivalent to the oneOf', () => {
  const reference = new Ajv2020({ strict: false });
  reference.addSchema(sampleDocument, 'urn:test:reference');
  const validators = createValidators(sampleDocument);
  const table: { schema: string; given: unknown[] }[] = [
    {
      schema: '#/components/schemas/InteractionOperation',
      given: [
        {},
        { operationName: 'Accept' },
        { operationName: 'PlaceInQueue' },
        { operationName: 'PlaceInQueue', queueName: 'q' },
        { operationName: 'Transfer' },
        { operationName: 'Transfer', userId: 'u' },
        { operationName: 'Bogus' },
        { operationName: 5 },
        'Accept',
        null,
        [],
      ],
    },
    {
      schema: '#/components/schemas/OpenMediaResult',
      given: [
        { statusCode: 0 },
        { statusCode: 1, x: 1 },
        { statusCode: 2 },
        { statusCode: 2, errors: [] },
        { statusCode: '0' },
        {},
        0,
      ],
    },
  ];
  const cases = table.flatMap(({ schema, given }) => given.map((value) => ({ schema, value })));
  it.each(cases)('$schema: $value', ({ schema, value }) => {
    const want = reference.getSchema(`urn:test:reference${schema}`)!(value);
    expect(validators.validateSchema(schema, value).length === 0).toBe(want);
  });
});

describe('prepareSchemaDocument', () => {
  const branch = (tag: unknown, required = true) => ({
    type: 'object',
    required: required ? ['kind'] : [],
    properties: { kind: { const: tag } },
  });
  const table: { name: string; given: unknown[]; rewritten: boolean }[] = [
    { name: 'distinct required const tags', given: [branch('a'), branch('b')], rewritten: true },
    { name: 'numeric const tags', given: [branch(1), branch(2)], rewritten: true },
    { name: 'overlapping tags', given: [branch('a'), branch('a')], rewritten: false },
    { name: 'a tag that is not required', given: [branch('a'), branch('b', false)], rewritten: false },
    { name: 'a branch without the tag', given: [branch('a'), { type: 'object' }], rewritten: false },
    { name: 'a single branch', given: [branch('a')], rewritten: false },
  ];
  it.each(table)('$name → rewritten: $rewritten', ({ given, rewritten }) => {
    const document = { openapi: '3.1.0', components: { schemas: { Union: { oneOf: given } } } };
    const prepared = prepareSchemaDocument(document);
    const union = (prepared.root.components as { schemas: { Union: Record<string, unknown> } }).schemas.Union;
    expect('oneOf' in union).toBe(!rewritten);
    expect(document.components.schemas.Union.oneOf).toBe(given); // the caller's document is untouched
  });

  it('maps nodes to document pointers and collects x- keys and formats', () => {
    const prepared = prepareSchemaDocument(sampleDocument);
    const schemas = (prepared.root.components as { schemas: Record<string, unknown> }).schemas;
    expect(prepared.pointerOf(schemas.OpenMediaFailure)).toBe('#/components/schemas/OpenMediaFailure');
    expect(prepared.extensions).toEqual(expect.arrayContaining(['x-safe', 'x-provisional', 'x-map']));
    expect(prepared.formats).toEqual(expect.arrayContaining(['uuid', 'binary', 'int64', 'date-time', 'e164-phone']));
  });
});
