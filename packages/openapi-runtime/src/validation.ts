// Validate requests and responses against a loaded OpenAPI 3.1 document with AJV (JSON Schema 2020-12).
// Browser-safe: ajv and ajv-formats only, no Node imports.
//
// The whole document is added to each AJV instance once, under DOCUMENT_ID, and every validator is a `$ref`
// into it, so components are compiled once per instance and shared. Two instances, both created on first use:
//   plain     JSON request and response bodies: the wire already carries types.
//   coercing  path, query and header parameters and form/multipart bodies: everything arrives as a string, so
//             `searchByExternalId=true` must become a boolean first (contract decision 6). `coerceTypes: 'array'`
//             also turns one `?tag=a` into `['a']` for array parameters.

import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import formatsPlugin from 'ajv-formats';
import { type HeadersInput, headerRecord } from './headers.js';
import { DocumentError } from './document-error.js';
import { appendPointer, followRefs, pointerToFragment } from './json-pointer.js';
import { assertDepth, DEFAULT_JSON_MAX_DEPTH, RequestLimitError } from './limits.js';
import { mediaTypeMatches, parseMediaType, pickMediaType } from './media-type.js';
import type { JsonSchema, MediaTypeObject, OperationInfo, ParameterInfo, ResponseInfo } from './openapi-types.js';
import { prepareSchemaDocument, type SchemaDocument } from './schema-document.js';

/** The `$id` under which the document is added to AJV. */
export const DOCUMENT_ID = 'urn:openapi-runtime:document';

export type ViolationLocation = 'path' | 'query' | 'header' | 'body' | 'status' | 'content-type';

export interface Violation {
  location: ViolationLocation;
  /** Parameter or header name, or the body property a content-type violation is about. */
  name?: string;
  /** JSON pointer into the instance (the parameter value or the body): `/userData/OrderNumber`, `` for the root. */
  pointer: string;
  /** JSON pointer into the document: `#/components/schemas/OpenMediaUpdateRequest/anyOf`. */
  schemaPointer: string;
  /** The JSON Schema keyword that failed, or `required`, `status`, `content-type`. */
  keyword: string;
  /** Plain English: `must have required property 'queueName'`. */
  message: string;
}

export type { HeadersInput } from './headers.js';

export interface RequestInput {
  /** Path parameters, as the router returns them (decoded strings). */
  params?: Record<string, string | undefined>;
  /** Query parameters, decoded (e.g. `decodeFormBody(url.search)`): repeats as arrays, `a[k]` as objects. */
  query?: Record<string, unknown>;
  headers?: HeadersInput;
  /** The decoded body: parsed JSON, decodeFormBody/decodeMultipartBody output, or text. undefined = no body. */
  body?: unknown;
  /** The request's Content-Type; defaults to the `content-type` header. */
  mediaType?: string;
}

export interface ResponseInput {
  status: number | string;
  headers?: HeadersInput;
  /** The decoded body (parsed JSON, text). undefined or '' = no body. */
  body?: unknown;
  /** The response's Content-Type; defaults to the `content-type` header. */
  mediaType?: string;
}

export interface ValidatorOptions {
  /** ajv-formats mode: `full` (default) or `fast` (about twice the speed, looser; toolchain notes, AJV). */
  formats?: 'full' | 'fast';
  /** Operations the module-level validateRequest/validateResponse should route to this instance. */
  operations?: readonly OperationInfo[];
}

export interface Validators {
  validateRequest(operation: OperationInfo, request: RequestInput): Violation[];
  validateResponse(operation: OperationInfo, response: ResponseInput): Violation[];
  /** Validate any value against the schema at `schemaPointer` (e.g. an example against its media type's schema). */
  validateSchema(schemaPointer: string, value: unknown, options?: { coerce?: boolean }): Violation[];
}

