/** The front-matter values a translator translates, each as one unit: the title, subtitle, type, summary, and each keyword and author. */
import type { FrontMatter } from '../model/frontmatter.js';

export interface FrontMatterUnit {
  /** The unit id, e.g. `fm-title`, `fm-keywords-2`. */
  id: string;
  /** Where it goes in the YAML: `['title']`, `['keywords', 1]`. */
  path: (string | number)[];
  text: string;
}

const SINGLE = ['title', 'subtitle', 'type', 'summary'] as const;
const LISTS = ['keywords', 'authors'] as const;

export function frontMatterUnits(meta: Pick<FrontMatter, (typeof SINGLE)[number] | (typeof LISTS)[number]>): FrontMatterUnit[] {
  const units: FrontMatterUnit[] = [];
  for (const key of SINGLE) {
    const text = meta[key];
    if (text) units.push({ id: `fm-${key}`, path: [key], text });
  }
  for (const key of LISTS) (meta[key] ?? []).forEach((text, i) => units.push({ id: `fm-${key}-${i + 1}`, path: [key, i], text }));
  return units;
}
