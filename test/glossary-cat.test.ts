/**
 * The glossary as a translator's CAT tool takes it: OmegaT (Debian package
 * `omegat`) loads `glossary.tbx` (TBX v2, `martif`) with its own TBX reader,
 * and the file validates against the martif schema that reader is built on;
 * the ISO 30042:2019 file (`glossary.v3.tbx`) validates against TBX-Basic's
 * RELAX NG schema. Both come from a real build of the sample.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { papers, ROOT } from './helpers/cli.js';

const OMEGAT = '/usr/share/omegat/OmegaT.jar';
const hasOmegaT = existsSync(OMEGAT) && spawnSync('java', ['-version']).status === 0;
const READ_TBX = join(ROOT, 'test/fixtures/omegat/ReadTbx.java');
const RNG_V3 = join(ROOT, 'test/fixtures/schemas/tbx-basic/TBXcoreStructV03_TBX-Basic_integrated.rng');

function buildSample(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'papers-cat-')), 'output');
  const r = papers(['build', 'source', '--out', out, '--format', 'json', '--jobs', '1', '--force']);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

/** The source and target terms OmegaT reads from a TBX file, for an English → Arabic project. */
function omegatEntries(tbx: string): [string, string][] {
  const out = execFileSync('java', ['-cp', OMEGAT, READ_TBX, tbx, 'en', 'ar'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
  return out.trim().split('\n').map((line) => line.split('\t') as [string, string]);
}

describe('the glossary in a CAT tool', () => {
  const out = buildSample();

  it.skipIf(!hasOmegaT && !process.env.CI)('OmegaT loads the TBX v2 glossary of a paper and of the collection, every concept with its Arabic term', () => {
    for (const file of [join(out, 'glossary.tbx'), join(out, 'rifts-within-iraqi-shiite-parties/glossary.tbx')]) {
      const tbx = readFileSync(file, 'utf8');
      expect(tbx).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<\?xml-model href="[^"]+\.rng" type="application\/xml" schematypens="http:\/\/relaxng\.org\/ns\/structure\/1\.0"\?>\n<martif type="TBX-Basic"/);
      const entries = omegatEntries(file);
      const concepts = tbx.match(/<termEntry /g)!.length;
      expect(concepts).toBeGreaterThan(5);
      // OmegaT makes one entry per source term (preferred, transliteration, variants) and lists the Arabic terms with it.
      const sources = new Set(entries.map(([src]) => src));
      expect(sources.size).toBeGreaterThanOrEqual(concepts);
      expect(entries).toContainEqual(['Guardianship of the Jurist', 'ولاية الفقيه']);
      for (const [src, target] of entries) {
        expect(src.trim(), src).not.toBe('');
        expect(target, src).toMatch(/\p{Script=Arabic}/u);
      }
    }
  }, 300_000);

  it.skipIf(!hasOmegaT && !process.env.CI)('the TBX v2 file validates against the martif schema of OmegaT\'s reader', () => {
    const schemas = mkdtempSync(join(tmpdir(), 'papers-martif-'));
    execFileSync('unzip', ['-q', '-o', OMEGAT, 'schemas/tbx.xsd', 'schemas/xml.xsd', '-d', schemas]);
    const r = spawnSync('xmllint', ['--noout', '--schema', join(schemas, 'schemas/tbx.xsd'), join(out, 'glossary.tbx')], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });

  it('the TBX v3 file names its schemas and validates against TBX-Basic\'s RELAX NG schema', () => {
    const file = join(out, 'glossary.v3.tbx');
    expect(readFileSync(file, 'utf8')).toMatch(/<\?xml-model href="[^"]+TBXcoreStructV03_TBX-Basic_integrated\.rng"[^>]*\?>\n<\?xml-model href="[^"]+\.sch" type="application\/xml" schematypens="http:\/\/purl\.oclc\.org\/dsdl\/schematron"\?>\n<tbx /);
    const r = spawnSync('xmllint', ['--noout', '--relaxng', RNG_V3, file], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  });
});