// Fields of the OpenAPI Object (OpenAPI 3.1.0): AJV compiles the document root when it first resolves a `$ref` into it.
const DOCUMENT_FIELDS = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
];
// OpenAPI's own Schema Object keywords (OpenAPI 3.1.0, Schema Object › Fixed Fields). `discriminator` is an annotation here, see schema-document.ts.
// deprecated, readOnly, writeOnly and examples are JSON Schema 2020-12 meta-data keywords AJV knows.
const SCHEMA_KEYWORDS = ['discriminator', 'xml', 'externalDocs', 'example'];
// AJV's rule for keyword names (ajv/lib/core.ts, checkKeyword).
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
// OpenAPI 3.1.0, Parameter Object › `name`: header parameters with these names SHALL be ignored (their meaning comes from elsewhere).
const IGNORED_REQUEST_HEADERS = new Set(['accept', 'content-type', 'authorization']);

const addFormats = ((formatsPlugin as unknown as { default?: unknown }).default ??
  formatsPlugin) as typeof formatsPlugin.default;

function buildAjv(prepared: SchemaDocument, coerce: boolean, options: ValidatorOptions): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true, // one report lists every problem; the oneOf rewrite keeps that readable
    verbose: true, // errors carry parentSchema, which pointerOf maps back to the document
    coerceTypes: coerce ? 'array' : false,
    // Strict mode stays on (unknown keywords and formats are errors: typo detection). strictTypes is off because it
    // rejects valid idioms such as `anyOf: [{required: [change]}, {required: [delete]}]` without a `type`.
    strictTypes: false,
    strictTuples: false,
  });
  addFormats(ajv, { mode: options.formats ?? 'full' });
  // OpenAPI 3.1.0, Data Types › Data Type Format: `format` is an open string; tools that do not know one fall back to the type.
  for (const format of prepared.formats) if (!ajv.formats[format]) ajv.addFormat(format, true);
  const names = new Set([...DOCUMENT_FIELDS, ...SCHEMA_KEYWORDS, ...prepared.extensions]);
  ajv.addVocabulary([...names].filter((name) => KEYWORD_NAME.test(name) && !ajv.getKeyword(name)));
  ajv.addSchema(prepared.root, DOCUMENT_ID);
  return ajv;
}

