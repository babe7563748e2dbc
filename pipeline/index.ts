/**
 * The library API: everything the `papers` CLI does, importable and typed.
 *
 *   import { processText, processBilingual, buildAll, importConverted, serializePaper } from 'papers';
 *
 * No function here changes the caller's process (V8 flags, environment,
 * working folder), and the declarations need no @types/node.
 */
export type { Paper, PaperJson, PaperMeta, Entity, Citation, GlossaryEntry, Diagnostic, Section, Span, Lang } from './model/paper.js';
export { paperJsonSchema, SCHEMA_VERSION } from './model/paper.js';
export type { Mention, Term } from './model/mdast.js';
export { frontMatterSchema, type FrontMatter } from './model/frontmatter.js';
export { PaperError } from './model/diagnostics.js';

// One paper through every stage.
export { processFile, processPath, processText, type ProcessOptions, type Processed } from './process.js';
export { processBilingual, type BilingualOptions, type ProcessedBilingual } from './api/bilingual.js';
export { readSource, decodeSource } from './source/read.js';
export { parseMarkdown } from './parse/processor.js';

// The stages, each as a pure transform and as a unified plugin.
export { frontMatterTransform, remarkFrontMatterCheck } from './source/frontmatter-stage.js';
export { normalizeTransform, remarkNormalize } from './parse/normalize.js';
export { safetyTransform, remarkSafety } from './parse/safety.js';
export { figuresTransform, remarkFigures } from './source/figures-stage.js';
export { outlineTransform, remarkOutline } from './parse/outline.js';
export { entitiesTransform, remarkEntities } from './extract/entities/index.js';
export { citationsTransform, remarkCitations } from './extract/citations/index.js';
export { glossaryTransform, remarkGlossary } from './extract/glossary/index.js';
export { houseSpellingTransform, remarkHouseSpelling } from './locales/house-spelling.js';

// Import of papers converted from PDF.
export { importConverted } from './import/index.js';

// Rendering and building.
export { serializePaper, toPaperJson } from './render/json/index.js';
export { FORMATS, type Format, type RenderContext, type OutputFile } from './render/context.js';
export { availableFormats } from './render/registry.js';
export { buildPaper, type BuildOptions, type PaperResult } from './batch/build.js';
export { buildAll, buildOptions, BuildOptionsError, type BuildAllOptions } from './api/build.js';
export { indexAll, type BuildResult, type BuildHooks } from './batch/batch.js';

// Translation files.
export { exportXliff, type XliffExport, type XliffExportOptions } from './xliff/export.js';
export { importXliff, type XliffImport } from './xliff/import.js';
export { discoverPapers } from './batch/discover.js';
export { createI18n, loadResources, missingKeys, Locales } from './i18n/index.js';
export { ExtractResources } from './extract/resources.js';
