/**
 * Citing a paper: the reference of an edition as BibTeX, RIS and CSL-JSON
 * files beside it, the "cite this paper" section of its page, and the
 * Highwire Press `citation_*` tags that Google Scholar reads.
 *
 * BibTeX and RIS are written here rather than with citation-js: its BibTeX
 * output either drops every non-ASCII letter (an Arabic title comes out as
 * spaces) or, with that turned off, stops escaping `& % $ { }`.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { TFunction } from 'i18next';
import type { Lang, PaperMeta } from '../../model/paper.js';
import { formatDate, formatList } from '../format.js';
import { CITE_FILES } from './context.js';

/** What every form of the reference is made from. */
export interface Reference {
  /** A key unique on the site: the slug and the language. */
  key: string;
  meta: PaperMeta;
  /** The edition's URL: absolute when the site's is known. */
  url: string;
  /** Whether `url` is absolute (a permanent URL). */
  permanent: boolean;
  /** The PDF edition's URL, when the build makes it. */
  pdfUrl?: string;
}

const LANGUAGE_NAME: Record<Lang, string> = { en: 'english', ar: 'arabic' };

/** A personal name as family and given names: the last word is the family name ("Muqtada al-Sadr" → al-Sadr, Muqtada). */
export function splitName(name: string): { family: string; given?: string } {
  const words = name.trim().split(/\s+/);
  return words.length > 1 ? { family: words[words.length - 1], given: words.slice(0, -1).join(' ') } : { family: words[0] };
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
const bibtexText = (s: string) => s.replace(/[\\{}&%$#_~^]/g, (c) => BIBTEX_SPECIAL[c]);

/** The reference as a BibTeX entry (UTF-8, for biber or bibtex8). */
export function bibtex(ref: Reference): string {
  const { meta } = ref;
  const authors = meta.authors?.length ? meta.authors.map((a) => bibtexText(a)).join(' and ') : `{${bibtexText(meta.publisher.name[meta.lang])}}`;
  const [year, month] = meta.date.split('-');
  const fields: [string, string][] = [
    ['author', authors],
    // Doubled braces keep the title's capitals.
    ['title', `{${bibtexText(meta.subtitle ? `${meta.title}: ${meta.subtitle}` : meta.title)}}`],
    ['type', bibtexText(meta.type)],
    ['institution', bibtexText(meta.publisher.name[meta.lang])],
    ['year', year],
    ['month', String(Number(month))],
    ['date', meta.date],
    ['url', ref.url],
    ['langid', LANGUAGE_NAME[meta.lang]],
    ...(meta.keywords?.length ? [['keywords', bibtexText(meta.keywords.join(', '))] as [string, string]] : []),
    ...(meta.summary ? [['abstract', bibtexText(meta.summary)] as [string, string]] : []),
  ];
  return `@techreport{${ref.key},\n${fields.map(([k, v]) => `  ${k} = {${v}},`).join('\n')}\n}\n`;
}

/** The reference as RIS (one `TAG  - value` line each, CRLF as the format wants). */
export function ris(ref: Reference): string {
  const { meta } = ref;
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const lines: [string, string][] = [
    ['TY', 'RPRT'],
    ['TI', flat(meta.title)],
    ...(meta.subtitle ? [['T2', flat(meta.subtitle)] as [string, string]] : []),
    ...(meta.authors?.length ? meta.authors.map((a): [string, string] => { const n = splitName(a); return ['AU', n.given ? `${n.family}, ${n.given}` : n.family]; }) : [['AU', flat(meta.publisher.name[meta.lang])] as [string, string]]),
    ['PY', meta.date.slice(0, 4)],
    ['DA', meta.date.replace(/-/g, '/')],
    ['M3', flat(meta.type)],
    ['PB', flat(meta.publisher.name[meta.lang])],
    ['LA', meta.lang],
    ['UR', ref.url],
    ...(meta.keywords ?? []).map((k): [string, string] => ['KW', flat(k)]),
    ...(meta.summary ? [['AB', flat(meta.summary)] as [string, string]] : []),
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join('\r\n') + '\r\n';
}

/** The reference as one CSL-JSON item, in an array as reference managers import it. */
export function cslJson(ref: Reference): string {
  const { meta } = ref;
  const item = {
    id: ref.key,
    type: 'report',
    title: meta.subtitle ? `${meta.title}: ${meta.subtitle}` : meta.title,
    author: meta.authors?.length ? meta.authors.map(splitName) : [{ literal: meta.publisher.name[meta.lang] }],
    publisher: meta.publisher.name[meta.lang],
    genre: meta.type,
    issued: { 'date-parts': [meta.date.split('-').map(Number)] },
    URL: ref.url,
    language: meta.lang,
    ...(meta.keywords?.length ? { keyword: meta.keywords.join(', ') } : {}),
    ...(meta.summary ? { abstract: meta.summary } : {}),
  };
  return JSON.stringify([item], null, 2) + '\n';
}

/** The reference files written beside the edition, named from `output/<slug>/`. */
export function referenceFiles(ref: Reference, slug: string): { path: string; data: string }[] {
  const lang = ref.meta.lang;
  return [
    { path: `${slug}/${CITE_FILES.bibtex(lang)}`, data: bibtex(ref) },
    { path: `${slug}/${CITE_FILES.ris(lang)}`, data: ris(ref) },
    { path: `${slug}/${CITE_FILES.csl(lang)}`, data: cslJson(ref) },
  ];
}

/** "Cite this paper": the reference as a reader copies it, the permanent URL, the files. */
export function citeSection(ref: Reference, id: string, t: TFunction): Element {
  const { meta } = ref;
  const lang = meta.lang;
  const values = {
    authors: meta.authors?.length ? formatList(meta.authors, lang) : '',
    title: meta.title,
    type: meta.type,
    publisher: meta.publisher.name[lang],
    date: formatDate(meta.date, lang, t),
  };
  const text = t(meta.authors?.length ? 'cite.reference' : 'cite.referenceNoAuthor', { ...values, interpolation: { escapeValue: false } });
  const file = (href: string, type: string, label: string) => h('li', h('a', { href, type, download: '' }, label));
  return h('section.cite-this', { id, ariaLabelledBy: [`${id}-title`] }, [
    h('h2', { id: `${id}-title` }, t('cite.title')),
    h('p.reference', [text, ' ', h('a.permalink', { href: ref.url }, ref.url)]),
    ref.permanent ? null : h('p.note', t('cite.relativeUrl')),
    h('p', t('cite.download')),
    h('ul.cite-files', [
      file(CITE_FILES.bibtex(lang), 'application/x-bibtex', 'BibTeX'),
      file(CITE_FILES.ris(lang), 'application/x-research-info-systems', 'RIS'),
      file(CITE_FILES.csl(lang), 'application/vnd.citationstyles.csl+json', 'CSL-JSON'),
    ]),
  ]);
}

/** Highwire Press tags (Google Scholar's inclusion guidelines). */
export function citationTags(ref: Reference): Element[] {
  const { meta } = ref;
  const tag = (name: string, content: string) => h('meta', { name, content });
  const institution = meta.publisher.name[meta.lang];
  return [
    tag('citation_title', meta.title),
    ...(meta.authors?.length ? meta.authors : [institution]).map((a) => tag('citation_author', a)),
    tag('citation_publication_date', meta.date.replace(/-/g, '/')),
    tag('citation_language', meta.lang),
    tag('citation_publisher', institution),
    tag('citation_technical_report_institution', institution),
    ...(meta.keywords?.length ? [tag('citation_keywords', meta.keywords.join('; '))] : []),
    ...(meta.summary ? [tag('citation_abstract', meta.summary)] : []),
    tag('citation_abstract_html_url', ref.url),
    tag('citation_fulltext_html_url', ref.url),
    ...(ref.pdfUrl ? [tag('citation_pdf_url', ref.pdfUrl)] : []),
  ];
}
