/**
 * End to end through extractArticle (parser + entity layer + relations + statements) on invented pages.
 * Expectations use arrayContaining so entity-layer improvements do not break them.
 */
import { extractArticle } from '../../../../src/extract/index.js';
import type { ArticleDoc } from '../../../../src/extract/types.js';

const names = (doc: ArticleDoc) => new Map(doc.entities.map((e) => [e.id as string, e.name]));
const triplesOf = (doc: ArticleDoc): string[] => {
  const n = names(doc);
  return doc.relations.map((r) => `${n.get(r.subject)} ${r.predicate} ${n.get(r.object)}`);
};
const speakersOf = (doc: ArticleDoc): string[] => {
  const n = names(doc);
  return doc.statements.map((s) => (s.speaker ? n.get(s.speaker)! : `[${s.speakerDescription}]`));
};

const EN = `Houthis fire missiles at cargo ship in Gulf of Aden

March 2, 2024

The Iran-backed Houthis attacked a Greek-owned bulk carrier in the Gulf of Aden on Friday, the group's military spokesman Yahya Saree said, warning that more ships would be targeted.

U.S. Central Command said the missiles missed the vessel and no injuries were reported. "These reckless attacks must end," the command said in a statement.

Defense Secretary Lloyd Austin, who is visiting Bahrain, met Bahraini officials on Saturday to discuss maritime security.
`;

const AR = `هجوم بطائرة مسيرة على قاعدة عين الأسد غربي العراق

الأحد 3 مارس 2024

تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار لهجوم بطائرة مسيرة، وفق ما أعلنته وزارة الدفاع الأمريكية.

وقال المتحدث باسم البنتاغون بات رايدر إن الهجوم لم يسفر عن إصابات، مضيفاً أن القوات الأمريكية في العراق سترد في الوقت المناسب.

وأضاف أن التحقيقات ما زالت جارية لتحديد الجهة المنفذة.
`;

describe('relations and statements end to end (extractArticle)', () => {
  it('English page', () => {
    const doc = extractArticle(EN);
    expect(triplesOf(doc)).toEqual(
      expect.arrayContaining(['Iran BACKS Houthis', 'Lloyd Austin VISITED Bahrain', 'Yahya Saree AFFILIATED_WITH Houthis']),
    );
    expect(triplesOf(doc)).not.toContain('Houthis ATTACKED Gulf of Aden');
    expect(speakersOf(doc)).toEqual(expect.arrayContaining(['Yahya Saree', 'U.S. Central Command']));
    expect(speakersOf(doc).filter((s) => s === 'U.S. Central Command')).toHaveLength(2);
    for (const r of doc.relations) expect(EN.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.text);
    for (const s of doc.statements) expect(EN.slice(s.evidence.start, s.evidence.end)).toBe(s.text);
  });

  it('Arabic page', () => {
    const doc = extractArticle(AR);
    expect(triplesOf(doc)).toEqual(
      expect.arrayContaining(['Pat Ryder AFFILIATED_WITH Pentagon', 'Al-Asad Air Base LOCATED_IN Anbar', 'U.S. forces DEPLOYED_IN Iraq']),
    );
    const speakers = speakersOf(doc);
    expect(speakers).toEqual(expect.arrayContaining(['Pentagon', 'Pat Ryder']));
    expect(speakers.filter((s) => s === 'Pat Ryder')).toHaveLength(2); // وأضاف continues the speaker
    // the title is not a statement
    expect(doc.statements.every((s) => !s.sentence.text.startsWith('هجوم بطائرة'))).toBe(true);
  });
});

const EN_UNITS = `Strikes reported near Erbil

March 4, 2024

Iran's Revolutionary Guards said the Quds Force had no role in the strike on Erbil, in Iraq.

The Kurdistan Regional Government condemned the strike, and the Supreme National Security Council met in Tehran.
`;

describe('state hints (extractArticle)', () => {
  it('a unit belongs to its force, sub-national bodies and councils get no implied state', () => {
    const t = triplesOf(extractArticle(EN_UNITS));
    expect(t).toEqual(expect.arrayContaining(['Quds Force AFFILIATED_WITH Islamic Revolutionary Guard Corps']));
    expect(t).not.toContain('Quds Force AFFILIATED_WITH Iran');
    expect(t).not.toContain('Kurdistan Regional Government AFFILIATED_WITH Iraq');
    expect(t.filter((x) => x.startsWith('Supreme National Security Council') && x.includes('AFFILIATED_WITH'))).toEqual([]);
  });
});
