/** Writing XML text: markup characters escaped, characters XML cannot hold written as XLIFF `<cp>` elements. */

/** Characters XML 1.0 forbids; XLIFF 2 writes them as `<cp hex="…"/>`. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu;

export const escapeAttribute = (text: string): string =>
  text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text content of an element that may hold `<cp>` (source, target, data). */
export const escapeText = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(FORBIDDEN, (c) => `<cp hex="${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}"/>`);
