import { describe, expect, it } from 'vitest';
import { paragraphDirection } from '../pipeline/render/pdf/blocks.js';
import { writeDocument } from '../pipeline/render/pdf/document.js';
import { drawLine } from '../pipeline/render/pdf/draw.js';
import { layoutParagraph, type InlineSpan, type ParagraphSpec } from '../pipeline/render/pdf/layout.js';
import { execFileSync } from 'node:child_process';
import { pdfjsText, pdftotext, saveArtifact, sequenceRecall, words } from './pdf-tools.js';

const style = { bold: false, italic: false, size: 14 };

function spec(text: string, over: Partial<ParagraphSpec> = {}): ParagraphSpec {
  return {
    spans: [{ text, style }],
    width: 400,
    direction: 'auto',
    align: 'justify',
    leading: 1.6,
    defaultScript: 'arabic',
    ...over,
  };
}

function render(paragraphs: ParagraphSpec[]): Promise<Buffer> {
  return writeDocument({ lang: 'ar', info: { CreationDate: new Date(0) } }, (writer) => {
    writer.doc.addPage({ size: 'A4', margin: 0 });
    let top = 72;
    for (const p of paragraphs) {
      for (const line of layoutParagraph(p).lines) {
        drawLine(writer, line, 90, top, { documentLang: 'ar', lang: 'ar' });
        top += line.height;
      }
      top += 12;
    }
  });
}

describe('paragraph layout', () => {
  it('gives back a mixed Arabic line in logical order, number intact', async () => {
    const text = 'مقتدى الصدر 2022 انسحابه';
    const pdf = await render([spec(text)]);
    const path = saveArtifact('pdf-layout-mixed.pdf', pdf);
    const [page] = await pdfjsText(pdf);
    expect(words(page)).toEqual(words(text));
  });

  it('lays out mixed paragraphs in both directions, justified, and extracts them in order', async () => {
    const paragraphs = [
      'كشفت أوساط شيعية عن مساع يبذلها نوري المالكي (زعيم ائتلاف دولة القانون) منذ عام 2019 للتصالح مع مقتدى الصدر، زعيم التيار الصدري Sadrist Movement، بعد انسحابه من البرلمان في يونيو 2022 وحصوله على 73 مقعدا.',
      'Nouri al-Maliki (نوري المالكي), head of the State of Law Coalition, sought reconciliation with Muqtada al-Sadr (مقتدى الصدر) after the 2021 elections, in which the Sadrists won 73 of 329 seats; see https://www.rasanah-iiis.org/english/position-papers/rifts-within-iraqi-shiite-parties for details.',
    ];
    const pdf = await render([
      spec(paragraphs[0], { direction: 'rtl' }),
      spec(paragraphs[1], {
        direction: 'ltr',
        defaultScript: 'latin',
        spans: [
          { text: paragraphs[1].slice(0, 15), style: { ...style, bold: true } },
          { text: paragraphs[1].slice(15, 40), style: { ...style, italic: true } },
          { text: paragraphs[1].slice(40), style },
        ],
      }),
    ]);
    const path = saveArtifact('pdf-layout-paragraphs.pdf', pdf);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', path, path.replace(/\.pdf$/, '')]);
    const [page] = await pdfjsText(pdf);
    const expected = words(paragraphs.join(' '));
    expect(sequenceRecall(expected, words(page))).toBe(1);
    // poppler orders the segments of mixed-direction lines by its own heuristics: a bracket next to
    // an Arabic run of the English paragraph goes to the wrong side, and a run broken across two
    // lines loses a word (measured 0.939); everything else comes back.
    expect(sequenceRecall(words(paragraphs[1]), words(pdftotext(path)))).toBeGreaterThanOrEqual(0.93);
  });

  it('keeps vowel marks with their letters, also a word-final tanween or shadda (pdf.js)', async () => {
    const text = 'في خضمّ أزمات متصاعدة داخليًا وخارجيًا، كشفت أوساط شيعية عن مساعٍ يبذلها المالكي، وبلغت أحيانًا حدّ الاشتباكات ثمّ ردّ الصدر.';
    const pdf = await render([spec(text, { direction: 'rtl' })]);
    saveArtifact('pdf-layout-marks.pdf', pdf);
    const [page] = await pdfjsText(pdf);
    expect(words(page)).toEqual(words(text));
  });

  it('mirrors brackets in right-to-left text but extracts the source characters', async () => {
    const text = 'زعيم ائتلاف دولة القانون (نوري المالكي) والتيار الصدري [مقتدى الصدر]';
    const pdf = await render([spec(text, { direction: 'rtl', align: 'start' })]);
    const [page] = await pdfjsText(pdf);
    expect(page.replace(/\s+/g, ' ').trim()).toBe(text);
  });

  it('keeps page numbers after an isolated Arabic name in left-to-right order', () => {
    const visual = (text: string) =>
      layoutParagraph(spec(text, { direction: 'ltr', defaultScript: 'latin', align: 'start' }))
        .lines[0].runs.slice()
        .sort((a, b) => a.x - b.x)
        .map((r) => r.text)
        .join('|');
    // Without the isolate, digits after Arabic letters are Arabic numbers (UAX #9, W2) and the list runs right to left.
    expect(visual('Muqtada al-Sadr (مقتدى الصدر): 2, 3, 4')).toContain('4|, |3|, |2');
    expect(visual('Muqtada al-Sadr (\u2068مقتدى الصدر\u2069): 2, 3, 4')).toMatch(/2, 3, 4$/);
  });
});

describe('paragraph direction', () => {
  it("takes the edition's direction unless the words of another direction are all there is, web and e-mail addresses not counted", () => {
    expect(paragraphDirection('https://www.example.org/water/appendix-2025', 'rtl')).toBe('rtl');
    expect(paragraphDirection('www.example.org · editors@example.org', 'rtl')).toBe('rtl');
    expect(paragraphDirection('«We agree on everything except the numbers», said one negotiator.', 'rtl')).toBe('auto');
    expect(paragraphDirection('Report, https://example.org/a', 'rtl')).toBe('auto');
    expect(paragraphDirection('أكرم الكعبي (Akram al-Kaabi)', 'rtl')).toBe('rtl');
    expect(paragraphDirection('وزارة الموارد المائية', 'ltr')).toBe('auto');
  });
});
