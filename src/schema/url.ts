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

/** Hosts whose pages are videos, audio or posts: shown as links, never embedded. */
const LINK_HOSTS =
  /^(?:[\w-]+\.)*(?:youtube\.com|youtu\.be|vimeo\.com|dailymotion\.com|twitter\.com|x\.com|facebook\.com|fb\.watch|instagram\.com|tiktok\.com|threads\.net|soundcloud\.com|spotify\.com|flickr\.com|google\.com|wikipedia\.org|documentcloud\.org|storify\.com)$/i;
/** Hosts that serve image files under addresses without an extension. */
const IMAGE_HOSTS =
  /^(?:[\w-]+\.)*(?:upload\.wikimedia\.org|images\.unsplash\.com|i\.imgur\.com|pbs\.twimg\.com|live\.staticflickr\.com|farm\d+\.staticflickr\.com|lh\d\.googleusercontent\.com)$/i;
const IMAGE_EXTENSION = /\.(?:avif|bmp|gif|jpe?g|png|svg|webp)$/i;
const OTHER_EXTENSION = /\.(?:mp4|webm|mov|m4v|ogv|mp3|m4a|ogg|wav|pdf|html?)$/i;

/** The host and path of an http(s) or relative URL, read without `new URL` (no base needed). */
function hostAndPath(url: string): { host: string; path: string } {
  const cleaned = url.replace(IGNORED, '').replace(/\\/g, '/');
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#]*)([^?#]*)/i.exec(cleaned);
  if (match) return { host: (match[1] ?? '').replace(/^.*@/, '').replace(/:\d+$/, ''), path: match[2] ?? '' };
  return { host: '', path: /^[^?#]*/.exec(cleaned)?.[0] ?? '' };
}

/**
 * How an event's media address is shown: `link` for a video, audio file, page or social-media
 * post (never embedded), `image` for everything else the author calls an image.
 */
export function mediaKind(url: string): 'image' | 'link' {
  const { host, path } = hostAndPath(url);
  if (IMAGE_EXTENSION.test(path) || IMAGE_HOSTS.test(host)) return 'image';
  return LINK_HOSTS.test(host) || OTHER_EXTENSION.test(path) ? 'link' : 'image';
}

/** True for an address that names an image file: by its extension, or a known image host. */
export function isImageUrl(url: string): boolean {
  const { host, path } = hostAndPath(url);
  return IMAGE_EXTENSION.test(path) || IMAGE_HOSTS.test(host);
}
