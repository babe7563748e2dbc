/**
 * Direction isolation of foreign-script runs, found by script detection on
 * text nodes: in an Arabic page a run of Latin script becomes
 * `<span dir="ltr" lang="en">` (so "Coordination Framework" or a URL keeps its
 * order and does not drag neighbouring Arabic punctuation around); in an
 * English page a run of Arabic script becomes `<span lang="ar" dir="rtl">`.
 *
 * Digits and punctuation alone are left to the bidi algorithm (they behave
 * correctly without isolation), and a run never takes trailing punctuation:
 * the full stop after a Latin name belongs to the Arabic sentence.
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
/** Words joined by spaces or Latin commas and semicolons: "Egypt, Jordan and Syria" is one phrase, kept in its order. */
const LATIN_RUN = new RegExp(`${LATIN_WORD}(?:(?:[ \\u00A0]*[,;&][ \\u00A0]*|[ \\u00A0]+)${LATIN_OR_DIGIT_WORD})*`, 'gu');
/**
 * Arabic words with what sits between them in an Arabic phrase: Arabic
 * punctuation (Script_Extensions covers the Arabic comma and question mark),
 * spaces, joiners and digits. It ends on an Arabic letter or mark.
 */
const ARABIC_RUN = /\p{Script=Arabic}(?:[\p{scx=Arabic}\p{M}\p{Nd}\s\u200C\u200D]*[\p{Script=Arabic}\p{M}])?/gu;

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
    const at = m.index;
    if (at > cursor) pieces.push({ type: 'text', value: node.value.slice(cursor, at) });
    pieces.push({
      type: 'element',
      tagName: 'span',
      properties: { lang: foreign.lang, dir: foreign.dir },
      children: [{ type: 'text', value: m[0] }],
    });
    cursor = at + m[0].length;
  }
  if (cursor === 0) return null;
  if (cursor < node.value.length) pieces.push({ type: 'text', value: node.value.slice(cursor) });
  return pieces;
}
