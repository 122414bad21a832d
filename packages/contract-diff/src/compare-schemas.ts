/**
 * Recursive comparison of two schemas in one scope (request body, parameter, response body, response header).
 * Each finding states which way the set of valid values moved; change-kinds.ts turns that into who breaks.
 */
import { SCOPE_SIDE, type SchemaChange, type Scope } from './change-kinds.js';
import { emitSchemaChange, type DiffContext } from './diff-context.js';
import {
  allowsType,
  LOWER_BOUNDS,
  UPPER_BOUNDS,
  valueKey,
  viewSchema,
  type SchemaView,
  type ViewCache,
} from './normalize-schema.js';
import { refOf, type Located } from './resolve-refs.js';
import type { Direction } from './types.js';

export interface SchemaSubject {
  scope: Scope;
  /** How the report names the root: "request body (application/json)", "query parameter `limit`", ... */
  subject: string;
}

const MAX_DEPTH = 64;

export function compareSchemas(ctx: DiffContext, where: SchemaSubject, base: Located[], head: Located[]): void {
  new SchemaComparison(ctx, where).compare(base, head, '', 0);
}

class SchemaComparison {
  /** (base view, head view) identities on the current path: meeting one again means the schema recursed. */
  private readonly active = new Set<string>();

  constructor(
    private readonly ctx: DiffContext,
    private readonly where: SchemaSubject,
  ) {}

  private get side() {
    return SCOPE_SIDE[this.where.scope];
  }

  private emit(change: SchemaChange, location: string, label: string, detail: string, direction?: Direction): void {
    const what = label ? `${this.where.subject} property \`${label}\`` : this.where.subject;
    emitSchemaChange(this.ctx, this.where.scope, change, location, `${what}: ${detail}`, direction);
  }

  compare(baseParts: Located[], headParts: Located[], label: string, depth: number): void {
    const b = viewSchema(this.ctx.base, baseParts, this.ctx.views);
    const h = viewSchema(this.ctx.head, headParts, this.ctx.views);
    const key = `${b.identity}|${h.identity}`;
    if (this.active.has(key) || depth > MAX_DEPTH) return;
    this.active.add(key);
    try {
      const wrapped = this.wrappedComposition(b, h, baseParts, headParts);
      if (wrapped) {
        this.compareBranches(wrapped.keyword, b, h, wrapped.was, wrapped.now, label, depth);
        return;
      }
      if (!this.compareTypes(b, h, label)) return;
      this.compareEnums(b, h, label);
      this.compareConstraints(b, h, label);
      this.compareDefaults(b, h, label);
      if (allowsType(b, 'object') && allowsType(h, 'object')) this.compareObjects(b, h, label, depth);
      if (allowsType(b, 'array') && allowsType(h, 'array')) this.compareArrays(b, h, label, depth);
      this.compareCompositions(b, h, label, depth);
      const bTag = b.discriminator?.propertyName;
      const hTag = h.discriminator?.propertyName;
      if (bTag !== undefined && hTag !== undefined && bTag !== hTag) {
        this.emit('discriminator-changed', h.pointer, label, `discriminator property was \`${bTag}\`, now \`${hTag}\``);
      }
    } finally {
      this.active.delete(key);
    }
  }

  /** Returns false when the types no longer overlap: comparing members of unrelated types says nothing more. */
  private compareTypes(b: SchemaView, h: SchemaView, label: string): boolean {
    const direction = typeDirection(b.types, h.types);
    if (direction) {
      const change = label ? 'property-type-changed' : 'type-changed';
      const detail = `type was ${formatTypes(b.types)}, now ${formatTypes(h.types)}`;
      this.emit(change, h.pointer, label, `${detail} (${direction})`, direction);
    }
    if (!b.types || !h.types) return true;
    return [...b.types].some((t) => allowsType(h, t)) || [...h.types].some((t) => allowsType(b, t));
  }

