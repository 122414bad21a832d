// The slices of the OpenAPI 3.1 object model this package reads (OpenAPI 3.1.0, "Schema" section), plus the resolved
// per-operation view `loadSurface` builds. Types only; browser-safe.

export type JsonSchema = boolean | Record<string, unknown>;

/** Security Requirement Object: scheme name → scopes. */
export type SecurityRequirement = Record<string, string[]>;

/** Encoding Object: how one property of a form or multipart body is written. */
export interface EncodingObject {
  contentType?: string;
  style?: 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | string;
  explode?: boolean;
  allowReserved?: boolean;
  headers?: Record<string, unknown>;
}

/** Media Type Object. */
export interface MediaTypeObject {
  schema?: JsonSchema;
  encoding?: Record<string, EncodingObject>;
  example?: unknown;
  examples?: Record<string, unknown>;
  [extension: string]: unknown;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** A Parameter Object with its `$ref` resolved. */
export interface ParameterInfo {
  name: string;
  in: ParameterLocation;
  /** Path parameters are always required (Parameter Object › `required`). */
  required: boolean;
  schema?: JsonSchema;
  content?: Record<string, MediaTypeObject>;
  style?: string;
  explode?: boolean;
  /** Where the resolved Parameter Object lives in the document, e.g. `#/components/parameters/ApiKey`. */
  pointer: string;
  [field: string]: unknown;
}

/** A Request Body Object with its `$ref` resolved. */
export interface RequestBodyInfo {
  required: boolean;
  description?: string;
  content: Record<string, MediaTypeObject>;
  pointer: string;
}

/** A Header Object with its `$ref` resolved. */
export interface HeaderInfo {
  required: boolean;
  schema?: JsonSchema;
  style?: string;
  explode?: boolean;
  pointer: string;
  [field: string]: unknown;
}

/** A Response Object with its `$ref` and its headers' `$ref`s resolved. */
export interface ResponseInfo {
  description?: string;
  headers: Record<string, HeaderInfo>;
  content: Record<string, MediaTypeObject>;
  pointer: string;
  [field: string]: unknown;
}

export interface OperationInfo {
  /** The document's operationId, or `METHOD /path/template` when the operation has none. */
  operationId: string;
  /** Upper case: `GET`, `POST`, … */
  method: string;
  pathTemplate: string;
  /** JSON pointer of the Operation Object, e.g. `#/paths/~1nexus~1v3~1openmedia~1{openMediaService}~1interactions/post`. */
  pointer: string;
  /** Path Item and Operation parameters merged (the operation's win on the same name + in), `$ref`s resolved. */
  parameters: ParameterInfo[];
  requestBody?: RequestBodyInfo;
  /** Keyed as in the document: `200`, `4XX`, `default`. */
  responses: Record<string, ResponseInfo>;
  /** `x-safe` (contract decision 14); undefined when the operation does not say. */
  safe?: boolean;
  /** Operation-level `x-provisional: true` (contract decision 4). */
  provisional: boolean;
  /** Effective security: the operation's `security` if present, else the document's (Operation Object › `security`). */
  security: SecurityRequirement[];
  /** The raw Operation Object (tags, summary, externalDocs, other `x-*`). */
  operation: Record<string, unknown>;
}

/** The parts of the OpenAPI Object read here. */
export interface OpenApiDocument {
  openapi: string;
  paths?: Record<string, Record<string, unknown>>;
  security?: SecurityRequirement[];
  [field: string]: unknown;
}
