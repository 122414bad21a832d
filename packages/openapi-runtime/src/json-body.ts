// Parse a JSON request body with a nesting cap. Browser-safe.
//
// Is a cap needed? JSON.parse itself copes with any depth (V8's parser is iterative), but what runs after it does
// not: AJV compiles recursive schemas (`$ref` to an ancestor) into recursive functions, JSON.stringify and
// structuredClone recurse, and each throws an untyped RangeError near 10k levels (issue #9 item 9: a 100k-deep value).
// A body nested deeper than 64 levels is not a contract body, so it is refused before JSON.parse runs.

import { DEFAULT_JSON_MAX_DEPTH, RequestLimitError, resolveLimits, type DecodeLimits } from './limits.js';

/**
 * The deepest `[`/`{` nesting outside strings, stopping as soon as it passes `max`. One pass; strings are skipped
 * with indexOf. Invalid JSON is not this function's business: JSON.parse reports it afterwards.
 */
function exceedsDepth(text: string, max: number): boolean {
  let depth = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x22 /* " */) {
      // Skip to the closing quote: one not preceded by an odd number of backslashes.
      for (;;) {
        at = text.indexOf('"', at + 1);
        if (at === -1) return false;
        let slashes = 0;
        while (text.charCodeAt(at - 1 - slashes) === 0x5c /* \ */) slashes++;
        if (slashes % 2 === 0) break;
      }
    } else if (code === 0x5b /* [ */ || code === 0x7b /* { */) {
      if (++depth > max) return true;
    } else if (code === 0x5d /* ] */ || code === 0x7d /* } */) depth--;
  }
  return false;
}

/**
 * JSON.parse with a depth cap: `limits.maxDepth` levels of nested arrays and objects (default 64). Throws
 * RequestLimitError('maxDepth') for a deeper body, SyntaxError (JSON.parse's own) for text that is not JSON, and
 * TypeError when `text` is not a string.
 */
export function parseJsonBody(text: string, limits?: Pick<DecodeLimits, 'maxDepth'>): unknown {
  if (typeof text !== 'string') throw new TypeError(`parseJsonBody expects a string, received ${typeof text}.`);
  const { maxDepth } = resolveLimits(limits, {
    maxPairs: Number.POSITIVE_INFINITY,
    maxParts: Number.POSITIVE_INFINITY,
    maxDepth: DEFAULT_JSON_MAX_DEPTH,
  });
  if (exceedsDepth(text, maxDepth)) throw new RequestLimitError('maxDepth', maxDepth, 'in the JSON body');
  return JSON.parse(text);
}
