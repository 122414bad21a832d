// Documented answers chosen by the caller: `Prefer: code=404, example=interactionNotFound` or
// `?__code=404&__example=interactionNotFound` (Prism's syntax, which the mock already documents), and the sandbox's
// named-example faults. Answered from the contract's own examples, without Prism, so it works in a browser too.
import {
  followRefs,
  matchResponse,
  mediaTypeMatches,
  type OperationInfo,
  parseMediaType,
} from '@cx-contracts/openapi-runtime/browser';
import type { Answer, Problem } from './responses.js';

export interface Selection {
  code?: number;
  example?: string;
}

/** Prism's query keys for choosing an answer; they are not part of any operation and are removed before validation. */
export const SELECTION_QUERY = ['__code', '__example', '__dynamic', '__seed', '__server'];

/** Reads `Prefer` (it wins) and `__code`/`__example`; undefined when the caller chose nothing. */
export function readSelection(headers: Headers, query: URLSearchParams): Selection | Problem | undefined {
  const selection: Selection = {};
  const codeText = query.get('__code') ?? undefined;
  let code = codeText;
  let example = query.get('__example') ?? undefined;
  for (const part of (headers.get('prefer') ?? '').split(',')) {
    const [name = '', ...rest] = part.split('=');
    const value = rest.join('=').trim().replace(/^"|"$/g, '');
    if (name.trim().toLowerCase() === 'code') code = value;
    if (name.trim().toLowerCase() === 'example') example = value;
  }
  if (code !== undefined) {
    if (!/^[1-5]\d\d$/.test(code))
      return {
        status: 400,
        kind: 'example-not-found',
        title: 'The selected status is not a status code',
        detail: `Received: code=${code}. Expected a three-digit HTTP status, e.g. Prefer: code=404.`,
      };
    selection.code = Number(code);
  }
  if (example !== undefined) selection.example = example;
  return selection.code === undefined && selection.example === undefined ? undefined : selection;
}

/** The documented answer for this selection, or a 404 problem naming what the contract has. */
export function documentedAnswer(
  document: object,
  operation: OperationInfo,
  selection: Selection,
  accept: string | null,
): Answer | Problem {
  const statuses = Object.keys(operation.responses);
  let key: string | undefined;
  let status: number;
  if (selection.code !== undefined) {
    key = matchResponse(operation, selection.code)?.key;
    status = selection.code;
  } else {
    // No code: the status that has the named example, else the lowest documented 2xx (Prism's default).
    key =
      (selection.example !== undefined
        ? statuses.find((candidate) =>
            Object.values(operation.responses[candidate]?.content ?? {}).some(
              (media) => selection.example! in (media.examples ?? {}),
            ),
          )
        : undefined) ?? statuses.filter((candidate) => /^2/.test(candidate)).sort()[0];
    status = key === undefined ? 0 : Number(key.replace(/X/gi, '0'));
  }
  if (key === undefined)
    return {
      status: 404,
      kind: 'example-not-found',
      title: 'The contract documents no such answer for this operation',
      detail: `Received: ${describe(selection)}. Status ${selection.code} is not documented for ${operation.operationId}. Documented: ${statuses.join(', ')}.`,
      // `statuses`, as the stateless mode names them (issue 9 item 5; apps/mock/src/prism-engine.ts).
      extra: { statuses },
    };
  const response = operation.responses[key];
  const mediaTypes = Object.keys(response?.content ?? {});
  const mediaType =
    (accept
      ? mediaTypes.find((candidate) => accept.split(',').some((range) => acceptable(range, candidate)))
      : undefined) ?? mediaTypes[0];
  const media = mediaType === undefined ? undefined : response?.content?.[mediaType];
  if (mediaType === undefined || media === undefined) {
    if (selection.example !== undefined) return noExample(operation, key, selection);
    return { status, headers: {} };
  }
  const names = Object.keys(media.examples ?? {});
  const name = selection.example ?? names[0];
  let value: unknown;
  if (name !== undefined && media.examples && name in media.examples) {
    value = followRefs<{ value?: unknown }>(document, media.examples[name], '').value.value;
  } else if (selection.example !== undefined) {
    return noExample(operation, key, selection);
  } else if (media.example !== undefined) {
    value = media.example;
  } else {
    return { status, headers: {} };
  }
  const contentType = mediaType.includes('*') ? 'application/octet-stream' : mediaType;
  const body = typeof value === 'string' && !/json/.test(contentType) ? value : JSON.stringify(value);
  return { status, headers: { 'content-type': contentType }, body };
}

function acceptable(range: string, candidate: string): boolean {
  const essence = parseMediaType(range)?.essence;
  return essence !== undefined && essence !== '*/*' && mediaTypeMatches(essence, candidate);
}

/**
 * The 404 for an example the answer does not have (issue 9 item 5), shaped as the stateless mode's
 * (prism-engine.ts unknownSelection): the examples of the status by media type, and a hint to send Accept when the
 * name exists under another media type than the one Accept selected.
 */
function noExample(operation: OperationInfo, key: string, selection: Selection): Problem {
  const examples: Record<string, string[]> = {};
  for (const [mediaType, media] of Object.entries(operation.responses[key]?.content ?? {}))
    examples[mediaType] = Object.keys(media.examples ?? {});
  const names = Object.values(examples).flat();
  const listed = Object.entries(examples)
    .filter(([, keys]) => keys.length > 0)
    .map(([mediaType, keys]) => `${keys.join(', ')} (${mediaType})`);
  const elsewhere = selection.example !== undefined && names.includes(selection.example);
  return {
    status: 404,
    kind: 'example-not-found',
    title: 'The contract has no example of that name for this answer',
    detail:
      `Received: ${describe(selection)}. Example ${selection.example} is not documented for status ${key} of ${operation.operationId}` +
      (elsewhere ? ' with the media type Accept selects' : '') +
      `. Examples for ${key}: ${listed.length ? listed.join('; ') : 'none'}.` +
      (elsewhere ? ' Send an Accept header with the media type the example is listed under.' : ''),
    extra: { forStatus: key, examples },
  };
}

function describe(selection: Selection): string {
  return [
    selection.code !== undefined ? `code=${selection.code}` : '',
    selection.example !== undefined ? `example=${selection.example}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}
