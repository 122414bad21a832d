// `npm run examples`: per surface, every operation's documented statuses and the example names Prism can select
// with `Prefer: code=<status>, example=<name>` (or `?__code=<status>&__example=<name>`). Markdown, so the output
// pastes into the README as it is.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSurface, readDocument, type Surface } from '@cx-contracts/openapi-runtime';
import { defaultResponse, selectableResponses, surfaceGroups } from './example-requests.js';
import { bundleFromSpecs } from './spec-bundle.js';

export function formatExamples(surface: Surface): string {
  const lines: string[] = [];
  for (const group of surfaceGroups(surface)) {
    lines.push(
      `#### ${group.name}`,
      '',
      '| operation | request | status: example names (first = default) |',
      '|---|---|---|',
    );
    for (const operation of group.operations) {
      const seed = defaultResponse(surface, operation).status;
      const entries = selectableResponses(operation);
      const statuses = entries.map(({ status, mediaType, examples }, index) => {
        const names = examples.length ? examples.map((name) => `\`${name}\``).join(', ') : '(no body example)';
        // A second media type of the same status is reached with Accept (Prism negotiates before it looks up names).
        const accept = index > 0 && entries[index - 1]?.status === status ? ` (Accept: ${mediaType})` : '';
        return `${status === seed && !accept ? `**${status}**` : status}: ${names}${accept}`;
      });
      lines.push(
        `| \`${operation.operationId}\` | ${operation.method} \`${operation.pathTemplate}\` | ${statuses.join('<br>')} |`,
      );
    }
    lines.push('');
  }
  lines.push('**Bold**: the status Prism answers when nothing is selected (lowest 2xx), with its first example.');
  return lines.join('\n');
}

/** Exit codes: 0 printed, 2 could not read or build the document. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const { spec } = parseArgs({ args: argv, options: { spec: { type: 'string' } } }).values;
  const joined = spec === undefined ? await bundleFromSpecs().catch((error: Error) => error) : undefined;
  if (joined instanceof Error) {
    console.error(`cx-mock examples: ${joined.message}`);
    return 2;
  }
  try {
    const document = await readDocument(spec === undefined ? joined!.file : path.resolve(spec));
    console.log(formatExamples(loadSurface(document)));
    return 0;
  } catch (error) {
    console.error(`cx-mock examples: ${(error as Error).message}`);
    return 2;
  } finally {
    joined?.dispose();
  }
}
