import { relationComponents } from '../../../../src/extract/relations/index.js';
import { statementComponents } from '../../../../src/extract/statements/index.js';
import type { ArticleDoc } from '../../../../src/extract/types.js';
import { docOf, triples, type EntityTuple } from '../../../support/relationHarness.js';
import { relationsOf } from './run.js';

const run = (text: string, ents: EntityTuple[]): string[] => {
  let doc: ArticleDoc = docOf(text, ents);
  for (const c of [...relationComponents, ...statementComponents]) doc = c(doc);
  return triples(doc).filter((t) => t.includes(' ATTACKED '));
};

describe('ATTACKED', () => {
  it('English active verb with coordinated targets', () => {
    const t = run('The Zarqa Brigades struck the Kestrel Depot and the Osprey Yard on Tuesday.', [
      ['Zarqa Brigades', 'ARMED_GROUP'],
      ['Kestrel Depot', 'FACILITY'],
      ['Osprey Yard', 'FACILITY'],
    ]);
    expect(t).toEqual(expect.arrayContaining(['Zarqa Brigades ATTACKED Kestrel Depot', 'Zarqa Brigades ATTACKED Osprey Yard']));
  });

  it('English passive "was attacked by"', () => {
    expect(run('The Pinecrest outpost was attacked by the Crimson Front late on Friday.', [['Pinecrest outpost', 'FACILITY'], ['Crimson Front', 'ARMED_GROUP']])).toEqual([
      'Crimson Front ATTACKED Pinecrest outpost',
    ]);
  });

  it('Arabic active verb (VSO) استهدف', () => {
    expect(run('استهدفت جماعة الفجر الأحمر مطار الواحة بثلاث طائرات مسيرة.', [['جماعة الفجر الأحمر', 'ARMED_GROUP', 'Red Dawn Group'], ['مطار الواحة', 'FACILITY', 'Oasis Airport']])).toEqual([
      'Red Dawn Group ATTACKED Oasis Airport',
    ]);
  });

  it('Arabic passive تعرضت … لهجوم من قبل', () => {
    expect(run('تعرضت قاعدة النخيل لهجوم صاروخي من قبل كتائب الريح مساء الأحد.', [['قاعدة النخيل', 'FACILITY', 'Palm Base'], ['كتائب الريح', 'ARMED_GROUP', 'Wind Brigades']])).toEqual([
      'Wind Brigades ATTACKED Palm Base',
    ]);
  });

  it('a claim of responsibility resolves an earlier unattributed attack', () => {
    const t = run('The Silver Bay terminal came under attack on Monday. The Sable Legion claimed the attack in a statement.', [
      ['Silver Bay terminal', 'FACILITY'],
      ['Sable Legion', 'ARMED_GROUP'],
    ]);
    expect(t).toEqual(['Sable Legion ATTACKED Silver Bay terminal']);
  });

  it('Arabic claim with explicit targets (تبنت … على)', () => {
    const t = run('وتبنت حركة السيوف الهجوم بطائرات مسيرة على قاعدة الصخرة وعلى مطار الغدير.', [
      ['حركة السيوف', 'ARMED_GROUP', 'Swords Movement'],
      ['قاعدة الصخرة', 'FACILITY', 'Rock Base'],
      ['مطار الغدير', 'FACILITY', 'Ghadir Airport'],
    ]);
    expect(t).toEqual(expect.arrayContaining(['Swords Movement ATTACKED Rock Base', 'Swords Movement ATTACKED Ghadir Airport']));
  });

  it('"near P" does not make P a target; a strike inside a country does not target the country', () => {
    const t = run('Valoria struck a weapons depot near Tarnow in Mersland on Sunday.', [
      ['Valoria', 'COUNTRY'],
      ['Tarnow', 'LOCATION'],
      ['Mersland', 'COUNTRY'],
    ]);
    expect(t).toEqual([]);
  });

  it('struck sites in a named place make the place a target', () => {
    const t = run('Valoria struck storage sites in Tarnow used by the Crimson Front.', [
      ['Valoria', 'COUNTRY'],
      ['Tarnow', 'LOCATION'],
      ['Crimson Front', 'ARMED_GROUP'],
    ]);
    expect(t).toEqual(expect.arrayContaining(['Valoria ATTACKED Tarnow', 'Valoria ATTACKED Crimson Front']));
  });

  it('nominal: "attacks by X on Y" and Arabic demonym "الضربات الأمريكية على"', () => {
    expect(run('Officials counted a dozen attacks by the Crimson Front on the Pinecrest outpost.', [['Crimson Front', 'ARMED_GROUP'], ['Pinecrest outpost', 'FACILITY']])).toEqual([
      'Crimson Front ATTACKED Pinecrest outpost',
    ]);
    expect(run('وتواصلت الضربات الأمريكية على معسكر الجبل لليوم الثالث.', [['الولايات المتحدة', 'COUNTRY', 'United States'], ['معسكر الجبل', 'FACILITY', 'Mountain Camp']])).toEqual([
      'United States ATTACKED Mountain Camp',
    ]);
  });
});

