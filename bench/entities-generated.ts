/**
 * Discovery on generated papers: people, organizations and places with names
 * invented from syllables (so no gazetteer or dataset knows them), written in
 * English and Arabic sentences the way papers name them (titles and roles,
 * organization heads, acronyms defined once, "the town of", later short
 * forms, dates without a year), hard-wrapped. The gold comes with the text,
 * so precision, recall and F1 are measured by type and language.
 * Shared by test/entities-generated.test.ts (floors) and this script:
 *
 *   npx tsc -p . && node dist/bench/entities-generated.js [--papers 6] [--seed 7] [--show]
 */
import { processText } from '../pipeline/process.js';
import type { EntityType, Lang } from '../pipeline/model/paper.js';
import { random } from './corpus.js';

type NameType = Exclude<EntityType, 'date'>;
export const NAME_TYPES: NameType[] = ['person', 'organization', 'place'];

/** Consonants and vowels with their Arabic letters (a foreign name's vowels are written long). */
const CONSONANTS: [string, string][] = [['b', 'ب'], ['d', 'د'], ['f', 'ف'], ['k', 'ك'], ['l', 'ل'], ['m', 'م'], ['n', 'ن'], ['r', 'ر'], ['s', 'س'], ['t', 'ت'], ['z', 'ز'], ['sh', 'ش'], ['q', 'ق'], ['j', 'ج'], ['h', 'ه']];
const VOWELS: [string, string][] = [['a', 'ا'], ['i', 'ي'], ['u', 'و'], ['o', 'و'], ['e', 'ي']];
const CODAS: [string, string][] = [['', ''], ['', ''], ['n', 'ن'], ['r', 'ر'], ['m', 'م'], ['l', 'ل']];

interface Name {
  en: string;
  ar: string;
}

class NameMaker {
  private used = new Set<string>();
  constructor(private readonly rnd: () => number) {}
  private pick<T>(list: T[]): T {
    return list[Math.floor(this.rnd() * list.length)];
  }
  /** A word of two or three syllables, never an English word by luck (checked by the caller's use of capitals only). */
  word(): Name {
    for (;;) {
      let en = '';
      let ar = '';
      const syllables = 2 + Math.floor(this.rnd() * 2);
      for (let i = 0; i < syllables; i++) {
        const [c, ca] = this.pick(CONSONANTS);
        const [v, va] = this.pick(VOWELS);
        en += c + v;
        // The first vowel of a word is short in Arabic spelling, the others long.
        ar += ca + (i === 0 && v === 'a' ? '' : va);
      }
      const [k, ka] = this.pick(CODAS);
      en += k;
      ar += ka;
      en = en[0].toUpperCase() + en.slice(1);
      if (en.length < 5 || this.used.has(en)) continue;
      this.used.add(en);
      return { en, ar };
    }
  }
}

export interface GoldMention {
  start: number;
  end: number;
  type: NameType | 'date';
  entity: string;
  value?: string;
}

interface Writer {
  text: string;
  mentions: GoldMention[];
  add(s: string): void;
  name(s: string, type: NameType | 'date', entity: string, value?: string): void;
}

