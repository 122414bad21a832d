import { unescapePointerSegment } from '@cx-contracts/openapi-runtime';

/**
 * Contract decision 4: parts of the contract no public source pins down carry `x-provisional: true`, and a mismatch
 * against them is a warning. A part is provisional when the node at `pointer` or any node on the way to it from
 * the document root says so (a provisional schema makes every property inside it provisional).
 */
export function isProvisionalAt(document: unknown, pointer: string | undefined): boolean {
  if (!pointer?.startsWith('#')) return false;
  let node: unknown = document;
  if (isFlagged(node)) return true;
  for (const segment of pointer.slice(1).split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<string, unknown>)[unescapePointerSegment(segment)];
    if (isFlagged(node)) return true;
  }
  return false;
}

function isFlagged(node: unknown): boolean {
  return typeof node === 'object' && node !== null && (node as Record<string, unknown>)['x-provisional'] === true;
}
