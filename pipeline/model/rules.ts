/**
 * Every rule a diagnostic can carry, in one typed registry: its id (what the
 * user sees in brackets and can look up in docs/rules.md), its severity and a
 * one-line description. Code refers to a rule by its key (`Rules.sourceEmpty`),
 * never by its id string, so a misspelt or swapped rule is a compile error and
 * a test can check that no id literal lives outside this file.
 *
 * docs/rules.md is generated from this table (`npm run rules`); a test fails
 * when the two disagree.
 */
import type { Severity } from './paper.js';

/** The stage a rule belongs to, for grouping in docs/rules.md. */
export type RuleGroup = 'source' | 'front matter' | 'parse' | 'extract' | 'align' | 'render' | 'build' | 'locales' | 'import' | 'translation' | 'config';

export interface Rule<Id extends string = string> {
  readonly id: Id;
  readonly severity: Severity;
  readonly group: RuleGroup;
  readonly description: string;
}

const rule = <Id extends string>(id: Id, severity: Severity, group: RuleGroup, description: string): Rule<Id> => ({ id, severity, group, description });

export const Rules = {
  // Reading a source file
  sourceEncoding: rule('source-encoding', 'error', 'source', 'The file is not UTF-8 (a UTF-16 byte-order mark or an invalid byte sequence).'),
  sourceNul: rule('source-nul', 'error', 'source', 'The file contains a NUL byte: it is binary or corrupt.'),
  sourceEmpty: rule('source-empty', 'error', 'source', 'The file is empty.'),
  sourceLineEnds: rule('source-line-ends', 'warning', 'source', 'CRLF or CR line ends were read as LF.'),
  sourceTooDeep: rule('source-too-deep', 'error', 'source', 'Lists, quotes or brackets nest deeper than any paper needs (usually a conversion accident).'),
  sourceTooManyContainers: rule('source-too-many-containers', 'error', 'source', 'The file opens more nested containers than any paper needs.'),
  sourceUnreadable: rule('source-unreadable', 'error', 'source', 'A source file or folder cannot be read (permissions, a broken link, a symlink loop).'),
  sourceLinkOutside: rule('source-link-outside', 'error', 'source', 'A symbolic link in the sources leads outside the source tree given (allowed with --follow-links).'),
  sourceTableTooLarge: rule('source-table-too-large', 'error', 'source', 'A table is too wide for a page, or the file holds more table cells than a paper needs.'),
  sourceSlug: rule('source-slug', 'error', 'source', 'A paper folder name is not a valid slug.'),
  sourceDuplicateSlug: rule('source-duplicate-slug', 'error', 'source', 'Two paper folders have the same slug.'),
  sourceLangFile: rule('source-lang-file', 'error', 'source', 'A file in a paper folder is not named after a language (en.md, ar.md).'),
  sourceEmptyPaper: rule('source-empty-paper', 'error', 'source', 'A paper folder holds no language file.'),
  sourceNotFound: rule('source-not-found', 'error', 'source', 'A path given on the command line does not exist.'),

  // Front matter
  frontmatterMissing: rule('frontmatter-missing', 'error', 'front matter', 'The file does not start with a YAML front-matter block.'),
  frontmatterUnclosed: rule('frontmatter-unclosed', 'error', 'front matter', 'The front matter opens with `---` but no `---` line closes it.'),
  frontmatterYaml: rule('frontmatter-yaml', 'error', 'front matter', 'The front matter is not valid YAML.'),
  frontmatterSchema: rule('frontmatter-schema', 'error', 'front matter', 'A front-matter key is missing, unknown or has a value of the wrong form.'),
  frontmatterLang: rule('frontmatter-lang', 'error', 'front matter', 'The `lang` key disagrees with the file name.'),

  // Project config
  configYaml: rule('config-yaml', 'error', 'config', 'papers.yml is not valid YAML.'),
  configSchema: rule('config-schema', 'error', 'config', 'A key of papers.yml is unknown or has a value of the wrong form.'),

  // Parsing and normalization
  textBidiControl: rule('text-bidi-control', 'warning', 'parse', 'Unicode bidi control characters were removed from the text.'),
  textZeroWidth: rule('text-zero-width', 'warning', 'parse', 'Zero-width characters were removed from the text.'),
  headingLevel: rule('heading-level', 'warning', 'parse', 'A level-1 heading in the body (the title lives in the front matter).'),
  titleHeading: rule('title-heading', 'info', 'parse', 'The body opens with a heading that repeats the title (pandoc and Word put it there); it is dropped, as the editions print the title from the front matter.'),
  headingSkip: rule('heading-skip', 'warning', 'parse', 'A heading skips a level.'),
  htmlRawDropped: rule('html-raw-dropped', 'warning', 'parse', 'Raw HTML in the source is dropped from every edition.'),
  figureMissing: rule('figure-missing', 'error', 'parse', 'An image of the text names a file that is not in the paper\'s folder.'),
  figureOutside: rule('figure-outside', 'error', 'parse', 'An image path leads out of the paper\'s folder (absolute, `..`, or a link out of it): its file would be published.'),
  figureFormat: rule('figure-format', 'error', 'parse', 'An image file is not PNG, JPEG, GIF, WebP or SVG, or is too large for a page.'),
  figureAlt: rule('figure-alt', 'warning', 'parse', 'An image has no description (alt text) for readers who cannot see it.'),
  figurePdf: rule('figure-pdf', 'warning', 'render', 'An image is a GIF, WebP or SVG file, which the PDF edition cannot embed: it prints the description instead.'),
  figureRemote: rule('figure-remote', 'warning', 'parse', 'An image is on the web: the PDF edition cannot show it (nothing is downloaded at build time).'),
  htmlUnsafeLink: rule('html-unsafe-link', 'warning', 'parse', 'A link or image with a scheme other than http, https or mailto is dropped.'),

  // Extraction
  entityCandidate: rule('entity-candidate', 'info', 'extract', 'A name found in the text that the gazetteer does not hold.'),
  glossaryCandidate: rule('glossary-candidate', 'info', 'extract', 'A glossed or transliterated term that the termbase does not hold.'),
  glossaryEntityGloss: rule('glossary-entity-gloss', 'info', 'extract', 'A name given with a gloss, which the gazetteer could hold.'),
  houseSpelling: rule('house-spelling', 'info', 'extract', 'A name or term is spelled otherwise than its gazetteer or termbase entry lists it.'),
  citationPlaceholder: rule('citation-placeholder', 'warning', 'extract', 'A citation link has no target (the source was lost in conversion).'),
  citationMalformedUrl: rule('citation-malformed-url', 'warning', 'extract', 'A citation URL cannot be parsed.'),
  footnoteDuplicate: rule('footnote-duplicate', 'warning', 'extract', 'A footnote label is defined twice; the first definition is used.'),
  definitionDuplicate: rule('definition-duplicate', 'warning', 'extract', 'A link reference label is defined twice; the first definition is used.'),
  footnoteUnused: rule('footnote-unused', 'warning', 'extract', 'A footnote is defined but never referenced.'),
  footnoteUndefined: rule('footnote-undefined', 'warning', 'extract', 'A footnote reference has no definition.'),

  // Alignment of the two editions
  alignMissingBlock: rule('align-missing-block', 'warning', 'align', 'A block of one edition has no counterpart in the other.'),
  alignExtraBlock: rule('align-extra-block', 'warning', 'align', 'A block has no counterpart in the other edition.'),
  alignSplitBlock: rule('align-split-block', 'warning', 'align', 'One paragraph of an edition is two in the other.'),
  alignMetaMismatch: rule('align-meta-mismatch', 'warning', 'align', 'The two editions disagree on front-matter facts such as the date.'),
  alignNumberMismatch: rule('align-number-mismatch', 'warning', 'align', 'A number or date of one edition is not in the paired block of the other.'),
  alignCitationMismatch: rule('align-citation-mismatch', 'warning', 'align', 'A citation target of one edition is not cited in the paired block of the other.'),
  alignHeadingDepth: rule('align-heading-depth', 'warning', 'align', 'Paired headings have different levels.'),
  alignEntityMissing: rule('align-entity-missing', 'info', 'align', 'An entity named in one edition is missing from the paired block of the other.'),
  alignCoverage: rule('align-coverage', 'info', 'align', 'How much of the other edition a translation covers, when it stops short of the end.'),
  alignTermMissing: rule('align-term-missing', 'info', 'align', 'A glossary term used in one edition is missing from the paired block of the other.'),

  // Rendering
  pdfMissingGlyph: rule('pdf-missing-glyph', 'warning', 'render', 'A character that no embedded font can draw: the PDF edition shows an empty box in its place.'),
  renderFailed: rule('render-failed', 'error', 'render', 'A renderer could not produce an edition.'),
  siteUrlMissing: rule('site-url-missing', 'info', 'render', 'papers.yml gives no `site.url`: no canonical URLs, sitemap or feeds are made.'),

  // Building
  buildInternalError: rule('build-internal-error', 'error', 'build', 'An unexpected error (a bug) stopped the build of a paper.'),
  buildCrashed: rule('build-crashed', 'error', 'build', 'The worker building a paper ran out of memory, crashed or took too long.'),
  outputUnwritable: rule('output-unwritable', 'error', 'build', 'The output folder cannot be written.'),
  ioError: rule('io-error', 'error', 'build', 'A file could not be opened (a missing folder, permissions, a full disk).'),
  indexEmpty: rule('index-empty', 'error', 'build', '`papers index` found no JSON edition in the output folder.'),
  outputEditionUnreadable: rule('output-edition-unreadable', 'error', 'build', 'A published JSON edition cannot be read back to remake the site index.'),
  paperRestored: rule('paper-restored', 'info', 'build', 'A build was killed while swapping in a paper; its previous editions were put back.'),
  paperRemoved: rule('paper-removed', 'info', 'build', "A paper's sources were deleted, so its editions were removed."),

  // Translation files (XLIFF)
  xliffInvalid: rule('xliff-invalid', 'error', 'translation', 'An XLIFF file cannot be read as the translation of a paper.'),
  xliffUntranslated: rule('xliff-untranslated', 'warning', 'translation', 'A unit of an XLIFF file has no translation; the original text is kept.'),
  xliffUnknownCode: rule('xliff-unknown-code', 'warning', 'translation', 'A translated unit holds an inline code the export did not write; it is dropped.'),

  // Configuration files
  baselineInvalid: rule('baseline-invalid', 'error', 'config', 'The warning baseline (papers-baseline.json) cannot be read.'),

  // Locale resources
  localeMissingKey: rule('locale-missing-key', 'error', 'locales', 'A UI string is missing in one language.'),
  glossaryTermbase: rule('glossary-termbase', 'error', 'locales', 'A termbase entry is incomplete or malformed.'),
  glossaryVariant: rule('glossary-variant', 'error', 'locales', "A termbase variant repeats its own term, transliteration or another variant once folded, or is another entry's term."),
  glossaryTransliteration: rule('glossary-transliteration', 'error', 'locales', 'A transliteration breaks a rule of the IJMES scheme (letters, article, ta marbuta, capitals).'),
  glossaryTransliterationTerm: rule('glossary-transliteration-term', 'error', 'locales', "A transliteration does not transliterate the entry's Arabic term."),
  gazetteerEntry: rule('gazetteer-entry', 'error', 'locales', 'A gazetteer entry is missing in one language, or lacks a type, name or description.'),
  gazetteerDuplicateName: rule('gazetteer-duplicate-name', 'error', 'locales', 'Two gazetteer entries claim one name, or an Arabic alias is its own name once folded.'),
  localeScript: rule('locale-script', 'error', 'locales', 'An Arabic string holds a Persian or Urdu letter, an invisible character, decomposed text, or (in a name or term) Latin letters.'),
  localeTanwin: rule('locale-tanwin', 'error', 'locales', 'Tanwīn fatḥ is written after the alif (اً), not on the letter before it (ًا).'),
  localeHamza: rule('locale-hamza', 'error', 'locales', 'An Arabic word is written without the hamza it has elsewhere in the locales.'),
  localeDefinitionName: rule('locale-definition-name', 'error', 'locales', "A definition or description names a person by an alias, not by the gazetteer's name."),

  // Import of converted papers
  importFrontMatter: rule('import-front-matter', 'error', 'import', 'A front-matter field could not be found in the input.'),
  importBracketNotes: rule('import-bracket-notes', 'info', 'import', 'Sources cited by bracketed numbers ([1], [2, 3]) over a numbered list of references were turned into notes.'),
  importMasthead: rule('import-masthead', 'info', 'import', 'Masthead lines were moved to the front matter or dropped.'),
  importMastheadUnknown: rule('import-masthead-unknown', 'warning', 'import', 'A masthead line was kept because its role is unclear.'),
  importDatePartial: rule('import-date-partial', 'warning', 'import', 'A date lacks a day or month and was completed by a guess.'),
  importContact: rule('import-contact', 'info', 'import', "The publisher's contact block was dropped."),
  importDropContents: rule('import-drop-contents', 'info', 'import', 'A printed table of contents was dropped.'),
  importPageNumber: rule('import-page-number', 'info', 'import', 'A page number was dropped.'),
  importRunningHeader: rule('import-running-header', 'info', 'import', 'A running header or footer was dropped.'),
  importPageBreak: rule('import-page-break', 'info', 'import', 'A page-break mark was dropped.'),
  importHeadingPromote: rule('import-heading-promote', 'info', 'import', 'A line was made a heading.'),
  importHeadingLevel: rule('import-heading-level', 'info', 'import', 'A heading level was changed.'),
  importHeadingJoin: rule('import-heading-join', 'info', 'import', 'A heading broken over two lines was joined.'),
  importHeadingBold: rule('import-heading-bold', 'info', 'import', 'Emphasis markers were removed from a heading.'),
  importHeadingCase: rule('import-heading-case', 'info', 'import', 'An all-caps heading was title-cased.'),
  importLtrParagraphs: rule('import-ltr-paragraphs', 'warning', 'import', 'A PDF lays its Arabic lines out as left-to-right paragraphs; they were read as such.'),
  importHeadingNumber: rule('import-heading-number', 'info', 'import', 'Section numbers a layout printed before the headings were removed (the editions number sections).'),
  importJoinHyphenated: rule('import-join-hyphenated', 'info', 'import', 'A word hyphenated at a line end was joined.'),
  importJoinParagraph: rule('import-join-paragraph', 'info', 'import', 'A paragraph broken by a page or column break was joined.'),
  importBullet: rule('import-bullet', 'info', 'import', 'A bullet glyph was turned into a list item.'),
  importPlaceholderLink: rule('import-placeholder-link', 'warning', 'import', 'A link lost its target in conversion.'),
  importLigature: rule('import-ligature', 'info', 'import', 'A typographic ligature was decomposed.'),
  importArabicForms: rule('import-arabic-forms', 'info', 'import', 'Arabic presentation forms were replaced by standard letters.'),
  importLamAlef: rule('import-lam-alef', 'info', 'import', 'A lam-alef ligature that the PDF gave backwards was put in order.'),
  importMirroredBrackets: rule('import-mirrored-brackets', 'info', 'import', 'Brackets of right-to-left lines that the PDF gave as written, not as drawn, were turned the right way.'),
  importBidiControls: rule('import-bidi-controls', 'info', 'import', 'Bidi control characters were removed.'),
  importTatweel: rule('import-tatweel', 'info', 'import', 'Tatweel (kashida) characters were removed.'),
  importSoftHyphen: rule('import-soft-hyphen', 'info', 'import', 'Soft hyphens were removed.'),
  importDoubleSpace: rule('import-double-space', 'info', 'import', 'Runs of spaces were collapsed.'),
  importDoubledPunctuation: rule('import-doubled-punctuation', 'info', 'import', 'Doubled punctuation was made single.'),
  importSpaceBeforePunctuation: rule('import-space-before-punctuation', 'info', 'import', 'A space before punctuation was removed.'),
  importUnreadable: rule('import-unreadable', 'error', 'import', 'The input file cannot be read: encrypted, damaged, or without a text layer.'),
  importPageLimit: rule('import-page-limit', 'warning', 'import', 'Only the first pages of a very long PDF were imported.'),
  importNoteUnmatched: rule('import-note-unmatched', 'warning', 'import', 'A raised number has no note with that number and was kept as text.'),
  importNote: rule('import-note', 'info', 'import', 'Notes at the page foot or at the end became GFM notes.'),
  importTableUnclear: rule('import-table-unclear', 'warning', 'import', 'A table whose columns are unclear was kept as paragraphs.'),
  importDocxComment: rule('import-docx-comment', 'warning', 'import', 'A Word comment was left out of the source.'),
  importDocxTrackedChange: rule('import-docx-tracked-change', 'warning', 'import', 'A Word file has tracked changes: insertions were kept, deletions dropped.'),
  importDocxImage: rule('import-docx-image', 'warning', 'import', 'Images of a Word file were left out of the source.'),
  importDocxMessage: rule('import-docx-message', 'warning', 'import', 'The Word reader could not convert part of the document.'),
  importMetadata: rule('import-metadata', 'warning', 'import', "A front-matter field was taken from the file's metadata, not from the page."),
  importPublisherInherited: rule('import-publisher-inherited', 'info', 'import', "The masthead's publisher is the project's (papers.yml), so it is not repeated."),
} as const;

export type RuleKey = keyof typeof Rules;
export type RuleId = (typeof Rules)[RuleKey]['id'];
export type AnyRule = (typeof Rules)[RuleKey];

const byId = new Map<string, AnyRule>(Object.values(Rules).map((r) => [r.id, r]));

/** The rule with this id (for ids read back from a manifest or a baseline), or undefined. */
export function ruleById(id: string): AnyRule | undefined {
  return byId.get(id);
}
