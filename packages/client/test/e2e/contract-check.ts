// Middleware for tests: validates every request the client sends against the joined contract with the runtime's
// own router, decoders and validators (the ones the mock and conformance use), independent of the server under test:
// a request the server should have refused but did not is still caught.
import type { Middleware } from 'openapi-fetch';
import { decodeFormBody, decodeMultipartBody, loadSurface, validateRequest } from '@cx-contracts/openapi-runtime';

export function contractCheck(document: object, problems: string[]): Middleware {
  const surface = loadSurface(document);
  return {
    async onRequest({ request }) {
      const url = new URL(request.url);
      const match = surface.router.match(request.method, url.pathname);
      if ('error' in match) {
        problems.push(`${request.method} ${url.pathname}: ${match.error}`);
        return undefined;
      }
      const contentType = request.headers.get('content-type') ?? '';
      const bytes = new Uint8Array(await request.clone().arrayBuffer());
      let body: unknown;
      if (bytes.length === 0) body = undefined;
      else if (contentType.startsWith('multipart/form-data')) body = await decodeMultipartBody(bytes, contentType);
      else if (contentType.startsWith('application/x-www-form-urlencoded'))
        body = decodeFormBody(new TextDecoder().decode(bytes));
      else body = JSON.parse(new TextDecoder().decode(bytes));
      const violations = validateRequest(match.operation, {
        params: match.params,
        query: decodeFormBody(url.search),
        headers: request.headers,
        body,
      });
      for (const violation of violations) {
        problems.push(
          `${match.operation.operationId} ${violation.location} ${violation.pointer}: ${violation.message}`,
        );
      }
      return undefined;
    },
  };
}
