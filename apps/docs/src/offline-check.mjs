// A page "renders offline" when nothing it loads comes from the network: no <script src>, <link href>, <img src>,
// <iframe src> or CSS url()/@import pointing at http(s). Hyperlinks (<a href>) are navigation, not loading.

const patterns = [
  /<script\b[^>]*\bsrc\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi,
  /<link\b[^>]*\bhref\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi,
  /<(?:img|iframe|source|video|audio)\b[^>]*\bsrc\s*=\s*["']?(https?:\/\/[^"'\s>]+)/gi,
  /url\(\s*["']?(https?:\/\/[^"')\s]+)/gi,
  /@import\s+["'](https?:\/\/[^"']+)/gi,
];

/** @param {string} html @returns {string[]} the remote URLs the page would load */
export function remoteResources(html) {
  const found = new Set();
  for (const pattern of patterns) for (const match of html.matchAll(pattern)) found.add(match[1]);
  return [...found];
}
