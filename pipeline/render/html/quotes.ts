/**
 * Typographic quotes: the straight quotes of a source become the marks of
 * the language they sit in, “ ” ‘ ’ in English and « » in Arabic, and an
 * apostrophe becomes ’. Whether a quote opens or closes is read from the
 * character before it, across inline elements (`"<em>word</em>"`); a block
 * starts afresh. Code is left alone.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { Lang } from '../../model/paper.js';

/** Elements whose text is not prose. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'var']);
/** Elements that start a new run of text: a quote at their start opens. */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'div', 'section', 'article', 'blockquote', 'header', 'footer', 'nav', 'main', 'figcaption', 'caption', 'ol', 'ul', 'dl', 'table', 'tr', 'aside', 'summary', 'details', 'title', 'br']);

const MARKS: Record<Lang, { open: string; close: string; open1: string; close1: string }> = {
  en: { open: '\u201C', close: '\u201D', open1: '\u2018', close1: '\u2019' },
  ar: { open: '\u00AB', close: '\u00BB', open1: '\u2018', close1: '\u2019' },
};
const APOSTROPHE = '\u2019';

/** A quote after one of these opens: the start of a run, a space, an opening bracket or quote, a dash. */
const OPENS_AFTER = /[\s([{\u2018\u201C\u00AB\u2014\u2013\-/]/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The marks of the nearest letter's script (after an opening quote, before a closing one), else of the text's language. */
function marksFor(text: string, at: number, opening: boolean, lang: Lang) {
  const step = opening ? 1 : -1;
  for (let i = at + step; i >= 0 && i < text.length && Math.abs(i - at) < 40; i += step) {
    const c = text[i];
    if (ARABIC.test(c)) return MARKS.ar;
    if (LATIN.test(c)) return MARKS.en;
  }
  return MARKS[lang];
}

/** `text` with its straight quotes made typographic; `before` is the character preceding it (a space at the start of a run). */
export function curlQuotes(text: string, lang: Lang, before = ' '): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  let out = '';
  let prev = before;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    let mark = c;
    if (c === '"' || c === "'") {
      const opening = OPENS_AFTER.test(prev);
      const marks = marksFor(text, i, opening, lang);
      if (c === '"') mark = opening ? marks.open : marks.close;
      // An apostrophe before a digit ('90s) is one too, not an opening quote.
      else mark = opening && !/\d/.test(text[i + 1] ?? '') ? marks.open1 : opening ? APOSTROPHE : marks.close1;
    }
    out += mark;
    prev = mark;
  }
  return out;
}

/** Every prose text node under `tree`, in the language of its nearest `lang` (else `pageLang`). */
export function smartQuotes(tree: Root | Element, pageLang: Lang): void {
  let prev = ' ';
  const walk = (node: Root | Element, lang: Lang): void => {
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'text') {
        child.value = curlQuotes(child.value, lang, prev);
        if (child.value) prev = child.value[child.value.length - 1];
      } else if (child.type === 'element') {
        if (VERBATIM.has(child.tagName)) {
          prev = 'x';
          continue;
        }
        const block = BLOCKS.has(child.tagName);
        if (block) prev = ' ';
        const own = child.properties?.lang;
        walk(child, own === 'ar' || own === 'en' ? own : lang);
        if (block) prev = ' ';
      }
    }
  };
  walk(tree, pageLang);
}
