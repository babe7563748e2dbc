/**
 * Reading a source file: bytes → a VFile with a checked, UTF-8 decoded value.
 * Encoding problems are reported here with a position, so no later stage ever
 * sees mojibake, NUL bytes or a UTF-16 file.
 */
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { checkNesting } from './depth.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decode bytes as a source file; returns the file, with an error message and empty value when unusable. */
export function decodeSource(bytes: Uint8Array, path: string): VFile {
  const file = new VFile({ path, value: '' });
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    report(file, Rules.sourceEncoding, 'File is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8', { line: 1, column: 1 });
    return file;
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const point = location(before).toPoint(before.length) ?? { line: 1, column: 1 };
    report(file, Rules.sourceEncoding, `File is not valid UTF-8 (byte 0x${bytes[at].toString(16).padStart(2, '0')} at offset ${at}): save it as UTF-8`, point);
    return file;
  }
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const point = location(text).toPoint(nul) ?? { line: 1, column: 1 };
    report(file, Rules.sourceNul, 'File contains a NUL byte: it is binary or corrupt; remove the NUL characters', point);
    return file;
  }
  if (text.trim() === '') {
    report(file, Rules.sourceEmpty, 'File is empty: a paper needs front matter and a body', { line: 1, column: 1 });
    return file;
  }
  if (text.includes('\r')) {
    // CRLF sources are fine, but positions and offsets are computed on LF text.
    text = text.replace(/\r\n?/g, '\n');
    report(file, Rules.sourceLineEnds, 'Line ends were CRLF/CR; read as LF', { line: 1, column: 1 });
  }
  text = text.normalize('NFC');
  // Pathological nesting would hang or crash the parsers: refuse it before they run.
  file.value = checkNesting(file, text) ? text : '';
  return file;
}

export function readSource(path: string, displayPath = path): VFile {
  return decodeSource(readFileSync(path), displayPath);
}

/**
 * The offset of the first byte that is not part of well-formed UTF-8 (Unicode
 * table 3-7): besides bad lead and continuation bytes, the second byte's range
 * after E0, ED, F0 and F4 refuses overlong forms, UTF-16 surrogates (CESU-8)
 * and code points above U+10FFFF at their lead byte.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (need > 0 && (i + 1 >= bytes.length || bytes[i + 1] < low || bytes[i + 1] > high)) return i;
    for (let k = 2; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}
