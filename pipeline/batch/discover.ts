/**
 * Finding papers: `source/<slug>/<lang>.md`. A path given on the command line
 * may be a source root (a folder of paper folders), one paper folder, or one
 * `<lang>.md` file. Problems (bad slug, duplicate slug, unknown language file,
 * symlink loops) are reported, never thrown.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { LANGS, type Lang } from '../model/langs.js';
import { Rules, type Rule } from '../model/rules.js';

export interface PaperSource {
  slug: string;
  /** Absolute path of the paper folder. */
  dir: string;
  /** Absolute path of each language's source. */
  files: Partial<Record<Lang, string>>;
}

export interface DiscoveryProblem {
  path: string;
  rule: Rule;
  message: string;
}

/** Slugs become folder and file names in output/: letters, digits and inner hyphens only. */
export const SLUG_PATTERN = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/** `stat` that treats a symlink loop (ELOOP) like a missing file instead of throwing. */
function statOrNull(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

const isLangFile = (name: string): boolean => LANGS.some((lang) => name === `${lang}.md`);

export function discoverPapers(paths: string[], cwd = process.cwd()): { papers: PaperSource[]; problems: DiscoveryProblem[] } {
  const problems: DiscoveryProblem[] = [];
  const bySlug = new Map<string, PaperSource>();
  const seenDirs = new Set<string>();
  const rel = (p: string) => relative(cwd, p).split(sep).join('/') || '.';

  const addPaper = (dir: string, only?: string): void => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      problems.push({ path: rel(dir), rule: Rules.sourceUnreadable, message: 'Cannot resolve this folder (broken link or symlink loop): fix or remove it' });
      return;
    }
    if (seenDirs.has(real) && !only) return;
    seenDirs.add(real);
    const slug = basename(dir).normalize('NFC');
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({ path: rel(dir), rule: Rules.sourceSlug, message: `Folder name '${slug}' is not a valid slug: use letters, digits and single hyphens (e.g. rifts-within-iraqi-shiite-parties)` });
      return;
    }
    const paper = bySlug.get(slug);
    if (paper && paper.dir !== real) {
      problems.push({ path: rel(dir), rule: Rules.sourceDuplicateSlug, message: `Two papers have the slug '${slug}' (${rel(paper.dir)} and ${rel(real)}): rename one folder` });
      return;
    }
    const entry = paper ?? { slug, dir: real, files: {} };
    for (const name of readdirSync(real).sort()) {
      if (only && name !== only) continue;
      const full = join(real, name);
      if (isLangFile(name)) {
        if (statOrNull(full)?.isFile()) entry.files[name.slice(0, -3) as Lang] = full;
      } else if (name.endsWith('.md')) {
        problems.push({ path: rel(full), rule: Rules.sourceLangFile, message: `'${name}' is not a language file: name sources ${LANGS.map((l) => `${l}.md`).join(' or ')}` });
      }
    }
    if (Object.keys(entry.files).length > 0) bySlug.set(slug, entry);
    else if (!only) problems.push({ path: rel(dir), rule: Rules.sourceEmptyPaper, message: `No ${LANGS.map((l) => `${l}.md`).join(' or ')} in this paper folder` });
  };

  const walkRoot = (root: string): void => {
    for (const name of readdirSync(root).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(root, name);
      const link = lstatSync(full);
      const stat = statOrNull(full);
      if (link.isSymbolicLink() && !stat) {
        problems.push({ path: rel(full), rule: Rules.sourceUnreadable, message: 'Broken symbolic link or symlink loop: fix or remove it' });
        continue;
      }
      if (stat?.isDirectory()) addPaper(full);
    }
  };

  for (const path of paths) {
    const stat = statOrNull(path);
    if (!stat) {
      problems.push({ path, rule: Rules.sourceNotFound, message: 'No such file or folder' });
    } else if (stat.isFile()) {
      if (isLangFile(basename(path))) addPaper(dirname(path), basename(path));
      else problems.push({ path, rule: Rules.sourceLangFile, message: `Not a paper source: name it ${LANGS.map((l) => `${l}.md`).join(' or ')} inside source/<slug>/` });
    } else if (!stat.isDirectory()) {
      problems.push({ path, rule: Rules.sourceNotFound, message: 'Not a file or a folder (a device, a FIFO or a socket): give source/, a paper folder or a <lang>.md file' });
    } else if (readdirSync(path).some(isLangFile)) {
      addPaper(path);
    } else {
      walkRoot(path);
    }
  }
  const papers = [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { papers, problems };
}
