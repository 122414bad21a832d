/**
 * The registry of change kinds and how each one is classified. Every kind the engine can emit is listed here, with
 * the reason for its direction; nothing else in the package decides who a change breaks.
 *
 * The rule behind almost every row ("Direction" in the README):
 *   - Request data is written by clients and read by implementations. Narrowing what a request may contain breaks
 *     clients (they send what used to be valid); widening it breaks implementations (they receive what they were
 *     never written to handle).
 *   - Response data is written by implementations and read by clients. Widening what a response may contain breaks
 *     clients (they read values they do not expect); narrowing it breaks implementations (they still send what is
 *     no longer allowed).
 * Exceptions to that rule are the tolerant-reader cases (a client ignores response members it does not know) and are
 * marked in the tables below.
 */
import type { Breaks, Direction, Severity, Side } from './types.js';

/** Where a schema sits: which message it describes, and so which party writes the values. */
export type Scope = 'request' | 'parameter' | 'response' | 'response-header';

export const SCOPE_SIDE: Record<Scope, Side> = {
  request: 'request',
  parameter: 'request',
  response: 'response',
  'response-header': 'response',
};

export interface KindRule {
  breaks: Breaks;
  severity: Severity;
  why: string;
}

const CLIENTS: Breaks = { clients: true, implementations: false };
const IMPLEMENTATIONS: Breaks = { clients: false, implementations: true };
const BOTH: Breaks = { clients: true, implementations: true };
const NEITHER: Breaks = { clients: false, implementations: false };

/** Default severity: a client break is 'breaking', an implementation-only break a 'warning', anything else 'info'. */
function severityOf(breaks: Breaks): Severity {
  if (breaks.clients) return 'breaking';
  return breaks.implementations ? 'warning' : 'info';
}

function rule(breaks: Breaks, why: string, severity: Severity = severityOf(breaks)): KindRule {
  return { breaks, severity, why };
}

/** Kinds about operations, parameters, bodies, responses and security: their classification never varies. */
const FIXED_KINDS = {
  'path-removed': rule(CLIENTS, 'every call to the path now gets 404/405'),
  'operation-removed': rule(CLIENTS, 'calls to the operation now fail'),
  'operation-added': rule(NEITHER, 'nothing existing calls it'),
  // Wire-compatible, but openapi-typescript keys `operations[...]` by operationId and server frameworks route
  // handlers by it (openapi-backend, connexion), so code on both sides stops compiling or routing.
  'operation-id-changed': rule(
    BOTH,
    'generated client methods and server handler bindings are keyed by operationId',
    'warning',
  ),
  'operation-deprecated': rule(NEITHER, 'still served; clients should migrate'),

  // Parameters are request data: the request-side rule applies.
  // Removing a request input narrows what the contract honours: clients keep sending it, and a server that
  // rejects unknown parameters (the contract now allows it to) fails them. Query and header parameters alike.
  'parameter-removed': rule(
    CLIENTS,
    'clients keep sending it; the contract no longer honours it, and a server that rejects unknown parameters fails them',
  ),
  'parameter-added-required': rule(CLIENTS, 'existing clients do not send it'),
  // Servers ignore query/header parameters they do not know (no framework rejects them by default), so an old
  // implementation stays usable; compare request-property-added-optional below.
  'parameter-added-optional': rule(NEITHER, 'existing clients do not send it; existing servers ignore it'),
  'parameter-became-required': rule(CLIENTS, 'clients that omit it are now rejected'),
  'parameter-became-optional': rule(IMPLEMENTATIONS, 'implementations now receive requests without it'),
  'parameter-serialization-changed': rule(
    BOTH,
    'style/explode/content changes how the value is written on the wire (OpenAPI 3.1 §4.8.12.4)',
  ),
  'parameter-deprecated': rule(NEITHER, 'still accepted'),

  'request-body-removed': rule(IMPLEMENTATIONS, 'clients still send a body the contract no longer describes'),
  'request-body-added-required': rule(CLIENTS, 'existing clients send no body'),
  'request-body-added-optional': rule(NEITHER, 'existing clients send no body and need not'),
  'request-body-became-required': rule(CLIENTS, 'clients that send no body are now rejected'),
  'request-body-became-optional': rule(IMPLEMENTATIONS, 'implementations now receive requests without a body'),
  'request-media-type-removed': rule(CLIENTS, 'clients sending that Content-Type now get 415'),
  'request-media-type-added': rule(
    IMPLEMENTATIONS,
    'implementations now receive a Content-Type they were not written for',
  ),

  // Fewer documented statuses narrow what a server may answer: every answer a client can now get was documented
  // before, so old clients keep working; implementations that still send it depart from the contract.
  'response-status-removed': rule(
    IMPLEMENTATIONS,
    'old clients keep working (every answer they can now get was documented); implementations that still send it depart from the contract',
  ),
  // OpenAPI 3.1 §4.8.16: the Responses Object is not expected to cover every status a server can return, so a
  // client must already cope with undocumented statuses. A new 2xx is still worth a look: client code that reads
  // the body of "the" success status may not handle the new one.
  'response-status-added': rule(NEITHER, 'clients must already handle undocumented statuses (OpenAPI 3.1 §4.8.16)'),
  'response-success-status-replaced': rule(
    CLIENTS,
    'clients written for the removed success status now get another one (200 → 201): not a narrowing',
  ),
  'response-media-type-removed': rule(CLIENTS, 'clients asking for that media type get 406 or an unexpected body'),
  'response-media-type-added': rule(NEITHER, 'served only to clients that ask for it (Accept)'),
  'response-header-removed': rule(CLIENTS, 'clients that read it get nothing'),
  'response-header-added': rule(NEITHER, 'clients ignore headers they do not know'),
  'response-header-added-required': rule(IMPLEMENTATIONS, 'existing implementations do not send it'),
  'response-header-became-optional': rule(CLIENTS, 'clients that rely on it may not get it'),
  'response-header-became-required': rule(IMPLEMENTATIONS, 'existing implementations may omit it'),

  'security-requirement-added': rule(CLIENTS, 'clients holding only the old credentials are now rejected (401/403)'),
  'security-requirement-removed': rule(
    IMPLEMENTATIONS,
    'implementations now receive requests with weaker or no credentials',
  ),
  'security-scheme-changed': rule(BOTH, 'credentials are now sent differently (type, header name, scheme, flow URLs)'),

  // Emitted by the CLI when a surface listed at the base ref is gone from redocly.yaml or from the tree.
  'surface-removed': rule(CLIENTS, 'every operation of the surface is gone'),
} satisfies Record<string, KindRule>;

