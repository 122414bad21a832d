import type { CheckDefinition, FindingDraft } from '../check.js';

export const roundTrip: CheckDefinition = {
  id: 'round-trip',
  kind: 'scenario',
  title: 'What was written reads back',
  explanation:
    'In the scenarios, what a create or update wrote must be what a later read returns: the externalId, every user data key and value written, keys deleted by an update gone, and an interaction reported stopped (or not found) after it was stopped. A server that answers "success" but silently ignores the change fails here. Reads are retried a few times within a second before a mismatch is reported, so a server that applies changes a moment later is not flagged.',
  severity:
    "Error when a value that was found differs from what was written, or a written key is missing from a read that carries user data; a warning when the read's shape is provisional and the value cannot be located in it at all.",
};

export interface Expectation {
  /** e.g. `user data key cxc_probe`. */
  what: string;
  /** Where it was looked for in the read's body. */
  pointer: string;
  expected?: unknown;
  actual: unknown;
  /** The key must be gone (deleted by an update). */
  absent?: boolean;
  /** A missing value is only a warning when the read's shape is unpublished and the value could be elsewhere. */
  severityIfMissing?: 'warning' | 'error';
  /** The step that wrote this value, when not the one compareRoundTrip names (a read after an update still
   * carries what the create wrote: the finding must name the create, issue 12 item 9). */
  writtenBy?: string;
  /**
   * The value was written as a JSON string: it must come back as that string, not as a number (a digit-only
   * value turned into 5 is a type change a JSON client sees). Off for form writes, which carry no type.
   */
  strictType?: boolean;
}

/**
 * Scalars written through a form compare as text: a form carries no types, and GMS and Interaction Server hand user
 * data back typed (`"5"` written, `5` read). JSON writes compare strictly (`strict`).
 */
function same(expected: unknown, actual: unknown, strict = false): boolean {
  if (expected === actual) return true;
  if (strict && typeof expected !== typeof actual) return false;
  const scalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
  if (scalar(expected) && scalar(actual)) return String(expected) === String(actual);
  return JSON.stringify(expected) === JSON.stringify(actual);
}

/** Findings for the expectations a read does not meet. `writtenBy` names the step that wrote the values. */
export function compareRoundTrip(
  expectations: readonly Expectation[],
  writtenBy: string,
  specPointer?: string,
): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const expectation of expectations) {
    const by = expectation.writtenBy ?? writtenBy;
    if (expectation.absent) {
      if (expectation.actual !== undefined) {
        drafts.push({
          message: `${expectation.what} was deleted by ${by} but is still returned`,
          received: expectation.actual,
          documented: '(absent)',
          pointer: expectation.pointer,
          specPointer,
          severity: 'error',
        });
      }
      continue;
    }
    if (expectation.actual === undefined) {
      drafts.push({
        message: `${expectation.what} written by ${by} is missing from the read`,
        received: '(absent)',
        documented: expectation.expected,
        pointer: expectation.pointer,
        specPointer,
        scope: 'request',
        severity: expectation.severityIfMissing,
      });
    } else if (!same(expectation.expected, expectation.actual, expectation.strictType)) {
      const typed = typeof expectation.actual !== typeof expectation.expected;
      drafts.push({
        message: `${expectation.what} reads back as ${describe(expectation.actual, typed)}, but ${by} wrote ${describe(expectation.expected, typed)}`,
        received: expectation.actual,
        documented: expectation.expected,
        pointer: expectation.pointer,
        specPointer,
        severity: 'error',
      });
    }
  }
  return drafts;
}

function describe(value: unknown, withType: boolean): string {
  return withType ? `the ${typeof value} ${JSON.stringify(value)}` : JSON.stringify(value);
}
