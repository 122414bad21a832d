// Requests and answers read off the contract's own examples: the banner's one curl per surface, `npm run examples`
// (the names a frontend passes in `Prefer`), the end-to-end tests and the benchmark's request mix all come from
// here, so none of them can drift from specs/.
import {
  buildRequest,
  exampleCredentials,
  followRefs,
  type OperationInfo,
  securityAlternatives,
  type Surface,
} from '@cx-contracts/openapi-runtime';

export interface ExampleRequest {
  operationId: string;
  method: string;
  /** Path with its query string, ready to append to the base URL. */
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array<ArrayBuffer>;
}

export interface SurfaceGroup {
  /** The API's title as `redocly join` recorded it in `x-tagGroups`; `API` for a single document. */
  name: string;
  operations: OperationInfo[];
}

export interface SelectableResponse {
  status: string;
  mediaType?: string;
  /** Example names for `Prefer: example=<name>`, in document order; the first one is Prism's default. */
  examples: string[];
}

// Media types a person can read in a terminal first; multipart last.
const BODY_PREFERENCE = ['application/json', 'application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data'];

/** Operations grouped by surface, in document order, using the `x-tagGroups` `redocly join` writes. */
export function surfaceGroups(surface: Surface): SurfaceGroup[] {
  const tagGroups = (surface.document['x-tagGroups'] ?? []) as { name: string; tags: string[] }[];
  const groupOf = (operation: OperationInfo): string => {
    const tags = (operation.operation.tags ?? []) as string[];
    return tagGroups.find((group) => group.tags.some((tag) => tags.includes(tag)))?.name ?? 'API';
  };
  const groups = new Map<string, OperationInfo[]>();
  for (const group of tagGroups) groups.set(group.name, []);
  for (const operation of surface.operations) {
    const name = groupOf(operation);
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name)!.push(operation);
  }
  return [...groups]
    .filter(([, operations]) => operations.length > 0)
    .map(([name, operations]) => ({ name, operations }));
}

/**
 * Every documented status of an operation with the example names of each of its media types: what
 * `Prefer: code=…, example=…` selects. Prism looks the name up in the media type it negotiated from Accept, so a
 * name under a second media type needs that type in Accept.
 */
export function selectableResponses(operation: OperationInfo): SelectableResponse[] {
  return Object.entries(operation.responses).flatMap(([status, response]): SelectableResponse[] => {
    const contents = Object.entries(response.content ?? {});
    if (contents.length === 0) return [{ status, examples: [] }];
    return contents.map(([mediaType, media]) => ({ status, mediaType, examples: Object.keys(media.examples ?? {}) }));
  });
}

/**
 * The answer Prism gives when nothing is selected (prism-http NegotiatorHelpers): the lowest 2xx, else `default`,
 * else the first response; for `Accept: *\/*` (what fetch, browsers and curl send) its first media type; then that
 * media type's first example. Undefined fields mean the contract has none.
 */
export function defaultResponse(
  surface: Surface,
  operation: OperationInfo,
): { status: string; mediaType?: string; example?: unknown } {
  const statuses = Object.keys(operation.responses);
  // Every operation documents at least one response (the runtime's loadSurface refuses one without).
  const status =
    statuses.filter((code) => /^2(\d\d|XX)$/.test(code)).sort()[0] ??
    (statuses.includes('default') ? 'default' : statuses[0]!);
  const content = operation.responses[status]?.content ?? {};
  const mediaType = Object.keys(content)[0];
  const media = mediaType ? content[mediaType] : undefined;
  return { status, mediaType, example: media ? firstExample(surface, media) : undefined };
}

/** A request built from the operation's examples: it passes the contract (the e2e tests check that it does). */
export async function exampleRequest(surface: Surface, operation: OperationInfo): Promise<ExampleRequest> {
  const params: Record<string, string> = {};
  const query = new URLSearchParams();
  const headers: Record<string, string> = {};
  const cookies: string[] = [];
  for (const parameter of operation.parameters) {
    if (parameter.in !== 'path' && !parameter.required) continue;
    const value = String(parameterExample(surface, parameter));
    if (parameter.in === 'path') params[parameter.name] = value;
    else if (parameter.in === 'query') query.append(parameter.name, value);
    else if (parameter.in === 'header') headers[parameter.name.toLowerCase()] = value;
    else cookies.push(`${parameter.name}=${value}`);
  }
  exampleCredentials(securityAlternatives(surface.document, operation), { headers, query, cookies });
  const content = operation.requestBody?.content ?? {};
  const mediaType = BODY_PREFERENCE.find((type) => type in content) ?? Object.keys(content)[0];
  const media = mediaType === undefined ? undefined : content[mediaType];
  const body = media && (firstExample(surface, media) ?? (operation.requestBody?.required ? {} : undefined));
  const built = await buildRequest(operation, { params, query, headers, cookies, body, mediaType });
  return {
    operationId: operation.operationId,
    ...built,
    body: typeof built.body === 'string' ? new TextEncoder().encode(built.body) : built.body,
  };
}

function firstExample(surface: Surface, media: { example?: unknown; examples?: Record<string, unknown> }): unknown {
  const [first] = Object.entries(media.examples ?? {});
  if (first) {
    const example = followRefs<{ value?: unknown }>(surface.document, first[1], '#').value;
    if (example && 'value' in example) return example.value;
  }
  return media.example;
}

function parameterExample(surface: Surface, parameter: OperationInfo['parameters'][number]): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const [first] = Object.values((parameter.examples ?? {}) as Record<string, unknown>);
  if (first !== undefined) {
    const example = followRefs<{ value?: unknown }>(surface.document, first, '#').value;
    if (example?.value !== undefined) return example.value;
  }
  const schema =
    parameter.schema === undefined
      ? {}
      : followRefs<Record<string, unknown>>(surface.document, parameter.schema, '#').value;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  for (const key of ['example', 'default', 'const']) if (schema[key] !== undefined) return schema[key];
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  if (schema.type === 'integer' || schema.type === 'number') return 1;
  if (schema.type === 'boolean') return true;
  return 'example';
}
