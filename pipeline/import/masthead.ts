/**
 * The masthead (the blocks before the first paragraph of prose: document
 * type, title, date, publisher names, web site, authors) and the contact block
 * at the end (e-mail, social handles, site) move into the front matter.
 */
import type { VFile } from 'vfile';
import { isDecoration, isLabelLine, parseContactLine, stripIcons, type Contact } from './contact.js';
import { isHijriDateLine, parseDateLine } from './dates.js';
import type { Draft } from './draft.js';
import { blockText, type Block, type Line } from './lines.js';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { arabicLetters, isArabic, latinLetters } from './script.js';
import { plainText, wordCount } from './text.js';
import { isAllCaps, titleCase } from './titlecase.js';

/** The head of a document type: the word naming the kind of document. */
const TYPE_HEADS =
  /\b(?:papers?|briefs?|briefings?|reports?|analysis|analyses|study|commentary|commentaries|assessments?|reviews?|dossiers?|memos?|notes?|insights?|estimates?|monitor|outlook|perspectives?|readings?|files?|updates?)\b|ورقة|تقرير|دراسة|تقدير|تحليل|ملف|رصد|قراءة|مقال|موقف/iu;
/**
 * Every word of a document type (`Position Paper`, `Monthly Report`, `Case
 * Assessment`, `ورقة سياسات`): a title that happens to contain `paper` (`A
 * Test Paper on Iraq`) has other words and is no type.
 */
const TYPE_WORDS = new Set(
  ('position policy paper papers brief briefs briefing briefings report reports analysis analyses analytical analytic ' +
    'study commentary commentaries assessment assessments case situation strategic research working discussion ' +
    'occasional special monthly weekly quarterly annual periodic country regional expert in-depth short background ' +
    'review reviews dossier dossiers memo memos note notes insight insights estimate estimates monitor outlook ' +
    'perspective perspectives reading readings file files update updates issue ' +
    'ورقة أوراق تقرير تقارير دراسة دراسات تقدير موقف تحليل تحليلية تحليلي ملف رصد قراءة مقال سياسات سياسة بحثية ' +
    'حالة خاص خاصة شهري شهرية أسبوعي أسبوعية استراتيجي استراتيجية إستراتيجي').split(' '),
);

/**
 * A short line of document-type words with a head among them; a series may
 * add one name of its own to two of them (`Iran Case File`).
 */
function isDocumentType(text: string): boolean {
  const words = text.toLowerCase().replace(/[.:,]+$/u, '').split(/\s+/u).filter(Boolean);
  const typeWords = words.filter((w) => TYPE_WORDS.has(w)).length;
  const others = words.length - typeWords;
  return words.length <= MAX_TYPE_WORDS && (others === 0 || (others === 1 && typeWords >= 2)) && TYPE_HEADS.test(text);
}
const EN_INSTITUTION =
  /\b(?:institute|institution|center|centre|foundation|council|forum|studies|research|association|organi[sz]ation|academy|university|observatory|group|initiative|society|trust)\b/iu;
const AR_INSTITUTION = /معهد|المعهد|مركز|المركز|مؤسسة|للدراسات|الدراسات|للأبحاث|البحوث|منتدى|مجلس|جمعية|أكاديمية|جامعة|مرصد/u;
const AUTHOR = /^(?:by|authors?|written\s+by|prepared\s+by)\s*:?\s+(.+)$|^(?:إعداد|بقلم|تأليف|الكاتب|الباحث|الباحثة|المؤلف|المؤلفة|المؤلفان|المؤلفون)\s*:?\s+(.+)$/iu;
/** A labelled list of the paper's keywords (`Topics: Sudan, mediation`, `الكلمات المفتاحية: …`); a web edition prints them under the title. */
const KEYWORDS = /^(?:topics|keywords|key\s+words|tags|subjects|الموضوعات|الكلمات المفتاحية|كلمات مفتاحية)\s*:\s*(.+)$/iu;
/** A document type is a short label (`Monthly Policy Report`). */
const MAX_TYPE_WORDS = 4;
/** A masthead line longer than this is prose, not a label. */
const MAX_LABEL_WORDS = 14;
/** A short name is one or two words (`RASANAH`, `IISS`). */
const MAX_SHORT_WORDS = 2;
/** An organization's name in a contact block has at most this many words. */
const MAX_ORGANIZATION_WORDS = 10;
/** A bold or capitals name of up to this many words beside the full name is its short form. */
const MAX_SHOUTED_WORDS = 4;
/** A short name in capitals up to this length is an acronym and stays so. */
const MAX_ACRONYM = 4;