  private compareEnums(b: SchemaView, h: SchemaView, label: string): void {
    if (!b.enum && !h.enum) return;
    if (!b.enum && h.enum) {
      this.emit('constraint-tightened', h.pointer, label, `now restricted to ${formatValues(h.enum)} (was any value)`);
      return;
    }
    if (b.enum && !h.enum) {
      this.emit('constraint-loosened', h.pointer, label, `no longer restricted to ${formatValues(b.enum)}`);
      return;
    }
    const sides = [
      ['enum-value-removed', b.enum!, h.enum!, 'removed (now'],
      ['enum-value-added', h.enum!, b.enum!, 'added (was'],
    ] as const;
    // The same walk both ways: a value only the base has was removed, one only the head has was added.
    for (const [change, from, to, verb] of sides) {
      const toKeys = new Set(to.map(valueKey));
      for (const value of from) {
        if (!toKeys.has(valueKey(value)))
          this.emit(change, h.pointer, label, `enum value ${formatValue(value)} ${verb} ${formatValues(to)})`);
      }
    }
  }

  private compareConstraints(b: SchemaView, h: SchemaView, label: string): void {
    const report = (name: string, direction: Direction | undefined, was: unknown, now: unknown): void => {
      if (!direction) return;
      const change: SchemaChange =
        direction === 'narrowed'
          ? 'constraint-tightened'
          : direction === 'widened'
            ? 'constraint-loosened'
            : 'constraint-changed';
      this.emit(change, h.pointer, label, `${name} was ${formatConstraint(was)}, now ${formatConstraint(now)}`);
    };
    for (const name of LOWER_BOUNDS) {
      const was = b.bounds[name];
      const now = h.bounds[name];
      report(
        name,
        was === now ? undefined : was === undefined || (now !== undefined && now > was) ? 'narrowed' : 'widened',
        was,
        now,
      );
    }
    for (const name of UPPER_BOUNDS) {
      const was = b.bounds[name];
      const now = h.bounds[name];
      report(
        name,
        was === now ? undefined : was === undefined || (now !== undefined && now < was) ? 'narrowed' : 'widened',
        was,
        now,
      );
    }
    report('multipleOf', multipleOfDirection(b.multipleOf, h.multipleOf), b.multipleOf, h.multipleOf);
    report('pattern', keywordDirection(b.pattern, h.pattern), b.pattern, h.pattern);
    report('format', formatDirection(b.format, h.format), b.format, h.format);
    report(
      'uniqueItems',
      b.uniqueItems === h.uniqueItems ? undefined : h.uniqueItems ? 'narrowed' : 'widened',
      b.uniqueItems,
      h.uniqueItems,
    );
  }

  /**
   * Only a default that existed and changed is reported: adding one documents what an omitted value already meant.
   */
  private compareDefaults(b: SchemaView, h: SchemaView, label: string): void {
    if (!b.default) return;
    if (h.default && valueKey(b.default.value) === valueKey(h.default.value)) return;
    const now = h.default ? formatValue(h.default.value) : 'none';
    this.emit('default-changed', h.pointer, label, `default was ${formatValue(b.default.value)}, now ${now}`);
  }

