/** Running the pipeline on small Markdown papers for the entities and citations tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processText } from '../../pipeline/process.js';
import type { Entity } from '../../pipeline/model/paper.js';
import { ROOT } from './cli.js';

export function frontMatter(lang: 'en' | 'ar', date = '2024-05-05'): string {
  return ['---', 'title: "Test paper"', 'type: Position Paper', `date: ${date}`, `lang: ${lang}`, 'publisher:', '  name:', '    en: Test Institute', '    ar: معهد الاختبار', '---', ''].join('\n');
}

/** Process a body (front matter added) or a whole file. */
export function extract(body: string, lang: 'en' | 'ar' = 'en', date?: string) {
  const text = body.startsWith('---\n') ? body : frontMatter(lang, date) + '\n' + body;
  const { file, tree, paper } = processText(text, { slug: 'test-paper', lang, source: `source/test-paper/${lang}.md` });
  if (!paper || !tree) throw new Error(file.messages.map(String).join('\n'));
  return { file, tree, paper, entities: paper.entities, citations: paper.citations };
}

export function readFixture(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** entity id → mention texts, for compact assertions. */
export function mentionsById(entities: Entity[]): Record<string, string[]> {
  return Object.fromEntries(entities.map((e) => [e.id, e.mentions.map((m) => m.text)]));
}
