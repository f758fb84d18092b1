import { statementComponents } from '../../../../src/extract/statements/index.js';
import type { ArticleDoc } from '../../../../src/extract/types.js';
import type { SectionKind } from '../../../../src/parse/types.js';
import { docOf, said, type EntityTuple } from '../../../support/relationHarness.js';

const run = (text: string, ents: EntityTuple[], kinds: SectionKind[] = []): ArticleDoc => {
  let doc = docOf(text, ents, kinds);
  for (const c of statementComponents) doc = c(doc);
  return doc;
};

describe('statements: named speakers', () => {
  it('English "X said" / "said X" / appositive speakers', () => {
    expect(said(run('Lena Ortiz said the border would reopen next week.', [['Lena Ortiz', 'PERSON']]))).toEqual([['Lena Ortiz', 'the border would reopen next week.']]);
    expect(said(run('"We will not retreat," said Ortiz.', [['Ortiz', 'PERSON']]))).toEqual([['Ortiz', '"We will not retreat,"']]);
    expect(said(run('Karim Haddad, a spokesman for the rebels, said the talks had failed.', [['Karim Haddad', 'PERSON']]))).toEqual([['Karim Haddad', 'the talks had failed.']]);
  });

  it('Arabic VSO with a title between the verb and the name', () => {
    const doc = run('وقال المتحدث باسم وزارة الدفاع العميد سالم حداد للصحفيين إن القوات صدت الهجوم.', [
      ['وزارة الدفاع', 'ORGANIZATION', 'Ministry of Defense'],
      ['سالم حداد', 'PERSON', 'Salem Haddad'],
    ]);
    expect(said(doc)).toEqual([['Salem Haddad', 'القوات صدت الهجوم.']]);
  });

  it("an organisation's own statement (قالت السفارة في بيان, the ministry said)", () => {
    const doc = run('تعرضت السفارة الفرنسية لهجوم. وقالت السفارة في بيان إن الأضرار محدودة.', [['السفارة الفرنسية', 'FACILITY', 'French Embassy']]);
    expect(said(doc)).toEqual([['French Embassy', 'الأضرار محدودة.']]);
    const en = run('The Valorian Ministry of Health opened a field hospital. The ministry said 40 people were treated overnight.', [['Valorian Ministry of Health', 'ORGANIZATION']]);
    expect(said(en)).toEqual([['Valorian Ministry of Health', '40 people were treated overnight.']]);
  });

  it('"according to" and بحسب give the content before the cue', () => {
    expect(said(run('Three convoys crossed the border on Sunday, according to the Red Crescent.', [['Red Crescent', 'ORGANIZATION']]))).toEqual([
      ['Red Crescent', 'Three convoys crossed the border on Sunday'],
    ]);
    expect(said(run('وعبرت ثلاث قوافل الحدود يوم الأحد، بحسب الهلال الأحمر.', [['الهلال الأحمر', 'ORGANIZATION', 'Red Crescent']]))).toEqual([
      ['Red Crescent', 'وعبرت ثلاث قوافل الحدود يوم الأحد'],
    ]);
  });
});

