/**
 * Direction isolation of foreign-script runs, found by script detection on
 * text nodes: in an Arabic page a run of Latin script becomes
 * `<span dir="ltr" lang="en">` (so "Coordination Framework" or a URL keeps its
 * order and does not drag neighbouring Arabic punctuation around); in an
 * English page a run of Arabic script becomes `<span lang="ar" dir="rtl">`.
 *
 * Digits and punctuation alone are left to the bidi algorithm (they behave
 * correctly without isolation), and a run never takes trailing punctuation:
 * the full stop after a Latin name belongs to the Arabic sentence. Punctuation
 * between two words of the run is the run's (a title's colon, a dash, a
 * bracketed acronym): cut there, the halves would be laid out right to left.
 * Quotation marks around the run, and a closing bracket the run opened, go
 * inside with it, so they face the words they enclose.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { Lang } from '../../model/paper.js';

/**
 * One Latin word: starts with a letter (or the @/# of a handle or tag), may
 * hold digits and inner joiners, ends on a letter, digit or mark.
 */
const INNER = String.raw`[\p{Script=Latin}\p{N}\p{M}\p{Lm}'\u2019.\-&/:@_]*[\p{Script=Latin}\p{N}\p{M}\p{Lm}]`;
const LATIN_WORD = String.raw`[@#]?\p{Script=Latin}(?:${INNER})?`;
const LATIN_OR_DIGIT_WORD = String.raw`[@#]?[\p{Script=Latin}\p{N}](?:${INNER})?`;
/** A web address whole, up to the punctuation that ends the sentence around it (a trailing slash is the address's). */
const URL = String.raw`https?:\/\/[^\s<>\uFFFC]*[^\s<>\uFFFC.,;:!?)\]\u00BB\u201D\u2019\u060C\u061B]`;
/**
 * Words joined by white space (a source's line breaks included) and the
 * punctuation of a Latin phrase: "Egypt, Jordan and Syria", "Burkina Faso:
 * Army, Militia Massacre Civilians", "Grand Ethiopian Renaissance Dam (GERD)
 * talks" are each one phrase, kept in order. A number joins after a space or
 * a comma ("Tower 22"), not after other punctuation: in "(Bazoum): 2" the 2
 * is the Arabic sentence's.
 */
const LATIN_RUN = new RegExp(
  `${URL}|${LATIN_WORD}(?:(?:\\s*[,;&]\\s*|\\s+)${LATIN_OR_DIGIT_WORD}|[\\s,;:&?!.()[\\]\\u2013\\u2014/-]+${LATIN_WORD})*`,
  'gu',
);
/**
 * Arabic words with what sits between them in an Arabic phrase: Arabic
 * punctuation (Script_Extensions covers the Arabic comma and question mark),
 * the full stop, colon, brackets, guillemets and dashes Arabic shares, spaces,
 * joiners and digits. It ends on an Arabic letter or mark.
 */
const ARABIC_RUN = /\p{Script=Arabic}(?:[\p{scx=Arabic}\p{M}\p{Nd}\s\u200C\u200D:.!()\u00AB\u00BB\u2013\u2014-]*[\p{Script=Arabic}\p{M}])?/gu;

/** Elements whose text is not prose (or not shown). */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'title']);

interface Foreign {
  lang: Lang;
  dir: 'ltr' | 'rtl';
  run: RegExp;
  /** A letter every run starts with: most text nodes have none, and this test is cheaper than looking for runs. */
  letter: RegExp;
}

const FOREIGN: Record<Lang, Foreign> = {
  ar: { lang: 'en', dir: 'ltr', run: LATIN_RUN, letter: /\p{Script=Latin}/u },
  en: { lang: 'ar', dir: 'rtl', run: ARABIC_RUN, letter: /\p{Script=Arabic}/u },
};

/**
 * Inline elements a run goes through: in "<span class=mention>Egypt</span>
 * announces end of <span class=mention>GERD</span> talks" the title is one
 * run. Cut at each element, its pieces would be laid out right to left.
 */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'data', 'dfn', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'time', 'u']);
/** What stands for an element a run does not go through (a note marker, a line break, an isolated or other-language element). */
const BARRIER = '\uFFFC';

type Child = RootContent | ElementContent;

/** Wrap the foreign-script runs of the text under `tree` whose nearest `lang` is the page's. */
export function isolateScripts(tree: Root | Element, pageLang: Lang): void {
  const foreign = FOREIGN[pageLang];
  const walk = (parent: Root | Element, lang: string): void => {
    if (lang === pageLang) isolateChildren(parent, pageLang, foreign);
    for (const child of parent.children) {
      // An element with an explicit direction (a run just wrapped included) is already isolated by whoever set it.
      if (child.type === 'element' && !SKIP.has(child.tagName) && child.properties?.dir === undefined) walk(child, langOf(child) ?? lang);
    }
  };
  walk(tree, tree.type === 'element' ? (langOf(tree) ?? pageLang) : pageLang);
}

