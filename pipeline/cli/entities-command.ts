/**
 * `papers entities [paths…] [--format text|json|csv] [--accept <id>…]`: the
 * names discovery found across papers that the gazetteer lacks (type, id,
 * name in each language with the link's confidence, mentions, papers), and
 * `--accept` to add some of them to locales/en/entities.json and
 * locales/ar/entities.json, which the next build uses.
 */
import { relative } from 'node:path';
import { discoverPapers } from '../batch/discover.js';
import { processPath } from '../process.js';
import { linkEditions, type Edition } from '../align/editions.js';
import { defaultLocalesDir } from '../i18n/index.js';
import { acceptCandidates, candidatesCsv, candidatesText, collectCandidates } from '../extract/entities/candidates.js';
import type { Lang } from '../model/paper.js';
import { diagnosticAt } from '../model/diagnostics.js';
import type { Registration } from './command.js';
import { formatDiagnostic } from './report.js';
import { UsageError } from './errors.js';

const FORMATS = ['text', 'json', 'csv'] as const;

interface Values {
  format: string;
  accept?: string[];
  locales?: string;
}

export const registerEntities: Registration = (program, finish) => {
  program
    .command('entities')
    .summary('list the names the gazetteer lacks, and add them to it')
    .description('List the names discovery found across the papers that the gazetteer (locales/{en,ar}/entities.json) lacks, with their type, id, names in each language and mentions; --accept adds some of them, which the next build uses.')
    .argument('[paths...]', 'source folders, paper folders or <lang>.md files (default: source)')
    .option('--format <name>', `${FORMATS.join(', ')}`, 'text')
    .option('--accept <ids...>', 'add these candidates (ids, also comma-separated) to the gazetteer')
    .option('--locales <dir>', "the locales folder (default: the package's)")
    .action(async (paths: string[], values: Values) => finish(await entitiesCommand(paths, values)));
};

export async function entitiesCommand(positionals: string[], values: Values): Promise<number> {
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const localesDir = values.locales ?? defaultLocalesDir();
  const { papers, problems } = discoverPapers(positionals.length ? positionals : ['source']);
  for (const p of problems) console.error(formatDiagnostic(diagnosticAt(p.rule, p.message, p.path)));

  const processed = papers.map((source) => {
    const editions: Edition[] = [];
    for (const [lang, path] of Object.entries(source.files) as [Lang, string][]) {
      const { paper, file } = processPath(path, { slug: source.slug, lang, source: relative(process.cwd(), path).split('\\').join('/'), localesDir });
      if (paper) editions.push({ paper, file });
    }
    return { slug: source.slug, editions: linkEditions(editions).map((e) => e.paper) };
  });
  const candidates = collectCandidates(processed);

  if (values.accept?.length) {
    const wanted = new Set(values.accept.flatMap((a) => a.split(',')).filter(Boolean));
    const unknown = [...wanted].filter((id) => !candidates.some((c) => c.id === id));
    for (const id of unknown) console.error(`papers: no candidate '${id}' in these papers (run papers entities to list them)`);
    const added = acceptCandidates(candidates.filter((c) => wanted.has(c.id)), localesDir);
    console.error(`added ${added.length} entit${added.length === 1 ? 'y' : 'ies'} to ${relative(process.cwd(), localesDir) || '.'}/{en,ar}/entities.json${added.length ? `: ${added.join(', ')}` : ''}`);
    return unknown.length ? 1 : 0;
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(candidates, null, 2)}\n`);
  else if (format === 'csv') process.stdout.write(candidatesCsv(candidates));
  else {
    if (candidates.length) console.log(candidatesText(candidates));
    console.error(`${candidates.length} candidate${candidates.length === 1 ? '' : 's'} in ${papers.length} paper${papers.length === 1 ? '' : 's'}; add some with papers entities --accept <id>…`);
  }
  return 0;
}
