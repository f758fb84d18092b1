import { relationsOf } from './run.js';

describe('THREATENED', () => {
  it('English "threatened" with the threatened party after the verb', () => {
    expect(relationsOf('The Sable Legion threatened Valoria with new strikes.', [['Sable Legion', 'ARMED_GROUP'], ['Valoria', 'COUNTRY']], 'THREATENED')).toEqual([
      'Sable Legion THREATENED Valoria',
    ]);
  });

  it('Arabic توعد with a demonym object (القواعد الأمريكية → United States)', () => {
    expect(
      relationsOf('وتوعد قائد الجماعة سامر الخطيب باستهداف القواعد الأمريكية في المنطقة.', [['سامر الخطيب', 'PERSON', 'Samer al-Khatib'], ['الولايات المتحدة', 'COUNTRY', 'United States']], 'THREATENED'),
    ).toEqual(['Samer al-Khatib THREATENED United States']);
  });

  it('a "legitimate target" formula: speaker threatens the party named in the clause', () => {
    expect(
      relationsOf('Spokesman Karim Haddad warned that any ship trading with Valoria would be a "legitimate target".', [['Karim Haddad', 'PERSON'], ['Valoria', 'COUNTRY']], 'THREATENED'),
    ).toEqual(['Karim Haddad THREATENED Valoria']);
  });

  it('a warning about escalation is not a threat', () => {
    expect(relationsOf('وحذر المتحدث نبيل سالم من تصعيد أكبر ضد إسرائيل في المنطقة.', [['نبيل سالم', 'PERSON', 'Nabil Salem'], ['إسرائيل', 'COUNTRY', 'Israel']], 'THREATENED')).toEqual([]);
  });
});

describe('ACCUSED', () => {
  it('English accused / blamed', () => {
    expect(relationsOf('Valoria accused Mersland of arming the rebels.', [['Valoria', 'COUNTRY'], ['Mersland', 'COUNTRY']], 'ACCUSED')).toEqual(['Valoria ACCUSED Mersland']);
    expect(relationsOf('The Eastern Command blamed the Sable Legion for the blast.', [['Eastern Command', 'ORGANIZATION'], ['Sable Legion', 'ARMED_GROUP']], 'ACCUSED')).toEqual([
      'Eastern Command ACCUSED Sable Legion',
    ]);
  });

  it('Arabic اتهم in VSO order with a title before the name', () => {
    expect(
      relationsOf('واتهم وزير الداخلية في حكومة الوفاق عمر ناصر حركة السيوف بالوقوف وراء التفجير.', [['عمر ناصر', 'PERSON', 'Omar Nasser'], ['حركة السيوف', 'ARMED_GROUP', 'Swords Movement']], 'ACCUSED'),
    ).toEqual(['Omar Nasser ACCUSED Swords Movement']);
  });

  it('Arabic حمّل … المسؤولية', () => {
    expect(relationsOf('وحمّلت الحكومة الليبية جماعة الظل مسؤولية الهجوم.', [['جماعة الظل', 'ARMED_GROUP', 'Shadow Group'], ['ليبيا', 'COUNTRY', 'Libya']], 'ACCUSED')).toEqual([]);
    expect(relationsOf('وحمّلت ليبيا جماعة الظل مسؤولية الهجوم.', [['جماعة الظل', 'ARMED_GROUP', 'Shadow Group'], ['ليبيا', 'COUNTRY', 'Libya']], 'ACCUSED')).toEqual([
      'Libya ACCUSED Shadow Group',
    ]);
  });

  it('an anaphoric accuser is the speaker resolved from context', () => {
    const t = relationsOf('Defense Minister Lena Ortiz said the raid was lawful. The minister also accused Mersland of hiding its role.', [['Lena Ortiz', 'PERSON'], ['Mersland', 'COUNTRY']], 'ACCUSED');
    expect(t).toEqual(['Lena Ortiz ACCUSED Mersland']);
  });
});

