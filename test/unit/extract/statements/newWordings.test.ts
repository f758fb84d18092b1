/** Statement wordings beyond the tuning set (invented sentences). */
import { statementComponents } from '../../../../src/extract/statements/index.js';
import type { ArticleDoc } from '../../../../src/extract/types.js';
import type { SectionKind } from '../../../../src/parse/types.js';
import { docOf, said, type EntityTuple } from '../../../support/relationHarness.js';

const run = (text: string, ents: EntityTuple[], kinds: SectionKind[] = []): ArticleDoc => {
  let doc = docOf(text, ents, kinds);
  for (const c of statementComponents) doc = c(doc);
  return doc;
};

describe('statements: new wordings', () => {
  it('anonymous source with "who asked not to be named" / "speaking on condition of anonymity"', () => {
    expect(said(run('A senior official, who asked not to be named, said the convoy had been rerouted.', []))).toEqual([['senior official', 'the convoy had been rerouted.']]);
    expect(said(run('Two officials, speaking on condition of anonymity, said the Ash Militia was behind the attack.', [['Ash Militia', 'ARMED_GROUP']]))).toEqual([['Two officials', 'the Ash Militia was behind the attack.']]);
  });

  it('"declined to comment, but said" keeps the first clause\'s subject', () => {
    expect(said(run('Lena Ortiz declined to comment, but said at the time that the port "remains closed."', [['Lena Ortiz', 'PERSON']]))).toEqual([['Lena Ortiz', 'the port "remains closed."']]);
  });

  it('"posted on X" by a mission', () => {
    const s = said(run('The Norland Embassy posted on X that the attacks "will not go unanswered."', [['Norland Embassy', 'FACILITY']]));
    expect(s).toEqual([['Norland Embassy', 'the attacks "will not go unanswered."']]);
  });

  it('Arabic أعربت … عن (expressed)', () => {
    const s = said(run('وأعربت وزارة الخارجية عن قلقها البالغ من التصعيد في المنطقة.', [['وزارة الخارجية', 'ORGANIZATION', 'Foreign Ministry']]));
    expect(s[0]![0]).toBe('Foreign Ministry');
    expect(s[0]![1]).toContain('قلقها البالغ من التصعيد');
  });

  it('Arabic نقلت … عن مسؤول لم تكشف اسمه أن … (no قوله)', () => {
    expect(said(run('ونقلت وسائل إعلام محلية عن مسؤول أمني لم تكشف اسمه أن الطريق أغلق بالكامل.', []))).toEqual([['مسؤول أمني لم تكشف اسمه', 'الطريق أغلق بالكامل.']]);
  });

  it('a claim of responsibility with a long group name is no statement', () => {
    expect(said(run('وأعلنت جبهة الدفاع عن الوادي الأخضر مسؤوليتها عن الهجوم في بيان.', [['جبهة الدفاع عن الوادي الأخضر', 'ARMED_GROUP', 'Green Valley Defense Front']]))).toEqual([]);
  });
});

describe('statements: spans and second sources', () => {
  it('a sole speaker\'s text covers every quote of the sentence', () => {
    const s = said(run('"We are ready," Lena Ortiz said, describing the talks as "a first step."', [['Lena Ortiz', 'PERSON']]));
    expect(s.length).toBe(1);
    expect(s[0]![1]).toContain('We are ready');
    expect(s[0]![1]).toContain('a first step');
  });

  it('a nested بحسب source inside a reported clause gets its own statement; a parenthetical one does not', () => {
    const two = said(run('وقال سالم حداد إن القصف طال ثلاثة أحياء في المدينة، بحسب وكالة النهار.', [['سالم حداد', 'PERSON', 'Salem Haddad'], ['وكالة النهار', 'ORGANIZATION', 'Nahar Agency']]));
    expect(two.map((x) => x[0])).toEqual(['Salem Haddad', 'Nahar Agency']);
    const one = said(run('وأكد سالم حداد، بحسب وكالة النهار، أن القصف طال ثلاثة أحياء.', [['سالم حداد', 'PERSON', 'Salem Haddad'], ['وكالة النهار', 'ORGANIZATION', 'Nahar Agency']]));
    expect(one.map((x) => x[0])).toEqual(['Salem Haddad']);
  });

  it('"وجاء في بيان لـX" attributes to X', () => {
    const s = said(run('وجاء في بيان لوزارة الداخلية أن الطريق سيفتح غداً.', [['وزارة الداخلية', 'ORGANIZATION', 'Interior Ministry']]));
    expect(s[0]![0]).toBe('Interior Ministry');
    expect(s[0]![1]).toContain('الطريق سيفتح غداً');
  });

  it('a long paragraph typed as a subheading still yields its statement; a short headline does not', () => {
    const doc = run('Lena Ortiz said on Monday that the northern border crossing would reopen to trucks next week.', [['Lena Ortiz', 'PERSON']], ['subheading']);
    expect(said(doc).length).toBe(1);
    expect(said(run('Ortiz says border will reopen', [['Ortiz', 'PERSON']], ['subheading']))).toEqual([]);
  });
});


describe('statements: fourth batch', () => {
  it('"told <outlet>": the outlet is the addressee, not content', () => {
    expect(said(run('Kel Brand told Reuters the fleet would stay in port.', [['Kel Brand', 'PERSON'], ['Reuters', 'ORGANIZATION']]))).toEqual([['Kel Brand', 'the fleet would stay in port.']]);
    expect(said(run('Kel Brand told reporters the fleet would stay in port.', [['Kel Brand', 'PERSON']]))).toEqual([['Kel Brand', 'the fleet would stay in port.']]);
  });

  it('a mission speaks for its state', () => {
    const s = said(run("Sudria's mission to the UN said the strike was lawful.", [['Sudria', 'COUNTRY'], ['UN', 'ORGANIZATION']]));
    expect(s).toEqual([['Sudria', 'the strike was lawful.']]);
  });

  it('Arabic: two speech clauses — each content belongs to the cue before it', () => {
    const s = said(run('واتهمت نوردلاند جماعة الرماد بالهجوم، فيما نقلت وكالة الأنباء عن مسؤول قوله إن السفينة غرقت.', [
      ['نوردلاند', 'COUNTRY', 'Nordland'],
      ['جماعة الرماد', 'ARMED_GROUP', 'Ash Group'],
      ['وكالة الأنباء', 'ORGANIZATION', 'News Agency'],
    ]));
    expect(s).toEqual([['Nordland', 'جماعة الرماد بالهجوم'], ['مسؤول', 'السفينة غرقت.']]);
  });

  it('Arabic: المجلس refers back to a council', () => {
    const s = said(run('اجتمع المجلس الأعلى للأمن أمس. وذكر المجلس أن الاجتماع انتهى دون اتفاق.', [['المجلس الأعلى للأمن', 'ORGANIZATION', 'High Security Council']]));
    expect(s).toEqual([['High Security Council', 'الاجتماع انتهى دون اتفاق.']]);
  });

  it('negative: an apposition line and an event description are no statements', () => {
    expect(said(run('The group\'s military spokesman, Kel Brand.', [['Kel Brand', 'PERSON']]))).toEqual([]);
    expect(said(run('A drone launched by the Ash Militia struck the ship on Monday.', [['Ash Militia', 'ARMED_GROUP']]))).toEqual([]);
  });
});