type LineKind = 'type' | 'date' | 'hijri-date' | 'contact' | 'author' | 'keywords' | 'publisher-en' | 'publisher-ar' | 'short' | 'unknown';

interface Classified {
  kind: LineKind;
  text: string;
  line: Line;
  contact?: Contact;
}

/** A label before a publisher's name (`Publisher: …`, `Published by …`, `الناشر: …`). */
const PUBLISHER_LABEL = /^(?:publisher|published\s+by|الناشر)\s*:?\s+/iu;

function classifyLine(line: Line): Classified {
  const text = plainText(stripIcons(line.text)).replace(/\s{2,}/gu, ' ').trim().replace(PUBLISHER_LABEL, '');
  const words = wordCount(text);
  const of = (kind: LineKind, contact?: Contact): Classified => ({ kind, text, line, contact });
  if (parseDateLine(text)) return of('date');
  if (isHijriDateLine(text)) return of('hijri-date');
  const contact = parseContactLine(line.text);
  if (contact) return of('contact', contact);
  if (AUTHOR.test(text) && words <= MAX_LABEL_WORDS) return of('author');
  if (KEYWORDS.test(text)) return of('keywords');
  if (isDocumentType(text)) return of('type');
  if (words <= MAX_LABEL_WORDS && AR_INSTITUTION.test(text) && isArabic(text)) return of('publisher-ar');
  if (words <= MAX_LABEL_WORDS && EN_INSTITUTION.test(text) && !isArabic(text)) return of('publisher-en');
  const emphasized = /^\s*(\*\*|__)[^*_]+\1\s*$/u.test(line.text);
  if (words <= MAX_SHORT_WORDS && latinLetters(text) > 1 && (isAllCaps(text) || emphasized)) return of('short');
  return of('unknown');
}

/** An HTML comment or an image alone (`<!-- image -->`, a logo): no text, no field. */
function isPicture(block: Block): boolean {
  const text = blockText(block).trim();
  return /^<!--[\s\S]*-->$/u.test(text) || /^(?:!\[[^\]]*\]\([^)]*\)\s*)+$/u.test(text);
}

function isProse(block: Block): boolean {
  if (isPicture(block) || block.kind === 'pagebreak') return false;
  if (block.kind !== 'paragraph') return block.kind !== 'rule' && block.kind !== 'heading';
  const text = plainText(blockText(block));
  return wordCount(text) > MAX_LABEL_WORDS || /[.!?؟]$/u.test(text);
}

/** Separators of fields printed on one line: `Position Paper | May 5, 2024`. */
const FIELD_SEPARATOR = /\s+[|·•–—-]\s+|\s*\|\s*/u;

/**
 * The fields of one line: each part between separators when every part is a
 * field of its own, or else the line as a whole.
 */
function classifyFields(line: Line): Classified[] {
  const parts = line.text.split(FIELD_SEPARATOR).filter((part) => part.trim());
  const fields = parts.map((text) => classifyLine({ ...line, text }));
  return parts.length > 1 && fields.every((f) => f.kind !== 'unknown') ? fields : [classifyLine(line)];
}