describe('THREATENED: a price or a reply promised in what was said', () => {
  it('Arabic: أن X "ستتلقى حتماً رداً" / X ستدفع ثمن …', () => {
    const ents: [string, 'PERSON' | 'COUNTRY', string][] = [['أمير سالم', 'PERSON', 'Amir Salem'], ['نوردلاند', 'COUNTRY', 'Nordland']];
    expect(relationsOf('وقال السفير أمير سالم إن الضربة متعمدة، مضيفاً أن نوردلاند "ستتلقى حتماً رداً على هذه الجريمة".', ents, 'THREATENED')).toEqual(['Amir Salem THREATENED Nordland']);
    expect(relationsOf('وقال أمير سالم إن نوردلاند ستدفع ثمن هذه الجريمة.', ents, 'THREATENED')).toEqual(['Amir Salem THREATENED Nordland']);
  });

  it('English: "X will (certainly) receive a crushing response"', () => {
    expect(relationsOf('Foreign Minister Omar Zeid said Nordland will certainly receive a crushing response.', [['Omar Zeid', 'PERSON'], ['Nordland', 'COUNTRY']], 'THREATENED')).toEqual(['Omar Zeid THREATENED Nordland']);
  });

  it('an attack that "will not go unanswered" threatens no one named in it', () => {
    expect(relationsOf('Omar Zeid said the attack on the Ash Front will not go unanswered.', [['Omar Zeid', 'PERSON'], ['Ash Front', 'ARMED_GROUP']], 'THREATENED')).toEqual([]);
  });
});

describe('THREATENED: the threat ends where another speaker begins', () => {
  it('توعد X بأن …، فيما قال Y إن …: Y is not the one threatened', () => {
    const ents: [string, 'PERSON' | 'COUNTRY', string][] = [['عمر زيد', 'PERSON', 'Omar Zeid'], ['أمير سالم', 'PERSON', 'Amir Salem'], ['نوردلاند', 'COUNTRY', 'Nordland']];
    const t = relationsOf('وتوعد الرئيس عمر زيد بأن الجريمة "لن تمر دون رد"، فيما قال المرشد أمير سالم إن نوردلاند ستدفع الثمن.', ents, 'THREATENED');
    expect(t).not.toContain('Omar Zeid THREATENED Amir Salem');
    expect(t).toContain('Amir Salem THREATENED Nordland');
  });
});

describe('ACCUSED: holding someone responsible, Arabic word orders', () => {
  const ents: [string, 'ORGANIZATION' | 'COUNTRY' | 'ARMED_GROUP', string][] = [['وزارة الخارجية النوردية', 'ORGANIZATION', 'Nordic Foreign Ministry'], ['فالتا', 'COUNTRY', 'Valta'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front']];
  it('VSO with a long accuser: وحمّلت وزارة الخارجية النوردية فالتا مسؤولية الهجوم', () => {
    expect(relationsOf('وحمّلت وزارة الخارجية النوردية فالتا مسؤولية الهجوم.', ents, 'ACCUSED')).toEqual(['Nordic Foreign Ministry ACCUSED Valta']);
  });
  it('a spokesman for a body: وحمّل متحدث باسم وزارة الخارجية النوردية فالتا مسؤولية …', () => {
    expect(relationsOf('وحمّل متحدث باسم وزارة الخارجية النوردية فالتا مسؤولية تزويد المقاتلين بالصواريخ.', ents, 'ACCUSED')).toEqual(['Nordic Foreign Ministry ACCUSED Valta']);
  });
  it('a verbal noun: وسارعت جبهة الرماد إلى تحميل فالتا المسؤولية', () => {
    expect(relationsOf('وسارعت جبهة الرماد إلى تحميل فالتا المسؤولية.', ents, 'ACCUSED')).toEqual(['Ash Front ACCUSED Valta']);
  });
});

describe('ACCUSED: "the statement" holds someone responsible', () => {
  it('وحمّل البيان X مسؤولية …: the author of the statement quoted just before accuses', () => {
    const ents: [string, 'ARMED_GROUP' | 'COUNTRY', string][] = [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['فالتا', 'COUNTRY', 'Valta']];
    expect(relationsOf('وقالت جبهة الرماد في بيان إن قائدها قتل في غارة. وحمّل البيان فالتا مسؤولية الهجوم.', ents, 'ACCUSED')).toEqual(['Ash Front ACCUSED Valta']);
  });
});
