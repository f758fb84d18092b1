/**
 * Which clause subject speaks (invented sentences): an aside between subject and verb, a pronoun in
 * "what he called", a name set off by commas after an Arabic title, a new titled subject after a
 * coordinated verb, a participle's object, "but he" after a clause of the same sentence, and the
 * person met after التقى, who is not the one who warned.
 */
import { statementComponents } from '../../../../src/extract/statements/index.js';
import type { ArticleDoc } from '../../../../src/extract/types.js';
import { docOf, said, type EntityTuple } from '../../../support/relationHarness.js';

const run = (text: string, ents: EntityTuple[]): ArticleDoc => {
  let doc = docOf(text, ents);
  for (const c of statementComponents) doc = c(doc);
  return doc;
};
const speakers = (text: string, ents: EntityTuple[]): (string | null)[] => said(run(text, ents)).map((x) => x[0]);

describe('statements: which clause subject speaks', () => {
  it('"X, for its part, said …": the aside does not hide the subject', () => {
    const s = said(run('The Ash Front, for its part, said it had targeted "enemy ships" and would go on.', [['Ash Front', 'ARMED_GROUP']]));
    expect(s).toEqual([['Ash Front', 'it had targeted "enemy ships" and would go on.']]);
    expect(speakers('President Omar Zeid, for his part, called the raid a "cowardly crime".', [['Omar Zeid', 'PERSON']])).toEqual(['Omar Zeid']);
  });

  it('"X denounced what he described as …": the pronoun is X, not the previous speaker', () => {
    const text = 'Ambassador Tomas Rell said it was "a deliberate strike". Visiting the site later, Foreign Minister Emil Varto denounced what he described as a "heinous attack".';
    const s = said(run(text, [['Tomas Rell', 'PERSON'], ['Emil Varto', 'PERSON']]));
    expect(s.map((x) => x[0])).toEqual(['Tomas Rell', 'Emil Varto']);
    expect(s[1]![1]).toContain('heinous attack');
  });

  it('"what it called" takes a subject of its own clause only', () => {
    const text = 'The blast hit a post in Valta, not Norland, before the kingdom condemned what it called a "terrorist attack".';
    expect(speakers(text, [['Valta', 'LOCATION'], ['Norland', 'COUNTRY']])).toEqual([]);
  });

  it('أكد المتحدث باسم الجيش، العميد X، أن …: the name in apposition speaks, not the army', () => {
    const text = 'وأكد المتحدث باسم الجيش النوردي، العميد أمير سالم، أن معظم الصواريخ اعترضت.';
    expect(speakers(text, [['الجيش النوردي', 'ORGANIZATION', 'Norland Army'], ['أمير سالم', 'PERSON', 'Amir Salem']])).toEqual(['Amir Salem']);
  });

  it('…، وقال المتحدث باسمها X: a titled subject after a coordinated verb is a new speaker', () => {
    const text = 'وتوعدت جبهة الرماد بالرد على الضربة، وقال المتحدث باسمها أمير سالم: "لن يمر هذا من دون حساب".';
    const s = said(run(text, [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['أمير سالم', 'PERSON', 'Amir Salem']]));
    expect(s).toContainEqual(['Amir Salem', '"لن يمر هذا من دون حساب".']);
  });

  it('متهمةً X بـ…: the one accused is the participle\'s object; the clause subject speaks', () => {
    const text = 'أما هيئة الرماد، فقد نعت في بيان "القائد الشهيد"، متهمةً نوردلاند باستهداف مقراتها.';
    expect(speakers(text, [['هيئة الرماد', 'ORGANIZATION', 'Ash Authority'], ['نوردلاند', 'COUNTRY', 'Norland']])).toEqual(['Ash Authority']);
  });

  it('امتنع X عن التعليق، لكنه أشار …: "but he" is the subject of the first clause, not the previous speaker', () => {
    const text = 'وقال الرئيس عمر زيد إن الوضع خطير. في المقابل، امتنع المتحدث باسم الجيش أمير سالم عن التعليق، لكنه أشار إلى أن قواته "في حالة تأهب".';
    expect(speakers(text, [['عمر زيد', 'PERSON', 'Omar Zeid'], ['الجيش', 'ORGANIZATION', 'Army'], ['أمير سالم', 'PERSON', 'Amir Salem']])).toEqual(['Omar Zeid', 'Amir Salem']);
  });

  it('التقى خلالها X، وحذر من أن …: the person met does not speak', () => {
    const text = 'وتأتي الغارات بعد أيام من زيارة إلى فالتا، التقى خلالها الرئيس عمر زيد، وحذر من أن الحرب قد تتسع.';
    expect(speakers(text, [['فالتا', 'LOCATION', 'Valta'], ['عمر زيد', 'PERSON', 'Omar Zeid']])).not.toContain('Omar Zeid');
  });

  it('"groups that X says operate from …": what X says follows its verb', () => {
    const s = said(run('The army said the strikes hit hideouts of the Ash Front, separatists that Nordland says operate from Valta.', [['Ash Front', 'ARMED_GROUP'], ['Nordland', 'COUNTRY'], ['Valta', 'COUNTRY']]));
    expect(s).toContainEqual(['Nordland', 'operate from Valta.']);
  });

  it('"X met Y in P and told her …": X speaks, not Y', () => {
    expect(speakers('Foreign Minister Omar Zeid met Ambassador Lena Ortiz in Valta on Wednesday and told her the raids were a violation of sovereignty.', [['Omar Zeid', 'PERSON'], ['Lena Ortiz', 'PERSON'], ['Valta', 'LOCATION']])).toEqual(['Omar Zeid']);
  });

  it('"On Wednesday he met Y, telling him …": the pronoun is the person who spoke before', () => {
    const text = 'Omar Zeid said the toll was "far too high". On Wednesday he met President Tomas Rell in Valta, telling him that Nordland supports a state.';
    expect(speakers(text, [['Omar Zeid', 'PERSON'], ['Tomas Rell', 'PERSON'], ['Valta', 'LOCATION'], ['Nordland', 'COUNTRY']])).toEqual(['Omar Zeid', 'Omar Zeid']);
  });

  it('"the crown prince stressed …" refers back to the prince named before', () => {
    const text = 'Omar Zeid flew to Valta for talks with Crown Prince Tomas Rell. The crown prince stressed the importance of a ceasefire.';
    expect(speakers(text, [['Omar Zeid', 'PERSON'], ['Valta', 'LOCATION'], ['Tomas Rell', 'PERSON']])).toEqual(['Tomas Rell']);
  });

  it('Arabic: وقال الحزب / ونعى الحزب X في بيان قال فيه: the party named before speaks, not the one mourned', () => {
    const ents: EntityTuple[] = [['حزب النور', 'ARMED_GROUP', 'Nour Party'], ['عمر زيد', 'PERSON', 'Omar Zeid']];
    expect(speakers('التقى الوزير بقادة حزب النور. ونعى الحزب عمر زيد في بيان قال فيه إنه "ارتقى شهيداً".', ents)).toEqual(['Nour Party']);
  });

  it('Arabic: a fronted phrase (وفي أول رد على مقتل X، تبنى G …، قائلاً) does not make X the speaker', () => {
    const ents: EntityTuple[] = [['عمر زيد', 'PERSON', 'Omar Zeid'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front']];
    expect(speakers('وفي أول رد على مقتل عمر زيد، تبنت جبهة الرماد هجوماً بالمسيّرات، قائلة إنه جاء رداً على اغتياله.', ents)).toEqual(['Ash Front']);
  });

  it('Arabic: وانتقل الوزير النوردي إلى فالتا، حيث التقى نظيره X، وقال إنه …: the minister named before speaks', () => {
    const ents: EntityTuple[] = [['عمر زيد', 'PERSON', 'Omar Zeid'], ['فالتا', 'LOCATION', 'Valta'], ['أمير سالم', 'PERSON', 'Amir Salem']];
    const text = 'وصل وزير الخارجية النوردي عمر زيد إلى المنطقة. وانتقل الوزير النوردي الجمعة إلى فالتا، حيث التقى نظيره أمير سالم، وقال إنه يزور العاصمة "لإجراء مشاورات".';
    expect(speakers(text, ents)).toEqual(['Omar Zeid']);
  });

  it('Arabic: متوعداً بأن … is the speech of the clause subject', () => {
    const ents: EntityTuple[] = [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['نوردلاند', 'COUNTRY', 'Nordland']];
    expect(speakers('وحمّلت جبهة الرماد نوردلاند مسؤولية الهجوم، متوعدة بأن "الرد قادم".', ents)).toEqual(['Ash Front']);
  });

  it('"Y, who it said was …": the pronoun is the body that opens the sentence', () => {
    const text = 'The Valta Command identified the target as Omar Zeid, who it said was "responsible for planning attacks".';
    expect(speakers(text, [['Valta Command', 'ORGANIZATION'], ['Omar Zeid', 'PERSON']])).toEqual(['Valta Command']);
  });

  it('"X, the prime minister of G, who …, called …": the person speaks, not the body in the title', () => {
    const text = 'Omar Zeid, the prime minister of the Valta Regional Government, who was also in Davos, called the strike "a crime".';
    expect(speakers(text, [['Omar Zeid', 'PERSON'], ['Valta Regional Government', 'ORGANIZATION']])).toEqual(['Omar Zeid']);
  });

  it('"X, which arms the group but says …": a relative clause after a verb phrase', () => {
    expect(speakers('Nordland, which arms and trains the Ash Front but says it decides on its own, condemned the raids.', [['Nordland', 'COUNTRY'], ['Ash Front', 'ARMED_GROUP']])).toEqual(['Nordland']);
  });

  it('"dismissed the claim as baseless" reports speech; "rejected the proposal" alone does not', () => {
    expect(speakers('Foreign Minister Omar Zeid dismissed the Valtan claim as baseless.', [['Omar Zeid', 'PERSON']])).toEqual(['Omar Zeid']);
    expect(speakers('The parliament of Valta rejected the proposal on Monday.', [['Valta', 'COUNTRY']])).toEqual([]);
  });

  it('Arabic: واكتفى المتحدث X بالقول إن …, and معلناً as a participle but not "غير معلنة"', () => {
    const ents: EntityTuple[] = [['أمير سالم', 'PERSON', 'Amir Salem'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['عمر زيد', 'PERSON', 'Omar Zeid']];
    expect(speakers('وامتنع الجيش عن التعليق، واكتفى متحدثه العميد أمير سالم بالقول إن الضربة "دقيقة".', ents)).toEqual(['Amir Salem']);
    expect(speakers('وردت جبهة الرماد بإطلاق مسيّرات، معلناً في بيان أن الهجوم جاء رداً.', ents)).toEqual(['Ash Front']);
    expect(speakers('وكان عمر زيد قد زار المدينة في زيارة غير معلنة تناولت الهجمات.', ents)).toEqual([]);
  });

  it('"According to officials who spoke to Reuters, X told Y: …": X speaks', () => {
    const text = 'According to three senior officials who spoke to Reuters, Omar Zeid told Tomas Rell at the meeting: "You gave us no warning."';
    expect(speakers(text, [['Omar Zeid', 'PERSON'], ['Tomas Rell', 'PERSON']])).toEqual(['Omar Zeid']);
  });

  it('"X, G\'s main backer, has denied …" and "X, on the first visit to P by …, told …": asides before the verb', () => {
    expect(speakers("Nordland, the Ash Front's main backer, has denied any role in the assault.", [['Nordland', 'COUNTRY'], ['Ash Front', 'ARMED_GROUP']])).toEqual(['Nordland']);
    expect(speakers("Nordland, Ash Front's main backer, has denied any role in the assault.", [['Nordland', 'COUNTRY'], ['Ash Front', 'ARMED_GROUP']])).toEqual(['Nordland']);
    expect(speakers('President Omar Zeid, on the first visit to Valta by a Nordic president in a decade, told a summit that states should act.', [['Omar Zeid', 'PERSON'], ['Valta', 'COUNTRY']])).toEqual(['Omar Zeid']);
  });

  it('"the assault, which X says killed 1,200 people": X says what follows', () => {
    expect(said(run('The group denied the assault, which Nordland says killed about 1,200 people.', [['Nordland', 'COUNTRY']]))).toContainEqual(['Nordland', 'killed about 1,200 people.']);
  });

  it('"Body spokesman X rejected …, saying …": the spokesman, not the body; an outlet named in its description speaks', () => {
    expect(speakers('Valta Foreign Ministry spokesman Omar Zeid rejected the accusations on Monday, saying the groups act alone.', [['Valta Foreign Ministry', 'ORGANIZATION'], ['Omar Zeid', 'PERSON']])).toEqual(['Omar Zeid']);
    expect(speakers("Omar Zeid met Tomas Rell in Valta, Nordland's official news agency NNA reported.", [['Omar Zeid', 'PERSON'], ['Tomas Rell', 'PERSON'], ['Valta', 'LOCATION'], ['NNA', 'ORGANIZATION']])).toEqual(['NNA']);
    expect(speakers('Nordland denounced the raid, while state media in Valta reported deaths.', [['Nordland', 'COUNTRY'], ['Valta', 'COUNTRY']])).toContain('state media in Valta');
  });

  it('"A …, according to X, whose chairman Y said B": X says A, Y says B', () => {
    const text = 'Traffic through the canal fell by roughly half in January, according to the Valta Canal Authority, whose chairman Omar Zeid said revenue had dropped by 46%.';
    const s = said(run(text, [['Valta Canal Authority', 'ORGANIZATION'], ['Omar Zeid', 'PERSON']]));
    expect(s).toContainEqual(['Omar Zeid', 'revenue had dropped by 46%.']);
    expect(s.map((x) => x[0])).toContain('Valta Canal Authority');
  });
});

