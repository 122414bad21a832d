import { isJsonMediaType, parseMediaType } from '@cx-contracts/openapi-runtime';
import type { CheckedExchange } from '../check.js';
import { parseJsonLoosely } from '../check-exchange.js';
import { analyzeEnvelope, isFailureForm } from '../envelope.js';
import type { Ownership } from './cleanup-registry.js';

/** A checked answer as a step's function sees it. */
export interface Reply {
  status: number;
  /** The body as the contract reads it: parsed JSON only when the Content-Type says JSON and it parses. */
  body: unknown;
  headers: Record<string, string>;
  exchange: CheckedExchange;
  path: string;
  /** Set when the body was not readable in its documented format: why (steps that need the body say so). */
  unreadable?: string;
  /**
   * The body parsed as JSON whatever the Content-Type says, for tracking what a write created (never for checks):
   * JSON served as text/plain still names the id cleanup needs.
   */
  salvaged: unknown;
}

/** The Reply of a checked exchange: its body as the contract reads it, and what cleanup can salvage from it. */
export function toReply(checked: CheckedExchange, path: string): Reply {
  const unreadable = unreadableBody(checked);
  return {
    status: checked.status,
    body: checked.body,
    headers: checked.headers,
    exchange: checked,
    path,
    unreadable,
    salvaged: unreadable ? parseJsonLoosely(checked.bodyText) : checked.body,
  };
}

/**
 * A clear refusal, after which nothing was created: a 4xx, or a documented failure reply (GMS statusCode 1/2,
 * Web Services status "error"). Anything else that is not a clean success (a 5xx, an unreadable body, an
 * unexpected status) leaves the write's outcome unknown (issue 12 item 1).
 */
export function isRefusal(reply: Reply): boolean {
  if (reply.status >= 400 && reply.status < 500) return true;
  if (reply.status < 200 || reply.status >= 300 || reply.unreadable) return false;
  const envelope = analyzeEnvelope(reply.exchange);
  const form = envelope?.selected ?? (envelope?.matching.length === 1 ? envelope.matching[0] : undefined);
  return form !== undefined && envelope!.matching.includes(form) && isFailureForm(form);
}

/**
 * Whether a write's answer says nothing was written: a 4xx (RFC 9110 §15.5, the request was not applied). A
 * documented failure reply inside a 200 (GMS statusCode 1/2, Web Services status "error") is a refusal for the
 * checks (`isRefusal`), but it comes from a server that processed the request, so what it wrote is looked up by its
 * run tag instead of being taken on trust: a server that creates and then answers statusCode 2 leaves nothing behind.
 */
export function wroteNothing(reply: Reply): boolean {
  return reply.status >= 400 && reply.status < 500;
}

/**
 * Settles a create's ownership from its answer (issue 12 item 1): a readable success confirms it (with the id
 * `idOf` reads), a 4xx withdraws it, and anything else (a 5xx, a documented failure reply, a 2xx whose body could
 * not be read) leaves it unsure, with whatever id can be salvaged, so cleanup finds it by id or run tag. Returns
 * the id when confirmed, `null` when not.
 */
export function settleCreate(
  own: Ownership,
  reply: Reply,
  idOf: (body: unknown) => string | undefined,
): string | undefined | null {
  if (reply.status >= 200 && reply.status < 300 && !reply.unreadable && !isRefusal(reply)) {
    const id = idOf(reply.body);
    own.confirm(id);
    return id;
  }
  if (wroteNothing(reply)) own.abandon();
  else own.unsure(idOf(reply.salvaged));
  return null;
}

/** Why a body documented as JSON could not be read as such, or undefined when it could (or none is documented). */
function unreadableBody(exchange: CheckedExchange): string | undefined {
  if (exchange.jsonError) return `the reply body is not valid JSON (${exchange.jsonError})`;
  if (exchange.bodyText === '' || typeof exchange.body !== 'string') return undefined;
  const documented = Object.keys(exchange.documented?.response.content ?? {});
  if (!documented.some((key) => isJsonMediaType(parseMediaType(key)))) return undefined;
  return `the reply was not read: JSON is documented, but it came as ${exchange.contentType ?? 'a body without Content-Type'}`;
}
