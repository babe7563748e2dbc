/**
 * Files the HTML editions share under `output/assets/`: one stylesheet
 * (the @font-face rules of the npm web fonts, then assets/paper.css), the
 * WOFF2 font files it names (each script's subset with its unicode-range, so
 * a page loads only the subsets its text uses), the search page's script,
 * the site's icon and the publisher's logo. No font is fetched from the network.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputFile, ProjectInfo } from '../context.js';
import { FAVICON, FONTS, SEARCH_SCRIPT, STYLESHEET } from './context.js';
import { logoAsset } from './chrome.js';
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';

/** The fontsource faces the editions use: family, script subsets, weight-style files. */
const FACES = [
  { pkg: '@fontsource/noto-naskh-arabic', subsets: ['arabic', 'latin', 'latin-ext'], files: ['400', '700'] },
  { pkg: '@fontsource/noto-serif', subsets: ['latin', 'latin-ext'], files: ['400', '700', '400-italic', '700-italic'] },
];

const require = createRequire(import.meta.url);

/**
 * The faces an Arabic page draws its first screen with, fetched as the page
 * starts (`<link rel="preload">`) rather than once the stylesheet has been
 * read: the text is then laid out once, in its own font, without the shift
 * a late swap from the fallback would make. English pages start fast enough
 * with their smaller Latin faces.
 */
export const PRELOADED_FONTS: Record<'en' | 'ar', string[]> = {
  en: [],
  ar: ['noto-naskh-arabic-arabic-400-normal.woff2', 'noto-naskh-arabic-arabic-700-normal.woff2'],
};

/** The package root (works from the sources and from dist/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    if (dirname(dir) === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = dirname(dir);
  }
  return dir;
}

const own = (name: string): string => readFileSync(join(packageRoot(), 'pipeline/render/html/assets', name), 'utf8');

/**
 * The site's icon: the publisher's logo when it is an SVG file, else a
 * monogram of the site's name on the editions' accent colour.
 */
function favicon(project: Omit<ProjectInfo, 'out'>, logo: Buffer | null): string {
  if (logo && project.publisher?.logo?.toLowerCase().endsWith('.svg')) return logo.toString('utf8');
  const name = project.publisher?.short ?? project.site?.title?.en ?? project.publisher?.name.en ?? 'Papers';
  const letter = ([...name.trim()][0] ?? 'P').toUpperCase();
  const svg = x('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 64 64' }, [
    x('rect', { width: 64, height: 64, rx: 12, fill: '#8a1c1c' }),
    x('text', { x: 32, y: 45, 'font-family': "Georgia, 'Noto Serif', serif", 'font-size': 40, 'font-weight': 700, 'text-anchor': 'middle', fill: '#fff' }, letter),
  ]);
  return toXml(svg, { closeEmptyElements: true }) + '\n';
}

/** The publisher's logo file from papers.yml's folder, when it names a file (not an https URL). */
function logoFile(project: Omit<ProjectInfo, 'out'>): OutputFile | null {
  const logo = project.publisher?.logo;
  if (!logo || /^https:/.test(logo) || !project.root) return null;
  return { path: logoAsset(logo), data: readFileSync(join(project.root, logo)) };
}

export function htmlAssets(project: Omit<ProjectInfo, 'out'> = {}): OutputFile[] {
  const fonts = new Map<string, Buffer>();
  const rules: string[] = [];
  for (const face of FACES) {
    const dir = dirname(require.resolve(`${face.pkg}/package.json`));
    const base = face.pkg.split('/')[1];
    for (const file of face.files) {
      const style = file.endsWith('-italic') ? '' : '-normal';
      const wanted = new Set(face.subsets.map((subset) => `${base}-${subset}-${file}${style}.woff2`));
      // The weight files carry every subset with its unicode-range; keep the wanted subsets, WOFF2 only, from assets/fonts/.
      for (const block of readFileSync(join(dir, `${file}.css`), 'utf8').match(/@font-face\s*\{[^}]*\}/g) ?? []) {
        const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
        if (!woff2 || !wanted.has(woff2)) continue;
        fonts.set(woff2, readFileSync(join(dir, 'files', woff2)));
        rules.push(block.replace(/src:[^;]*;/, `src: url(${FONTS.slice('assets/'.length)}${woff2}) format('woff2');`));
      }
    }
  }
  const logo = logoFile(project);
  return [
    { path: STYLESHEET, data: `${rules.join('\n\n')}\n\n${own('paper.css')}` },
    ...[...fonts.keys()].sort().map((name) => ({ path: `${FONTS}${name}`, data: fonts.get(name)! })),
    { path: SEARCH_SCRIPT, data: own('search.js') },
    { path: FAVICON, data: favicon(project, logo ? Buffer.from(logo.data) : null) },
    ...(logo ? [logo] : []),
  ];
}