/** Is this paragraph block made of masthead lines only? */
function mastheadLines(block: Block): Classified[] | undefined {
  if (block.kind !== 'paragraph') return undefined;
  const lines = block.lines.flatMap(classifyFields);
  // Lines the classifier does not know count when they sit beside a
  // publisher name: the other half of a bilingual name block.
  const publisher = lines.some((l) => l.kind.startsWith('publisher') || l.kind === 'short');
  for (const l of lines) {
    if (l.kind !== 'unknown' || !publisher || wordCount(l.text) > MAX_LABEL_WORDS) continue;
    l.kind = arabicLetters(l.text) > latinLetters(l.text) ? 'publisher-ar' : 'publisher-en';
  }
  return lines.every((l) => l.kind !== 'unknown') ? lines : undefined;
}

/** A name in capitals in title case, acronyms kept; any other name as printed. */
function nameCase(text: string, spellings: Map<string, string>): string {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!isAllCaps(text) || letters.length <= MAX_ACRONYM) return text;
  // Acronyms the text writes in capitals stay (`GRO`); a long word in
  // capitals is the masthead shouting (`RASANAH` → `Rasanah`).
  const acronyms = new Map([...spellings].filter(([upper, spelled]) => upper !== spelled || upper.length <= MAX_ACRONYM));
  return titleCase(text, acronyms);
}

/** A short name set apart: a few words in bold or in capitals. */
function isShoutedName(item: Classified): boolean {
  const emphasized = /^\s*(\*\*|__)[^*_]+\1\s*$/u.test(item.line.text);
  return wordCount(item.text) <= MAX_SHOUTED_WORDS && latinLetters(item.text) > 1 && (emphasized || isAllCaps(item.text));
}

/** Was a publisher name taken as printed in capitals (a shouted short name)? */
function wasShouted(name: string): boolean {
  return wordCount(name) <= MAX_SHOUTED_WORDS && isAllCaps(name);
}

/** The items of a printed list: `a, b and c`, `أ، ب و ج`. */
const listOf = (text: string) =>
  text
    .split(/\s*(?:,|&|\band\b|،|\sو(?=\s))\s*/u)
    .map((n) => n.trim())
    .filter(Boolean);

function authorsOf(text: string): string[] {
  const match = AUTHOR.exec(text);
  return listOf(match?.[1] ?? match?.[2] ?? '');
}

/** Record contact details; returns what was new, for the report. */
function takeContact(draft: Draft, contact: Contact): string[] {
  const taken: string[] = [];
  const p = draft.publisher;
  if (!p.email && contact.emails[0]) taken.push(`email ${(p.email = contact.emails[0])}`);
  if (!p.site && contact.sites[0]) taken.push(`site ${(p.site = contact.sites[0])}`);
  if (!p.phone && contact.phones[0]) taken.push(`phone ${(p.phone = contact.phones[0])}`);
  for (const handle of contact.social) {
    if (p.social.includes(handle)) continue;
    p.social.push(handle);
    taken.push(`social ${handle}`);
  }
  return taken;
}

