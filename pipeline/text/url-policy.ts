/**
 * The one URL policy of every edition: which link targets may become
 * clickable. HTML, PDF, JSON and CSL all ask this module, so a scheme trick
 * that one renderer refuses cannot reach another.
 *
 * Allowed: `http:`, `https:` and `mailto:` URLs, and targets without a scheme
 * (in-page anchors and relative paths). Everything else (`javascript:`,
 * `vbscript:`, `data:`, `file:`, unknown schemes) is refused.
 *
 * The scheme is read the way the most lenient consumer would read it: browsers
 * drop ASCII tabs and newlines anywhere in a URL and controls or spaces around
 * it, and some PDF viewers also ignore invisible format characters, so all of
 * these are removed before the scheme is looked at.
 */

/** ASCII controls, space, DEL, C1 controls, zero-width and bidi format characters. */
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED = new Set(['http', 'https', 'mailto']);

export interface UrlVerdict {
  /** The target may be linked. */
  readonly allowed: boolean;
  /** The scheme as a consumer would read it, lower-cased; null for scheme-less targets. */
  readonly scheme: string | null;
}

export function checkUrl(url: string): UrlVerdict {
  const visible = url.replace(INVISIBLE, '');
  const m = SCHEME.exec(visible);
  // A colon after the first '/', '?' or '#' belongs to a path or query, not to a scheme.
  if (!m) return { allowed: !/^[^/?#]*:/.test(visible), scheme: null };
  const scheme = m[1].toLowerCase();
  return { allowed: ALLOWED.has(scheme), scheme };
}

export const isAllowedUrl = (url: string): boolean => checkUrl(url).allowed;

/** A target that leaves the document: an allowed URL with a scheme (http, https, mailto). */
export const isExternalUrl = (url: string): boolean => {
  const v = checkUrl(url);
  return v.allowed && v.scheme !== null;
};
