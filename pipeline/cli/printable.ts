/**
 * Text that came from a source (a front-matter key, a folder name, a URL) on
 * its way to a terminal or a CI log. Control characters (C0, DEL, C1), the
 * bidi controls and the Unicode line and paragraph separators are shown as
 * `\u{…}` escapes: a source can then neither drive the terminal (clear it,
 * set its title, reverse the rest of a line) nor make one message print as
 * two lines, which could forge a `file:1:1 error` line or a `::error` command.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export const printable = (text: string): string => text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