  private compareObjects(b: SchemaView, h: SchemaView, label: string, depth: number): void {
    // readOnly members are not sent in requests and writeOnly members not returned in responses
    // (JSON Schema 2020-12 validation §9.4; OpenAPI 3.1 §4.8.24.1), so on that side they are as good as absent.
    const hidden = this.side === 'request' ? 'readOnly' : 'writeOnly';
    const present = (view: SchemaView, name: string): Located[] | undefined => {
      const parts = view.properties.get(name);
      if (parts && viewSchema(view === b ? this.ctx.base : this.ctx.head, parts, this.ctx.views)[hidden])
        return undefined;
      if (parts) return parts;
      return view.required.has(name) ? [] : undefined;
    };
    const names = new Set([...b.properties.keys(), ...b.required, ...h.properties.keys(), ...h.required]);
    for (const name of names) {
      const path = label ? `${label}.${name}` : name;
      const was = present(b, name);
      const now = present(h, name);
      if (!was && !now) continue;
      if (was && !now && this.side === 'request' && h.properties.has(name)) {
        this.emit(
          'property-became-read-only',
          h.properties.get(name)![0]!.pointer,
          path,
          'now readOnly (not honoured in requests)',
        );
        continue;
      }
      if (was && !now) {
        // A closed head object now rejects the member outright: both sides break. In an open request object the
        // member is a request input the contract no longer honours: clients (see change-kinds.ts).
        const closed = h.additionalProperties === 'closed';
        const direction = closed ? 'changed' : this.side === 'request' ? 'narrowed' : undefined;
        const detail = `removed${was.length ? '' : ' (was required)'}${closed ? ' and additional properties are not allowed' : ''}`;
        this.emit('property-removed', was[0]?.pointer ?? b.pointer, path, detail, direction);
        continue;
      }
      const location = now![0]?.pointer ?? `${h.pointer}/required`;
      if (!was && now) {
        const required = h.required.has(name);
        this.emit(
          required ? 'property-added-required' : 'property-added-optional',
          location,
          path,
          `added (${required ? 'required' : 'optional'})`,
        );
        continue;
      }
      const wasRequired = b.required.has(name);
      const nowRequired = h.required.has(name);
      if (!wasRequired && nowRequired)
        this.emit('property-became-required', location, path, 'was optional, now required');
      if (wasRequired && !nowRequired)
        this.emit('property-became-optional', location, path, 'was required, now optional');
      this.compare(was!, now!, path, depth + 1);
    }

    const bAp = b.additionalProperties;
    const hAp = h.additionalProperties;
    const apLabel = label ? `${label}.*` : '*';
    if (hAp === 'closed' && bAp !== 'closed') {
      this.emit(
        'additional-properties-disallowed',
        h.pointer,
        label,
        'additionalProperties: false added (members not listed are now rejected)',
      );
    } else if (bAp === 'closed' && hAp !== 'closed') {
      this.emit(
        'additional-properties-allowed',
        h.pointer,
        label,
        'additionalProperties: false removed (members not listed are now allowed)',
      );
    } else if (bAp === 'open' && Array.isArray(hAp)) {
      this.emit(
        'constraint-tightened',
        hAp[0]!.pointer,
        label,
        'additionalProperties now constrained by a schema (was any)',
      );
    } else if (Array.isArray(bAp) && hAp === 'open') {
      this.emit('constraint-loosened', h.pointer, label, 'additionalProperties no longer constrained by a schema');
    } else if (Array.isArray(bAp) && Array.isArray(hAp)) {
      this.compare(bAp, hAp, apLabel, depth + 1);
    }
  }

  private compareArrays(b: SchemaView, h: SchemaView, label: string, depth: number): void {
    const itemsLabel = `${label}[]`;
    if (b.items && h.items) this.compare(b.items, h.items, itemsLabel, depth + 1);
    else if (!b.items && h.items)
      this.emit('constraint-tightened', h.items[0]!.pointer, label, 'items now constrained by a schema (was any)');
    else if (b.items && !h.items)
      this.emit('constraint-loosened', h.pointer, label, 'items no longer constrained by a schema');
    const common = Math.min(b.prefixItems.length, h.prefixItems.length);
    for (let i = 0; i < common; i++) this.compare(b.prefixItems[i]!, h.prefixItems[i]!, `${label}[${i}]`, depth + 1);
  }

