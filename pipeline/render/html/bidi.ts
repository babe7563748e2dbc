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
const URL = String.raw`https?:\/\/[^\s<>]*[^\s<>.,;:!?)\]\u00BB\u201D\u2019\u060C\u061B]`;
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

/** Wrap foreign-script runs of every text node under `tree` whose nearest `lang` is the page's. */
export function isolateScripts(tree: Root | Element, pageLang: Lang): void {
  const foreign = FOREIGN[pageLang];
  const walk = (parent: Root | Element, lang: string): void => {
    // A new list of children only from the first text node that splits (most do not).
    let out: (RootContent | ElementContent)[] | undefined;
    parent.children.forEach((child: RootContent | ElementContent, i) => {
      let pieces: (Text | Element)[] | null = null;
      if (child.type === 'element') {
        // An element with an explicit direction is already isolated by whoever set it.
        if (!SKIP.has(child.tagName) && child.properties?.dir === undefined) walk(child, langOf(child) ?? lang);
      } else if (child.type === 'text' && lang === pageLang) {
        pieces = split(child, foreign);
      }
      if (pieces) (out ??= parent.children.slice(0, i)).push(...pieces);
      else out?.push(child);
    });
    if (out) parent.children = out as never;
  };
  walk(tree, tree.type === 'element' ? (langOf(tree) ?? pageLang) : pageLang);
}

function langOf(el: Element): string | undefined {
  const lang = el.properties?.lang;
  return typeof lang === 'string' ? lang.split('-')[0] : undefined;
}

/** The node cut around its foreign runs; null when it has none. */
function split(node: Text, foreign: Foreign): (Text | Element)[] | null {
  if (!foreign.letter.test(node.value)) return null;
  const pieces: (Text | Element)[] = [];
  let cursor = 0;
  for (const m of node.value.matchAll(foreign.run)) {
    const [at, end] = enclosed(node.value, m.index, m.index + m[0].length, cursor);
    if (at > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, at) });
    pieces.push({
      type: 'element',
      tagName: 'span',
      properties: { lang: foreign.lang, dir: foreign.dir },
      children: [{ type: 'text', value: node.value.slice(at, end) }],
    });
    cursor = end;
  }
  if (cursor === 0) return null;
  if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
  return pieces;
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
