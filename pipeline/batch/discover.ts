/**
 * Finding papers: `source/<slug>/<lang>.md`. A path given on the command line
 * may be a source root (a folder of paper folders), one paper folder, or one
 * `<lang>.md` file. Problems (bad slug, duplicate slug, unknown language file,
 * symlink loops) are reported, never thrown.
 */
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { LANGS, type Lang } from '../model/langs.js';
import { Rules, type Rule } from '../model/rules.js';
import { SITE_FOLDERS } from '../render/html/context.js';
import { realOrNull, within } from '../source/paths.js';

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


export interface DiscoveryOptions {
  /** Follow symbolic links that lead out of the source tree given (refused by default: their content would be published). */
  followLinks?: boolean;
}

export function discoverPapers(paths: string[], cwd = process.cwd(), options: DiscoveryOptions = {}): { papers: PaperSource[]; problems: DiscoveryProblem[] } {
  const discovery = new Discovery(cwd, options);
  for (const path of paths) discovery.path(path);
  const papers = [...discovery.bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { papers, problems: discovery.problems };
}

const SOURCE_NAMES = LANGS.map((l) => `${l}.md`).join(' or ');

/** The papers and problems found so far, and how to look at one more path. */
class Discovery {
  readonly problems: DiscoveryProblem[] = [];
  readonly bySlug = new Map<string, PaperSource>();
  private readonly seenDirs = new Set<string>();

  constructor(
    private readonly cwd: string,
    private readonly options: DiscoveryOptions,
  ) {}

  private rel(p: string): string {
    return relative(this.cwd, p).split(sep).join('/') || '.';
  }

  private problem(path: string, rule: Rule, message: string): void {
    this.problems.push({ path, rule, message });
  }

  /** A path given on the command line: a source folder, a paper folder or one `<lang>.md`. */
  path(path: string): void {
    const stat = statOrNull(path);
    const what = isLangFile(basename(path)) ? notAFile(path) : null;
    if (!stat) this.problem(path, Rules.sourceNotFound, 'No such file or folder');
    else if (what) this.problem(path, Rules.sourceUnreadable, `This source is ${what}, not a file: make it a Markdown file`);
    else if (stat.isFile()) {
      if (isLangFile(basename(path))) this.paper(dirname(path), treeAbove(dirname(path)), basename(path));
      else this.problem(path, Rules.sourceLangFile, `Not a paper source: name it ${SOURCE_NAMES} inside source/<slug>/`);
    } else if (!stat.isDirectory()) {
      this.problem(path, Rules.sourceNotFound, 'Not a file or a folder (a device, a FIFO or a socket): give source/, a paper folder or a <lang>.md file');
    } else if (readdirSync(path).some(isLangFile)) this.paper(path, treeAbove(path));
    else this.root(path);
  }

  /** A source folder: each folder in it is a paper. */
  private root(root: string): void {
    const tree = realOrNull(root) ?? root;
    for (const name of readdirSync(root).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(root, name);
      const stat = statOrNull(full);
      if (lstatSync(full).isSymbolicLink() && !stat) this.problem(this.rel(full), Rules.sourceUnreadable, 'Broken symbolic link or symlink loop: fix or remove it');
      else if (stat?.isDirectory()) this.paper(full, tree);
    }
  }

  /** A link that leads out of the tree given, when links may not: reported, and true. */
  private leavesTree(path: string, real: string, tree: string): boolean {
    if (this.options.followLinks || within(tree, real)) return false;
    this.problem(this.rel(path), Rules.sourceLinkOutside, `A symbolic link to ${real}, outside ${this.rel(tree)}: copy the file into the paper folder, or build with --follow-links`);
    return true;
  }

  /** A paper folder (only its file `only`, when one file was given); `tree`: the real path of the folder its links may not leave. */
  private paper(dir: string, tree: string, only?: string): void {
    const real = realOrNull(dir);
    if (!real) return this.problem(this.rel(dir), Rules.sourceUnreadable, 'Cannot resolve this folder (broken link or symlink loop): fix or remove it');
    if (this.leavesTree(dir, real, tree) || (this.seenDirs.has(real) && !only)) return;
    this.seenDirs.add(real);
    const slug = basename(dir).normalize('NFC');
    if (!SLUG_PATTERN.test(slug)) {
      return this.problem(this.rel(dir), Rules.sourceSlug, `Folder name '${slug}' is not a valid slug: use letters, digits and single hyphens (e.g. rifts-within-iraqi-shiite-parties)`);
    }
    if (SITE_FOLDERS.includes(slug)) {
      return this.problem(this.rel(dir), Rules.sourceSlug, `Folder name '${slug}' is taken by the site's own files in the output: rename the paper's folder`);
    }
    const paper = this.bySlug.get(slug);
    if (paper && paper.dir !== real) {
      return this.problem(this.rel(dir), Rules.sourceDuplicateSlug, `Two papers have the slug '${slug}' (${this.rel(paper.dir)} and ${this.rel(real)}): rename one folder`);
    }
    const entry = paper ?? { slug, dir: real, files: {} };
    const named = this.sources(entry, dir, tree, only);
    if (Object.keys(entry.files).length > 0) this.bySlug.set(slug, entry);
    else if (!only && named === 0) this.problem(this.rel(dir), Rules.sourceEmptyPaper, `No ${SOURCE_NAMES} in this paper folder`);
  }

  /** The language files of a paper folder into `entry`; how many entries bear a language file's name (usable or not). */
  private sources(entry: PaperSource, dir: string, tree: string, only?: string): number {
    let named = 0;
    for (const name of readdirSync(entry.dir).sort()) {
      if (only && name !== only) continue;
      const full = join(entry.dir, name);
      if (!isLangFile(name)) {
        if (name.endsWith('.md')) this.problem(this.rel(full), Rules.sourceLangFile, `'${name}' is not a language file: name sources ${SOURCE_NAMES}`);
        continue;
      }
      named++;
      const what = notAFile(full);
      const target = what ? null : realOrNull(full);
      if (what) this.problem(this.rel(join(dir, name)), Rules.sourceUnreadable, `This source is ${what}, not a file: make it a Markdown file`);
      else if (target && !this.leavesTree(join(dir, name), target, tree)) entry.files[name.slice(0, -3) as Lang] = full;
    }
    return named;
  }
}

/** A paper folder given alone belongs to the source folder that holds it. */
const treeAbove = (paperDir: string): string => dirname(realOrNull(paperDir) ?? paperDir);
