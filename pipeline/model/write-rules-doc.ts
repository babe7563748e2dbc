/**
 * Writes docs/rules.md from the rule registry (`npm run rules`). The test suite
 * regenerates it in memory and fails if the committed file differs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Rules, type AnyRule } from './rules.js';

export function rulesDocument(): string {
  const groups = new Map<string, AnyRule[]>();
  for (const r of Object.values(Rules)) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  const out = [
    '# Rules',
    '',
    'Every diagnostic names its rule in brackets: `file:line:col severity message [rule-id]`.',
    'This page is generated from `pipeline/model/rules.ts` by `npm run rules`; do not edit it by hand.',
    '',
  ];
  for (const [group, rules] of groups) {
    out.push(`## ${group[0].toUpperCase()}${group.slice(1)}`, '', '| rule | severity | what it means |', '| --- | --- | --- |');
    for (const r of rules) out.push(`| \`${r.id}\` | ${r.severity} | ${r.description.replace(/\|/g, '\\|')} |`);
    out.push('');
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(process.argv[2] ?? 'docs/rules.md', rulesDocument());
}
