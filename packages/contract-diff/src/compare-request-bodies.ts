/**
 * The request body of one operation: presence, `required` (OpenAPI 3.1 §4.8.13: a body is optional unless it says
 * otherwise), the media types it accepts, and each media type's schema. Request side throughout.
 */
import { compareMediaTypes } from './compare-media-types.js';
import { emitFixed, type DiffContext } from './diff-context.js';
import { mediaTypes } from './media-types.js';
import { isObject, appendPointer, resolve, type Located } from './resolve-refs.js';
import type { OpenApiDocument } from './types.js';

function body(doc: OpenApiDocument, operation: Located): Located | undefined {
  if (!isObject(operation.node) || operation.node.requestBody === undefined) return undefined;
  return resolve(doc, { node: operation.node.requestBody, pointer: appendPointer(operation.pointer, 'requestBody') });
}

export function compareRequestBodies(ctx: DiffContext, baseOperation: Located, headOperation: Located): void {
  const b = body(ctx.base, baseOperation);
  const h = body(ctx.head, headOperation);
  if (!b && !h) return;
  const required = (loc: Located): boolean => isObject(loc.node) && loc.node.required === true;
  if (b && !h) {
    emitFixed(
      ctx,
      'request-body-removed',
      b.pointer,
      `request body removed (was ${required(b) ? 'required' : 'optional'})`,
    );
    return;
  }
  if (!b && h) {
    const kind = required(h) ? 'request-body-added-required' : 'request-body-added-optional';
    emitFixed(ctx, kind, h.pointer, `request body added (${required(h) ? 'required' : 'optional'})`);
    return;
  }
  if (!required(b!) && required(h!))
    emitFixed(ctx, 'request-body-became-required', h!.pointer, 'request body was optional, now required');
  if (required(b!) && !required(h!))
    emitFixed(ctx, 'request-body-became-optional', h!.pointer, 'request body was required, now optional');

  const was = mediaTypes((b!.node as Record<string, unknown>).content, b!.pointer);
  const now = mediaTypes((h!.node as Record<string, unknown>).content, h!.pointer);
  compareMediaTypes(ctx, 'request', 'request', was, now);
}