interface SchemaChangeRule {
  /** Direction when the engine does not pass one (only type changes and closed-object removals do). */
  direction: Direction;
  why: string;
  /** Where a side departs from the request/response rule, and why. */
  request?: { breaks?: Breaks; severity?: Severity };
  response?: { breaks?: Breaks; severity?: Severity };
}

/**
 * Changes inside a schema. Each suffix combines with a scope into a kind: `request-property-removed`,
 * `parameter-enum-value-added`, `response-header-type-changed`, ... The oneOf/anyOf suffixes read better with the
 * scope at the end (`oneOf-branch-removed-from-request`), see kindFor() below.
 */
const SCHEMA_CHANGES = {
  // The property leaves the schema. In a response clients lose a field they read (widened: it may be absent or
  // anything). In a request it is an input the contract no longer honours: clients keep sending it and a server that
  // rejects unknown inputs fails them, so the engine passes 'narrowed' (as for a removed parameter). It passes
  // 'changed' when the head object is closed (additionalProperties: false): sending it is then invalid outright.
  'property-removed': { direction: 'widened', why: 'the field is no longer described' },
  'property-added-optional': {
    direction: 'widened',
    why: 'new input clients may send; old implementations with strict body binding reject unknown members',
    // Tolerant reader: a client ignores response members it does not know (the issue: "a response field added does not").
    response: { breaks: NEITHER },
  },
  'property-added-required': {
    direction: 'narrowed',
    why: 'old clients do not send it / old implementations do not return it',
  },
  'property-became-required': { direction: 'narrowed', why: 'must now always be present' },
  'property-became-optional': { direction: 'widened', why: 'may now be absent' },
  // OpenAPI 3.1 §4.8.24 / JSON Schema 2020-12 validation §9.4: a readOnly member SHOULD NOT be sent in a request.
  // Only emitted on the request side: clients keep sending what the contract no longer honours.
  'property-became-read-only': {
    direction: 'narrowed',
    why: 'clients keep sending it; the contract no longer honours it in requests (readOnly)',
  },
  'type-changed': { direction: 'changed', why: 'values of the old type(s) are read or written differently' },
  'property-type-changed': { direction: 'changed', why: 'values of the old type(s) are read or written differently' },
  // An added response enum value only breaks clients that treat the enum as closed (exhaustive switches, generated
  // enums that throw on unknown values): clients=true so CI asks for acknowledgement, severity 'warning'.
  'enum-value-added': { direction: 'widened', why: 'a new value is allowed', response: { severity: 'warning' } },
  'enum-value-removed': { direction: 'narrowed', why: 'a value is no longer allowed' },
  'constraint-tightened': {
    direction: 'narrowed',
    why: 'fewer values are valid (max*, min*, pattern, format, enum, multipleOf, uniqueItems)',
  },
  // Looser response constraints break clients that sized or validated by them (a buffer of maxLength, a
  // `list[0]` guarded by minItems: 1), but only those: 'warning'.
  'constraint-loosened': { direction: 'widened', why: 'more values are valid', response: { severity: 'warning' } },
  'constraint-changed': {
    direction: 'changed',
    why: 'a different set of values is valid (pattern or format replaced)',
  },
  'additional-properties-disallowed': {
    direction: 'narrowed',
    why: 'members not listed in properties are now invalid',
  },
  'additional-properties-allowed': {
    direction: 'widened',
    why: 'members not listed in properties are now valid',
    response: { breaks: NEITHER }, // tolerant reader, as for property-added-optional
  },
  'default-changed': {
    direction: 'changed',
    why: 'requests that omit the value now mean something else',
    request: { severity: 'warning' },
    response: { breaks: NEITHER }, // a response default documents nothing the client receives
  },
  'discriminator-changed': { direction: 'changed', why: 'variants are told apart by a different property' },
  'schema-changed': {
    direction: 'changed',
    why: 'composition changed shape (oneOf/anyOf introduced or dropped); review by hand',
    request: { severity: 'warning' },
    response: { severity: 'warning' },
  },
  'oneOf-branch-removed': { direction: 'narrowed', why: 'a variant is no longer valid' },
  'oneOf-branch-added': { direction: 'widened', why: 'a new variant is valid', response: { severity: 'warning' } },
  'anyOf-branch-removed': { direction: 'narrowed', why: 'a variant is no longer valid' },
  'anyOf-branch-added': { direction: 'widened', why: 'a new variant is valid', response: { severity: 'warning' } },
} satisfies Record<string, SchemaChangeRule>;

