/**
 * The shape every comparison produces. `breaks` is the point of the package: the same edit can be harmless for
 * one party of the contract and fatal for the other, so both are stated separately (see README "Direction").
 */
export type Severity = 'breaking' | 'warning' | 'info';

export interface Breaks {
  /** A client written against the base contract can fail against a server that implements the head contract. */
  clients: boolean;
  /** A server written against the base contract no longer conforms to the head contract (or fails on requests head allows). */
  implementations: boolean;
}

/** An operation a change affects, as the report names it. */
export interface OperationLabel {
  method?: string;
  path: string;
  operationId?: string;
}

export interface Change {
  /** Kebab-case id from the registry in change-kinds.ts. */
  kind: string;
  operationId?: string;
  method?: string;
  path?: string;
  /**
   * JSON pointer (RFC 6901) to the changed node. It points into the head document when the node still exists
   * there, and into the base document when it was removed (an operation, a property, a status, a branch).
   * $refs are followed, so a change inside a shared component points at the component.
   */
  location: string;
  /**
   * Where the changed node is written in the spec as committed (`specs/v3/components/schemas/X.yaml:12`), when the
   * CLI compared a multi-file spec. `(base)` at the end: the node exists only at the base (it was removed).
   */
  source?: string;
  /** Set when one change (in a shared component) affects several operations; method/path/operationId are then absent. */
  operations?: OperationLabel[];
  /** One line: what was documented before and what is documented now. */
  message: string;
  breaks: Breaks;
  severity: Severity;
}

/** Which way the edit moved the set of values a schema (or parameter, or body) allows. */
export type Direction = 'narrowed' | 'widened' | 'changed';

/** Who sends the values: request-side data is written by clients, response-side data by implementations. */
export type Side = 'request' | 'response';

export type OpenApiDocument = Record<string, unknown>;