function langOf(el: Element): string | undefined {
  const lang = el.properties?.lang;
  return typeof lang === 'string' ? lang.split('-')[0] : undefined;
}

/** Whether a run may go through `el`: an inline element of the page's language that sets no direction or role of its own. */
function joinable(el: Element, pageLang: Lang): boolean {
  const lang = langOf(el);
  return INLINE.has(el.tagName) && el.properties?.dir === undefined && el.properties?.role === undefined && (lang === undefined || lang === pageLang);
}

/** The text a run is looked for in: a text node's, a joinable element's (its barriers included), else a barrier. */
function textOf(node: Child, pageLang: Lang): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  return joinable(node, pageLang) ? node.children.map((c) => textOf(c, pageLang)).join('') : BARRIER;
}

/** Wrap the foreign runs among the children of `parent`, each in one span, through joinable elements. */
function isolateChildren(parent: Root | Element, pageLang: Lang, foreign: Foreign): void {
  const texts = parent.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? (joinable(c, pageLang) ? textOf(c, pageLang) : BARRIER) : ''));
  const full = texts.join('');
  if (!foreign.letter.test(full)) return;
  const bounds: [number, number][] = [];
  let pos = 0;
  for (const t of texts) bounds.push([pos, (pos += t.length)]);
  const runs = findRuns(full, foreign, parent.children, bounds);
  if (runs.length) parent.children = rebuilt(parent.children, bounds, full, runs, foreign) as never;
}

/** The runs of `full`, each widened to its enclosing marks and narrowed to whole elements (a run starts and ends in text or at an element's edge). */
function findRuns(full: string, foreign: Foreign, children: Child[], bounds: [number, number][]): [number, number][] {
  const runs: [number, number][] = [];
  let cursor = 0;
  for (const m of full.matchAll(foreign.run)) {
    let [at, end] = enclosed(full, m.index, m.index + m[0].length, cursor);
    const first = bounds.findIndex(([s, e]) => at >= s && at < e);
    if (first >= 0 && children[first].type === 'element' && at > bounds[first][0]) at = bounds[first][1];
    const last = bounds.findIndex(([s, e]) => end > s && end <= e);
    if (last >= 0 && children[last].type === 'element' && end < bounds[last][1]) end = bounds[last][0];
    if (end > at && foreign.letter.test(full.slice(at, end))) {
      runs.push([at, end]);
      cursor = end;
    }
  }
  return runs;
}

function rebuilt(children: Child[], bounds: [number, number][], full: string, runs: [number, number][], foreign: Foreign): Child[] {
  const out: Child[] = [];
  let group: Child[] | null = null;
  let r = 0;
  const text = (value: string): Text => ({ type: 'text', value });
  const close = () => {
    out.push({ type: 'element', tagName: 'span', properties: { lang: foreign.lang, dir: foreign.dir }, children: group as ElementContent[] });
    group = null;
    r++;
  };
  children.forEach((child, i) => {
    const [start, end] = bounds[i];
    if (child.type !== 'text') {
      if (!group && runs[r]?.[0] === start && end > start) group = [];
      (group ?? out).push(child);
      if (group && runs[r][1] === end) close();
      return;
    }
    let at = start;
    while (at < end) {
      const run = runs[r];
      if (!group && run && run[0] >= at && run[0] < end) {
        if (run[0] > at) out.push(text(full.slice(at, run[0])));
        at = run[0];
        group = [];
      }
      if (!group) {
        out.push(text(full.slice(at, end)));
        break;
      }
      const stop = Math.min(end, run[1]);
      if (stop > at) (group as Child[]).push(text(full.slice(at, stop)));
      at = stop;
      if (at === run[1]) close();
    }
  });
  if (group) close();
  return out;
}

/**
 * Quotation marks, opening → closing. They are not mirrored: left outside a
 * Latin run in an Arabic line, “ and ” would trade places.
 */
const QUOTES: Record<string, string> = { '\u201C': '\u201D', '\u2018': '\u2019', '\u00AB': '\u00BB' };
/** Brackets, which are mirrored: around a run they can stay outside, but one the run opens must close inside it. */
const BRACKETS: [string, string][] = [['(', ')'], ['[', ']']];
const count = (text: string, c: string) => text.split(c).length - 1;

/**
 * The run `text[at, end)` widened to the quotation marks around it (a quoted
 * title) and to the closing bracket of one it opened, so that they stay on
 * either side of its words. The run never starts before `from` (the end of
 * the previous run).
 */
function enclosed(text: string, at: number, end: number, from: number): [number, number] {
  const close = at > from ? QUOTES[text[at - 1]] : undefined;
  if (close !== undefined && text[end] === close) return [at - 1, end + 1];
  const run = text.slice(at, end);
  for (const [open, shut] of BRACKETS) if (text[end] === shut && count(run, open) > count(run, shut)) return [at, end + 1];
  return [at, end];
}
