/**
 * A finding is one departure from the contract, written so that a reader who never saw this tool understands it:
 * what was received, what the contract documents, where (operation, JSON pointer, spec pointer) and why (one line).
 */
export type Severity = 'error' | 'warning';

export interface Finding {
  /** Id of the check that raised it (see checks/index.ts), or `transport` when no response could be checked. */
  checkId: string;
  /** `warning` when the contract part involved is `x-provisional` (contract-decisions rule 4), else `error`. */
  severity: Severity;
  operationId: string;
  method: string;
  /** The concrete request path (with the ids the run used), not the template. */
  path: string;
  /** HTTP status received, or null when no response arrived. */
  status: number | null;
  /** One line: why this is a departure. */
  message: string;
  /** What the server sent (shortened). */
  received?: unknown;
  /** What the contract documents. */
  documented?: unknown;
  /** JSON pointer into the response instance where it applies, else the spec pointer. */
  pointer: string;
  /** JSON pointer into the surface document (the operation, response or schema involved). */
  specPointer?: string;
  /** The public documentation page the operation was modelled on (its externalDocs.url). */
  reference?: string;
  /** Scenario step that produced the exchange, when run by the CLI. */
  step?: string;
  /** A curl command that sends the request again, credentials as placeholders ($CX_API_KEY, $CX_BASIC). */
  curl?: string;
}

/** Keeps findings readable in every report: long received values are cut, never dropped silently. */
export function shorten(value: unknown, max = 300): unknown {
  if (typeof value === 'string') return value.length > max ? `${value.slice(0, max)}… (${value.length} chars)` : value;
  if (value === undefined || value === null || typeof value !== 'object') return value;
  const text = JSON.stringify(value);
  if (text === undefined || text.length <= max) return value;
  return `${text.slice(0, max)}… (${text.length} chars)`;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors += 1;
    else warnings += 1;
  }
  return { errors, warnings };
}
