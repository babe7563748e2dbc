/** Small text helpers shared by the importer's rules. */

/** Inline Markdown removed: emphasis markers, links reduced to their text. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/<[^>]+>/gu, '')
    .replace(/[*_`~]+/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A key for comparing titles: letters and digits only, case folded. */
export function titleKey(text: string): string {
  return plainText(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^(?:\d+(?:\.\d+)*\.?|[ivxlc]+\.)\s+/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed ? trimmed.split(/\s+/u).length : 0;
}