const quote = (value: unknown) => (typeof value === 'string' ? `'${value}'` : JSON.stringify(value));

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'const':
      return `must be equal to ${quote(params.allowedValue)}`;
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map(quote).join(', ')}`;
    case 'additionalProperties':
      return `must NOT have additional property '${params.additionalProperty}'`;
    case 'unevaluatedProperties':
      return `must NOT have unevaluated property '${params.unevaluatedProperty}'`;
    default:
      return error.message ?? `must pass '${error.keyword}'`;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}

/** A decodeMultipartBody file part (checked structurally: this module must not touch Node's Buffer). */
function isFilePart(value: unknown): value is { filename: string; contentType: string; data: Uint8Array } {
  return isPlainObject(value) && value.data instanceof Uint8Array && typeof value.filename === 'string';
}

/** Form and multipart bodies are validated on a copy (coercion writes into it); a file stands in as a string of its
 * bytes, which is what `type: string, format: binary` describes. TextDecoder's latin1 maps one byte to one char. */
function formInstance(body: unknown): unknown {
  const latin1 = new TextDecoder('latin1');
  const copy = (value: unknown): unknown =>
    isFilePart(value)
      ? latin1.decode(value.data)
      : Array.isArray(value)
        ? value.map(copy)
        : isPlainObject(value)
          ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]))
          : value;
  return copy(body);
}

function schemaTypes(document: object, schema: JsonSchema | undefined, pointer: string): string[] {
  if (!isPlainObject(schema)) return [];
  const target = followRefs<Record<string, unknown>>(document, schema, pointer).value;
  return Array.isArray(target?.type) ? target.type : typeof target?.type === 'string' ? [target.type] : [];
}

/** Whether a parameter's schema is an array, decided once per parameter (its `$ref`s are followed to say). */
const arrayParameters = new WeakMap<object, boolean>();

function isArrayParameter(document: object, parameter: ParameterInfo, key: object): boolean {
  let array = arrayParameters.get(key);
  if (array === undefined) {
    array = schemaTypes(document, parameter.schema, parameter.pointer).includes('array');
    arrayParameters.set(key, array);
  }
  return array;
}

/**
 * A parameter value as the schema expects it. Arrays in path and header parameters (style simple) and in query
 * parameters without explode (style form) arrive comma-separated (OpenAPI 3.1.0, Parameter Object › Style Examples).
 */
function wireValue(document: object, parameter: ParameterInfo, raw: unknown, key: object = parameter): unknown {
  if (typeof raw === 'string' && isArrayParameter(document, parameter, key)) {
    const style = parameter.style ?? (parameter.in === 'query' || parameter.in === 'cookie' ? 'form' : 'simple');
    const explode = parameter.explode ?? style === 'form';
    if (parameter.in !== 'query' || !explode) {
      const delimiter = style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ',';
      return raw.split(delimiter).map((item) => (parameter.in === 'header' ? item.trim() : item));
    }
  }
  return Array.isArray(raw) ? [...raw] : isPlainObject(raw) ? { ...raw } : raw;
}

/** Which documented response applies to `status`: the exact code, then its `4XX`-style range, then `default`
 * (OpenAPI 3.1.0, Responses Object › Patterned Fields: an explicit code wins over its range). */
export function matchResponse(
  operation: OperationInfo,
  status: number | string,
): { key: string; response: ResponseInfo } | undefined {
  const code = typeof status === 'number' || typeof status === 'string' ? String(status) : '';
  // Only an HTTP status code (RFC 9110 §15: three digits, 100-599) has a response, `default` included: a status
  // `__proto__`, `toString` or `2XX` matches nothing (`in` used to find Object.prototype's members).
  if (!/^[1-5][0-9][0-9]$/.test(code)) return undefined;
  const range = `${code[0]}XX`;
  const key = Object.hasOwn(operation.responses, code)
    ? code
    : (Object.keys(operation.responses).find((candidate) => candidate.toUpperCase() === range) ??
      (Object.hasOwn(operation.responses, 'default') ? 'default' : undefined));
  const response = key === undefined ? undefined : operation.responses[key];
  return key === undefined || response === undefined ? undefined : { key, response };
}

/**
 * A value nested deeper than DEFAULT_JSON_MAX_DEPTH (or cyclic) is reported, not validated: AJV's code for a
 * recursive schema and formInstance's copy recurse, and would die with an untyped RangeError (issue #9 item 9).
 * parseJsonBody and the form decoders refuse such bodies before they get here; this covers values built by hand.
 */
function depthViolation(
  value: unknown,
  location: ViolationLocation,
  schemaPointer: string,
  name?: string,
): Violation[] | undefined {
  if (shallowWalk(value, 1, DEFAULT_JSON_MAX_DEPTH, QUICK_WALK_BUDGET) >= 0) return undefined;
  try {
    assertDepth(value, DEFAULT_JSON_MAX_DEPTH);
    return undefined;
  } catch (error) {
    if (!(error instanceof RequestLimitError)) throw error;
    return [
      {
        location,
        ...(name === undefined ? {} : { name }),
        pointer: '',
        schemaPointer,
        keyword: 'maxDepth',
        message: `must not nest deeper than ${DEFAULT_JSON_MAX_DEPTH} levels (not validated)`,
      },
    ];
  }
}

/**
 * Containers a plain recursive walk may visit before depthViolation hands over to assertDepth. Bodies are small
 * trees, which this walk answers without assertDepth's bookkeeping (a Map entry and a tuple per container: that
 * cost more than validating the body itself in conformance's bench/throughput.mjs profile). A value shared many
 * times over (a DAG) or cyclic, which only code builds, runs out of budget or depth here and gets assertDepth's
 * exact, linear walk; the recursion itself stops at `max` levels, so it cannot overflow the stack.
 */
const QUICK_WALK_BUDGET = 10_000;

/**
 * Walks `node`, found at `depth`, while `budget` containers may still be visited. Returns the budget left, or -1
 * when the walk went deeper than `max` or ran out: then nothing is certain and assertDepth decides.
 */
function shallowWalk(node: unknown, depth: number, max: number, budget: number): number {
  if (typeof node !== 'object' || node === null || ArrayBuffer.isView(node) || node instanceof ArrayBuffer)
    return budget;
  if (depth > max || budget === 0) return -1;
  let left = budget - 1;
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length && left >= 0; index += 1)
      left = shallowWalk(node[index], depth + 1, max, left);
    return left;
  }
  // for…in visits every own enumerable key (and inherited ones: more than assertDepth walks, never fewer).
  for (const key in node) {
    left = shallowWalk((node as Record<string, unknown>)[key], depth + 1, max, left);
    if (left < 0) break;
  }
  return left;
}

function describeStatus(status: unknown): string {
  return typeof status === 'string' ? JSON.stringify(status).slice(1, -1) : String(status as never);
}

const bound = new WeakMap<OperationInfo, Validators>();

/** `<pointer>/schema` of a parameter or header, built once per object rather than once per validation. */
const schemaPointers = new WeakMap<{ pointer: string }, string>();

function schemaPointerOf(place: { pointer: string }): string {
  let pointer = schemaPointers.get(place);
  if (pointer === undefined) schemaPointers.set(place, (pointer = appendPointer(place.pointer, 'schema')));
  return pointer;
}

/** What checkContent decides from the documented content and the Content-Type alone. */
interface MediaPlan {
  pointer: string;
  media: MediaTypeObject;
  mediaPointer: string;
  schemaPointer: string;
  /** Form and multipart bodies arrive as strings and are validated with coercion, on a copy. */
  form: boolean;
}

/**
 * Plans per content map and Content-Type value, so each Content-Type is parsed and matched once per run instead of
 * once per body (conformance's bench/throughput.mjs profile). The values come from the wire, so each map holds a
 * bounded number: a server that sends a new Content-Type every time costs parsing, not memory.
 */
const mediaPlans = new WeakMap<object, Map<string, MediaPlan | null>>();
const MAX_PLANS_PER_CONTENT = 32;

function mediaPlan(pointer: string, content: Record<string, MediaTypeObject>, mediaType: string): MediaPlan | null {
  let byType = mediaPlans.get(content);
  if (!byType) mediaPlans.set(content, (byType = new Map()));
  const cached = byType.get(mediaType);
  // A content map shared by several responses ($ref) is planned per place, since the pointers differ.
  if (cached !== undefined && (cached === null || cached.pointer === pointer)) return cached;
  const key = pickMediaType(content, mediaType);
  let plan: MediaPlan | null = null;
  if (key !== undefined) {
    const essence = parseMediaType(mediaType)!;
    const mediaPointer = appendPointer(pointer, 'content', key);
    plan = {
      pointer,
      media: content[key] ?? {},
      mediaPointer,
      schemaPointer: appendPointer(mediaPointer, 'schema'),
      form: essence.essence === 'application/x-www-form-urlencoded' || essence.type === 'multipart',
    };
  }
  if (byType.size >= MAX_PLANS_PER_CONTENT) byType.clear();
  byType.set(mediaType, plan);
  return plan;
}

export function createValidators(document: object, options: ValidatorOptions = {}): Validators {
  let prepared: SchemaDocument | undefined;
  const instances = new Map<boolean, Ajv2020>();
  // One map per instance, keyed by the pointer alone: no key string built per validation.
  const compiled = new Map<boolean, Map<string, ValidateFunction>>([
    [false, new Map()],
    [true, new Map()],
  ]);

  const schemaDocument = () => (prepared ??= prepareSchemaDocument(document));

  /** The compiled validator for the schema at `pointer`: at most one compile per schema and instance. */
  function validatorFor(pointer: string, coerce: boolean): ValidateFunction {
    const ofInstance = compiled.get(coerce)!;
    let validate = ofInstance.get(pointer);
    if (!validate) {
      try {
        let ajv = instances.get(coerce);
        if (!ajv) instances.set(coerce, (ajv = buildAjv(schemaDocument(), coerce, options)));
        validate = ajv.getSchema(DOCUMENT_ID + pointerToFragment(pointer));
      } catch (error) {
        if (error instanceof DocumentError) throw error;
        // Preparing the document and AJV's compile on first use: strict-mode refusals, unresolvable refs inside a
        // schema, a document too deep to walk all surface here.
        throw new DocumentError(`Cannot compile the schema at ${pointer}: ${(error as Error).message}`, pointer, {
          cause: error,
        });
      }
      if (!validate) throw new DocumentError(`No schema at ${pointer}.`, pointer);
      ofInstance.set(pointer, validate);
    }
    return validate;
  }

  function check(
    pointer: string,
    value: unknown,
    coerce: boolean,
    location: ViolationLocation,
    name?: string,
  ): Violation[] {
    const validate = validatorFor(pointer, coerce);
    return depthViolation(value, location, pointer, name) ?? validateValue(validate, pointer, value, location, name);
  }

  /** AJV's verdict as violations, for a value already known not to nest too deep. */
  function validateValue(
    validate: ValidateFunction,
    pointer: string,
    value: unknown,
    location: ViolationLocation,
    name?: string,
  ): Violation[] {
    if (validate(value)) return [];
    const { pointerOf, isSynthetic } = schemaDocument();
    const seen = new Set<string>();
    const violations: Violation[] = [];
    for (const error of validate.errors ?? []) {
      if (error.keyword === 'if') continue; // "must match then schema": the branch's own errors say why
      const at = pointerOf(error.parentSchema);
      const violation: Violation = {
        location,
        ...(name === undefined ? {} : { name }),
        pointer: error.instancePath,
        schemaPointer:
          at === undefined ? pointer : isSynthetic(error.parentSchema) ? at : appendPointer(at, error.keyword),
        keyword: error.keyword,
        message: describe(error),
      };
      const key = JSON.stringify(violation);
      if (!seen.has(key)) seen.add(key), violations.push(violation);
    }
    return violations;
  }

  function checkContent(
    pointer: string,
    content: Record<string, MediaTypeObject>,
    mediaType: string | undefined,
    body: unknown,
    what: string,
  ): Violation[] {
    const documented = Object.keys(content);
    const mismatch = (message: string, location: ViolationLocation = 'content-type'): Violation[] => [
      { location, pointer: '', schemaPointer: appendPointer(pointer, 'content'), keyword: 'content-type', message },
    ];
    if (!documented.length) return mismatch(`Received a ${what} body; documented: no content`, 'body');
    if (!mediaType)
      return mismatch(`Received a ${what} body without Content-Type; documented: ${documented.join(', ')}`);
    const plan = mediaPlan(pointer, content, mediaType);
    if (!plan) return mismatch(`Received Content-Type '${mediaType}'; documented: ${documented.join(', ')}`);
    const { media, mediaPointer, schemaPointer, form } = plan;
    if (media.schema === undefined) return [];
    // Before formInstance, which copies recursively; the copy nests no deeper, so the body is walked once.
    const deep = depthViolation(body, 'body', schemaPointer);
    if (deep) return deep;
    const validate = validatorFor(schemaPointer, form);
    const violations = validateValue(validate, schemaPointer, form ? formInstance(body) : body, 'body');
    // Multipart parts may be pinned to media types by the Encoding Object's contentType (OpenAPI 3.1.0, Encoding Object).
    for (const [property, encoding] of Object.entries(media.encoding ?? {})) {
      const parts = isPlainObject(body) ? [body[property]].flat() : [];
      for (const part of parts.filter(isFilePart)) {
        const allowed = encoding.contentType?.split(',').map((item) => item.trim());
        if (allowed && !allowed.some((range) => mediaTypeMatches(range, part.contentType))) {
          violations.push({
            location: 'content-type',
            name: property,
            pointer: appendPointer('', property),
            schemaPointer: appendPointer(mediaPointer, 'encoding', property, 'contentType'),
            keyword: 'content-type',
            message: `Received part Content-Type '${part.contentType}'; documented: ${allowed.join(', ')}`,
          });
        }
      }
    }
    return violations;
  }

  const validators: Validators = {
    validateRequest(operation, request) {
      if (typeof request !== 'object' || request === null) {
        throw new TypeError(
          `validateRequest expects a request object, received ${request === null ? 'null' : typeof request}.`,
        );
      }
      const headers = headerRecord(request.headers);
      const sources: Record<string, Record<string, unknown>> = {
        path: request.params ?? {},
        query: request.query ?? {},
        header: headers,
      };
      const violations: Violation[] = [];
      for (const parameter of operation.parameters) {
        const source = sources[parameter.in];
        if (!source || (parameter.in === 'header' && IGNORED_REQUEST_HEADERS.has(parameter.name.toLowerCase())))
          continue;
        const key = parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name;
        // Own properties only: a parameter named `constructor` must not find Object.prototype.constructor.
        const raw = Object.hasOwn(source, key) ? source[key] : undefined;
        const location = parameter.in as ViolationLocation;
        if (raw === undefined) {
          if (parameter.required) {
            violations.push({
              location,
              name: parameter.name,
              pointer: '',
              schemaPointer: appendPointer(parameter.pointer, 'required'),
              keyword: 'required',
              message: `must have required ${parameter.in} parameter '${parameter.name}'`,
            });
          }
          continue;
        }
        if (parameter.schema === undefined) continue; // `content`-style parameters are not deserialized here
        const value = wireValue(document, parameter, raw);
        violations.push(...check(schemaPointerOf(parameter), value, true, location, parameter.name));
      }
      const body = operation.requestBody;
      if (!body) return violations;
      if (request.body === undefined) {
        if (body.required) {
          violations.push({
            location: 'body',
            pointer: '',
            schemaPointer: appendPointer(body.pointer, 'required'),
            keyword: 'required',
            message: 'must have the required request body',
          });
        }
        return violations;
      }
      return [
        ...violations,
        ...checkContent(
          body.pointer,
          body.content,
          request.mediaType ?? headers['content-type'],
          request.body,
          'request',
        ),
      ];
    },

    validateResponse(operation, response) {
      if (typeof response !== 'object' || response === null) {
        throw new TypeError(
          `validateResponse expects a response object, received ${response === null ? 'null' : typeof response}.`,
        );
      }
      const matched = matchResponse(operation, response.status);
      if (!matched) {
        return [
          {
            location: 'status',
            pointer: '',
            schemaPointer: appendPointer(operation.pointer, 'responses'),
            keyword: 'status',
            message: `Received status ${describeStatus(response.status)}; documented: ${Object.keys(operation.responses).join(', ')}`,
          },
        ];
      }
      const documented = matched.response;
      // Copied only when needed: most answers document no headers and come with their media type.
      let normalized: Record<string, string> | undefined;
      const headers = () => (normalized ??= headerRecord(response.headers));
      const violations: Violation[] = [];
      for (const [name, header] of Object.entries(documented.headers)) {
        // OpenAPI 3.1.0, Response Object › `headers`: a header named Content-Type SHALL be ignored.
        if (name.toLowerCase() === 'content-type') continue;
        const all = headers();
        const raw = Object.hasOwn(all, name.toLowerCase()) ? all[name.toLowerCase()] : undefined;
        if (raw === undefined) {
          if (header.required) {
            violations.push({
              location: 'header',
              name,
              pointer: '',
              schemaPointer: appendPointer(header.pointer, 'required'),
              keyword: 'required',
              message: `must have required header '${name}'`,
            });
          }
          continue;
        }
        if (header.schema === undefined) continue;
        const value = wireValue(document, { ...header, name, in: 'header' }, raw, header);
        violations.push(...check(schemaPointerOf(header), value, true, 'header', name));
      }
      if (response.body === undefined || response.body === '') return violations;
      const mediaType = response.mediaType ?? headers()['content-type'];
      return [
        ...violations,
        ...checkContent(documented.pointer, documented.content, mediaType, response.body, 'response'),
      ];
    },

    validateSchema(schemaPointer, value, { coerce = false } = {}) {
      return check(schemaPointer, value, coerce, 'body');
    },
  };
  for (const operation of options.operations ?? []) bound.set(operation, validators);
  return validators;
}

function validatorsOf(operation: OperationInfo): Validators {
  const validators = bound.get(operation);
  if (!validators) {
    const name = typeof operation === 'object' && operation !== null ? operation.operationId : String(operation);
    throw new TypeError(`Operation ${name} does not come from loadSurface; use createValidators(document).`);
  }
  return validators;
}

/** Validate a request against an operation returned by loadSurface (shorthand for surface.validators). */
export function validateRequest(operation: OperationInfo, request: RequestInput): Violation[] {
  return validatorsOf(operation).validateRequest(operation, request);
}

/** Validate a response against an operation returned by loadSurface (shorthand for surface.validators). */
export function validateResponse(operation: OperationInfo, response: ResponseInput): Violation[] {
  return validatorsOf(operation).validateResponse(operation, response);
}