/** Record one masthead line in the draft; returns what it became. */
function take(draft: Draft, item: Classified, spellings: Map<string, string>): string | undefined {
  const p = draft.publisher;
  switch (item.kind) {
    case 'type':
      if (draft.type) return undefined;
      draft.type = isAllCaps(item.text) ? titleCase(item.text, spellings) : item.text;
      return `type '${draft.type}'`;
    case 'date': {
      if (draft.date) return undefined;
      const date = parseDateLine(item.text)!;
      draft.date = date.iso;
      return `date ${date.iso} (from '${item.text}')`;
    }
    case 'contact':
      return takeContact(draft, item.contact!).join(', ') || undefined;
    case 'keywords':
      draft.keywords.push(...listOf(KEYWORDS.exec(item.text)![1]));
      return `keywords ${draft.keywords.join(', ')}`;
    case 'author':
      draft.authors.push(...authorsOf(item.text));
      return `authors ${authorsOf(item.text).join(', ')}`;
    case 'publisher-en': {
      // A bold or capitals name of a few words beside the full name is the
      // short name (`**GULF RESEARCH OBSERVATORY**` / `Gulf Research
      // Observatory for Policy Studies`), whichever comes first.
      const shouting = isShoutedName(item);
      if (p.en && !p.short && shouting && !wasShouted(p.en)) {
        return `publisher short name '${(p.short = nameCase(item.text, spellings))}'`;
      }
      if (p.en && !p.short && !shouting && wasShouted(p.en)) {
        p.short = nameCase(p.en, spellings);
        return `publisher name '${(p.en = item.text)}' and short name '${p.short}'`;
      }
      if (p.en) return undefined;
      return `publisher name '${(p.en = item.text)}'`;
    }
    case 'publisher-ar':
      if (p.ar) return undefined;
      return `publisher name '${(p.ar = item.text)}'`;
    case 'short':
      if (p.short) return undefined;
      return `publisher short name '${(p.short = nameCase(item.text, spellings))}'`;
    default:
      return undefined;
  }
}