describe('ATTACKED: claims in the same sentence', () => {
  it('"A was hit and B came under attack, in strikes X claimed"', () => {
    const t = run('On Friday the freighter Blue Heron was hit and the tanker Sea Lark came under attack, in strikes the Sable Legion claimed.', [
      ['Blue Heron', 'FACILITY'],
      ['Sea Lark', 'FACILITY'],
      ['Sable Legion', 'ARMED_GROUP'],
    ]);
    expect(t).toEqual(expect.arrayContaining(['Sable Legion ATTACKED Blue Heron', 'Sable Legion ATTACKED Sea Lark']));
  });
});

describe('ATTACKED: a struck facility, not the city it stands in', () => {
  it('killings in a strike on a consulate in a city (both languages)', () => {
    const en = run('Kamal Haddad was killed in an Israeli strike on the Sudrian consulate in Vellow.', [['Kamal Haddad', 'PERSON'], ['Israeli', 'COUNTRY', 'Israel'], ['Sudrian consulate', 'FACILITY'], ['Vellow', 'LOCATION']]);
    expect(en.sort()).toEqual(['Israel ATTACKED Kamal Haddad', 'Israel ATTACKED Sudrian consulate']);
    const ar = run('واغتيل كمال حداد في غارة إسرائيلية على القنصلية السودرية في فيلو.', [['كمال حداد', 'PERSON', 'Kamal Haddad'], ['إسرائيلية', 'COUNTRY', 'Israel'], ['القنصلية السودرية', 'FACILITY', 'Sudrian consulate'], ['فيلو', 'LOCATION', 'Vellow']]);
    expect(ar).not.toContain('Israel ATTACKED Vellow');
    expect(ar).toContain('Israel ATTACKED Sudrian consulate');
  });

  it('a killing in a strike on a town still counts the town', () => {
    expect(run('Kamal Haddad was killed in an Israeli strike in Vellow.', [['Kamal Haddad', 'PERSON'], ['Israeli', 'COUNTRY', 'Israel'], ['Vellow', 'LOCATION']])).toContain('Israel ATTACKED Vellow');
  });
});