describe('statements: anonymous, continuation, coordination', () => {
  it('anonymous officials get a description and no speaker', () => {
    const doc = run('A senior Valorian official told reporters the convoy was delayed by weather.', []);
    expect(doc.statements).toHaveLength(1);
    expect(doc.statements[0]!.speaker).toBeNull();
    expect(doc.statements[0]!.speakerDescription).toMatch(/senior Valorian official/);
    const ar = run('وقال مسؤول أمني رفيع، طلب عدم الكشف عن اسمه، إن المهاجمين فروا.', []);
    expect(said(ar)).toEqual([['مسؤول أمني رفيع', 'المهاجمين فروا.']]);
  });

  it('pronoun and elided subjects continue the previous speaker', () => {
    const doc = run('Lena Ortiz said the strikes were limited. He added that more were planned.', [['Lena Ortiz', 'PERSON']]);
    expect(said(doc)).toEqual([
      ['Lena Ortiz', 'the strikes were limited.'],
      ['Lena Ortiz', 'more were planned.'],
    ]);
    const ar = run('وقال سامي عادل إن المفاوضات مستمرة. وأضاف أن الجولة المقبلة ستعقد في القاهرة.', [['سامي عادل', 'PERSON', 'Sami Adel']]);
    expect(said(ar).map(([s]) => s)).toEqual(['Sami Adel', 'Sami Adel']);
  });

  it('coordinated speakers each get a statement', () => {
    const doc = run('وتجدر الإشارة إلى أن فرنسا، وكذلك ألمانيا وإيطاليا نفت أي مشاركة في العملية.', [
      ['فرنسا', 'COUNTRY', 'France'],
      ['ألمانيا', 'COUNTRY', 'Germany'],
      ['إيطاليا', 'COUNTRY', 'Italy'],
    ]);
    expect(said(doc).map(([s]) => s)).toEqual(['France', 'Germany', 'Italy']);
    for (const s of doc.statements) expect(s.text).toContain('نفت أي مشاركة');
  });

  it('one statement per sentence per speaker; two speakers in a sentence make two', () => {
    const one = run('وأكد سامي عادل أن الاتفاق صامد، مضيفاً أن الخروقات محدودة.', [['سامي عادل', 'PERSON', 'Sami Adel']]);
    expect(one.statements).toHaveLength(1);
    const two = run('Ortiz said the port was open, while officials said ships were still waiting.', [['Ortiz', 'PERSON']]);
    expect(two.statements).toHaveLength(2);
  });

  it('a quotation over several sentences after one cue is one statement', () => {
    const doc = run('وقال سامي عادل للصحفيين "لن نتراجع. سنواصل الضغط حتى النهاية".', [['سامي عادل', 'PERSON', 'Sami Adel']]);
    expect(doc.statements).toHaveLength(1);
    expect(doc.statements[0]!.text).toContain('سنواصل الضغط');
  });
});

describe('statements: what is not a statement', () => {
  it('titles, subheadings and embedded posts are skipped', () => {
    const text = 'Ortiz says the border will reopen\n\nOrtiz said the border would reopen soon.\n\nOrtiz said on social media the border is open https://t.co/x';
    const doc = run(text, [['Ortiz', 'PERSON']], ['title', 'body', 'post']);
    expect(said(doc)).toEqual([['Ortiz', 'the border would reopen soon.']]);
  });

  it('bare claims of responsibility and negated speech are skipped', () => {
    expect(run('وأعلنت حركة السيوف مسؤوليتها عن الهجوم.', [['حركة السيوف', 'ARMED_GROUP', 'Swords Movement']]).statements).toEqual([]);
    expect(run('ولم تقل فرنسا كيف سترد.', [['فرنسا', 'COUNTRY', 'France']]).statements).toEqual([]);
  });

  it('evidence offsets slice back to the statement text and sentence', () => {
    const text = 'Header line.\n\nLena Ortiz said the border would reopen next week.';
    const doc = run(text, [['Lena Ortiz', 'PERSON']]);
    const s = doc.statements[0]!;
    expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.text);
    expect(text.slice(s.sentence.start, s.sentence.end)).toBe(s.sentence.text);
    expect(s.cue).toBe('said');
  });
});

describe('statements: reported through a medium', () => {
  it('نقلت … عن مسؤول قوله and "quoted X as saying"', () => {
    const ar = run('ونقلت وكالة الأنباء عن مسؤول عسكري رفيع قوله إن الدفاعات الجوية اعترضت الصواريخ.', [['وكالة الأنباء', 'ORGANIZATION', 'News Agency']]);
    expect(said(ar)).toEqual([['مسؤول عسكري رفيع', 'الدفاعات الجوية اعترضت الصواريخ.']]);
    const en = run('The agency quoted Lena Ortiz as saying that the border would stay shut.', [['Lena Ortiz', 'PERSON']]);
    expect(said(en)).toEqual([['Lena Ortiz', 'the border would stay shut.']]);
  });

  it('Arabic content starts after أن even when a quoted participle follows', () => {
    const doc = run('وأكد سامي عادل أن بلاده سترد، مضيفاً: "لن نتهاون".', [['سامي عادل', 'PERSON', 'Sami Adel']]);
    expect(doc.statements).toHaveLength(1);
    expect(doc.statements[0]!.text.startsWith('بلاده سترد')).toBe(true);
    expect(doc.statements[0]!.text).toContain('لن نتهاون');
  });
});

describe('statements: spokespersons', () => {
  it('"a spokesperson for X" speaks for X, and "the spokesperson" continues', () => {
    const doc = run('A spokesperson for the Kerem Embassy said the convoy was safe. "Nobody was hurt," the spokesperson told reporters.', [['Kerem Embassy', 'FACILITY']]);
    expect(said(doc).map(([s]) => s)).toEqual(['Kerem Embassy', 'Kerem Embassy']);
  });
});
