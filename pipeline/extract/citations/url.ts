/** What a link target is, from a citation's point of view. */

export type TargetKind =
  /** `#` or empty: the link was lost (typically in PDF conversion). */
  | 'placeholder'
  /** A usable absolute URL. */
  | 'ok'
  /** Meant as an external URL but unusable (no scheme, bad host, spaces, unknown scheme). */
  | 'malformed'
  /** Not a source at all: a cross-reference inside the paper, a relative file, e-mail or phone. */
  | 'internal';

const SCHEMES = new Set(['http:', 'https:', 'ftp:', 'doi:']);
/** Looks like a domain name the author forgot to give a scheme ("www.example.org/x"). */
const BARE_DOMAIN = /^(?:www\.|[\p{L}\d-]+\.(?:com|org|net|gov|edu|int|info|io|[a-z]{2})(?:[/:?#]|$))/iu;
const HOST = /^(?:[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?\.)+[\p{L}\d-]{2,}$|^\d{1,3}(?:\.\d{1,3}){3}$|^\[[\da-f:]+\]$/iu;

export function classifyTarget(href: string): TargetKind {
  const target = href.trim();
  if (target === '' || target === '#') return 'placeholder';
  if (target.startsWith('#')) return 'internal';
  if (/^(?:mailto|tel):/i.test(target)) return 'internal';
  if (/\s/.test(target)) return 'malformed';
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    if (BARE_DOMAIN.test(target) || /^[a-z][a-z\d+.-]*:/i.test(target) || /^https?\/\//i.test(target)) return 'malformed';
    return 'internal';
  }
  if (!SCHEMES.has(url.protocol)) return 'malformed';
  if (url.protocol === 'doi:') return /^doi:10\.\d{4,}\/\S+$/i.test(target) ? 'ok' : 'malformed';
  // new URL() accepts "http://example" and "http:/x.org"; a citation needs a real host.
  if (!/^[a-z]+:\/\//i.test(target) || !HOST.test(decodeURIComponent(url.hostname))) return 'malformed';
  return 'ok';
}

/** The first URL written out in a text (footnotes and bibliography entries without a link). */
export function firstUrl(text: string): string | null {
  const m = /\b(?:https?:\/\/|www\.)[^\s<>"'）)\]]+[^\s<>"'.,;:!?）)\]]/iu.exec(text);
  if (m) return m[0].startsWith('www.') ? `https://${m[0]}` : m[0];
  // A DOI written as such (`doi:10.1234/x`, `DOI 10.1234/x`) is the source's address at doi.org.
  const doi = /\bdoi:?\s*(10\.\d{4,9}\/[^\s<>"]+[^\s<>".,;:!?)\]])/iu.exec(text);
  return doi ? `https://doi.org/${doi[1]}` : null;
}
