// The reference pages offer the sandbox as a server, so a reader can try an operation without a deployment: `npm
// start` serves every surface, at its full wire paths, on http://127.0.0.1:4010 (apps/mock/README.md; the paths are
// full wire paths, contract-decisions rule 2). Only the pages get it: the bundled documents stay as the specs say.
export const SANDBOX_URL = 'http://127.0.0.1:4010';

/**
 * A copy of a bundled document whose `servers` end with the sandbox (after the spec's own), unless one already is.
 * @param {any} document
 */
export function withSandboxServer(document) {
  /** @type {{url?: unknown}[]} */
  const servers = Array.isArray(document.servers) ? document.servers : [];
  if (servers.some((server) => String(server?.url).replace(/\/$/, '') === SANDBOX_URL)) return document;
  return {
    ...document,
    servers: [
      ...(servers.length ? servers : [{ url: '/' }]),
      {
        url: SANDBOX_URL,
        description: 'cx-contracts sandbox (`npm start`): the mock of every surface on this machine',
      },
    ],
  };
}
