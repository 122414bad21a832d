/**
 * One change, one row. A change inside a shared component (a schema, a parameter, the document's `security`) is
 * met once per operation that uses it; listing it per operation buries the real breaks (a shared error schema gave
 * 18 rows, a security scheme 36) and runs into the pull-request comment's size cap. The rows that share a kind and
 * a location become one change that names how many operations it affects.
 */
import type { Change, OperationLabel } from './types.js';

function operationOf(change: Change): OperationLabel | undefined {
  if (change.path === undefined) return undefined;
  return {
    ...(change.method === undefined ? {} : { method: change.method }),
    path: change.path,
    ...(change.operationId === undefined ? {} : { operationId: change.operationId }),
  };
}

export function describeOperation(op: OperationLabel): string {
  return `${[op.method, op.path].filter(Boolean).join(' ')}${op.operationId ? ` (${op.operationId})` : ''}`;
}

export function groupChanges(changes: Change[]): Change[] {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const key = `${change.kind}\u0000${change.location}`;
    const group = groups.get(key);
    if (group) group.push(change);
    else groups.set(key, [change]);
  }
  return [...groups.values()].map((group) => {
    const [first, ...others] = group as [Change, ...Change[]]; // a group holds the change that created it
    if (others.length === 0) return first;
    // One operation meets a shared schema once per status or media type that uses it: count it once.
    const operations = [
      ...new Map(
        group
          .map(operationOf)
          .filter((op): op is OperationLabel => op !== undefined)
          .map((op) => [describeOperation(op), op]),
      ).values(),
    ];
    // The subject differs per operation ("response 200 …" vs "response 201 …"); the detail after it does not.
    const detail = first.message.includes(': ') ? first.message.slice(first.message.indexOf(': ') + 2) : first.message;
    const subject = commonSuffix(
      group.map((c) => (c.message.includes(': ') ? c.message.slice(0, c.message.indexOf(': ')) : '')),
    );
    const what = subject ? `${subject}: ${detail}` : detail;
    const { operationId: _id, method: _method, path: _path, ...rest } = first;
    return {
      ...rest,
      // Every member of a group has the same kind and so the same classification; a 2xx status added is the one
      // kind whose severity varies, and it is keyed by its own location.
      breaks: {
        clients: group.some((c) => c.breaks.clients),
        implementations: group.some((c) => c.breaks.implementations),
      },
      message: `${what} (affects ${operations.length} operation${operations.length === 1 ? '' : 's'})`,
      operations,
    };
  });
}

/** The words every subject ends with: "response 400 (…) property `message`" and "response 404 …" share the last two. */
function commonSuffix(subjects: string[]): string {
  const words = subjects.map((subject) => subject.split(' '));
  const out: string[] = [];
  for (let i = 1; words.every((w) => w.length >= i); i++) {
    const word = words[0]?.at(-i);
    if (word === undefined) break;
    if (!words.every((w) => w[w.length - i] === word)) break;
    out.unshift(word);
  }
  // "(application/json) property `code`": a media type alone names no subject.
  return out.join(' ').replace(/^\([^)]*\)\s*/, '');
}