export type SchemaChange = keyof typeof SCHEMA_CHANGES;
export type FixedKind = keyof typeof FIXED_KINDS;

export const SCOPES: Scope[] = ['request', 'parameter', 'response', 'response-header'];

/** `request` + `enum-value-added` → `request-enum-value-added`; `oneOf-branch-removed` → `oneOf-branch-removed-from-request`. */
export function kindFor(scope: Scope, change: SchemaChange): string {
  const branch = /^(oneOf|anyOf)-branch-(removed|added)$/.exec(change);
  if (branch) return `${branch[1]}-branch-${branch[2] === 'removed' ? 'removed-from' : 'added-to'}-${scope}`;
  return `${scope}-${change}`;
}

const BY_DIRECTION: Record<Side, Record<Direction, Breaks>> = {
  request: { narrowed: CLIENTS, widened: IMPLEMENTATIONS, changed: BOTH },
  response: { narrowed: IMPLEMENTATIONS, widened: CLIENTS, changed: BOTH },
};

export function classifySchemaChange(scope: Scope, change: SchemaChange, direction?: Direction): KindRule {
  const entry: SchemaChangeRule = SCHEMA_CHANGES[change];
  const side = SCOPE_SIDE[scope];
  const override = entry[side];
  const breaks = override?.breaks ?? BY_DIRECTION[side][direction ?? entry.direction];
  const base = severityOf(breaks);
  // A severity override only softens or hardens a real break; it never turns a no-break into a warning.
  const severity = override?.severity && (breaks.clients || breaks.implementations) ? override.severity : base;
  return { breaks, severity, why: entry.why };
}

export function classifyFixed(kind: FixedKind): KindRule {
  return FIXED_KINDS[kind];
}

/** Every kind with its default classification, for the README table and the registry test. */
export function listKinds(): Array<{ kind: string } & KindRule> {
  const rows: Array<{ kind: string } & KindRule> = Object.entries(FIXED_KINDS).map(([kind, r]) => ({ kind, ...r }));
  for (const scope of SCOPES) {
    for (const change of Object.keys(SCHEMA_CHANGES) as SchemaChange[]) {
      rows.push({ kind: kindFor(scope, change), ...classifySchemaChange(scope, change) });
    }
  }
  return rows;
}
