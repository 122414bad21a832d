/**
 * The `content` map of a request body, response or parameter, keyed for matching. Media types are matched by
 * lower-cased name (RFC 9110 §8.3.1: type and subtype are case-insensitive).
 */
import { isObject, appendPointer, type Located } from './resolve-refs.js';

export interface MediaTypeEntry {
  mediaType: string;
  pointer: string;
  schema: Located[];
}

export function mediaTypes(content: unknown, pointer: string): Map<string, MediaTypeEntry> {
  const out = new Map<string, MediaTypeEntry>();
  if (!isObject(content)) return out;
  for (const [mediaType, media] of Object.entries(content)) {
    const at = appendPointer(pointer, 'content', mediaType);
    const schema =
      isObject(media) && media.schema !== undefined
        ? [{ node: media.schema, pointer: appendPointer(at, 'schema') }]
        : [];
    out.set(mediaType.toLowerCase().replace(/\s+/g, ''), { mediaType, pointer: at, schema });
  }
  return out;
}

export function listMediaTypes(entries: Map<string, MediaTypeEntry>): string {
  return entries.size ? [...entries.values()].map((e) => e.mediaType).join(', ') : 'none';
}
