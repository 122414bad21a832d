/**
 * The media types of one request body or one response, matched by media type (media-types.ts): those only in the
 * base are removed, those only in the head added, and the schemas of those on both sides are compared.
 */
import { compareSchemas } from './compare-schemas.js';
import { type DiffContext, emitFixed } from './diff-context.js';
import { listMediaTypes, type MediaTypeEntry } from './media-types.js';

/** `where` names the body in messages and schema subjects: `request`, `response 200`. */
export function compareMediaTypes(
  ctx: DiffContext,
  side: 'request' | 'response',
  where: string,
  was: Map<string, MediaTypeEntry>,
  now: Map<string, MediaTypeEntry>,
): void {
  for (const [key, entry] of was) {
    const match = now.get(key);
    if (!match) {
      emitFixed(
        ctx,
        `${side}-media-type-removed`,
        entry.pointer,
        `${where} media type ${entry.mediaType} removed (now ${listMediaTypes(now)})`,
      );
    } else {
      // A request body's schema subject says "body" (`request body (json)`), a response's its status.
      const subject = side === 'request' ? `request body (${match.mediaType})` : `${where} (${match.mediaType})`;
      compareSchemas(ctx, { scope: side, subject }, entry.schema, match.schema);
    }
  }
  for (const [key, entry] of now) {
    if (!was.has(key))
      emitFixed(
        ctx,
        `${side}-media-type-added`,
        entry.pointer,
        `${where} media type ${entry.mediaType} added (was ${listMediaTypes(was)})`,
      );
  }
}