/** A heading's or title line's text without the heading marks and markup. */
function headingText(block: Block): string {
  return plainText(blockText(block).replace(/^\s*#+\s*/u, '').replace(/\s+#+\s*$/u, ''));
}

function headingLevel(block: Block): number {
  return block.kind === 'heading' ? /^\s*(#+)/u.exec(block.lines[0].text)![1].length : 0;
}

/** A paragraph of one line set wholly in bold or italic. */
function emphasizedLine(block: Block): boolean {
  return block.kind === 'paragraph' && block.lines.length === 1 && /^\s*(\*{1,3}|_{1,3})\S[^*_]*\1\s*$/u.test(block.lines[0].text);
}

/** A heading that is a masthead field (`## Position Paper`, `### May 2024`). */
function headingField(block: Block): Classified[] | undefined {
  const item = classifyLine({ ...block.lines[0], text: headingText(block) });
  return item.kind === 'type' || item.kind === 'date' ? [item] : undefined;
}

/** A bold or capitals line of at least three words can be a title. */
function titleLike(block: Block): boolean {
  if (block.kind !== 'paragraph' || block.lines.length > 2) return false;
  const raw = blockText(block).trim();
  const text = plainText(raw);
  return wordCount(text) >= 3 && (isAllCaps(text) || /^(\*\*|__)[^*_]+\1$/u.test(raw));
}

/**
 * Take the masthead off the top of the blocks. Returns the remaining blocks;
 * short blocks in the masthead that are none of the known fields are kept at
 * the start of the body with a warning.
 */
export function takeMasthead(blocks: Block[], draft: Draft, spellings: Map<string, string>, file: VFile): Block[] {
  const title: TitleParts = { parts: [] };
  const body = takeFields(blocks, draft, title, file, spellings);
  if (title.parts.length) {
    const text = title.parts.join(' ');
    draft.title = isAllCaps(text) ? titleCase(text, spellings) : text;
    report(file, Rules.importMasthead, `moved title '${draft.title}' to front matter`, { line: title.line!, column: 1 });
  }
  // A name printed only in capitals is written as a name (`INTERNATIONAL
  // INSTITUTE FOR IRANIAN STUDIES` → `International Institute for Iranian Studies`).
  if (draft.publisher.en) draft.publisher.en = nameCase(draft.publisher.en, spellings);
  return body;
}

/** The title as printed, possibly over several lines in capitals. */
interface TitleParts {
  parts: string[];
  line?: number;
  level?: number;
}

/** A line of its own after a list of keywords that ends with a comma is the rest of that list: taken if so. */
function takeKeywordsRest(blocks: Block[], known: (Classified[] | undefined)[], i: number, draft: Draft, file: VFile): boolean {
  if (known[i] || blocks[i].lines.length !== 1 || known[i - 1]?.at(-1)?.kind !== 'keywords') return false;
  if (!/[,،]$/u.test(plainText(blocks[i - 1].lines.at(-1)!.text))) return false;
  const rest = listOf(plainText(blockText(blocks[i])));
  draft.keywords.push(...rest);
  report(file, Rules.importMasthead, `moved keywords ${rest.join(', ')} (the rest of the list) to front matter`, { line: blocks[i].lines[0].line, column: 1 });
  return true;
}

/** A masthead block that is no field stays at the start of the body, said so. */
function keepUnknown(block: Block, kept: Block[], file: VFile): void {
  const shown = plainText(blockText(block)) || blockText(block).trim();
  report(file, Rules.importMastheadUnknown, `kept '${shown}' from the masthead in the body: it is no front-matter field`, { line: block.lines[0].line, column: 1 });
  kept.push(block);
}

function takeFields(
  blocks: Block[],
  draft: Draft,
  title: TitleParts,
  file: VFile,
  spellings: Map<string, string>,
): Block[] {
  let end = blocks.findIndex((b) => isProse(b) && !mastheadLines(b));
  if (end < 0) end = blocks.length;
  const known = blocks.slice(0, end).map((b) => (b.kind === 'heading' ? headingField(b) : mastheadLines(b)));
  const kept: Block[] = [];
  // True right after the title, where a subtitle may follow.
  let underTitle = false;
  // Has a field been moved to the front matter?
  let took = false;
  for (let i = 0; i < end; i++) {
    const block = blocks[i];
    const place = { line: block.lines[0].line, column: 1 };
    const laterFields = known.slice(i + 1).some((k) => k !== undefined);
    const text = headingText(block);
    // One word in a heading below the title's level (`## Analysis`, `## Update`) names a section, not the document's type.
    if (known[i]?.[0]?.kind === 'type' && title.parts.length && headingLevel(block) > (title.level ?? 0) && wordCount(text) === 1) return [...kept, ...blocks.slice(i)];
    if (!known[i] && (block.kind === 'heading' || (!title.parts.length && titleLike(block)))) {
      if (!title.parts.length) {
        Object.assign(title, { parts: [text], line: place.line, level: headingLevel(block) });
        underTitle = true;
        continue;
      }
      // A title in capitals that the converter broke into two headings.
      if (underTitle && headingLevel(block) === title.level && isAllCaps(title.parts.join(' ')) && isAllCaps(text)) {
        title.parts.push(text);
        report(file, Rules.importMasthead, `joined title line '${text}' to the title`, place);
        continue;
      }
      if (block.kind === 'heading' && underTitle && !draft.subtitle && laterFields) {
        draft.subtitle = isAllCaps(text) ? titleCase(text, spellings) : text;
        report(file, Rules.importMasthead, `moved subtitle '${draft.subtitle}' to front matter`, place);
        underTitle = false;
        continue;
      }
      // A heading after the masthead fields: the body starts here.
      return [...kept, ...blocks.slice(i)];
    }
    if (underTitle && !draft.subtitle && !known[i] && emphasizedLine(block)) {
      draft.subtitle = isAllCaps(text) ? titleCase(text, spellings) : text;
      report(file, Rules.importMasthead, `moved subtitle '${draft.subtitle}' to front matter`, place);
      underTitle = false;
      continue;
    }
    underTitle = false;
    // A rule sets masthead fields apart; before any of them it is the text's own.
    if (block.kind === 'rule' && (title.parts.length || took)) {
      report(file, Rules.importMasthead, 'dropped a horizontal rule in the masthead', place);
      continue;
    }
    const lines = known[i];
    if (block.kind === 'pagebreak') {
      // Page furniture is dropped later, with the rest of it.
      kept.push(block);
      continue;
    }
    if (!lines) {
      if (!takeKeywordsRest(blocks, known, i, draft, file)) keepUnknown(block, kept, file);
      continue;
    }
    for (const item of lines) {
      const what = take(draft, item, spellings);
      const at = { line: item.line.line, column: 1 };
      took ||= what !== undefined;
      if (what) report(file, Rules.importMasthead, `moved ${what} to front matter`, at);
      else if (item.kind === 'hijri-date') {
        report(file, Rules.importMasthead, `dropped the Hijri date '${item.text}': the front matter holds the Gregorian date`, at);
      } else report(file, Rules.importMasthead, `dropped repeated masthead line '${item.text}'`, at);
      if (item.kind === 'date' && what && parseDateLine(item.text)!.partial) {
        report(file, Rules.importDatePartial, `the date '${item.text}' has no day: check ${draft.date}`, at);
      }
    }
  }
  return [...kept, ...blocks.slice(end)];
}

/** Is this block part of a contact block: contact lines, icons, rules, or
 * the publisher's own names repeated? */
function contactLines(block: Block, draft: Draft): Classified[] | undefined {
  if (block.kind === 'rule') return [];
  if (block.kind !== 'paragraph' && block.kind !== 'list') return undefined;
  const names = [draft.publisher.en, draft.publisher.ar, draft.publisher.short].filter(Boolean).map((n) => n!.toLowerCase());
  const items: Classified[] = [];
  for (const line of block.lines) {
    const text = plainText(stripIcons(line.text)).trim();
    if (isDecoration(line.text) || isLabelLine(line.text) || /^(?:©|\(c\)|copyright)/iu.test(text)) continue;
    if (names.includes(text.toLowerCase())) {
      items.push({ kind: 'contact', text, line });
      continue;
    }
    const contact = parseContactLine(line.text.replace(/^\s*[-*+]\s+/u, ''));
    if (contact) items.push({ kind: 'contact', text, line, contact });
    else if (isOrganizationLine(text)) items.push({ kind: isArabic(text) ? 'publisher-ar' : 'publisher-en', text, line });
    else return undefined;
  }
  return items;
}

/** A publisher name the masthead did not give, from the contact block. */
function nameOf(draft: Draft, item: Classified): string[] {
  const p = draft.publisher;
  if (item.kind === 'publisher-en' && !p.en) return [`publisher name '${(p.en = item.text)}'`];
  if (item.kind === 'publisher-ar' && !p.ar) return [`publisher name '${(p.ar = item.text)}'`];
  return [];
}

/** A name line in a contact block: the publisher under another name, or a
 * partner (`Mesopotamia Center for Strategic Studies`), not a sentence. */
function isOrganizationLine(text: string): boolean {
  const institution = isArabic(text) ? AR_INSTITUTION : EN_INSTITUTION;
  return wordCount(text) <= MAX_ORGANIZATION_WORDS && !/[.!?؟:;,]$/u.test(text) && institution.test(text);
}

/** Take the contact block off the end of the blocks. */
export function takeContactBlock(blocks: Block[], draft: Draft, file: VFile): Block[] {
  let start = blocks.length;
  while (start > 0 && contactLines(blocks[start - 1], draft)) start--;
  // Rules, icons or an organization's name alone are no contact block;
  // contact details or the publisher's own names (a back cover) are.
  const tail = blocks.slice(start);
  if (!tail.some((b) => contactLines(b, draft)!.some((item) => item.kind === 'contact'))) return blocks;
  for (const block of tail) {
    const items = contactLines(block, draft)!;
    if (items.length === 0) {
      report(file, Rules.importContact, `dropped '${blockText(block).trim()}' from the contact block`, {
        line: block.lines[0].line,
        column: 1,
      });
    }
    for (const item of items) {
      const what = item.contact ? takeContact(draft, item.contact) : item.kind === 'contact' ? [] : nameOf(draft, item);
      report(
        file,
        Rules.importContact,
        what.length ? `moved ${what.join(', ')} to front matter` : `dropped name or repeated line '${item.text}' of the contact block`,
        { line: item.line.line, column: 1 },
      );
    }
  }
  return blocks.slice(0, start);
}
