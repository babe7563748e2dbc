/**
 * `papers import <file>`: a PDF, a Word file or converted text becomes a
 * source file. The kind is read from the file's first bytes, not its name.
 * A PDF or Word file is first turned into converted Markdown (`pdf/`,
 * `docx/`), then repaired like any converted text (`importConverted`); the
 * messages of that second pass name no line, since the text they would point
 * into is the importer's own.
 */
import { VFile } from 'vfile';
import { decodeSource } from '../source/read.js';
import type { ProjectConfig } from '../model/config.js';
import type { Lang } from '../model/langs.js';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { importConverted, type ImportResult } from './index.js';
import { InputError } from './input-error.js';
import type { MediaFile } from './docx/index.js';

export type InputKind = 'pdf' | 'docx' | 'text';

/**
 * Files people send that are none of those, by their first bytes, with what to do: each
 * would otherwise be read as text (binary noise) or as a damaged Word file.
 */
const OTHER_KINDS: [RegExp, string][] = [
  [/^\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1/u, 'a Word 97-2003 (.doc) file: open it in Word or LibreOffice and save it as .docx'],
  [/^\{\\rtf/u, 'an RTF file: open it in Word or LibreOffice and save it as .docx'],
  [/^PK\x03\x04[\s\S]{26}mimetypeapplication\/vnd\.oasis\.opendocument\.text/u, 'an OpenDocument text (.odt): save it as .docx, or export it as PDF'],
  [/^(?:\x89PNG|\xFF\xD8\xFF|GIF8|II\*\x00|MM\x00\*)/u, 'an image, not a document: run it through OCR first, or import the PDF or Word file it came from'],
];

/** What the first bytes say: `%PDF-` (within the first KB, as readers allow), a ZIP (a Word file), or else text. */
export function sniff(bytes: Uint8Array): InputKind {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  return 'text';
}

/** Why a file cannot be imported at all, from its first bytes; null when it may be. */
function otherKind(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 128)).toString('latin1');
  return OTHER_KINDS.find(([magic]) => magic.test(head))?.[1] ?? null;
}

export interface FileImportOptions {
  /** The path as messages print it. */
  path: string;
  config?: ProjectConfig;
  lang?: Lang;
  /** Take a Word file's images out as files of the paper's folder (the import writes to a folder). */
  extractMedia?: boolean;
}

export interface FileImport extends ImportResult {
  kind: InputKind;
  /** Files for the paper's folder besides the source (a Word file's images), by their path in it. */
  media: MediaFile[];
}

/** Imports a file's bytes; an input that cannot be read at all gives an error message and no Markdown. */
export async function importFile(bytes: Uint8Array, options: FileImportOptions): Promise<FileImport> {
  const kind = sniff(bytes);
  const other = otherKind(bytes);
  if (other) {
    const file = new VFile({ path: options.path });
    report(file, Rules.importUnreadable, `the file is ${other}`);
    return { kind, markdown: '', file, media: [] };
  }
  if (kind === 'text') {
    const file = decodeSource(bytes, options.path);
    if (file.messages.some((m) => m.fatal === true)) return { kind, markdown: '', file, media: [] };
    return { kind, ...importConverted(String(file.value), file, { config: options.config, lang: options.lang }), media: [] };
  }
  const file = new VFile({ path: options.path });
  let converted: { markdown: string; info: { title?: string; date?: string; created?: string }; media?: MediaFile[] };
  try {
    converted =
      kind === 'pdf'
        ? await (await import('./pdf/index.js')).convertPdf(bytes, file)
        : await (await import('./docx/index.js')).convertDocx(bytes, file, { extractMedia: options.extractMedia });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report(file, Rules.importUnreadable, `${error.message}`);
    return { kind, markdown: '', file, media: [] };
  }
  const inner = new VFile({ path: options.path });
  const metadata = { title: converted.info.title, date: converted.info.date ?? converted.info.created };
  const { markdown } = importConverted(converted.markdown, inner, { config: options.config, lang: options.lang, metadata });
  for (const message of inner.messages) {
    message.line = message.column = undefined;
    message.place = undefined;
    file.messages.push(message);
  }
  return { kind, markdown, file, media: converted.media ?? [] };
}
