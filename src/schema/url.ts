/**
 * Which URLs from data may become links: `http:`, `https:` and relative ones. Browsers ignore
 * tabs, newlines and leading control characters in URLs, so those are removed before the scheme
 * is read: `java\tscript:` is still `javascript:`.
 */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const IGNORED = /[\u0000-\u0020\u007f-\u009f]/g;

export function safeUrl(url: string): string | undefined {
  const cleaned = url.replace(IGNORED, '');
  if (cleaned === '') return undefined;
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  if (scheme === undefined) {
    // A colon before any slash with an odd scheme (e.g. "java script:") is no relative URL.
    return /^[^/?#]*:/.test(cleaned) ? undefined : url.trim();
  }
  return scheme === 'http' || scheme === 'https' ? url.trim() : undefined;
}

/**
 * True when a URL may leave the page's origin (so the link gets `rel="noopener noreferrer"`).
 * Read the way a browser reads an http(s) href: tabs and newlines dropped, a backslash taken as
 * a slash (so `\\host` and `/\host` name another host), and any scheme counted as leaving, since
 * `http:host` on an https page names a host without any slashes.
 */
export function isExternalUrl(url: string): boolean {
  const cleaned = url.replace(IGNORED, '').replace(/\\/g, '/');
  return SCHEME.test(cleaned) || cleaned.startsWith('//');
}
