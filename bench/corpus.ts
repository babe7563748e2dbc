/**
 * A corpus of N varied papers made from the papers in source/, for the build
 * benchmark: each copy gets its own slug and date, its top-level sections
 * shuffled (and sometimes one dropped), and pairs of people from the gazetteer
 * swapped, the same way in both languages so that the editions still align.
 * Deterministic: copy i of a corpus is always the same.
 *
 *   npx tsc -p . && node dist/bench/corpus.js <N> <dir> [source]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Lang = 'en' | 'ar';
const LANGS: Lang[] = ['en', 'ar'];

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface Person {
  en: string;
  ar: string;
}

/** People named in both languages in the gazetteer (locales/<lang>/entities.json). */
function people(localesDir: string): Person[] {
  const read = (lang: Lang) => {
    const path = join(localesDir, lang, 'entities.json');
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, { type?: string; name?: string }>) : {};
  };
  const en = read('en');
  const ar = read('ar');
  return Object.keys(en)
    .filter((id) => en[id].type === 'person' && en[id].name && ar[id]?.name)
    .sort()
    .map((id) => ({ en: en[id].name!, ar: ar[id].name! }));
}

/** Replace every key of `map` by its value in one pass (so a swap A↔B does not undo itself). */
function replaceAll(text: string, map: Map<string, string>): string {
  if (map.size === 0) return text;
  const keys = [...map.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(keys.join('|'), 'g'), (m) => map.get(m)!);
}

/** Front matter, intro, and the `## ` sections of a source. */
function split(text: string): { front: string; intro: string; sections: string[] } {
  const end = text.indexOf('\n---', 4) + '\n---\n'.length;
  const front = text.slice(0, end);
  const parts = text.slice(end).split(/^(?=## )/m);
  const intro = parts[0].startsWith('## ') ? '' : parts.shift()!;
  return { front, intro, sections: parts.map((s) => (s.endsWith('\n\n') ? s : s.replace(/\n*$/, '\n\n'))) };
}

function shiftDate(front: string, days: number): string {
  return front.replace(/^date: (\d{4}-\d{2}-\d{2})$/m, (_, date: string) => {
    const d = new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000);
    return `date: ${d.toISOString().slice(0, 10)}`;
  });
}

export interface CorpusOptions {
  /** Folder of paper folders to copy from (default: source/ of this repository). */
  sourceDir?: string;
  localesDir?: string;
}

/** The repository (works from bench/ and from dist/bench/). */
export const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

/** Write N papers into `dir/<slug>/<lang>.md`; returns their slugs. */
export function makeCorpus(n: number, dir: string, options: CorpusOptions = {}): string[] {
  const sourceDir = options.sourceDir ?? join(ROOT, 'source');
  const cast = people(options.localesDir ?? join(ROOT, 'locales'));
  const originals = readdirSync(sourceDir)
    .sort()
    .map((slug) => ({ slug, files: Object.fromEntries(LANGS.filter((l) => existsSync(join(sourceDir, slug, `${l}.md`))).map((l) => [l, readFileSync(join(sourceDir, slug, `${l}.md`), 'utf8')])) as Partial<Record<Lang, string>> }))
    .filter((p) => Object.keys(p.files).length > 0);
  if (originals.length === 0) throw new Error(`No papers in ${sourceDir}`);

  const slugs: string[] = [];
  for (let i = 0; i < n; i++) {
    const original = originals[i % originals.length];
    const rand = random(i + 1);
    const slug = `${original.slug}-${String(i + 1).padStart(4, '0')}`;
    const langs = Object.keys(original.files) as Lang[];
    const parts = Object.fromEntries(langs.map((l) => [l, split(original.files[l]!)])) as Partial<Record<Lang, ReturnType<typeof split>>>;
    // The same order (and dropped section) in every language, when they have as many sections.
    const counts = new Set(langs.map((l) => parts[l]!.sections.length));
    const count = [...counts][0];
    let order = [...Array(count).keys()];
    if (counts.size === 1 && count > 1) {
      order = shuffled(order, rand);
      if (count > 2 && rand() < 0.3) order.pop();
    }
    const swaps = new Map<Lang, Map<string, string>>(langs.map((l) => [l, new Map()]));
    const pool = shuffled(cast, rand).slice(0, 2 * Math.floor(rand() * 3 + 1));
    for (let k = 0; k + 1 < pool.length; k += 2) {
      for (const l of langs) {
        swaps.get(l)!.set(pool[k][l], pool[k + 1][l]);
        swaps.get(l)!.set(pool[k + 1][l], pool[k][l]);
      }
    }
    mkdirSync(join(dir, slug), { recursive: true });
    for (const l of langs) {
      const p = parts[l]!;
      const sections = counts.size === 1 ? order.map((j) => p.sections[j]) : p.sections;
      const body = replaceAll(p.intro + sections.join(''), swaps.get(l)!);
      writeFileSync(join(dir, slug, `${l}.md`), shiftDate(p.front, i) + body.replace(/\n+$/, '\n'));
    }
    slugs.push(slug);
  }
  return slugs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [n, dir, source] = process.argv.slice(2);
  if (!n || !dir) {
    console.error('Usage: node dist/bench/corpus.js <N> <dir> [source]');
    process.exit(2);
  }
  const slugs = makeCorpus(Number(n), dir, { sourceDir: source });
  console.log(`${slugs.length} papers in ${dir}`);
}
