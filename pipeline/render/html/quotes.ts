/**
 * Typographic quotes: the straight quotes of a source become the marks of
 * the language they sit in, “ ” ‘ ’ in English and « » in Arabic, and an
 * apostrophe becomes ’. Whether a quote opens or closes is read from the
 * character before it, across inline elements (`"<em>word</em>"`); a block
 * starts afresh. Code is left alone.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
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
/** Arabic one-letter words written against the next word (و«مصر», ب«الاتفاق»): a quote after one opens. */
const PREFIX = /[وفبلك]/u;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;

/** How far the script of a quote is looked for. */
const REACH = 40;

/**
 * The marks of the nearest letter's script (after an opening quote, before a
 * closing one), else of the text's language. `text` is the quote's context:
 * what precedes and follows it in its block, across inline elements.
 */
function marksFor(text: string, at: number, opening: boolean, lang: Lang) {
  const step = opening ? 1 : -1;
  for (let i = at + step; i >= 0 && i < text.length && Math.abs(i - at) < REACH; i += step) {
    const c = text[i];
    if (ARABIC.test(c)) return MARKS.ar;
    if (LATIN.test(c)) return MARKS.en;
  }
  return MARKS[lang];
}

/**
 * `text` with its straight quotes made typographic; `before` is the text
 * preceding it in its block (a space at the start of a block), `after` the
 * text following it: a quote next to an element ("<span>Egypt</span>") takes
 * the script of the element's words.
 */
export function curlQuotes(text: string, lang: Lang, before = ' ', after = ''): string {
  if (!text.includes('"') && !text.includes("'")) return text;
  const behind = before.slice(-REACH);
  const context = behind + text + after.slice(0, REACH);
  let out = '';
  let prev = behind[behind.length - 1] ?? ' ';
  let prev2 = behind[behind.length - 2] ?? ' ';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    let mark = c;
    if (c === '"' || c === "'") {
      const opening = OPENS_AFTER.test(prev) || (PREFIX.test(prev) && OPENS_AFTER.test(prev2));
      const marks = marksFor(context, behind.length + i, opening, lang);
      if (c === '"') mark = opening ? marks.open : marks.close;
      // An apostrophe before a digit ('90s) is one too, not an opening quote.
      else mark = opening && !/\d/.test(text[i + 1] ?? '') ? marks.open1 : opening ? APOSTROPHE : marks.close1;
    }
    out += mark;
    prev2 = prev;
    prev = mark;
  }
  return out;
}

interface Run {
  /** null for code, which is no prose but ends a word: a quote after it closes. */
  node: Text | null;
  lang: Lang;
  /** The block the node is in: quotes look for their script inside it. */
  block: number;
}

/** Every prose text node under `tree`, in the language of its nearest `lang` (else `pageLang`). */
export function smartQuotes(tree: Root | Element, pageLang: Lang): void {
  const runs: Run[] = [];
  let block = 0;
  const walk = (node: Root | Element, lang: Lang): void => {
    for (const child of node.children as ElementContent[]) {
      if (child.type === 'text') runs.push({ node: child, lang, block });
      else if (child.type === 'element') {
        if (VERBATIM.has(child.tagName)) {
          runs.push({ node: null, lang, block });
          continue;
        }
        const starts = BLOCKS.has(child.tagName);
        if (starts) block++;
        const own = child.properties?.lang;
        walk(child, own === 'ar' || own === 'en' ? own : lang);
        if (starts) block++;
      }
    }
  };
  walk(tree, pageLang);
  let behind = ' ';
  runs.forEach((run, i) => {
    if (i > 0 && runs[i - 1].block !== run.block) behind = ' ';
    if (!run.node) {
      behind = 'x';
      return;
    }
    let after = '';
    for (let j = i + 1; j < runs.length && runs[j].block === run.block && after.length < REACH; j++) after += runs[j].node?.value ?? 'x';
    run.node.value = curlQuotes(run.node.value, run.lang, behind, after);
    behind = (behind + run.node.value).slice(-REACH);
  });
}
