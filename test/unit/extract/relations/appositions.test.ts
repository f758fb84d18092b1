/**
 * Titles and capitals set off by commas (invented sentences): "Norland's Supreme Leader, Ayatollah X",
 * "the group's secretary-general, X", "X, the group's chief negotiator", "Norland's capital, P".
 */
import { relationsOf } from './run.js';
import { findGazetteerMentions } from '../../../../src/extract/entities/gazetteerMentions.js';
import { parseArticle } from '../../../../src/parse/index.js';

describe('AFFILIATED_WITH: a title set off by a comma', () => {
  it('a possessed title, comma, honorific, name', () => {
    expect(relationsOf("\"We will answer,\" Norland's Supreme Leader, Ayatollah Emil Varto, said on Tuesday.", [["Norland", 'COUNTRY'], ['Emil Varto', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Emil Varto AFFILIATED_WITH Norland',
    ]);
  });

  it('"the group\'s secretary-general, X" refers back to the group of the previous sentence', () => {
    expect(relationsOf('The Ash Brigades fired rockets at the port. In a speech the next day, the group\'s secretary-general, Omar Zeid, warned of more.', [['Ash Brigades', 'ARMED_GROUP'], ['Omar Zeid', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Omar Zeid AFFILIATED_WITH Ash Brigades',
    ]);
  });

  it('"X, the group\'s chief negotiator" after the name', () => {
    expect(relationsOf('The Ash Brigades rejected the offer. "No," Omar Zeid, the group\'s chief negotiator, told reporters.', [['Ash Brigades', 'ARMED_GROUP'], ['Omar Zeid', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Omar Zeid AFFILIATED_WITH Ash Brigades',
    ]);
  });

  it('a quoted body and an ال-title before the name (القيادي في "جبهة الرماد" X، المستشار البارز في G X)', () => {
    expect(relationsOf('واستهدفت الغارة القيادي في "جبهة الرماد" عمر زيد بغارة على سيارته.', [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['عمر زيد', 'PERSON', 'Omar Zeid']], 'AFFILIATED_WITH')).toEqual([
      'Omar Zeid AFFILIATED_WITH Ash Front',
    ]);
    expect(relationsOf('وجاء ذلك بعد مقتل المستشار البارز في الحرس الوطني أمير سالم بضربة.', [['الحرس الوطني', 'ORGANIZATION', 'National Guard'], ['أمير سالم', 'PERSON', 'Amir Salem']], 'AFFILIATED_WITH')).toEqual([
      'Amir Salem AFFILIATED_WITH National Guard',
    ]);
  });

  it('"the company\'s chief executive, X" and "X, its spokesman" refer back to the body named before', () => {
    expect(relationsOf('Blue Line Group confirmed it. "We were waiting," the company\'s chief executive, Roy Hadd, told reporters.', [['Blue Line Group', 'ORGANIZATION'], ['Roy Hadd', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Roy Hadd AFFILIATED_WITH Blue Line Group',
    ]);
    expect(relationsOf('The Port Authority condemned the strikes. Sam Dale, its spokesman, called them an attack.', [['Port Authority', 'ORGANIZATION'], ['Sam Dale', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Sam Dale AFFILIATED_WITH Port Authority',
    ]);
  });

  it('"the group\'s negotiator" refers to an armed group, never to a state named just before', () => {
    expect(relationsOf('The Ash Front seized a ship. Norland struck its bases. "No," Omar Zeid, the group\'s chief negotiator, said.', [['Ash Front', 'ARMED_GROUP'], ['Norland', 'COUNTRY'], ['Omar Zeid', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Omar Zeid AFFILIATED_WITH Ash Front',
    ]);
  });

  it('a comma after a word that is no title does not let a title further back through', () => {
    expect(relationsOf('The Norland minister arrived, and Emil Varto left.', [['Norland', 'COUNTRY'], ['Emil Varto', 'PERSON']], 'AFFILIATED_WITH')).toEqual([]);
  });
});

describe('LOCATED_IN: a capital named after its country', () => {
  it("\"Norland's capital, Velta\" puts the city in the country", () => {
    expect(relationsOf("Talks were held in Norland's capital, Velta, on Sunday.", [['Norland', 'COUNTRY'], ['Velta', 'LOCATION']], 'LOCATED_IN')).toEqual(['Velta LOCATED_IN Norland']);
  });

  it('a capital that also stands for its state reads as the city after "العاصمة <nationality>"', () => {
    const doc = findGazetteerMentions({ parsed: parseArticle('وصل الوزير إلى العاصمة السعودية الرياض مساء الأربعاء في زيارة رسمية.'), entities: [], mentions: [], relations: [], statements: [] });
    const riyadh = (doc.candidates ?? []).find((c) => c.text === 'الرياض');
    expect(riyadh?.type).toBe('LOCATION');
    const acting = findGazetteerMentions({ parsed: parseArticle('وقالت الرياض إنها لا علاقة لها بالهجوم على الإطلاق.'), entities: [], mentions: [], relations: [], statements: [] });
    expect((acting.candidates ?? []).find((c) => c.text === 'الرياض')?.type).toBe('COUNTRY');
  });
});

describe('ATTACKED and membership through relative clauses', () => {
  it('an Arabic attack noun whose doer is a relative verb (الهجوم الذي شنّته X على Y / هجوم … تبنّاه X على Y)', () => {
    expect(relationsOf('جاءت الزيارة بعد الهجوم الصاروخي الذي شنّته نوردلاند على فالتا الشهر الماضي.', [['نوردلاند', 'COUNTRY', 'Norland'], ['فالتا', 'COUNTRY', 'Valta']], 'ATTACKED')).toEqual([
      'Norland ATTACKED Valta',
    ]);
    expect(relationsOf('وذلك غداة هجوم بطائرة مسيّرة تبنّاه لواء الصقر على مدينة برقة.', [['لواء الصقر', 'ARMED_GROUP', 'Falcon Brigade'], ['برقة', 'LOCATION', 'Barqa']], 'ATTACKED')).toEqual([
      'Falcon Brigade ATTACKED Barqa',
    ]);
  });

  it('"X, an umbrella of M that has claimed … attacks on Y": X and M attacked Y', () => {
    const t = relationsOf('The Ash Front, an umbrella of armed factions that has claimed most of the attacks on the Velta garrison, denied it.', [
      ['Ash Front', 'ARMED_GROUP'],
      ['armed factions', 'ARMED_GROUP', 'Armed factions'],
      ['Velta garrison', 'FACILITY'],
    ], 'ATTACKED');
    expect(t.sort()).toEqual(['Armed factions ATTACKED Velta garrison', 'Ash Front ATTACKED Velta garrison']);
  });

  it('"X is one of the factions grouped under Y" / "المنضوية تحت" make X a member of Y', () => {
    expect(relationsOf('The Falcon Brigade is one of the factions grouped under the Ash Front.', [['Falcon Brigade', 'ARMED_GROUP'], ['Ash Front', 'ARMED_GROUP']], 'AFFILIATED_WITH')).toEqual([
      'Falcon Brigade AFFILIATED_WITH Ash Front',
    ]);
    expect(relationsOf('وأعلن لواء الصقر المنضوي تحت جبهة الرماد مسؤوليته.', [['لواء الصقر', 'ARMED_GROUP', 'Falcon Brigade'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front']], 'AFFILIATED_WITH')).toEqual([
      'Falcon Brigade AFFILIATED_WITH Ash Front',
    ]);
  });
});

describe('THREATENED and BACKS through warnings and appositions', () => {
  it('"X warned Y that if …, … would …" is a threat to Y; a warning without a conditional harm is not', () => {
    expect(relationsOf('Omar Zeid warned Norland that if it launched a war, his fighters would wage it without limits.', [['Omar Zeid', 'PERSON'], ['Norland', 'COUNTRY']], 'THREATENED')).toEqual([
      'Omar Zeid THREATENED Norland',
    ]);
    expect(relationsOf('Omar Zeid warned Norland that the talks were fragile.', [['Omar Zeid', 'PERSON'], ['Norland', 'COUNTRY']], 'THREATENED')).toEqual([]);
  });

  it('"X، إحدى الفصائل المدعومة من Y" makes Y a backer of X too', () => {
    // (the backer is a country the lexicon knows: its name is read inside the nominal group's own mention)
    const t = relationsOf('أما جبهة الرماد، إحدى الفصائل المدعومة من إيران، فتوعدت بالرد.', [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['الفصائل المدعومة من إيران', 'ARMED_GROUP', 'Iran-backed factions', true], ['إيران', 'COUNTRY', 'Iran']], 'BACKS');
    expect(t).toContain('Iran BACKS Ash Front');
  });

  it('"Y, which arms and trains X," backs X; "Y, which X attacked," does not', () => {
    expect(relationsOf('Norland, which arms and trains the Ash Front, condemned the strikes.', [['Norland', 'COUNTRY'], ['Ash Front', 'ARMED_GROUP']], 'BACKS')).toEqual(['Norland BACKS Ash Front']);
    expect(relationsOf('Norland, which the Ash Front attacked, said nothing.', [['Norland', 'COUNTRY'], ['Ash Front', 'ARMED_GROUP']], 'BACKS')).toEqual([]);
  });
});

describe('accusing participles, talks, weapons deliveries', () => {
  it('"…، متّهماً X بـ…" is an accusation by the speaker', () => {
    expect(relationsOf('وقال أمير سالم إن الميناء "ليس بريئاً"، متّهماً نوردلاند باستخدامه.', [['أمير سالم', 'PERSON', 'Amir Salem'], ['نوردلاند', 'COUNTRY', 'Norland']], 'ACCUSED')).toEqual([
      'Amir Salem ACCUSED Norland',
    ]);
  });

  it('"عقد جلسة مباحثات مع X" is a meeting', () => {
    expect(relationsOf('وعقد أمير سالم جلسة مباحثات مع نظيره عمر زيد.', [['أمير سالم', 'PERSON', 'Amir Salem'], ['عمر زيد', 'PERSON', 'Omar Zeid']], 'MET_WITH')).toEqual([
      'Amir Salem MET_WITH Omar Zeid',
    ]);
  });

  it('delivering or smuggling weapons to X backs X', () => {
    expect(relationsOf('واتهمت فالتا نوردلاند باستخدام الميناء لإيصال أسلحة فتاكة إلى جبهة الرماد.', [['فالتا', 'COUNTRY', 'Valta'], ['نوردلاند', 'COUNTRY', 'Norland'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front']], 'BACKS')).toEqual([
      'Norland BACKS Ash Front',
    ]);
    expect(relationsOf('Valta accuses Norland of smuggling weapons to the Ash Front.', [['Valta', 'COUNTRY'], ['Norland', 'COUNTRY'], ['Ash Front', 'ARMED_GROUP']], 'BACKS')).toEqual(['Norland BACKS Ash Front']);
  });
});

describe('THREATENED: the reported clause', () => {
  it('the subject of the threat\'s own clause is not the one threatened (هدد X بأن G "لن يترددوا في ضرب" Y)', () => {
    expect(relationsOf('وهدد عمر زيد بأن جبهة الرماد "لن تتردد في ضرب الأهداف الحيوية" لنوردلاند.', [['عمر زيد', 'PERSON', 'Omar Zeid'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['نوردلاند', 'COUNTRY', 'Norland']], 'THREATENED')).toEqual([
      'Omar Zeid THREATENED Norland',
    ]);
  });
});

describe('ATTACKED: killed members and relative verbs after attack nouns', () => {
  it('advisers of a state force killed in a strike: the force is a target, the city around the struck district is not', () => {
    // (the attacker is named by a nationality the lexicon knows)
    const t = relationsOf('أعلنت إسرائيل ذلك. وقُتل خمسة مستشارين من الحرس الوطني بغارة إسرائيلية على حي الورد في فالتا.', [
      ['إسرائيل', 'COUNTRY', 'Israel'],
      ['الحرس الوطني', 'ORGANIZATION', 'National Guard'],
      ['حي الورد', 'LOCATION', 'Ward district'],
      ['فالتا', 'LOCATION', 'Valta'],
    ], 'ATTACKED');
    expect(t).toContain('Israel ATTACKED National Guard');
    expect(t).not.toContain('Israel ATTACKED Valta');
  });

  it('an attack noun followed by a relative verb names its target (هجوم X بصواريخ استهدف Y / an attack that hit Y)', () => {
    expect(relationsOf('قالت إيران ذلك بعد يومين من هجوم إيراني بصواريخ ومسيّرات استهدف جبهة الرماد.', [['إيران', 'COUNTRY', 'Iran'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front']], 'ATTACKED')).toEqual([
      'Iran ATTACKED Ash Front',
    ]);
    expect(relationsOf('It came two days after a Norland missile attack that hit the Ash Front in Valta.', [['Norland', 'COUNTRY'], ['Ash Front', 'ARMED_GROUP'], ['Valta', 'COUNTRY']], 'ATTACKED')).toContain('Norland ATTACKED Ash Front');
  });
});

describe('LOCATED_IN: a place noun, the name and its nationality at the end of a sentence', () => {
  it('"مدينة X السورية." — the full stop does not hide the nationality', () => {
    expect(relationsOf('وطالت الضربات مواقع في سوريا، إلى جانب مدينة الورد السورية.', [['سوريا', 'COUNTRY', 'Syria'], ['الورد', 'LOCATION', 'Ward']], 'LOCATED_IN')).toEqual(['Ward LOCATED_IN Syria']);
  });
});

describe('LOCATED_IN: "X is a small base in P"', () => {
  it('a copula and a described site before "in"', () => {
    expect(relationsOf('Outpost 9 is a small logistics support base in northeastern Norland, near the border.', [['Outpost 9', 'FACILITY'], ['Norland', 'COUNTRY']], 'LOCATED_IN')).toEqual(['Outpost 9 LOCATED_IN Norland']);
    expect(relationsOf('Outpost 9 is a small base near Norland.', [['Outpost 9', 'FACILITY'], ['Norland', 'COUNTRY']], 'LOCATED_IN')).toEqual([]);
  });
});

describe('ATTACKED: Arabic subjects', () => {
  it('"أعلن الجيش النوردي أنه قصف X": the speaking army, not the nationality in its name', () => {
    const t = relationsOf('وأعلن الجيش النوردي أنه قصف أهدافاً لجبهة الرماد في منطقة الميناء.', [['الجيش النوردي', 'ORGANIZATION', 'Norland Army'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front']], 'ATTACKED');
    expect(t).toEqual(['Norland Army ATTACKED Ash Front']);
  });

  it('"وطالت الضربات X" continues the last attacker', () => {
    const t = relationsOf('شنت نوردلاند موجة غارات جوية على جبهة الرماد. وطالت الضربات منطقة الوادي.', [['نوردلاند', 'COUNTRY', 'Norland'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['منطقة الوادي', 'LOCATION', 'Wadi']], 'ATTACKED');
    expect(t.sort()).toEqual(['Norland ATTACKED Ash Front', 'Norland ATTACKED Wadi']);
  });
});

describe('ATTACKED: a possessive subject', () => {
  it('"X said … that its fighter jets then struck Y": X attacked, not the last attacker of the text', () => {
    const t = relationsOf('The Ash Front fired rockets at the port. The Norland army said a post had been hit, and that its fighter jets then struck the Ash Front cell behind the launches.', [
      ['Ash Front', 'ARMED_GROUP'],
      ['Norland army', 'ORGANIZATION'],
    ], 'ATTACKED');
    expect(t).toEqual(['Norland army ATTACKED Ash Front']);
  });
});

describe('LOCATED_IN: "A, B\'s southern suburbs"', () => {
  it('an apposition naming a part of B puts A in B; a bare apposition does not', () => {
    expect(relationsOf("The strike hit a flat in Wadi, Velta's densely populated southern suburbs, on Tuesday.", [['Wadi', 'LOCATION'], ['Velta', 'LOCATION']], 'LOCATED_IN')).toEqual(['Wadi LOCATED_IN Velta']);
    expect(relationsOf("Talks moved from Wadi, Velta's rival, to the coast.", [['Wadi', 'LOCATION'], ['Velta', 'LOCATION']], 'LOCATED_IN')).toEqual([]);
  });
});

describe('ATTACKED: who is not a target', () => {
  it('a name after a comma that speaks ("…at it, X told TV") is the source', () => {
    expect(relationsOf('Norland jets fired six missiles at the depot, Omar Zeid told state television.', [['Norland', 'COUNTRY'], ['Omar Zeid', 'PERSON']], 'ATTACKED')).toEqual([]);
  });
});
