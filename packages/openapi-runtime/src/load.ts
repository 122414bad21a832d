// Turn a loaded OpenAPI 3.1 document into the per-operation view every tool in this repo works from.
// Surface-agnostic: it reads whatever document it is given (one surface's bundle or the four joined) and never
// names a surface (style guide, habit 6). Refs must be internal (`#/...`): load bundled documents.

import { DocumentError } from './document-error.js';
import { appendPointer, followRefs } from './json-pointer.js';
import { pathItemOperations } from './operations.js';
import type {
  HeaderInfo,
  OpenApiDocument,
  OperationInfo,
  ParameterInfo,
  RequestBodyInfo,
  ResponseInfo,
  SecurityRequirement,
} from './openapi-types.js';
import { createRouter, type Router } from './router.js';
import { createValidators, type Validators } from './validation.js';

export interface LoadOptions {
  /** ajv-formats mode for the validators: `full` (default) or `fast`. */
  formats?: 'full' | 'fast';
}

export interface Surface {
  document: OpenApiDocument;
  /** In document order: paths as declared, methods in the order of the Path Item Object's fields. */
  operations: OperationInfo[];
  getOperation(operationId: string): OperationInfo | undefined;
  router: Router<OperationInfo>;
  /** Compiled on first use, each schema at most once per Surface (and per AJV instance). */
  validators: Validators;
}

type Node = Record<string, unknown>;
const asNode = (value: unknown): Node => (typeof value === 'object' && value !== null ? (value as Node) : {});

function resolveHeaders(document: object, headers: unknown, pointer: string): Record<string, HeaderInfo> {
  return Object.fromEntries(
    Object.entries(asNode(headers)).map(([name, raw]) => {
      const { value, pointer: at } = followRefs<Node>(document, raw, appendPointer(pointer, name));
      return [name, { ...value, required: value.required === true, pointer: at } as HeaderInfo];
    }),
  );
}

function collectOperation(
  document: OpenApiDocument,
  pathTemplate: string,
  pathItem: Node,
  pathPointer: string,
  method: string,
): OperationInfo {
  const pointer = appendPointer(pathPointer, method);
  const operation = asNode(pathItem[method]);

  // Operation parameters override Path Item parameters with the same name and location (OpenAPI 3.1.0, Operation Object › `parameters`).
  const parameters = new Map<string, ParameterInfo>();
  for (const [owner, ownerPointer] of [
    [pathItem, pathPointer],
    [operation, pointer],
  ] as const) {
    (Array.isArray(owner.parameters) ? owner.parameters : []).forEach((raw, index) => {
      const { value, pointer: at } = followRefs<Node>(document, raw, appendPointer(ownerPointer, 'parameters', index));
      const parameter = {
        ...value,
        required: value.in === 'path' || value.required === true,
        pointer: at,
      } as ParameterInfo;
      parameters.set(
        `${parameter.in} ${parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name}`,
        parameter,
      );
    });
  }

  let requestBody: RequestBodyInfo | undefined;
  if (operation.requestBody !== undefined) {
    const { value, pointer: at } = followRefs<Node>(
      document,
      operation.requestBody,
      appendPointer(pointer, 'requestBody'),
    );
    requestBody = {
      ...value,
      required: value.required === true,
      content: asNode(value.content),
      pointer: at,
    } as RequestBodyInfo;
  }

  const responses: Record<string, ResponseInfo> = {};
  for (const [status, raw] of Object.entries(asNode(operation.responses))) {
    const { value, pointer: at } = followRefs<Node>(document, raw, appendPointer(pointer, 'responses', status));
    responses[status] = {
      ...value,
      headers: resolveHeaders(document, value.headers, appendPointer(at, 'headers')),
      content: asNode(value.content),
      pointer: at,
    } as ResponseInfo;
  }

  const upper = method.toUpperCase();
  return {
    operationId: typeof operation.operationId === 'string' ? operation.operationId : `${upper} ${pathTemplate}`,
    method: upper,
    pathTemplate,
    pointer,
    parameters: [...parameters.values()],
    ...(requestBody ? { requestBody } : {}),
    responses,
    ...(typeof operation['x-safe'] === 'boolean' ? { safe: operation['x-safe'] } : {}),
    provisional: operation['x-provisional'] === true,
    security: (Array.isArray(operation.security)
      ? operation.security
      : (document.security ?? [])) as SecurityRequirement[],
    operation,
  };
}

/**
 * Throws TypeError when `document` is not an object and DocumentError for anything in it that cannot be loaded
 * (README, "Errors"); a document of the wrong shape in some corner is reported as a DocumentError too, with the
 * original error as its `cause`, rather than escaping as whatever the walk tripped over.
 */
export function loadSurface(document: object, options: LoadOptions = {}): Surface {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new TypeError(`loadSurface expects an OpenAPI document object, received ${describeValue(document)}.`);
  }
  try {
    return load(document as OpenApiDocument, options);
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(`Cannot load the document: ${(error as Error)?.message ?? String(error)}`, '#', {
      cause: error,
    });
  }
}

function describeValue(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function load(doc: OpenApiDocument, options: LoadOptions): Surface {
  if (typeof doc.openapi !== 'string' || !doc.openapi.startsWith('3.1.')) {
    // 3.0 schemas (nullable, boolean exclusiveMinimum) would validate wrongly under JSON Schema 2020-12.
    throw new DocumentError(`Expected an OpenAPI 3.1.x document, got openapi: ${JSON.stringify(doc.openapi)}.`, '#');
  }
  const operations: OperationInfo[] = [];
  for (const [pathTemplate, raw] of Object.entries(asNode(doc.paths))) {
    // A Path Item may itself be a $ref (OpenAPI 3.1.0, Path Item Object › `$ref`).
    const { value: pathItem, pointer: pathPointer } = followRefs<Node>(
      doc,
      raw,
      appendPointer('#/paths', pathTemplate),
    );
    for (const [method] of pathItemOperations(pathItem)) {
      operations.push(collectOperation(doc, pathTemplate, pathItem, pathPointer, method));
    }
  }
  const byId = new Map<string, OperationInfo>();
  for (const operation of operations) {
    const other = byId.get(operation.operationId);
    if (other)
      throw new DocumentError(
        `Duplicate operationId '${operation.operationId}' at ${other.pointer} and ${operation.pointer}.`,
        operation.pointer,
      );
    byId.set(operation.operationId, operation);
  }
  return {
    document: doc,
    operations,
    getOperation: (operationId) => byId.get(operationId),
    router: createRouter(operations),
    validators: createValidators(doc, { formats: options.formats, operations }),
  };
}
