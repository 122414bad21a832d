import { describe, expect, it } from 'vitest';
import { classifySchemaChange, kindFor, listKinds } from '../change-kinds.js';

describe('classifySchemaChange: the direction rule', () => {
  it.each([
    // request data is written by clients: narrowing breaks them, widening breaks implementations
    { scope: 'request', direction: 'narrowed', clients: true, implementations: false },
    { scope: 'request', direction: 'widened', clients: false, implementations: true },
    { scope: 'parameter', direction: 'narrowed', clients: true, implementations: false },
    // response data is written by implementations: widening breaks clients, narrowing breaks implementations
    { scope: 'response', direction: 'widened', clients: true, implementations: false },
    { scope: 'response', direction: 'narrowed', clients: false, implementations: true },
    { scope: 'response-header', direction: 'widened', clients: true, implementations: false },
    // a change in no one direction breaks both
    { scope: 'request', direction: 'changed', clients: true, implementations: true },
    { scope: 'response', direction: 'changed', clients: true, implementations: true },
  ] as const)(
    '$scope $direction → clients $clients, implementations $implementations',
    ({ scope, direction, clients, implementations }) => {
      expect(classifySchemaChange(scope, 'type-changed', direction).breaks).toEqual({ clients, implementations });
    },
  );

  it.each([
    // tolerant reader: new response members break nobody
    { scope: 'response', change: 'property-added-optional', clients: false, implementations: false, severity: 'info' },
    {
      scope: 'response',
      change: 'additional-properties-allowed',
      clients: false,
      implementations: false,
      severity: 'info',
    },
    // strict clients only
    { scope: 'response', change: 'enum-value-added', clients: true, implementations: false, severity: 'warning' },
    { scope: 'response', change: 'oneOf-branch-added', clients: true, implementations: false, severity: 'warning' },
    { scope: 'request', change: 'enum-value-removed', clients: true, implementations: false, severity: 'breaking' },
    { scope: 'request', change: 'property-added-optional', clients: false, implementations: true, severity: 'warning' },
  ] as const)(
    '$scope $change is an exception or a plain case as documented',
    ({ scope, change, clients, implementations, severity }) => {
      expect(classifySchemaChange(scope, change)).toMatchObject({ breaks: { clients, implementations }, severity });
    },
  );
});

describe('kindFor', () => {
  it.each([
    ['request', 'enum-value-added', 'request-enum-value-added'],
    ['parameter', 'type-changed', 'parameter-type-changed'],
    ['request', 'oneOf-branch-removed', 'oneOf-branch-removed-from-request'],
    ['response', 'anyOf-branch-added', 'anyOf-branch-added-to-response'],
  ] as const)('%s + %s → %s', (scope, change, want) => expect(kindFor(scope, change)).toBe(want));
});

describe('listKinds', () => {
  it('lists each kind once, in kebab-case (oneOf/anyOf keep their keyword spelling)', () => {
    const kinds = listKinds().map((k) => k.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const kind of kinds) expect(kind).toMatch(/^(oneOf|anyOf|[a-z]+)(-[a-z0-9]+)+$/);
  });

  it('says why for every kind', () => {
    for (const k of listKinds()) expect(k.why, k.kind).not.toBe('');
  });
});
