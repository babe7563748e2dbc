/**
 * schema.org metadata as JSON-LD: the paper is a `Report`; the entities it
 * names are its `mentions`, and the ones it names most are what it is `about`.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Entity, Paper } from '../../model/paper.js';
import { editionFile, type HtmlContext } from './context.js';

const SCHEMA_TYPE: Record<Entity['type'], string> = { person: 'Person', organization: 'Organization', place: 'Place', date: 'Event' };
/** How many of the most-mentioned entities count as the paper's subject. */
const ABOUT = 3;

export function jsonLd(paper: Paper, ctx: HtmlContext): Element {
  const { meta } = paper;
  const thing = (e: Entity) => ({ '@type': SCHEMA_TYPE[e.type], name: e.name, ...(e.names.en && e.names.ar ? { alternateName: e.names[ctx.lang === 'en' ? 'ar' : 'en'] } : {}) });
  const named = paper.entities.filter((e) => e.type !== 'date');
  const about = [...named].sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id)).slice(0, ABOUT);
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Report',
    name: meta.title,
    ...(meta.subtitle ? { alternativeHeadline: meta.subtitle } : {}),
    inLanguage: ctx.lang,
    datePublished: meta.date,
    genre: meta.type,
    ...(meta.summary ? { abstract: meta.summary } : {}),
    ...(meta.keywords?.length ? { keywords: meta.keywords.join(', ') } : {}),
    ...(meta.authors?.length ? { author: meta.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    publisher: { '@type': 'Organization', name: meta.publisher.name[ctx.lang], ...(meta.publisher.site ? { url: meta.publisher.site } : {}) },
    ...(about.length ? { about: about.map(thing) } : {}),
    ...(named.length ? { mentions: named.map(thing) } : {}),
    encoding: [
      ...(ctx.formats.includes('pdf') ? [{ '@type': 'MediaObject', encodingFormat: 'application/pdf', contentUrl: editionFile(ctx.lang, 'pdf') }] : []),
      ...(ctx.formats.includes('json') ? [{ '@type': 'MediaObject', encodingFormat: 'application/json', contentUrl: editionFile(ctx.lang, 'json') }] : []),
    ],
  };
  return h('script', { type: 'application/ld+json' }, scriptSafeJson(data));
}

/** JSON that cannot end its <script> element or open a comment inside it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
