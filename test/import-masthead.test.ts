import { describe, expect, it } from 'vitest';
import { importConverted } from '../pipeline/import/index.js';
import { fixture, splitOutput } from './import-helpers.js';

const frontMatterOf = (text: string) => splitOutput(importConverted(text).markdown).frontMatter as Record<string, any>;

describe('publisher names in the masthead', () => {
  it('takes the full English line as the name and a bold capitals name of a few words as the short name', () => {
    const { publisher } = frontMatterOf(fixture('shouted-short-name.txt'));
    expect(publisher.name).toEqual({ en: 'Gulf Research Observatory for Policy Studies', ar: 'مرصد الخليج للأبحاث والدراسات' });
    expect(publisher.short).toBe('Gulf Research Observatory');
  });

  it('does the same when the full name comes first, and keeps an acronym the body writes in capitals', () => {
    const text = `${fixture('shouted-short-name.txt')}\nThe GRO has followed the Assembly since 2016.\n`.replace(
      '**GULF RESEARCH OBSERVATORY**\nمرصد الخليج للأبحاث والدراسات\nGulf Research Observatory for Policy Studies',
      'Gulf Research Observatory for Policy Studies\nمرصد الخليج للأبحاث والدراسات\n**GRO RESEARCH CENTER**',
    );
    const { publisher } = frontMatterOf(text);
    expect(publisher.name.en).toBe('Gulf Research Observatory for Policy Studies');
    expect(publisher.short).toBe('GRO Research Center');
  });

  it('keeps a lone capitals name as the name, in title case, when no fuller line is printed', () => {
    const text = fixture('shouted-short-name.txt').replace('\nGulf Research Observatory for Policy Studies', '');
    const { publisher } = frontMatterOf(text);
    expect(publisher.name.en).toBe('Gulf Research Observatory');
    expect(publisher.short).toBeUndefined();
  });
});

describe('contact block at the end', () => {
  it("takes a block that opens with an organization's name, even one the masthead does not print", () => {
    const { markdown } = importConverted(fixture('partner-contact.txt'));
    const { frontMatter, body } = splitOutput(markdown);
    expect(body.trimEnd().endsWith('than on the next federal budget.')).toBe(true);
    expect((frontMatter.publisher as Record<string, unknown>).contact).toEqual({
      email: 'research@mesopotamiacenter.org',
      social: ['@MesopotamiaCSS'],
      phone: '+964 770 123 4567',
    });
    expect((frontMatter.publisher as { name: unknown }).name).toEqual({ en: 'Rafidain Center for Dialogue', ar: 'مركز الرافدين للحوار' });
  });

  it("fills the publisher's name from the contact block when the masthead lacks it", () => {
    const text = fixture('partner-contact.txt').replace('Rafidain Center for Dialogue\n', '');
    const { publisher } = frontMatterOf(text);
    expect(publisher.name.en).toBe('Mesopotamia Center for Strategic Studies');
  });

  it("keeps an organization's name at the end of the body when no contact detail follows it", () => {
    const text = fixture('partner-contact.txt').replace(/\nEmail:[\s\S]*$/u, '\n');
    expect(splitOutput(importConverted(text).markdown).body.trimEnd().endsWith('Mesopotamia Center for Strategic Studies')).toBe(true);
  });
});

describe('document type', () => {
  it('is a short line of document-type words, never a title that contains one of them', () => {
    const { markdown } = importConverted(fixture('paper-in-title.txt'));
    const { frontMatter, body } = splitOutput(markdown);
    expect(frontMatter).toMatchObject({ title: 'A Test Paper on Iraq', type: 'Research Paper' });
    expect(body.match(/^#+ .*$/gmu)).toEqual(['## 1. Background of the Crisis', '## 2. The Parties']);
  });

  it.each(['Position Paper', 'POLICY BRIEF', 'Monthly Report', 'Case Assessment', 'Working Paper', 'Iran Case File', 'ورقة سياسات', 'تقدير موقف'])(
    'reads %s as the type',
    (type) => {
      const text = fixture('paper-in-title.txt').replace('*Research Paper*', `*${type}*`);
      expect(frontMatterOf(text).type).toBe(type === 'POLICY BRIEF' ? 'Policy Brief' : type);
    },
  );

  it('leaves the title alone when no type is printed (the front matter then reports the type missing)', () => {
    const { markdown, file } = importConverted(fixture('paper-in-title.txt').replace('*Research Paper*\n\n', ''));
    expect(splitOutput(markdown).frontMatter.title).toBe('A Test Paper on Iraq');
    expect(file.messages.filter((m) => m.fatal).map((m) => m.reason)).toEqual([expect.stringMatching(/^front matter type:/u)]);
  });
});

describe('contact block captions', () => {
  it('drops a line of labels only (`Follow us on social media`) with the block', () => {
    const text = fixture('partner-contact.txt').replace('Follow us on [@MesopotamiaCSS](#)', 'Follow us on social media\n\n[@MesopotamiaCSS](#)');
    const { frontMatter, body } = splitOutput(importConverted(text).markdown);
    expect(body).not.toMatch(/Follow|Mesopotamia/u);
    expect((frontMatter.publisher as { contact: { social: string[] } }).contact.social).toEqual(['@MesopotamiaCSS']);
  });
});

describe('keywords and labelled authors under the title (a web edition printed)', () => {
  const prose = 'The talks resumed in Jeddah after a pause of several months, with the same mediators at the table.';

  it('takes a labelled list of topics as the keywords, with its rest wrapped onto a line of its own', () => {
    const fm = frontMatterOf(`# Talks in Jeddah\n\nTopics: Sudan, mediation, Saudi Arabia,\n\nRed Sea\n\n## Summary\n\n${prose}\n`);
    expect(fm.keywords).toEqual(['Sudan', 'mediation', 'Saudi Arabia', 'Red Sea']);
  });

  it('reads the Arabic labels of authors and topics', () => {
    const fm = frontMatterOf(`# محادثات جدة\n\nالمؤلفون: أمل عثمان، دانيال هايلو\n\nالموضوعات: السودان، الوساطة\n\n## ملخص\n\nاستؤنفت المحادثات في جدة بعد توقف دام عدة أشهر، مع الوسطاء أنفسهم.\n`);
    expect(fm.authors).toEqual(['أمل عثمان', 'دانيال هايلو']);
    expect(fm.keywords).toEqual(['السودان', 'الوساطة']);
  });
});
