/**
 * A TrueType simple glyph (the `glyf` table's format, OpenType spec) from an
 * outline of lines and quadratic curves: how a glyph made of several glyphs of a
 * font (a letter with its marks) is written into a subset.
 */

/** An outline as fontkit's `Path` gives it (font units, y up). */
export interface Outline {
  commands: readonly { command: string; args: readonly number[] }[];
}

const ON_CURVE = 0x01;

/** The glyph's bytes (padded to four), with its point and contour counts. */
export function encodeSimpleGlyph(outline: Outline): { data: Uint8Array; points: number; contours: number; xMin: number } {
  const xs: number[] = [];
  const ys: number[] = [];
  const flags: number[] = [];
  const ends: number[] = [];
  const point = (x: number, y: number, on: boolean) => {
    xs.push(Math.round(x));
    ys.push(Math.round(y));
    flags.push(on ? ON_CURVE : 0);
  };
  let open = false;
  const close = () => {
    if (open && xs.length) ends.push(xs.length - 1);
    open = false;
  };
  for (const { command, args } of outline.commands) {
    switch (command) {
      case 'moveTo':
        close();
        point(args[0], args[1], true);
        open = true;
        break;
      case 'lineTo':
        point(args[0], args[1], true);
        break;
      case 'quadraticCurveTo':
        point(args[0], args[1], false);
        point(args[2], args[3], true);
        break;
      case 'closePath':
        close();
        break;
      default:
        throw new Error(`a TrueType outline has no ${command}`);
    }
  }
  close();
  // A closed contour ends where it began: TrueType closes it itself, so a repeated first point is dropped.
  for (let c = ends.length - 1; c >= 0; c--) {
    const start = c ? ends[c - 1] + 1 : 0;
    const end = ends[c];
    if (end > start && xs[end] === xs[start] && ys[end] === ys[start] && flags[end] === flags[start]) {
      xs.splice(end, 1);
      ys.splice(end, 1);
      flags.splice(end, 1);
      for (let k = c; k < ends.length; k++) ends[k]--;
    }
  }
  const n = xs.length;
  if (!n) return { data: new Uint8Array(0), points: 0, contours: 0, xMin: 0 };
  const size = 10 + 2 * ends.length + 2 + n + 4 * n;
  const data = new Uint8Array(Math.ceil(size / 4) * 4);
  const view = new DataView(data.buffer);
  const xMin = Math.min(...xs);
  view.setInt16(0, ends.length);
  view.setInt16(2, xMin);
  view.setInt16(4, Math.min(...ys));
  view.setInt16(6, Math.max(...xs));
  view.setInt16(8, Math.max(...ys));
  let at = 10;
  for (const e of ends) {
    view.setUint16(at, e);
    at += 2;
  }
  view.setUint16(at, 0); // no instructions: hinting is not kept
  at += 2;
  for (const f of flags) data[at++] = f;
  // Coordinates as 16-bit deltas (no short forms: simpler, and these glyphs are few).
  for (let i = 0; i < n; i++, at += 2) view.setInt16(at, xs[i] - (i ? xs[i - 1] : 0));
  for (let i = 0; i < n; i++, at += 2) view.setInt16(at, ys[i] - (i ? ys[i - 1] : 0));
  return { data, points: n, contours: ends.length, xMin };
}
