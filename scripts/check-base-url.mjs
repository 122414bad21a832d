#!/usr/bin/env node
// The conformance workflow only calls deployments the `conformance` environment allows: BASE_URL (the dispatch input)
// must be one of CX_ALLOWED_BASE_URLS (an environment variable of that protected environment, origins separated by
// spaces, commas or newlines). The environment's secrets then never reach a host someone typed into the form.
// Plain Node, no dependencies: it runs before `npm ci`. Exit 0 allowed, 1 not allowed, 2 not configured.
import { pathToFileURL } from 'node:url';

/** The origin of an http(s) URL without credentials or a path, or a reason it is not one. */
export function originOf(text) {
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    return { error: 'is not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { error: `uses ${url.protocol}, not http(s)` };
  if (url.username || url.password) return { error: 'contains credentials; pass them as secrets, never in the URL' };
  if (url.pathname !== '/' || url.search || url.hash)
    return { error: 'has a path, query or fragment; pass scheme, host and port only' };
  return { origin: url.origin };
}

/** Why BASE_URL may not be called, or undefined when it may. */
export function baseUrlProblem(baseUrl, allowedList) {
  const allowed = (allowedList ?? '').split(/[\s,]+/).filter(Boolean);
  if (allowed.length === 0)
    return 'CX_ALLOWED_BASE_URLS is empty: set it on the conformance environment (Settings → Environments)';
  const target = originOf(baseUrl ?? '');
  if (target.error) return `base-url ${target.error}`;
  const origins = allowed.map((entry) => originOf(entry).origin).filter(Boolean);
  if (!origins.includes(target.origin))
    return `base-url ${target.origin} is not one of the conformance environment's allowed base URLs (${origins.join(', ')})`;
  return undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const allowed = process.env.CX_ALLOWED_BASE_URLS;
  const problem = baseUrlProblem(process.env.BASE_URL, allowed);
  if (problem) {
    process.stderr.write(`check-base-url: ${problem}\n`);
    process.exitCode = allowed?.trim() ? 1 : 2;
  } else {
    process.stdout.write(`check-base-url: ${originOf(process.env.BASE_URL).origin} is allowed\n`);
  }
}
