/**
 * Anchors of the page's own sections. The leading underscore keeps them apart
 * from the model's section ids, which are made from heading words.
 */
export const BACK_MATTER = {
  contents: '_contents',
  cite: '_cite',
  glossary: '_glossary',
  sources: '_sources',
  names: '_names',
  text: '_text',
} as const;
