// Runs a flow (a table of steps) over any fetch-like function: the sandbox in process, the node server over HTTP,
// or (issue 14) MSW handlers. Browser-safe, so the same tables run everywhere and must give the same results.

export type Vars = Record<string, string>;
/** A JSON value to match (RegExp matches strings), or a function of the saved values that gives one. */
export type JsonWant =
  | ((vars: Vars) => unknown)
  | Record<string, unknown>
  | unknown[]
  | string
  | number
  | boolean
  | RegExp;
type Maybe<T> = T | ((vars: Vars) => T);

export interface Step {
  name: string;
  method: string;
  path: Maybe<string>;
  headers?: Maybe<Record<string, string>>;
  /** A JSON body (sets Content-Type). */
  json?: JsonWant;
  /** A form body, already encoded (sets Content-Type). */
  form?: Maybe<string>;
  /** Any other body, with its own Content-Type in `headers`. */
  body?: Maybe<BodyInit>;
  want: {
    status: number;
    /** The JSON body contains this (objects: these keys; arrays: same length, each item contains). */
    json?: JsonWant;
    text?: string;
    /** Header values, exact strings or patterns; `null` means absent. */
    headers?: Record<string, string | RegExp | null>;
  };
  /** Read values off the answer for later steps. */
  save?: (answer: Answer, vars: Vars) => void;
}

export interface Flow {
  name: string;
  steps: Step[];
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export type FetchLike = (request: Request) => Promise<Response>;

export interface RunOptions {
  baseUrl: string;
  /** Sent as x-cx-sandbox-namespace on every step unless the step sets it. */
  namespace?: string;
  /** Sees every exchange (the tests validate each answer against the contract here). */
  onExchange?: (request: Request, answer: Answer) => void;
  vars?: Vars;
}

const resolve = <T>(value: Maybe<T>, vars: Vars): T =>
  typeof value === 'function' ? (value as (vars: Vars) => T)(vars) : value;

export async function runFlow(fetchLike: FetchLike, flow: Flow, options: RunOptions): Promise<Vars> {
  const vars: Vars = { ...options.vars };
  for (const [index, step] of flow.steps.entries()) {
    const headers = new Headers(resolve(step.headers, vars) ?? {});
    if (options.namespace && !headers.has('x-cx-sandbox-namespace'))
      headers.set('x-cx-sandbox-namespace', options.namespace);
    let body: BodyInit | undefined;
    if (step.json !== undefined) {
      body = JSON.stringify(resolve(step.json, vars));
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    } else if (step.form !== undefined) {
      body = resolve(step.form, vars);
      headers.set('content-type', 'application/x-www-form-urlencoded');
    } else if (step.body !== undefined) body = resolve(step.body, vars);
    const request = new Request(options.baseUrl + resolve(step.path, vars), { method: step.method, headers, body });
    const response = await fetchLike(request.clone());
    const text = await response.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    const answer: Answer = { status: response.status, headers: response.headers, text, json };
    options.onExchange?.(request, answer);
    const where = `${flow.name}, step ${index + 1} "${step.name}" (${step.method} ${resolve(step.path, vars)})`;
    if (answer.status !== step.want.status)
      throw new Error(`${where}: status ${answer.status}, wanted ${step.want.status}. Body: ${text.slice(0, 500)}`);
    if (step.want.text !== undefined && text !== step.want.text)
      throw new Error(`${where}: body ${JSON.stringify(text.slice(0, 200))}, wanted ${JSON.stringify(step.want.text)}`);
    if (step.want.json !== undefined) {
      const mismatch = contains(json, resolve(step.want.json, vars), '');
      if (mismatch) throw new Error(`${where}: ${mismatch}. Body: ${text.slice(0, 500)}`);
    }
    for (const [name, wanted] of Object.entries(step.want.headers ?? {})) {
      const actual = answer.headers.get(name);
      const ok =
        wanted === null
          ? actual === null
          : typeof wanted === 'string'
            ? actual === wanted
            : actual !== null && wanted.test(actual);
      if (!ok) throw new Error(`${where}: header ${name} is ${JSON.stringify(actual)}, wanted ${String(wanted)}`);
    }
    step.save?.(answer, vars);
  }
  return vars;
}

/** Undefined when `actual` contains `expected`, else where and how it differs. */
export function contains(actual: unknown, expected: unknown, path: string): string | undefined {
  if (expected instanceof RegExp)
    return typeof actual === 'string' && expected.test(actual)
      ? undefined
      : `${path || '(body)'} is ${JSON.stringify(actual)}, wanted a match of ${expected}`;
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length)
      return `${path || '(body)'} is ${JSON.stringify(actual)?.slice(0, 200)}, wanted ${expected.length} items`;
    for (const [index, item] of expected.entries()) {
      const mismatch = contains(actual[index], item, `${path}/${index}`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null)
      return `${path || '(body)'} is ${JSON.stringify(actual)}, wanted an object`;
    for (const [key, value] of Object.entries(expected)) {
      const mismatch = contains((actual as Record<string, unknown>)[key], value, `${path}/${key}`);
      if (mismatch) return mismatch;
    }
    return undefined;
  }
  return Object.is(actual, expected)
    ? undefined
    : `${path || '(body)'} is ${JSON.stringify(actual)}, wanted ${JSON.stringify(expected)}`;
}