  private compareCompositions(b: SchemaView, h: SchemaView, label: string, depth: number): void {
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const was = b[keyword];
      const now = h[keyword];
      if (was && now) this.compareBranches(keyword, b, h, was, now, label, depth);
      else if (was || now)
        this.emit(
          'schema-changed',
          h.pointer,
          label,
          `${keyword} ${was ? 'dropped' : 'introduced'}; the variants cannot be matched one to one`,
        );
    }
  }

  /**
   * `X` becoming `oneOf: [X, Y]` (or the reverse) is read as a one-branch composition gaining (losing) a branch,
   * as long as the composed side is nothing but the composition; otherwise the outer keywords would be compared
   * against an empty shell and every property would look removed.
   */
  private wrappedComposition(
    b: SchemaView,
    h: SchemaView,
    baseParts: Located[],
    headParts: Located[],
  ): { keyword: 'oneOf' | 'anyOf'; was: Located[]; now: Located[] } | undefined {
    const keywordOf = (v: SchemaView): 'oneOf' | 'anyOf' | undefined =>
      v.oneOf ? 'oneOf' : v.anyOf ? 'anyOf' : undefined;
    const bKeyword = keywordOf(b);
    const hKeyword = keywordOf(h);
    if (bKeyword && !hKeyword && isPureComposition(b) && headParts.length === 1)
      return { keyword: bKeyword, was: b[bKeyword]!, now: headParts };
    if (hKeyword && !bKeyword && isPureComposition(h) && baseParts.length === 1)
      return { keyword: hKeyword, was: baseParts, now: h[hKeyword]! };
    return undefined;
  }

  private compareBranches(
    keyword: 'oneOf' | 'anyOf',
    b: SchemaView,
    h: SchemaView,
    was: Located[],
    now: Located[],
    label: string,
    depth: number,
  ): void {
    const tag = tagProperty(this.ctx, b, h, was, now);
    const baseKeys = branchKeys(this.ctx.base, this.ctx.views, b, was, tag);
    const headKeys = branchKeys(this.ctx.head, this.ctx.views, h, now, tag);
    const headByKey = new Map(headKeys.map((k, i) => [k, now[i]]));
    const baseByKey = new Map(baseKeys.map((k, i) => [k, was[i]]));
    // A `{type: 'null'}` branch is how OpenAPI 3.1 writes nullable: report it as the type change it is.
    const typeChange = label ? 'property-type-changed' : 'type-changed';
    // branchKeys gives one key per branch, in order: index i of the keys is branch i.
    baseKeys.forEach((k, i) => {
      const branch = was[i]!;
      const match = headByKey.get(k);
      const name = `${keyword} ${displayKey(k)}`;
      if (match) this.compare([branch], [match], label ? `${label}(${name})` : `(${name})`, depth + 1);
      else if (isNullSchema(this.ctx.base, branch, this.ctx.views))
        this.emit(
          typeChange,
          h.pointer,
          label,
          `null no longer allowed (${keyword} branch removed) (narrowed)`,
          'narrowed',
        );
      else this.emit(`${keyword}-branch-removed`, branch.pointer, label, `${name} removed`);
    });
    headKeys.forEach((k, i) => {
      if (baseByKey.has(k)) return;
      const branch = now[i]!;
      if (isNullSchema(this.ctx.head, branch, this.ctx.views))
        this.emit(typeChange, branch.pointer, label, `null now allowed (${keyword} branch added) (widened)`, 'widened');
      else this.emit(`${keyword}-branch-added`, branch.pointer, label, `${keyword} ${displayKey(k)} added`);
    });
  }
}

function isPureComposition(view: SchemaView): boolean {
  return (
    !view.types &&
    !view.enum &&
    view.properties.size === 0 &&
    view.required.size === 0 &&
    view.additionalProperties === 'open' &&
    !view.items
  );
}

function isNullSchema(doc: DiffContext['base'], branch: Located, views: ViewCache): boolean {
  const types = viewSchema(doc, [branch], views).types;
  return types?.size === 1 && types.has('null');
}

/**
 * How branches are matched, best first: the discriminator or a property every branch pins to one value (the tag),
 * then the $ref target, then position. Matching by tag or $ref lets branches be reordered without noise.
 */
function tagProperty(
  ctx: DiffContext,
  b: SchemaView,
  h: SchemaView,
  was: Located[],
  now: Located[],
): string | undefined {
  const declared = h.discriminator?.propertyName ?? b.discriminator?.propertyName;
  if (declared) return declared;
  let candidates: Set<string> | undefined;
  const scan = (doc: DiffContext['base'], list: Located[]): void => {
    for (const branch of list) {
      const view = viewSchema(doc, [branch], ctx.views);
      const pinned = new Set(
        [...view.properties]
          .filter(([, parts]) => viewSchema(doc, parts, ctx.views).enum?.length === 1)
          .map(([name]) => name),
      );
      candidates = candidates ? new Set([...candidates].filter((n) => pinned.has(n))) : pinned;
    }
  };
  scan(ctx.base, was);
  scan(ctx.head, now);
  return candidates ? [...candidates][0] : undefined;
}

