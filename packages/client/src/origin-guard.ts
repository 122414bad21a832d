// Credentials never leave the client's baseUrl origin (issue 9 item 2). fetch's own redirect following strips only
// Authorization, Cookie and Proxy-Authorization on a cross-origin hop (Fetch standard, HTTP-redirect fetch step 13),
// so x-api-key, the CSRF token, the tenancy headers and gms_user reached another port after a 307. Every request a
// client sends therefore goes through this fetch wrapper, which
//   - refuses a request whose URL is not on the baseUrl origin (a per-call `baseUrl`, a path such as `:8443/x` or
//     `@host/x` that turns the concatenated URL into another origin, or middleware that rewrote the URL), and
//   - sends it with `redirect: 'manual'`, so a redirect reaches the caller as the 30x response, or, with
//     `redirects: 'follow-same-origin'`, follows same-origin redirects itself and returns a cross-origin one unfollowed.
// Origins are compared as the URL Standard serializes them (scheme, host, port; RFC 6454 §5).

export type RedirectPolicy = 'manual' | 'follow-same-origin';

export interface OriginGuardOptions {
  /** The factory's name, for error messages. */
  where: string;
  baseUrl: string | undefined;
  redirects?: RedirectPolicy;
  maxRedirects?: number;
  /** Called with every request that is about to be sent, before any check (the client registers its credentials). */
  onRequest?: (request: Request) => void;
}

export type FetchFunction = (input: Request, init?: RequestInit) => Promise<Response>;

/** Fetch standard, "redirect status". 300, 304 and 305 are not redirects fetch follows. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** The Fetch standard's limit (HTTP-redirect fetch step 5). */
const DEFAULT_MAX_REDIRECTS = 20;
/** Headers that describe a body, dropped when a redirect turns the request into a GET (Fetch, step 12). */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

/** The origin of `baseUrl` (resolved against the page in browsers), or undefined when there is none to resolve. */
export function baseOrigin(baseUrl: string | undefined, where: string): string | undefined {
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  if (!baseUrl && !page) return undefined;
  let url: URL;
  try {
    url = new URL(baseUrl ?? '', page);
  } catch {
    // The value is not echoed: a baseUrl can carry a user name and password.
    throw new TypeError(`${where}: baseUrl is not a valid URL (expected e.g. 'http://gms:8080').`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`${where}: baseUrl must be an http: or https: URL.`);
  }
  if (url.username || url.password) {
    throw new TypeError(`${where}: baseUrl must not contain a user name or password; pass them as auth.`);
  }
  return url.origin;
}

function checkPolicy(options: OriginGuardOptions): { redirects: RedirectPolicy; maxRedirects: number } {
  const { where, redirects = 'manual', maxRedirects = DEFAULT_MAX_REDIRECTS } = options;
  if (redirects !== 'manual' && redirects !== 'follow-same-origin') {
    throw new TypeError(`${where}: redirects must be 'manual' or 'follow-same-origin'.`);
  }
  if (!Number.isInteger(maxRedirects) || maxRedirects < 0) {
    throw new TypeError(`${where}: maxRedirects must be a non-negative integer.`);
  }
  return { redirects, maxRedirects };
}

/**
 * Returns `wrap(fetch?)`: a fetch that only sends to the baseUrl origin and handles redirects by the policy.
 * `fetch` is looked up on each call when not given, so a fetch patched after the client was made (MSW) is used.
 */
export function originGuard(options: OriginGuardOptions): (fetchImpl?: FetchFunction) => FetchFunction {
  const { where, onRequest } = options;
  const origin = baseOrigin(options.baseUrl, where);
  const { redirects, maxRedirects } = checkPolicy(options);

  const assertSameOrigin = (url: string) => {
    if (origin === undefined) throw new TypeError(`${where}: baseUrl is required (an absolute http or https URL).`);
    const target = new URL(url).origin;
    if (target !== origin) {
      throw new TypeError(
        `${where}: refused to send a request to ${target}: this client sends only to its baseUrl origin ${origin}.`,
      );
    }
  };

  return (fetchImpl) => {
    const send: FetchFunction = (request, init) => (fetchImpl ?? (globalThis.fetch as FetchFunction))(request, init);
    return async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const extension = input instanceof Request ? init : undefined; // openapi-fetch's requestInitExt (undici options)
      onRequest?.(request);
      assertSameOrigin(request.url);
      if (redirects === 'manual') return send(new Request(request, { redirect: 'manual' }), extension);
      return followSameOrigin(request, extension);
    };

    async function followSameOrigin(request: Request, extension: RequestInit | undefined): Promise<Response> {
      // The body is read once, so that a 307/308 can send it again.
      let body = request.body === null ? undefined : await request.arrayBuffer();
      let { method, url } = request;
      const headers = new Headers(request.headers);
      for (let hops = 0; ; hops++) {
        const response = await send(
          new Request(url, {
            method,
            headers,
            body,
            redirect: 'manual',
            signal: request.signal,
            credentials: request.credentials,
            cache: request.cache,
          }),
          extension,
        );
        // A browser answers a manual redirect with an opaque-redirect response (status 0, no Location): it cannot
        // be followed, so it is returned as it is.
        if (!REDIRECT_STATUSES.has(response.status)) return response;
        const location = response.headers.get('location');
        let next: URL;
        try {
          if (location === null) return response;
          next = new URL(location, url);
        } catch {
          return response; // an unusable Location: the caller sees the 30x
        }
        // Refused, not stripped: a cross-origin redirect is returned unfollowed, so neither a credential nor the
        // body (which may be as sensitive) goes to the other origin.
        if (next.origin !== origin) return response;
        // fetch refuses a URL with user:password in it (and its error would quote them): not followed either.
        if (next.username || next.password) return response;
        if (hops >= maxRedirects) {
          await response.body?.cancel();
          throw new TypeError(`${where}: stopped after ${maxRedirects} redirects (maxRedirects).`);
        }
        await response.body?.cancel();
        // RFC 9110 §15.4.4: 303 means "GET the other resource". §15.4.2/§15.4.3 allow a POST to become a GET on 301
        // and 302, which every browser does (Fetch standard, HTTP-redirect fetch step 12). 307/308 keep method and body.
        const toGet =
          (response.status === 303 && method !== 'GET' && method !== 'HEAD') ||
          ((response.status === 301 || response.status === 302) && method === 'POST');
        if (toGet) {
          method = 'GET';
          body = undefined;
          for (const name of BODY_HEADERS) headers.delete(name);
        }
        url = next.href;
      }
    }
  };
}