describe('ATTACKED: those killed as the result of a strike the sentence attributes', () => {
  const ents: [string, 'COUNTRY' | 'PERSON' | 'ARMED_GROUP' | 'LOCATION', string][] = [['نوردلاند', 'COUNTRY', 'Nordland'], ['عمر زيد', 'PERSON', 'Omar Zeid'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['فالتا', 'LOCATION', 'Valta']];
  it('قصفت X بطائرة مسيّرة سيارة في P، ما أسفر عن مقتل Y واثنين من مرافقيه، بحسب مصادر', () => {
    const t = relationsOf('قصفت نوردلاند بطائرة مسيّرة سيارة في فالتا، ما أسفر عن مقتل القيادي في جبهة الرماد عمر زيد واثنين من مرافقيه، بحسب مصادر أمنية.', ents, 'ATTACKED');
    expect(t).toContain('Nordland ATTACKED Omar Zeid');
  });

  it('a killing the sentence only refers to (a reply to the assassination of Y) is not the attacker\'s', () => {
    const t = relationsOf('أعلنت جبهة الرماد أنها استهدفت فالتا بالصواريخ، وقالت إن القصف رد على اغتيال القيادي عمر زيد.', ents, 'ATTACKED');
    expect(t).not.toContain('Ash Front ATTACKED Omar Zeid');
  });
});

describe('ATTACKED: clause structure of Arabic strike reports', () => {
  const ents: EntityTuple[] = [
    ['القوات النوردية', 'ORGANIZATION', 'Nordic forces', true], ['فالتا', 'COUNTRY', 'Valta'], ['كيرم', 'COUNTRY', 'Kerem'],
    ['فيلق الرماد', 'ARMED_GROUP', 'Ash Corps'], ['القائم', 'LOCATION', 'Qaim'], ['عكاشات', 'LOCATION', 'Akashat'], ['الأنبار', 'LOCATION', 'Anbar'],
    ['الميادين', 'LOCATION', 'Mayadin'], ['دير الزور', 'LOCATION', 'Deir ez-Zor'],
  ];
  it('a verb after a comma continues the attacker; a country closing a place phrase is not the subject', () => {
    const t = relationsOf('شنت القوات النوردية غارات على مواقع في غرب فالتا وشرق كيرم، استهدفت أكثر من 85 هدفاً تابعاً لفيلق الرماد.', ents, 'ATTACKED');
    expect(t).toContain('Nordic forces ATTACKED Ash Corps');
    expect(t.filter((x) => x.startsWith('Kerem'))).toEqual([]);
  });

  it('"مقرات في منطقتي A وB بمحافظة P": both towns are hit, not the province; "الطائرات" continues the attacker, "الجانب الكيرمي" is a side', () => {
    const text = 'شنت القوات النوردية غارات على مواقع في فالتا. وطالت الغارات مقرات ومخازن في منطقتي القائم وعكاشات بمحافظة الأنبار، فيما قصفت الطائرات في الجانب الكيرمي مواقع داخل مدينة الميادين وفي ريف دير الزور.';
    const t = relationsOf(text, ents, 'ATTACKED');
    expect(t).toEqual(expect.arrayContaining(['Nordic forces ATTACKED Qaim', 'Nordic forces ATTACKED Akashat', 'Nordic forces ATTACKED Mayadin']));
    expect(t).not.toContain('Nordic forces ATTACKED Anbar');
    expect(t.filter((x) => x.startsWith('Kerem'))).toEqual([]);
  });

  it('a nationality of a territory ("انطلقت من الأراضي الأمريكية ونفذت الضربات") is no attacker', () => {
    const t = relationsOf('وأوضح القائد أن القاذفات انطلقت من الأراضي الأمريكية ونفذت الضربات على فيلق الرماد.', [['فيلق الرماد', 'ARMED_GROUP', 'Ash Corps'], ['الولايات المتحدة', 'COUNTRY', 'United States']], 'ATTACKED');
    expect(t.filter((x) => x.startsWith('United States'))).toEqual([]);
  });
});

describe('ATTACKED: figurative targets', () => {
  it('"target G funding channels" (sanctions) is no attack; "struck G positions" is', () => {
    const ents: [string, 'COUNTRY' | 'ARMED_GROUP', string][] = [['Nordland', 'COUNTRY', 'Nordland'], ['Ash Front', 'ARMED_GROUP', 'Ash Front'], ['Sable Legion', 'ARMED_GROUP', 'Sable Legion']];
    expect(relationsOf('Nordland will target Ash Front and Sable Legion funding channels abroad.', ents, 'ATTACKED')).toEqual([]);
    expect(relationsOf('Nordland struck Ash Front positions overnight.', ents, 'ATTACKED')).toEqual(['Nordland ATTACKED Ash Front']);
  });
});

describe('ATTACKED: a seizure told in two sentences', () => {
  it('"G said it had seized a cargo ship. The V, a car carrier …, was boarded by armed men": G attacked V', () => {
    const t = relationsOf('The Ash Front said on Sunday it had seized a cargo ship in the Red Sea. The Sea Star, a car carrier with 25 crew on board, was boarded by armed men from a helicopter.', [['Ash Front', 'ARMED_GROUP'], ['Sea Star', 'FACILITY']], 'ATTACKED');
    expect(t).toEqual(['Ash Front ATTACKED Sea Star']);
  });

  it('without an unnamed seizure before it, the boarded ship has no attacker', () => {
    expect(relationsOf('The Ash Front held a rally. The Sea Star, a car carrier with 25 crew on board, was boarded by armed men.', [['Ash Front', 'ARMED_GROUP'], ['Sea Star', 'FACILITY']], 'ATTACKED')).toEqual([]);
  });
});

describe('ATTACKED: Arabic claims of responsibility', () => {
  it('أعلنت G مسؤوليتها عن هجمات على قاعدة X ("its responsibility" is no "responsible for" description)', () => {
    expect(relationsOf('أعلنت جبهة الرماد مسؤوليتها عن هجمات على قاعدة كيرم.', [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['قاعدة كيرم', 'FACILITY', 'Kerem Base']], 'ATTACKED')).toEqual(['Ash Front ATTACKED Kerem Base']);
  });

  it('a group calling itself G, with a clause about its members before مسؤوليتها', () => {
    const t = relationsOf('وأعلنت جماعة تطلق على نفسها اسم "جبهة الرماد"، وتضم فصائل مسلحة، مسؤوليتها عن هجمات على قاعدتي كيرم وفالتا.', [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['كيرم', 'FACILITY', 'Kerem'], ['فالتا', 'FACILITY', 'Valta']], 'ATTACKED');
    expect(t).toEqual(['Ash Front ATTACKED Kerem', 'Ash Front ATTACKED Valta']);
  });

  it('a leader "responsible for" attacks (المسؤول عن الهجمات) is still someone else\'s attack', () => {
    expect(relationsOf('وقالت نوردلاند إنها استهدفت القيادي المسؤول عن هجمات على قاعدة كيرم.', [['نوردلاند', 'COUNTRY', 'Nordland'], ['قاعدة كيرم', 'FACILITY', 'Kerem Base']], 'ATTACKED')).not.toContain('Nordland ATTACKED Kerem Base');
  });
});

describe('ATTACKED: an exchange of fire is an attack each way', () => {
  it('"X and Y (Z) have exchanged fire", "clashes between X and Y", يتبادل X وY القصف', () => {
    const en: [string, 'ARMED_GROUP' | 'ORGANIZATION'][] = [['Ash Front', 'ARMED_GROUP'], ['Nordic Army', 'ORGANIZATION']];
    expect(relationsOf('The Ash Front and the Nordic Army (NA) have exchanged fire almost daily.', en, 'ATTACKED').sort()).toEqual(['Ash Front ATTACKED Nordic Army', 'Nordic Army ATTACKED Ash Front']);
    expect(relationsOf('Clashes between the Ash Front and the Nordic Army continued.', en, 'ATTACKED').sort()).toEqual(['Ash Front ATTACKED Nordic Army', 'Nordic Army ATTACKED Ash Front']);
    const ar: [string, 'ARMED_GROUP' | 'ORGANIZATION', string][] = [['جبهة الرماد', 'ARMED_GROUP', 'Ash Front'], ['الجيش النوردي', 'ORGANIZATION', 'Nordic Army']];
    expect(relationsOf('ويتبادل جبهة الرماد والجيش النوردي القصف بشكل شبه يومي.', ar, 'ATTACKED').sort()).toEqual(['Ash Front ATTACKED Nordic Army', 'Nordic Army ATTACKED Ash Front']);
  });

  it('talks between two sides are no exchange of fire', () => {
    expect(relationsOf('Talks between the Ash Front and the Nordic Army resumed.', [['Ash Front', 'ARMED_GROUP'], ['Nordic Army', 'ORGANIZATION']], 'ATTACKED')).toEqual([]);
  });
});

describe('ATTACKED: "attacks on X by Y"', () => {
  it('the doer named after the target', () => {
    expect(relationsOf('The strikes answered attacks on Nordic forces by the Ash Front.', [['Nordic forces', 'ORGANIZATION'], ['Ash Front', 'ARMED_GROUP']], 'ATTACKED')).toEqual(['Ash Front ATTACKED Nordic forces']);
  });
});

describe('ATTACKED: the vessel and the group referred back to', () => {
  it('"the tanker V … after a missile fired by G struck the ship"; "the group had launched a missile toward W"', () => {
    const ents: [string, 'ARMED_GROUP' | 'FACILITY'][] = [['Ash Front', 'ARMED_GROUP'], ['Sea Star', 'FACILITY'], ['USS Valor', 'FACILITY']];
    const t = relationsOf('The crew of the oil tanker Sea Star battled a blaze after a missile fired by the Ash Front struck the ship on Friday. Earlier, the group had launched a similar missile toward the destroyer USS Valor.', ents, 'ATTACKED');
    expect(t).toEqual(expect.arrayContaining(['Ash Front ATTACKED Sea Star', 'Ash Front ATTACKED USS Valor']));
  });

  it('"the command said that the missile struck the ship": the reporter is no attacker', () => {
    const t = relationsOf('The tanker Sea Star sailed on. The Valta Command said that the missile struck the ship at noon.', [['Sea Star', 'FACILITY'], ['Valta Command', 'ORGANIZATION']], 'ATTACKED');
    expect(t).toEqual([]);
  });
});
