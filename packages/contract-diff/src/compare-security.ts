/**
 * Security requirements of one operation (its own `security`, else the document's, OpenAPI 3.1 §4.8.10.1).
 * A requirement list is a choice of alternatives, each alternative a set of schemes that must all be satisfied
 * (§4.8.30); `{}` in the list makes credentials optional. A change narrows when a client that satisfied some old
 * alternative satisfies no new one, and widens when a new alternative asks for less than every old one.
 */
import { emitFixed, type DiffContext } from './diff-context.js';
import { isObject, appendPointer, type Located } from './resolve-refs.js';
import type { OpenApiDocument } from './types.js';

type Requirement = Map<string, Set<string>>;

interface Effective {
  alternatives: Requirement[];
  /** The requirement as written, for the message. */
  text: string;
  pointer: string;
}

function schemesOf(doc: OpenApiDocument): Record<string, unknown> {
  const components = isObject(doc.components) ? doc.components : {};
  return isObject(components.securitySchemes) ? components.securitySchemes : {};
}

/**
 * What a requirement's scheme name stands for. A name defined in both documents is itself (a change to its
 * definition is reported once, by compareSecuritySchemes); a name defined in only one is its definition, so
 * renaming a scheme without changing how credentials travel is no change, and is not repeated per operation.
 */
function schemeKey(ctx: DiffContext, doc: OpenApiDocument, name: string): string {
  const [mine, theirs] = doc === ctx.base ? [ctx.base, ctx.head] : [ctx.head, ctx.base];
  const scheme = schemesOf(mine)[name];
  if (schemesOf(theirs)[name] !== undefined || !isObject(scheme)) return name;
  return JSON.stringify([...schemeFields(scheme)]);
}

function effectiveSecurity(ctx: DiffContext, doc: OpenApiDocument, operation: Located): Effective {
  const own = isObject(operation.node) ? operation.node.security : undefined;
  const list = Array.isArray(own) ? own : Array.isArray(doc.security) ? doc.security : [];
  const pointer = Array.isArray(own) ? appendPointer(operation.pointer, 'security') : '/security';
  const alternatives = list
    .filter(isObject)
    .map(
      (req) =>
        new Map(
          Object.entries(req).map(([scheme, scopes]) => [
            schemeKey(ctx, doc, scheme),
            new Set(Array.isArray(scopes) ? scopes.map(String) : []),
          ]),
        ),
    );
  const text = list
    .filter(isObject)
    .map(
      (req) =>
        Object.entries(req)
          .map(([name, scopes]) => (Array.isArray(scopes) && scopes.length ? `${name}[${scopes.join(' ')}]` : name))
          .join(' + ') || 'none',
    )
    .join(' or ');
  // No requirement at all is the same as one empty (anonymous) alternative.
  return { alternatives: alternatives.length ? alternatives : [new Map()], pointer, text: text || 'none' };
}

/** Does holding `held` satisfy `needed`: every scheme present, with every scope it asks for? */
function satisfies(held: Requirement, needed: Requirement): boolean {
  return [...needed].every(([scheme, scopes]) => {
    const have = held.get(scheme);
    return have !== undefined && [...scopes].every((s) => have.has(s));
  });
}

export function compareSecurity(ctx: DiffContext, baseOperation: Located, headOperation: Located): void {
  const was = effectiveSecurity(ctx, ctx.base, baseOperation);
  const now = effectiveSecurity(ctx, ctx.head, headOperation);
  const detail = `security was ${was.text}, now ${now.text}`;
  const narrowed = was.alternatives.some((held) => !now.alternatives.some((needed) => satisfies(held, needed)));
  const widened = now.alternatives.some((held) => !was.alternatives.some((needed) => satisfies(held, needed)));
  if (narrowed) emitFixed(ctx, 'security-requirement-added', now.pointer, detail);
  if (widened) emitFixed(ctx, 'security-requirement-removed', now.pointer, detail);
}

/** The parts of a security scheme that decide how credentials travel (§4.8.27); descriptions do not count. */
function schemeFields(scheme: Record<string, unknown>): Map<string, string> {
  const fields = new Map<string, string>();
  for (const field of ['type', 'in', 'scheme', 'bearerFormat', 'openIdConnectUrl']) {
    if (scheme[field] !== undefined) fields.set(field, String(scheme[field]).toLowerCase());
  }
  // Header names are case-insensitive (RFC 9110 §5.1); query and cookie names are not.
  if (scheme.name !== undefined)
    fields.set('name', scheme.in === 'header' ? String(scheme.name).toLowerCase() : String(scheme.name));
  if (isObject(scheme.flows)) {
    for (const [flow, def] of Object.entries(scheme.flows)) {
      for (const url of ['authorizationUrl', 'tokenUrl']) {
        if (isObject(def) && def[url] !== undefined) fields.set(`flows.${flow}.${url}`, String(def[url]));
      }
    }
  }
  return fields;
}

/** Schemes present in both documents under one name but sent differently. Document-wide, reported once. */
export function compareSecuritySchemes(ctx: DiffContext): void {
  const was = schemesOf(ctx.base);
  const now = schemesOf(ctx.head);
  for (const [name, b] of Object.entries(was)) {
    const h = now[name];
    if (!isObject(b) || !isObject(h) || b.$ref !== undefined || h.$ref !== undefined) continue;
    const before = schemeFields(b);
    const after = schemeFields(h);
    const differences = [...new Set([...before.keys(), ...after.keys()])]
      .filter((field) => before.get(field) !== after.get(field))
      .map((field) => `${field} was ${before.get(field) ?? 'unset'}, now ${after.get(field) ?? 'unset'}`);
    if (differences.length > 0) {
      emitFixed(
        ctx,
        'security-scheme-changed',
        appendPointer('/components/securitySchemes', name),
        `security scheme \`${name}\`: ${differences.join('; ')}`,
      );
    }
  }
}
