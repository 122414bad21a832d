// The core must run in a browser or service worker (style guide habit 12): no `node:` import and no Node-only
// runtime entry anywhere outside the tests. (tsconfig.build.json also builds it without Node's types.)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const src = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.name === '__tests__'
      ? []
      : entry.isDirectory()
        ? sources(path.join(dir, entry.name))
        : [path.join(dir, entry.name)],
  );
}

it('imports nothing Node-only', () => {
  const offenders = sources(src).filter((file) =>
    /from '(node:[^']+|@cx-contracts\/openapi-runtime)'/.test(readFileSync(file, 'utf8')),
  );
  expect(offenders.map((file) => path.relative(src, file))).toEqual([]);
});
