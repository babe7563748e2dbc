/**
 * Glossary exports (JSON, CSV, TBX-Basic v2 and v3) of one paper — both
 * editions when both exist — and of the whole collection. Pure: they return
 * strings; the build writes them as `<slug>/glossary.{json,csv,tbx,v3.tbx}`
 * and `glossary.{json,csv,tbx,v3.tbx}`.
 */
import type { Lang } from '../../model/paper.js';
import type { CollectionRenderer, OutputFile, PaperSet, PaperSetRenderer } from '../context.js';
import { glossaryRows, paperRef, type Editions, type PaperRef, type Row } from './rows.js';
import { glossaryJson } from './json.js';
import { glossaryCsv } from './csv.js';
import { glossaryTbx, glossaryTbxV2 } from './tbx.js';

export interface GlossaryFiles {
  json: string;
  csv: string;
  /** TBX v2 (`martif`, TBX-Basic 2008); null when no term is used: a TBX body must hold at least one concept. */
  tbx: string | null;
  /** TBX v3 (ISO 30042:2019); null likewise. */
  tbx3: string | null;
}

const LANG_NAMES: Record<Lang, string> = { en: 'English', ar: 'Arabic' };

const describe = (r: Row): string =>
  r.uses.map((u) => `${u.slug} (${LANG_NAMES[u.lang]}): ${u.count}×${u.first ? `, first at ${u.source}:${u.first.line}` : ''}`).join('; ');

function render(papers: PaperRef[], title: string): GlossaryFiles {
  const rows = glossaryRows(papers);
  const some = rows.length > 0;
  return { json: glossaryJson(rows, papers), csv: glossaryCsv(rows), tbx: some ? glossaryTbxV2(rows, title, describe) : null, tbx3: some ? glossaryTbx(rows, title, describe) : null };
}

/** The glossary of one paper: the terms its editions use, how often, and where first. */
export function renderPaperGlossary(editions: Editions, slug: string): GlossaryFiles {
  const ref = paperRef(slug, editions);
  const title = ref.title.en ?? ref.title.ar ?? slug;
  return render([ref], `Glossary: ${title}`);
}

/** The glossary of all papers: every term used anywhere, with the papers it appears in. */
export function renderCollectionGlossary(papers: { slug: string; editions: Editions }[]): GlossaryFiles {
  return render(papers.map((p) => paperRef(p.slug, p.editions)), 'Glossary of all papers');
}

const files = (prefix: string, g: GlossaryFiles): OutputFile[] => [
  { path: `${prefix}glossary.json`, data: g.json },
  { path: `${prefix}glossary.csv`, data: g.csv },
  ...(g.tbx === null ? [] : [{ path: `${prefix}glossary.tbx`, data: g.tbx }]),
  ...(g.tbx3 === null ? [] : [{ path: `${prefix}glossary.v3.tbx`, data: g.tbx3 }]),
];

/** For the build: `<slug>/glossary.{json,csv,tbx,v3.tbx}` whenever JSON is built. */
export const paperGlossaryRenderer: PaperSetRenderer = {
  name: 'glossary',
  formats: ['json'],
  render: (set: PaperSet) => files(`${set.slug}/`, renderPaperGlossary(set.editions, set.slug)),
};

/** For the build: `glossary.{json,csv,tbx,v3.tbx}` across all papers whenever JSON is built. */
export const collectionGlossaryRenderer: CollectionRenderer = {
  name: 'glossary',
  formats: ['json'],
  render: (papers) => files('', renderCollectionGlossary(papers)),
};
