/**
 * The responses of one operation: statuses, headers, media types and schemas. Response data is written by
 * implementations and read by clients: the response-side rule of change-kinds.ts applies.
 */
import { compareMediaTypes } from './compare-media-types.js';
import { compareSchemas } from './compare-schemas.js';
import { emitFixed, type DiffContext } from './diff-context.js';
import { mediaTypes } from './media-types.js';
import { isObject, appendPointer, resolve, type Located } from './resolve-refs.js';
import type { OpenApiDocument } from './types.js';

function responses(doc: OpenApiDocument, operation: Located): Map<string, Located> {
  const out = new Map<string, Located>();
  const node = isObject(operation.node) ? operation.node.responses : undefined;
  if (!isObject(node)) return out;
  for (const [status, response] of Object.entries(node)) {
    // Ranges are case-insensitive in practice (`4xx`); `default` keeps its spelling.
    const key = /^\dxx$/i.test(status) ? status.toUpperCase() : status;
    out.set(key, resolve(doc, { node: response, pointer: appendPointer(operation.pointer, 'responses', status) }));
  }
  return out;
}

/**
 * A status is matched exactly, else by the range that now covers it (OpenAPI 3.1 §4.8.16.2: `4XX`), so folding
 * 404 into 4XX compares the schemas instead of reporting the 404 gone.
 */
function matchStatus(status: string, candidates: Map<string, Located>): string | undefined {
  if (candidates.has(status)) return status;
  const range = `${status[0]}XX`;
  return /^\d{3}$/.test(status) && candidates.has(range) ? range : undefined;
}

export function compareResponses(ctx: DiffContext, baseOperation: Located, headOperation: Located): void {
  const was = responses(ctx.base, baseOperation);
  const now = responses(ctx.head, headOperation);
  const matched = new Set<string>();
  let successRemoved = false;
  for (const [status, b] of was) {
    const key = matchStatus(status, now);
    // `4XX` replaced by `400` and `404` (OpenAPI 3.1 §4.8.16.2): one narrowing row, and the range's response compared
    // with each status that now stands in for it, so a widened body there is still reported.
    const within =
      /^\dXX$/.test(status) && !key ? [...now.keys()].filter((s) => s[0] === status[0] && /^\d{3}$/.test(s)) : [];
    if (within.length) {
      emitFixed(ctx, 'response-status-removed', b.pointer, `response ${status} replaced by ${within.join(', ')}`);
      for (const specific of within) {
        matched.add(specific);
        compareResponse(ctx, `${status}→${specific}`, b, now.get(specific)!);
      }
      continue;
    }
    if (!key) {
      if (status.startsWith('2')) successRemoved = true;
      emitFixed(
        ctx,
        'response-status-removed',
        b.pointer,
        `response ${status} removed (now ${[...now.keys()].join(', ') || 'none'})`,
      );
      continue;
    }
    matched.add(key);
    compareResponse(ctx, status === key ? status : `${status}→${key}`, b, now.get(key)!);
  }
  for (const [status, h] of now) {
    if (matched.has(status)) continue;
    // A success status that replaces a removed one is not a narrowing: clients that handled the old status now get
    // one they were never written for (200 → 201).
    if (successRemoved && status.startsWith('2')) {
      emitFixed(
        ctx,
        'response-success-status-replaced',
        h.pointer,
        `response ${status} added while ${[...was.keys()].filter((s) => s.startsWith('2') && !now.has(s)).join(', ')} was removed`,
      );
      continue;
    }
    // A new success status gets a second look (client code may read "the" 2xx body); other new statuses are
    // covered by OpenAPI 3.1 §4.8.16: clients must already cope with undocumented statuses.
    const severity = status.startsWith('2') ? 'warning' : 'info';
    emitFixed(
      ctx,
      'response-status-added',
      h.pointer,
      `response ${status} added (was ${[...was.keys()].join(', ') || 'none'})`,
      severity,
    );
  }
}

function compareResponse(ctx: DiffContext, status: string, b: Located, h: Located): void {
  const bNode = isObject(b.node) ? b.node : {};
  const hNode = isObject(h.node) ? h.node : {};
  compareHeaders(ctx, status, headers(ctx.base, bNode.headers, b.pointer), headers(ctx.head, hNode.headers, h.pointer));

  const wasTypes = mediaTypes(bNode.content, b.pointer);
  const nowTypes = mediaTypes(hNode.content, h.pointer);
  compareMediaTypes(ctx, 'response', `response ${status}`, wasTypes, nowTypes);
}

interface Header {
  name: string;
  pointer: string;
  node: Record<string, unknown>;
}

/** Header names are case-insensitive (RFC 9110 §5.1); a `Content-Type` header SHALL be ignored (OpenAPI 3.1 §4.8.17.1). */
function headers(doc: OpenApiDocument, node: unknown, responsePointer: string): Map<string, Header> {
  const out = new Map<string, Header>();
  if (!isObject(node)) return out;
  for (const [name, raw] of Object.entries(node)) {
    if (name.toLowerCase() === 'content-type') continue;
    const header = resolve(doc, { node: raw, pointer: appendPointer(responsePointer, 'headers', name) });
    out.set(name.toLowerCase(), { name, pointer: header.pointer, node: isObject(header.node) ? header.node : {} });
  }
  return out;
}

function headerSchema(header: Header): Located[] {
  if (header.node.schema !== undefined)
    return [{ node: header.node.schema, pointer: appendPointer(header.pointer, 'schema') }];
  const [entry] = mediaTypes(header.node.content, header.pointer).values();
  return entry?.schema ?? [];
}

function compareHeaders(ctx: DiffContext, status: string, was: Map<string, Header>, now: Map<string, Header>): void {
  for (const [key, b] of was) {
    const h = now.get(key);
    const label = `response ${status} header \`${(h ?? b).name}\``;
    if (!h) {
      emitFixed(ctx, 'response-header-removed', b.pointer, `${label} removed`);
      continue;
    }
    const wasRequired = b.node.required === true;
    const nowRequired = h.node.required === true;
    if (wasRequired && !nowRequired)
      emitFixed(ctx, 'response-header-became-optional', h.pointer, `${label} was required, now optional`);
    if (!wasRequired && nowRequired)
      emitFixed(ctx, 'response-header-became-required', h.pointer, `${label} was optional, now required`);
    compareSchemas(ctx, { scope: 'response-header', subject: label }, headerSchema(b), headerSchema(h));
  }
  for (const [key, h] of now) {
    if (was.has(key)) continue;
    const required = h.node.required === true;
    const label = `response ${status} header \`${h.name}\``;
    emitFixed(
      ctx,
      required ? 'response-header-added-required' : 'response-header-added',
      h.pointer,
      `${label} added (${required ? 'required' : 'optional'})`,
    );
  }
}
