/**
 * Finding papers: `source/<slug>/<lang>.md`. A path given on the command line
 * may be a source root (a folder of paper folders), one paper folder, or one
 * `<lang>.md` file. Problems (bad slug, duplicate slug, unknown language file,
 * symlink loops) are reported, never thrown.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
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

/** What a language file is when it is not a regular file (so it cannot be a source); null when it is one. */
function notAFile(path: string): string | null {
  const stat = statOrNull(path);
  if (stat?.isFile()) return null;
  if (!stat) return 'a broken link or a symlink loop';
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  return 'a device';
}

const realOrNull = (path: string): string | null => {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
};

/** Whether `path` is `root` or below it. */
const within = (root: string, path: string): boolean => {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};

export interface DiscoveryOptions {
  /** Follow symbolic links that lead out of the source tree given (refused by default: their content would be published). */
  followLinks?: boolean;
}

export function discoverPapers(paths: string[], cwd = process.cwd(), options: DiscoveryOptions = {}): { papers: PaperSource[]; problems: DiscoveryProblem[] } {
  const problems: DiscoveryProblem[] = [];
  const bySlug = new Map<string, PaperSource>();
  const seenDirs = new Set<string>();
  const rel = (p: string) => relative(cwd, p).split(sep).join('/') || '.';

  /** A link that leads out of the tree given, when links may not: reported, and true. */
  const leavesTree = (path: string, real: string, tree: string): boolean => {
    if (options.followLinks || within(tree, real)) return false;
    problems.push({ path: rel(path), rule: Rules.sourceLinkOutside, message: `A symbolic link to ${real}, outside ${rel(tree)}: copy the file into the paper folder, or build with --follow-links` });
    return true;
  };

  /** `tree`: the real path of the folder given on the command line, which links may not leave. */
  const addPaper = (dir: string, tree: string, only?: string): void => {
    const real = realOrNull(dir);
    if (!real) {
      problems.push({ path: rel(dir), rule: Rules.sourceUnreadable, message: 'Cannot resolve this folder (broken link or symlink loop): fix or remove it' });
      return;
    }
    if (leavesTree(dir, real, tree)) return;
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
    let langFiles = 0;
    for (const name of readdirSync(real).sort()) {
      if (only && name !== only) continue;
      const full = join(real, name);
      if (isLangFile(name)) {
        langFiles++;
        const what = notAFile(full);
        const target = what ? null : realOrNull(full);
        if (what) problems.push({ path: rel(join(dir, name)), rule: Rules.sourceUnreadable, message: `This source is ${what}, not a file: make it a Markdown file` });
        else if (target && !leavesTree(join(dir, name), target, tree)) entry.files[name.slice(0, -3) as Lang] = full;
      } else if (name.endsWith('.md')) {
        problems.push({ path: rel(full), rule: Rules.sourceLangFile, message: `'${name}' is not a language file: name sources ${LANGS.map((l) => `${l}.md`).join(' or ')}` });
      }
    }
    if (Object.keys(entry.files).length > 0) bySlug.set(slug, entry);
    else if (!only && langFiles === 0) problems.push({ path: rel(dir), rule: Rules.sourceEmptyPaper, message: `No ${LANGS.map((l) => `${l}.md`).join(' or ')} in this paper folder` });
  };

  /** A paper folder given alone belongs to the source folder that holds it. */
  const treeAbove = (paperDir: string): string => dirname(realOrNull(paperDir) ?? paperDir);

  const walkRoot = (root: string): void => {
    const tree = realOrNull(root) ?? root;
    for (const name of readdirSync(root).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(root, name);
      const link = lstatSync(full);
      const stat = statOrNull(full);
      if (link.isSymbolicLink() && !stat) {
        problems.push({ path: rel(full), rule: Rules.sourceUnreadable, message: 'Broken symbolic link or symlink loop: fix or remove it' });
        continue;
      }
      if (stat?.isDirectory()) addPaper(full, tree);
    }
  };

  for (const path of paths) {
    const stat = statOrNull(path);
    const what = isLangFile(basename(path)) ? notAFile(path) : null;
    if (!stat) {
      problems.push({ path, rule: Rules.sourceNotFound, message: 'No such file or folder' });
    } else if (what) {
      problems.push({ path, rule: Rules.sourceUnreadable, message: `This source is ${what}, not a file: make it a Markdown file` });
    } else if (stat.isFile()) {
      if (isLangFile(basename(path))) addPaper(dirname(path), treeAbove(dirname(path)), basename(path));
      else problems.push({ path, rule: Rules.sourceLangFile, message: `Not a paper source: name it ${LANGS.map((l) => `${l}.md`).join(' or ')} inside source/<slug>/` });
    } else if (!stat.isDirectory()) {
      problems.push({ path, rule: Rules.sourceNotFound, message: 'Not a file or a folder (a device, a FIFO or a socket): give source/, a paper folder or a <lang>.md file' });
    } else if (readdirSync(path).some(isLangFile)) {
      addPaper(path, treeAbove(path));
    } else {
      walkRoot(path);
    }
  }
  const papers = [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { papers, problems };
}
