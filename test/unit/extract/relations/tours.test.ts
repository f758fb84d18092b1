/**
 * A diplomat's tour (invented sentences): the list of places a trip took someone to, a second verb
 * phrase that belongs to the sentence's subject, meetings "for talks with" / "to see", a titled second
 * person met, a pronoun after a fronted phrase, and — through the real gazetteer — a capital abroad
 * where a known official meets someone.
 */
import { extractArticle } from '../../../../src/extract/index.js';
import { relationsOf } from './run.js';

describe('a tour: VISITED and MET_WITH', () => {
  it('"the trip took him to A, B and C": every place of the list', () => {
    const t = relationsOf("The trip, Omar Zeid's third to the region, took him to Valta, Nordland and Kerem before Sarn.", [['Omar Zeid', 'PERSON'], ['Valta', 'COUNTRY'], ['Nordland', 'COUNTRY'], ['Kerem', 'COUNTRY'], ['Sarn', 'COUNTRY']], 'VISITED');
    expect(t).toEqual(expect.arrayContaining(['Omar Zeid VISITED Valta', 'Omar Zeid VISITED Nordland', 'Omar Zeid VISITED Kerem']));
  });

  it('"X met Y in P and then flew to Q for talks with Z": Q and Z are X\'s, not Y\'s', () => {
    const t = relationsOf('On Monday Omar Zeid met President Tomas Rell in Valta and then flew to Kerem for talks with Prime Minister Emil Varto.', [['Omar Zeid', 'PERSON'], ['Tomas Rell', 'PERSON'], ['Valta', 'LOCATION'], ['Kerem', 'LOCATION'], ['Emil Varto', 'PERSON']]);
    expect(t).toEqual(expect.arrayContaining(['Omar Zeid MET_WITH Tomas Rell', 'Omar Zeid VISITED Kerem', 'Omar Zeid MET_WITH Emil Varto']));
    expect(t.filter((x) => x.startsWith('Tomas Rell'))).toEqual([]);
  });

  it('"stopped on the island of P to see Prime Minister Y"', () => {
    const t = relationsOf('Omar Zeid held talks with Tomas Rell, and then stopped on the island of Kerem to see Prime Minister Emil Varto.', [['Omar Zeid', 'PERSON'], ['Tomas Rell', 'PERSON'], ['Kerem', 'LOCATION'], ['Emil Varto', 'PERSON']]);
    expect(t).toEqual(expect.arrayContaining(['Omar Zeid VISITED Kerem', 'Omar Zeid MET_WITH Emil Varto']));
    expect(t.filter((x) => x.startsWith('Tomas Rell'))).toEqual([]);
  });

  it('"held talks with President X and Foreign Minister Y": both are met', () => {
    const t = relationsOf('In Valta, Omar Zeid held talks with President Tomas Rell and Foreign Minister Emil Varto.', [['Omar Zeid', 'PERSON'], ['Valta', 'LOCATION'], ['Tomas Rell', 'PERSON'], ['Emil Varto', 'PERSON']], 'MET_WITH');
    expect(t).toEqual(['Omar Zeid MET_WITH Tomas Rell', 'Omar Zeid MET_WITH Emil Varto']);
  });

  it('"In P on Tuesday, he met Y": the pronoun after a fronted phrase is the person of the text', () => {
    const t = relationsOf('Omar Zeid arrived in the region on Monday. In Kerem on Tuesday, he met Prime Minister Emil Varto.', [['Omar Zeid', 'PERSON'], ['Kerem', 'LOCATION'], ['Emil Varto', 'PERSON']], 'MET_WITH');
    expect(t).toEqual(['Omar Zeid MET_WITH Emil Varto']);
  });

  it('"to see" needs a person: "to see Nordland punished" is no meeting', () => {
    expect(relationsOf('Omar Zeid said he wanted to see Nordland punished.', [['Omar Zeid', 'PERSON'], ['Nordland', 'COUNTRY']], 'MET_WITH')).toEqual([]);
  });

  it('a known official meeting someone in a capital abroad visits it; at home he does not', () => {
    const triples = (text: string): string[] => {
      const doc = extractArticle(`Head\n\n${text}`);
      const n = new Map(doc.entities.map((e) => [e.id as string, e.name]));
      return doc.relations.map((r) => `${n.get(r.subject)} ${r.predicate} ${n.get(r.object)}`);
    };
    expect(triples("In Amman on Sunday, Antony Blinken met Jordan's King Abdullah II.")).toContain('Antony Blinken VISITED Amman');
    expect(triples('Antony Blinken spoke to reporters later that day in Doha, where he met Qatar\'s Emir Tamim bin Hamad Al Thani.')).toContain('Antony Blinken VISITED Doha');
    expect(triples('In Washington on Sunday, Antony Blinken met the Iraqi prime minister Mohammed Shia al-Sudani.')).not.toContain('Antony Blinken VISITED Washington');
  });

  it('Arabic: جولة شملت A وB وC, and a trip after قبل أن / قبل توجهه is the sentence subject\'s', () => {
    const ents: [string, 'PERSON' | 'COUNTRY' | 'LOCATION', string][] = [['عمر زيد', 'PERSON', 'Omar Zeid'], ['فالتا', 'COUNTRY', 'Valta'], ['نوردلاند', 'COUNTRY', 'Nordland'], ['أمير سالم', 'PERSON', 'Amir Salem'], ['كيرم', 'LOCATION', 'Kerem']];
    expect(relationsOf('أنهى الوزير عمر زيد جولة إقليمية شملت فالتا ونوردلاند.', ents, 'VISITED')).toEqual(['Omar Zeid VISITED Valta', 'Omar Zeid VISITED Nordland']);
    expect(relationsOf('التقى الوزير عمر زيد الرئيس أمير سالم، قبل أن يصل مساءً إلى كيرم.', ents, 'VISITED')).toEqual(['Omar Zeid VISITED Kerem']);
    expect(relationsOf('التقى الوزير عمر زيد الرئيس أمير سالم صباحاً، قبل توجهه إلى كيرم.', ents, 'VISITED')).toEqual(['Omar Zeid VISITED Kerem']);
  });

  it('Arabic: a title standing for a person named before is the subject (التقى الوزير النوردي رئيس الحكومة X ورئيس البرلمان Y)', () => {
    const ents: [string, 'PERSON' | 'LOCATION', string][] = [['عمر زيد', 'PERSON', 'Omar Zeid'], ['أمير سالم', 'PERSON', 'Amir Salem'], ['سامي حداد', 'PERSON', 'Sami Haddad'], ['كيرم', 'LOCATION', 'Kerem'], ['رامي خوري', 'PERSON', 'Rami Khoury']];
    const text = 'وصل وزير الخارجية النوردي عمر زيد إلى المنطقة. وفي العاصمة، التقى الوزير النوردي رئيس الحكومة أمير سالم ورئيس البرلمان سامي حداد. وانتقل الوزير النوردي الجمعة إلى كيرم، حيث التقى نظيره رامي خوري.';
    const t = relationsOf(text, ents);
    expect(t).toEqual(expect.arrayContaining(['Omar Zeid MET_WITH Amir Salem', 'Omar Zeid MET_WITH Sami Haddad', 'Omar Zeid VISITED Kerem', 'Omar Zeid MET_WITH Rami Khoury']));
    expect(t.filter((x) => x.startsWith('Amir Salem') && !x.includes('MET_WITH'))).toEqual([]);
  });

  it('Arabic: كما التقى continues the subject of the sentence before; ، ثم + title adds one more person met', () => {
    const ents: [string, 'PERSON', string][] = [['عمر زيد', 'PERSON', 'Omar Zeid'], ['أمير سالم', 'PERSON', 'Amir Salem'], ['سامي حداد', 'PERSON', 'Sami Haddad'], ['رامي خوري', 'PERSON', 'Rami Khoury']];
    const text = 'واجتمع عمر زيد صباح الجمعة بالرئيس أمير سالم. كما التقى الأمين العام للحزب سامي حداد، ثم رئيس المكتب السياسي للحركة رامي خوري.';
    expect(relationsOf(text, ents, 'MET_WITH')).toEqual(['Omar Zeid MET_WITH Amir Salem', 'Omar Zeid MET_WITH Sami Haddad', 'Omar Zeid MET_WITH Rami Khoury']);
  });

  it('a host who receives a guest in his capital: the guest visits it, the host does not', () => {
    const triples = (text: string): string[] => {
      const doc = extractArticle(`Head\n\n${text}`);
      const n = new Map(doc.entities.map((e) => [e.id as string, e.name]));
      return doc.relations.map((r) => `${n.get(r.subject)} ${r.predicate} ${n.get(r.object)}`);
    };
    const t = triples("Iran's Supreme Leader Ayatollah Ali Khamenei received Hamas political bureau chief Ismail Haniyeh in the Iranian capital, Tehran, in early November.");
    expect(t).toContain('Ismail Haniyeh VISITED Tehran');
    expect(t).not.toContain('Ali Khamenei VISITED Tehran');
  });

  it('"X, who … between A and B, has also met Y": X met Y, not B', () => {
    const t = relationsOf('Omar Zeid, who has divided his time between Valta and Nordland since 2019, has also met Foreign Minister Tomas Rell.', [['Omar Zeid', 'PERSON'], ['Valta', 'COUNTRY'], ['Nordland', 'COUNTRY'], ['Tomas Rell', 'PERSON']], 'MET_WITH');
    expect(t).toEqual(['Omar Zeid MET_WITH Tomas Rell']);
  });
});

