/**
 * Figures stage: every image of the text that names a file of the paper's
 * folder is checked (it exists, stays inside the folder, is an image a page
 * can show) and measured, and listed in `file.data.figures`; the editions
 * then copy it beside them and lay it out at its size. A paragraph holding
 * only an image is marked `alone`: the editions show it as a figure with its
 * caption (pandoc's implicit figures).
 *
 * The files come through `readAsset`, so the stage itself reads nothing.
 */
import type { Image, Paragraph, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { imageSize } from 'image-size';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import type { Figure, FigureFormat } from '../model/paper.js';
import { checkUrl } from '../text/url-policy.js';
import { assetPath, MAX_ASSET_BYTES, type AssetReader } from './assets.js';
import '../model/vfile-data.js';

export interface FiguresOptions {
  /** Reads a file of the paper's folder; without it, images of the folder are not checked (text in memory). */
  readAsset?: AssetReader;
}

const FORMATS: Readonly<Record<string, FigureFormat>> = { png: 'png', jpg: 'jpeg', gif: 'gif', webp: 'webp', svg: 'svg' };

/** File names an image may have: the editions' own files (`en.html`, `manifest.json`) can never be shadowed by one. */
export const FIGURE_NAME = /\.(?:png|jpe?g|gif|webp|svg)$/iu;

/** Larger than any page shows (pixels a side): a mistaken export, and a PDF would embed it whole. */
const MAX_SIDE = 20_000;

/** What image-size reads of a file's header; null when it is no image it knows. */
function sizeOf(bytes: Uint8Array) {
  try {
    return imageSize(bytes);
  } catch {
    return null;
  }
}

/** The size and format of an image file, or why it is not one. */
function measure(bytes: Uint8Array): Omit<Figure, 'src' | 'bytes'> | string {
  const size = sizeOf(bytes);
  if (!size) return 'is not an image file a page can show (PNG, JPEG, GIF, WebP or SVG)';
  const format = size.type ? FORMATS[size.type] : undefined;
  if (!format) return `is a ${size.type ?? 'kind of'} image, which browsers or PDF cannot show: save it as PNG or JPEG`;
  const width = Math.round(size.width ?? 0);
  const height = Math.round(size.height ?? 0);
  if (width < 1 || height < 1) return 'has no width or height';
  if (width > MAX_SIDE || height > MAX_SIDE) return `claims to be ${width} × ${height} pixels: export it again, under ${MAX_SIDE} a side`;
  return { format, width, height };
}

/** The image's path as the source writes it, decoded (`my%20chart.png`), without query or fragment. */
function decoded(url: string): string {
  const path = url.replace(/[?#].*$/su, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

export function figuresTransform(tree: Root, file: VFile, options: FiguresOptions = {}): void {
  const figures = new Map<string, Figure>();
  const refused = new Set<string>();

  const check = (node: Image): void => {
    const verdict = checkUrl(node.url);
    if (!node.alt?.trim()) report(file, Rules.figureAlt, `Image ${node.url || '(no path)'} has no description: write what it shows between the brackets, ![…](${node.url})`, node);
    if (verdict.scheme !== null) {
      report(file, Rules.figureRemote, `Image ${node.url} is on the web: the PDF edition shows its description instead; save the file in the paper's folder and write its name`, node);
      return;
    }
    const read = options.readAsset;
    if (!read || node.url === '' || node.url.startsWith('#')) return;
    const written = decoded(node.url);
    const src = assetPath(written);
    if (src !== null && figures.has(src)) {
      node.data = { ...node.data, figure: src };
      return;
    }
    if (src !== null && refused.has(src)) return;
    if (src !== null && !FIGURE_NAME.test(src)) {
      refused.add(src);
      report(file, Rules.figureFormat, `Image file ${written} has no image extension: name it .png, .jpg, .gif, .webp or .svg`, node);
      return;
    }
    const got = src === null ? ({ ok: false, problem: 'outside' } as const) : read(src);
    if (!got.ok) {
      if (src !== null) refused.add(src);
      if (got.problem === 'outside') report(file, Rules.figureOutside, `Image ${written} is outside the paper's folder: copy it into the folder and write its path from there`, node);
      else if (got.problem === 'missing') report(file, Rules.figureMissing, `Image file ${written} is not in the paper's folder: add it beside the source or fix the path`, node);
      else report(file, Rules.figureFormat, `Image file ${written} is over ${MAX_ASSET_BYTES / 1024 / 1024} MB: export it smaller`, node);
      return;
    }
    const measured = measure(got.bytes);
    if (typeof measured === 'string') {
      refused.add(src!);
      report(file, Rules.figureFormat, `Image file ${written} ${measured}`, node);
      return;
    }
    figures.set(src!, { src: src!, ...measured, bytes: got.bytes.length });
    node.data = { ...node.data, figure: src! };
  };

  visit(tree, 'image', (node) => check(node));
  visit(tree, 'paragraph', (node: Paragraph) => {
    const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
    if (content.length === 1 && content[0].type === 'image') node.data = { ...node.data, alone: true };
  });
  file.data.figures = [...figures.values()].sort((a, b) => (a.src < b.src ? -1 : a.src > b.src ? 1 : 0));
}

export function remarkFigures(options: FiguresOptions = {}) {
  return (tree: Root, file: VFile): void => figuresTransform(tree, file, options);
}
