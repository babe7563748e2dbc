/**
 * Rendering one edition (a processed, linked paper in one language) in one
 * format at a time. Used by the build of a paper and by a worker that renders
 * a PDF edition of a lone paper, which therefore loads no stage of the
 * pipeline, only the renderer it is given.
 */
import { createI18n } from '../i18n/index.js';
import { diagnosticAt } from '../model/diagnostics.js';
import type { Diagnostic, Lang, Paper } from '../model/paper.js';
import { buildEpoch, type Format, type OutputFile, type RenderContext } from '../render/context.js';
import { availableFormats, EDITION_RENDERERS } from '../render/registry.js';
import type { BuildOptions } from './build.js';
import type { PaperSource } from './discover.js';
import { renderFailure } from './failure.js';
import { folderAssets } from '../source/assets.js';

export interface Rendered {
  outputs: OutputFile[];
  diagnostics: Diagnostic[];
}

/** A renderer of one edition: one format at a time; a renderer that throws gives a diagnostic. */
export function editionRenderer(paper: Paper, source: PaperSource, options: BuildOptions): (format: Format) => Promise<Rendered> {
  const i18n = createI18n(paper.meta.lang, options.localesDir);
  const readFigure = folderAssets(source.dir);
  const ctx: RenderContext = {
    lang: paper.meta.lang,
    t: i18n.t,
    i18n,
    slug: source.slug,
    editions: (Object.keys(source.files) as Lang[]).sort(),
    formats: options.formats ?? availableFormats(),
    epoch: buildEpoch(paper.meta.date, options.env),
    ...(options.config?.site && { site: options.config.site }),
    ...(options.config?.languages && { languages: options.config.languages }),
    figure: (src) => {
      const read = readFigure(src);
      return read.ok ? read.bytes : null;
    },
  };
  return async (format) => {
    const diagnostics: Diagnostic[] = [];
    const warn: RenderContext['warn'] = (rule, message, place) => diagnostics.push(diagnosticAt(rule, message, paper.meta.source, place?.line, place?.column));
    try {
      const render = await EDITION_RENDERERS[format]();
      return { outputs: await render(paper, { ...ctx, warn }), diagnostics };
    } catch (e) {
      return { outputs: [], diagnostics: [...diagnostics, renderFailure(e, paper.meta.source, `${format} edition`)] };
    }
  };
}