function branchKeys(
  doc: DiffContext['base'],
  views: ViewCache,
  view: SchemaView,
  list: Located[],
  tag: string | undefined,
): string[] {
  // Mapping values are references or bare schema names (OpenAPI 3.1 §4.8.25.3).
  const byRef = new Map(
    Object.entries(view.discriminator?.mapping ?? {}).map(([value, ref]) => [
      ref.startsWith('#') || ref.includes('/') ? ref : `#/components/schemas/${ref}`,
      value,
    ]),
  );
  const keys = list.map((branch, i) => {
    const ref = refOf(branch.node);
    if (ref && byRef.has(ref)) return `tag:${valueKey(byRef.get(ref))}`;
    if (tag) {
      const parts = viewSchema(doc, [branch], views).properties.get(tag);
      const values = parts ? viewSchema(doc, parts, views).enum : undefined;
      if (values?.length === 1) return `tag:${valueKey(values[0])}`;
    }
    if (ref) return `ref:${ref.split('/').pop()}`;
    return `position:${i}`;
  });
  // Two branches with one key would be matched arbitrarily: fall back to position for the whole list.
  return new Set(keys).size === keys.length ? keys : list.map((_, i) => `position:${i}`);
}

function displayKey(key: string): string {
  const [kind, value] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  if (kind === 'tag') return `tagged ${value}`;
  if (kind === 'ref') return `\`${value}\``;
  return `branch #${value}`;
}

const ALL_TYPES = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];

function covers(types: Set<string> | undefined, t: string): boolean {
  return !types || types.has(t) || (t === 'integer' && types.has('number'));
}

/** undefined: same set of types. `integer` counts as a subset of `number`. */
export function typeDirection(was: Set<string> | undefined, now: Set<string> | undefined): Direction | undefined {
  const wasList = was ? [...was] : ALL_TYPES;
  const nowList = now ? [...now] : ALL_TYPES;
  const nowWithinWas = nowList.every((t) => covers(was, t));
  const wasWithinNow = wasList.every((t) => covers(now, t));
  if (nowWithinWas && wasWithinNow) return undefined;
  if (nowWithinWas) return 'narrowed';
  if (wasWithinNow) return 'widened';
  return 'changed';
}

function keywordDirection(was: string | undefined, now: string | undefined): Direction | undefined {
  if (was === now) return undefined;
  if (was === undefined) return 'narrowed';
  if (now === undefined) return 'widened';
  return 'changed';
}

/** Format pairs where one is a strict subset of the other (OpenAPI Format Registry: int32 ⊂ int64, float ⊂ double). */
const FORMAT_SUBSETS: Record<string, string> = { int32: 'int64', float: 'double' };

function formatDirection(was: string | undefined, now: string | undefined): Direction | undefined {
  if (was !== undefined && now !== undefined && was !== now) {
    if (FORMAT_SUBSETS[was] === now) return 'widened';
    if (FORMAT_SUBSETS[now] === was) return 'narrowed';
  }
  return keywordDirection(was, now);
}

function multipleOfDirection(was: number | undefined, now: number | undefined): Direction | undefined {
  if (was === now) return undefined;
  if (was === undefined) return 'narrowed';
  if (now === undefined) return 'widened';
  if (Number.isInteger(now / was)) return 'narrowed';
  if (Number.isInteger(was / now)) return 'widened';
  return 'changed';
}

function formatTypes(types: Set<string> | undefined): string {
  if (!types) return 'any';
  if (types.size === 0) return 'nothing';
  return [...types].join(' | ');
}

function formatValue(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}

function formatValues(values: unknown[] | undefined): string {
  return `[${(values ?? []).map((v) => JSON.stringify(v)).join(', ')}]`;
}

function formatConstraint(value: unknown): string {
  if (value === undefined) return 'unset';
  return typeof value === 'string' ? `\`${value}\`` : String(value);
}
