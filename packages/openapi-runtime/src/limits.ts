// Caps on what one request body may make the decoders build. Browser-safe: no Node imports.
//
// Decoding is linear in the body's size (issue #9 item 1), but linear in a 1 MiB body of `a&a&a…` is still half a
// million values that every later step (validation, the violation list, Prism) walks again; and anything nested
// deeper than a few dozen levels is an attack on the recursive code downstream (AJV on recursive schemas,
// JSON.stringify, structuredClone all recurse: V8 throws RangeError near 10k levels). So the decoders count and
// refuse early, with an error a server turns into 413 naming the limit.

export interface DecodeLimits {
  /** Name/value pairs in one form body or query string. Default 10,000. */
  maxPairs?: number;
  /** Parts (fields and files together) in one multipart body. Default 1,000. */
  maxParts?: number;
  /**
   * Nesting. Form and multipart names: the number of `[` in one name (default 32). JSON bodies and values handed to
   * the validators: nested arrays and objects (default 64, DEFAULT_JSON_MAX_DEPTH).
   */
  maxDepth?: number;
}

export type DecodeLimitName = keyof DecodeLimits;

export const DEFAULT_DECODE_LIMITS: Readonly<Required<DecodeLimits>> = Object.freeze({
  maxPairs: 10_000,
  maxParts: 1_000,
  maxDepth: 32,
});

/** JSON nests values, not names, so it gets its own default depth; deeper than any contract body by far. */
export const DEFAULT_JSON_MAX_DEPTH = 64;

const WHAT: Record<DecodeLimitName, string> = {
  maxPairs: 'form pairs',
  maxParts: 'multipart parts',
  maxDepth: 'levels of nesting',
};

/** A body exceeded one of the DecodeLimits. A server answers 413 and names `limit` and `max`. */
export class RequestLimitError extends Error {
  constructor(
    readonly limit: DecodeLimitName,
    readonly max: number,
    where?: string,
  ) {
    super(`Request exceeds ${limit} (${max}): more than ${max} ${WHAT[limit]}${where ? ` ${where}` : ''}.`);
    this.name = 'RequestLimitError';
  }
}

/** The limits with defaults filled in; a limit that is not a non-negative number is a programming error. */
export function resolveLimits(
  limits: DecodeLimits | undefined,
  defaults: Required<DecodeLimits> = DEFAULT_DECODE_LIMITS,
): Required<DecodeLimits> {
  if (limits !== undefined && (typeof limits !== 'object' || limits === null)) {
    throw new TypeError(`Decode limits must be an object, received ${limits === null ? 'null' : typeof limits}.`);
  }
  const resolved = { ...defaults };
  for (const name of Object.keys(defaults) as DecodeLimitName[]) {
    const value = limits?.[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      throw new TypeError(`Decode limit ${name} must be a non-negative number, received ${String(value)}.`);
    }
    resolved[name] = value;
  }
  return resolved;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer);
}

/**
 * Throw RequestLimitError('maxDepth') when `value` nests arrays/objects deeper than `max` (a scalar is depth 0,
 * `{}` depth 1). Iterative, so it never overflows the stack itself; a cyclic value is refused too (its depth has
 * no end) instead of sending a recursive validator round the cycle.
 */
export function assertDepth(value: unknown, max: number, where?: string): void {
  if (!isContainer(value)) return;
  const stack: [object, number][] = [[value, 1]];
  // Deepest level each object was walked at: a value shared by many parents (a DAG) is walked again only from a
  // deeper level, at most `max` times, so the walk stays linear instead of following every path.
  const walked = new Map<object, number>();
  while (stack.length) {
    const [item, depth] = stack.pop()!;
    if (depth > max) throw new RequestLimitError('maxDepth', max, where);
    if ((walked.get(item) ?? 0) >= depth) continue;
    walked.set(item, depth);
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (isContainer(child)) stack.push([child, depth + 1]);
    }
  }
}
