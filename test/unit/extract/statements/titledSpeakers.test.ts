/**
 * Speakers introduced by a title (invented sentences): a name set off by commas after its title,
 * a quotation before a titled speaker, an addressee before a quoted reply, a bare title that refers
 * back to a named person, a fronted Arabic topic (أما X … فـ), and participles of speech.
 */
import { statementComponents } from '../../../../src/extract/statements/index.js';
import type { ArticleDoc } from '../../../../src/extract/types.js';
import { docOf, said, type EntityTuple } from '../../../support/relationHarness.js';

const run = (text: string, ents: EntityTuple[]): ArticleDoc => {
  let doc = docOf(text, ents);
  for (const c of statementComponents) doc = c(doc);
  return doc;
};

describe('statements: titled speakers', () => {
  it('"the group\'s secretary-general, X, warned Y that …": X speaks, not the addressee', () => {
    const s = said(run("In a speech, the group's secretary-general, Omar Zeid, warned Norland that its fighters would respond.", [['Omar Zeid', 'PERSON'], ['Norland', 'COUNTRY']]));
    expect(s).toEqual([['Omar Zeid', 'its fighters would respond.']]);
  });

  it('a quotation before "Norland\'s Supreme Leader, Ayatollah X, said" is his, and only the quotation', () => {
    const s = said(run('"The regime will be punished," Norland\'s Supreme Leader, Ayatollah Emil Varto, said on Tuesday.', [['Emil Varto', 'PERSON'], ['Norland', 'COUNTRY']]));
    expect(s).toEqual([['Emil Varto', '"The regime will be punished,"']]);
  });

  it('"told a U.S. network: "…"": the quotation after the addressee', () => {
    const s = said(run('Asked about the target, its chief spokesman, Rear Adm. Tomas Rell, told a U.S. network: "This is no consulate."', [['Tomas Rell', 'PERSON']]));
    expect(s).toEqual([['Tomas Rell', '"This is no consulate."']]);
  });

  it('a bare Arabic title refers back to the person named with it (وقال الوزير النوردي للصحفيين إن …)', () => {
    const s = said(run('وصل وزير الخارجية النوردي أمير سالم إلى فالتا. وقال الوزير النوردي للصحفيين إن المحادثات "كانت مثمرة".', [['أمير سالم', 'PERSON', 'Amir Salem'], ['فالتا', 'LOCATION', 'Valta']]));
    expect(s).toEqual([['Amir Salem', 'المحادثات "كانت مثمرة".']]);
  });

  it('a fronted topic: أما X، …، فتوعدت Y — X speaks, Y is the object', () => {
    const s = said(run('أما جبهة الرماد، إحدى الفصائل المسلحة، فتوعدت نوردلاند بـ"رد قاس".', [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['نوردلاند', 'COUNTRY', 'Norland']]));
    expect(s.map((x) => x[0])).toEqual(['Ash Front']);
  });

  it('"…, describing the barrage as …" is said by the clause subject', () => {
    const s = said(run('The Ash Front fired dozens of rockets at the port, describing the barrage as the opening of its retaliation.', [['Ash Front', 'ARMED_GROUP']]));
    expect(s).toEqual([['Ash Front', 'the barrage as the opening of its retaliation.']]);
  });
});