function writer(): Writer {
  return {
    text: '',
    mentions: [],
    add(s) {
      this.text += s;
    },
    name(s, type, entity, value) {
      this.mentions.push({ start: this.text.length, end: this.text.length + s.length, type, entity, ...(value ? { value } : {}) });
      this.text += s;
    },
  };
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

export interface GeneratedPaper {
  lang: Lang;
  /** The whole source, front matter included. */
  source: string;
  /** Offset of the body in `source`: gold offsets count from there. */
  bodyAt: number;
  mentions: GoldMention[];
}

/** One paper in both languages: the same entities, events and dates. */
export function generatePaper(seed: number): Record<Lang, GeneratedPaper> {
  const rnd = random(seed);
  const make = new NameMaker(rnd);
  const n = (x: number) => Math.floor(rnd() * x);
  const people = Array.from({ length: 4 }, () => ({ given: make.word(), family: make.word() }));
  const towns = Array.from({ length: 4 }, () => make.word());
  const orgs = Array.from({ length: 4 }, () => make.word());
  const year = 2015 + n(8);
  const [m1, m2] = [n(6), 6 + n(6)];
  const day = 1 + n(27);
  const en = writer();
  const ar = writer();
  const id = (x: Name) => x.en.toLowerCase();
  const [p0, p1, p2, p3] = people;
  const person = (w: Writer, lang: Lang, p: (typeof people)[number], full: boolean) =>
    w.name(full ? (lang === 'en' ? `${p.given.en} ${p.family.en}` : `${p.given.ar} ${p.family.ar}`) : p.family[lang], 'person', id(p.family));
  const acronym = orgs[1].en.slice(0, 2).toUpperCase() + 'LF';

  // Paragraph 1: a year, a town, an organization with its head, a minister.
  en.add('In ');
  en.name(String(year), 'date', String(year), String(year));
  en.add(' the fighting reached the town of ');
  en.name(towns[0].en, 'place', id(towns[0]));
  en.add(', where the ');
  en.name(`${orgs[0].en} Movement`, 'organization', id(orgs[0]));
  en.add(' had held the roads since the spring. Defence Minister ');
  person(en, 'en', p0, true);
  en.add(' said on ');
  en.name(`${day} ${MONTHS_EN[m1]}`, 'date', 'd1', `${year}-${String(m1 + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  en.add(' that the army would retake it. ');
  person(en, 'en', p0, false);
  en.add(' later flew to ');
  en.name(towns[1].en, 'place', id(towns[1]));
  en.add('.\n\n');
  ar.add('في عام ');
  ar.name(String(year), 'date', String(year), String(year));
  ar.add(' وصل القتال إلى مدينة ');
  ar.name(towns[0].ar, 'place', id(towns[0]));
  ar.add('، حيث كانت ');
  ar.name(`حركة ${orgs[0].ar}`, 'organization', id(orgs[0]));
  ar.add(' تسيطر على الطرق منذ الربيع. وقال وزير الدفاع ');
  person(ar, 'ar', p0, true);
  ar.add(' في ');
  ar.name(`${day} ${MONTHS_AR[m1]}`, 'date', 'd1', `${year}-${String(m1 + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  ar.add(' إن الجيش سيستعيدها. ثم توجه ');
  person(ar, 'ar', p0, false);
  ar.add(' إلى مدينة ');
  ar.name(towns[1].ar, 'place', id(towns[1]));
  ar.add('.\n\n');

  // Paragraph 2: an acronym defined once and used again, a spokesman, a company, a province.
  en.add('The ');
  en.name(`${orgs[1].en} Liberation Front`, 'organization', id(orgs[1]));
  en.add(' (');
  en.name(acronym, 'organization', id(orgs[1]));
  en.add(') rejected the offer. Its spokesman, ');
  person(en, 'en', p1, true);
  en.add(', told reporters in ');
  en.name(MONTHS_EN[m2], 'date', 'd2', `${year}-${String(m2 + 1).padStart(2, '0')}`);
  en.add(' that the ');
  en.name(acronym, 'organization', id(orgs[1]));
  en.add(' would not disarm while the ');
  en.name(`${orgs[2].en} Shipping Company`, 'organization', id(orgs[2]));
  en.add(' moved weapons through ');
  en.name(`${towns[2].en} Province`, 'place', id(towns[2]));
  en.add('.\n\n');
  ar.add('ورفضت ');
  ar.name(`جبهة تحرير ${orgs[1].ar}`, 'organization', id(orgs[1]));
  ar.add(' (');
  ar.name(acronym, 'organization', id(orgs[1]));
  ar.add(') العرض. وقال المتحدث باسمها ');
  person(ar, 'ar', p1, true);
  ar.add(' للصحفيين في ');
  ar.name(MONTHS_AR[m2], 'date', 'd2', `${year}-${String(m2 + 1).padStart(2, '0')}`);
  ar.add(' إن ');
  ar.name(acronym, 'organization', id(orgs[1]));
  ar.add(' لن تسلم سلاحها ما دامت ');
  ar.name(`شركة ${orgs[2].ar} للشحن`, 'organization', id(orgs[2]));
  ar.add(' تنقل الأسلحة عبر ');
  ar.name(`محافظة ${towns[2].ar}`, 'place', id(towns[2]));
  ar.add('.\n\n');

  // Paragraph 3: an operation, an envoy after his name, a person led-by, a port.
  en.add('The army answered with ');
  en.name(`Operation ${orgs[3].en}`, 'organization', id(orgs[3]));
  en.add(', led by General ');
  person(en, 'en', p2, true);
  en.add(', while ');
  person(en, 'en', p3, true);
  en.add(', the envoy of the council, met ');
  person(en, 'en', p1, false);
  en.add(' at the port of ');
  en.name(towns[3].en, 'place', id(towns[3]));
  en.add('.\n');
  ar.add('ورد الجيش ب');
  ar.name(`عملية ${orgs[3].ar}`, 'organization', id(orgs[3]));
  ar.add(' بقيادة الجنرال ');
  person(ar, 'ar', p2, true);
  ar.add('، فيما التقى المبعوث ');
  person(ar, 'ar', p3, true);
  ar.add(' ب');
  person(ar, 'ar', p1, false);
  ar.add(' في ميناء ');
  ar.name(towns[3].ar, 'place', id(towns[3]));
  ar.add('.\n');

  const paper = (lang: Lang, w: Writer): GeneratedPaper => {
    const front = `---\ntitle: Generated ${seed}\ntype: Policy Brief\ndate: ${year + 2}-06-01\nlang: ${lang}\npublisher:\n  name: { en: Test Institute, ar: معهد الاختبار }\n---\n\n`;
    return { lang, source: front + hardWrap(w.text, 64), bodyAt: front.length, mentions: w.mentions };
  };
  return { en: paper('en', en), ar: paper('ar', ar) };
}

/** Break lines at spaces past `width` (one character for one, so offsets stay). */
function hardWrap(text: string, width: number): string {
  const out = [...text];
  let col = 0;
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '\n') col = 0;
    else if (out[i] === ' ' && col >= width && out[i + 1] !== '\n') {
      out[i] = '\n';
      col = 0;
    } else col++;
  }
  return out.join('');
}

export interface TypeScore {
  gold: number;
  output: number;
  correct: number;
}

export interface GeneratedScore {
  byType: Record<Lang, Record<NameType, TypeScore>>;
  dates: Record<Lang, { gold: number; right: number }>;
  misses: string[];
}

/** Mentions matched by type and exact extent; dates by extent and ISO value. */
export function scoreGenerated(count: number, firstSeed = 1): GeneratedScore {
  const empty = () => ({ gold: 0, output: 0, correct: 0 });
  const score: GeneratedScore = {
    byType: { en: { person: empty(), organization: empty(), place: empty() }, ar: { person: empty(), organization: empty(), place: empty() } },
    dates: { en: { gold: 0, right: 0 }, ar: { gold: 0, right: 0 } },
    misses: [],
  };
  for (let k = 0; k < count; k++) {
    const papers = generatePaper(firstSeed + k);
    for (const lang of ['en', 'ar'] as const) {
      const g = papers[lang];
      const { paper } = processText(g.source, { slug: `generated-${k}`, lang, source: `generated/${lang}.md` });
      if (!paper) throw new Error('generated paper did not process');
      const out = paper.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start - g.bodyAt, end: m.end - g.bodyAt, type: e.type, value: e.value })));
      const key = (m: { start: number; end: number; type: string }) => `${m.start}:${m.end}:${m.type}`;
      const gold = new Set(g.mentions.map(key));
      const got = new Set(out.map(key));
      const text = g.source.slice(g.bodyAt);
      for (const type of NAME_TYPES) {
        const s = score.byType[lang][type];
        const want = g.mentions.filter((m) => m.type === type);
        const have = out.filter((m) => m.type === type);
        s.gold += want.length;
        s.output += have.length;
        s.correct += have.filter((m) => gold.has(key(m))).length;
        for (const m of want) if (!got.has(key(m))) score.misses.push(`${lang} ${type} missed: ${text.slice(m.start, m.end)}`);
        for (const m of have) if (!gold.has(key(m))) score.misses.push(`${lang} ${type} spurious: ${text.slice(m.start, m.end)}`);
      }
      for (const m of g.mentions.filter((x) => x.type === 'date')) {
        score.dates[lang].gold++;
        if (out.some((o) => o.type === 'date' && o.start === m.start && o.end === m.end && o.value === m.value)) score.dates[lang].right++;
        else score.misses.push(`${lang} date wrong: ${text.slice(m.start, m.end)}`);
      }
    }
  }
  return score;
}

export const f1 = (s: TypeScore): { p: number; r: number; f: number } => {
  const p = s.output ? s.correct / s.output : 0;
  const r = s.gold ? s.correct / s.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string, def: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : def);
  const score = scoreGenerated(opt('--papers', 6), opt('--seed', 1));
  const pct = (x: number) => (100 * x).toFixed(1);
  for (const lang of ['en', 'ar'] as const) {
    const parts = NAME_TYPES.map((t) => {
      const { p, r, f } = f1(score.byType[lang][t]);
      return `${t} P ${pct(p)} R ${pct(r)} F1 ${pct(f)} (${score.byType[lang][t].gold})`;
    });
    console.log(`${lang}: ${parts.join(' · ')} · dates ${score.dates[lang].right}/${score.dates[lang].gold}`);
  }
  if (args.includes('--show')) for (const m of score.misses) console.log(`  ${m}`);
}

if (process.argv[1]?.endsWith('entities-generated.js')) main();
