/**
 * Files the HTML editions share under `output/assets/`: one stylesheet
 * (the @font-face rules of the npm web fonts, then assets/paper.css) and the
 * WOFF2 font files it names. No font is fetched from the network.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputFile } from '../context.js';
import { STYLESHEET } from './context.js';


/** The fontsource faces the editions use: family, script subsets, weight-style files. */
const FACES = [
  { pkg: '@fontsource/noto-naskh-arabic', subsets: ['arabic', 'latin', 'latin-ext'], files: ['400', '700'] },
  { pkg: '@fontsource/noto-serif', subsets: ['latin', 'latin-ext'], files: ['400', '700', '400-italic', '700-italic'] },
];

const require = createRequire(import.meta.url);

/** The package root (works from the sources and from dist/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    if (dirname(dir) === dir) throw new Error('package.json not found above ' + fileURLToPath(import.meta.url));
    dir = dirname(dir);
  }
  return dir;
}

export function htmlAssets(): OutputFile[] {
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
        rules.push(block.replace(/src:[^;]*;/, `src: url(fonts/${woff2}) format('woff2');`));
      }
    }
  }
  const own = readFileSync(join(packageRoot(), 'pipeline/render/html/assets/paper.css'), 'utf8');
  return [
    { path: STYLESHEET, data: `${rules.join('\n\n')}\n\n${own}` },
    ...[...fonts.keys()].sort().map((name) => ({ path: `assets/fonts/${name}`, data: fonts.get(name)! })),
  ];
}
