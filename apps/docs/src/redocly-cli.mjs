// Runs the repository's Redocly CLI (the one `npm run lint` and `npm run bundle` use) from the repository root.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const redoclyBin = path.join(repoRoot, 'node_modules', '.bin', 'redocly');

/** @param {string[]} args */
export function redocly(args) {
  try {
    execFileSync(redoclyBin, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    });
  } catch (caught) {
    const error = /** @type {{stdout?: Buffer, stderr?: Buffer}} */ (caught);
    // Drop the Node-20 deprecation box Redocly draws on stderr (toolchain-notes): it hides the real message.
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.split('\n').filter((line) => !/[║╔╚═]/.test(line)).join('\n').trim();
    throw new Error(`redocly ${args.join(' ')} failed:\n${output}`);
  }
}
