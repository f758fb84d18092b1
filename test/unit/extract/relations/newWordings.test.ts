/**
 * Wordings beyond the tuning set (invented sentences): attackers named only by a weapon's
 * nationality, targeted killings, claims, hosted forces, capitals, flag states, seas, attributions.
 */
import { relationComponents } from '../../../../src/extract/relations/index.js';
import { statementComponents } from '../../../../src/extract/statements/index.js';
import type { ArticleDoc } from '../../../../src/extract/types.js';
import { docOf, triples, type EntityTuple } from '../../../support/relationHarness.js';

const run = (text: string, ents: EntityTuple[], pred?: string): string[] => {
  let doc: ArticleDoc = docOf(text, ents);
  for (const c of [...relationComponents, ...statementComponents]) doc = c(doc);
  return triples(doc).filter((t) => !pred || t.includes(` ${pred} `));
};

describe('ATTACKED: new wordings', () => {
  it('English passive with a demonym weapon ("hit by American missiles")', () => {
    expect(run('The Saltmarsh depot was hit by American missiles on Tuesday.', [['Saltmarsh depot', 'FACILITY'], ['United States', 'COUNTRY']], 'ATTACKED')).toEqual([
      'United States ATTACKED Saltmarsh depot',
    ]);
  });

  it('a made-in adjective names no attacker ("Iranian-made drones")', () => {
    expect(run('The Saltmarsh depot was hit by Iranian-made drones on Tuesday.', [['Saltmarsh depot', 'FACILITY'], ['Iran', 'COUNTRY']], 'ATTACKED')).toEqual([]);
  });

  it('Arabic vocalized passive with the weapon nationality (دُمّر … بصواريخ أمريكية)', () => {
    expect(run('ودُمّر مستودع الريحان بصواريخ أمريكية فجر اليوم.', [['مستودع الريحان', 'FACILITY', 'Rayhan Depot'], ['الولايات المتحدة', 'COUNTRY', 'United States']], 'ATTACKED')).toEqual([
      'United States ATTACKED Rayhan Depot',
    ]);
  });

  it('targeted killing: the killed person, his group and the town (English)', () => {
    const t = run('Idris Kamal, a commander of the Falcon Brigades, was killed in a U.S. drone strike in the town of Qasr Nur on Monday.', [
      ['Idris Kamal', 'PERSON'],
      ['Falcon Brigades', 'ARMED_GROUP'],
      ['U.S.', 'COUNTRY', 'United States'],
      ['Qasr Nur', 'LOCATION'],
    ], 'ATTACKED');
    expect(t).toEqual(expect.arrayContaining(['United States ATTACKED Idris Kamal', 'United States ATTACKED Falcon Brigades', 'United States ATTACKED Qasr Nur']));
  });

  it('targeted killing in Arabic with the attacker known from a later claim', () => {
    const t = run('قُتل قيادي في ألوية الصقر بغارة في بلدة تل الورد. وتبنّت قيادة الجنوب الضربة في بيان.', [
      ['ألوية الصقر', 'ARMED_GROUP', 'Falcon Brigades'],
      ['تل الورد', 'LOCATION', 'Tal al-Ward'],
      ['قيادة الجنوب', 'ORGANIZATION', 'Southern Command'],
    ], 'ATTACKED');
    expect(t).toEqual(expect.arrayContaining(['Southern Command ATTACKED Falcon Brigades', 'Southern Command ATTACKED Tal al-Ward']));
  });

  it('an attack inside a description ("a leader responsible for planning attacks on X") is not the claimant\'s', () => {
    const t = run('The strike was claimed by the Northern Command, which said it targeted "a leader responsible for planning attacks on the Delta Garrison."', [
      ['Northern Command', 'ORGANIZATION'],
      ['Delta Garrison', 'FACILITY'],
    ], 'ATTACKED');
    expect(t).toEqual([]);
  });

  it('a ship\'s flag state is not a target', () => {
    expect(run('استهدفت جماعة الفجر سفينة ترفع علم ليبيريا في البحر الأحمر.', [['جماعة الفجر', 'ARMED_GROUP', 'Dawn Group'], ['ليبيريا', 'COUNTRY', 'Liberia'], ['البحر الأحمر', 'LOCATION', 'Red Sea']], 'ATTACKED')).toEqual([]);
  });

  it('an entity after "كانت X قد هاجمت" is the object, not a VSO subject', () => {
    expect(run('وكانت فصائل مسلحة قد هاجمت القوات الأمريكية في قاعدة النخيل.', [['القوات الأمريكية', 'ORGANIZATION', 'U.S. forces'], ['قاعدة النخيل', 'FACILITY', 'Palm Base']], 'ATTACKED')).toEqual([]);
  });
});

describe('LOCATED_IN / DEPLOYED_IN: new wordings', () => {
  it('"A, capital of B" and "A، عاصمة B، في C"', () => {
    expect(run('Dunmore, capital of the Highland Region, was quiet.', [['Dunmore', 'LOCATION'], ['Highland Region', 'LOCATION']], 'LOCATED_IN')).toEqual(['Dunmore LOCATED_IN Highland Region']);
    expect(run('وتقع السهلة، عاصمة إقليم الوادي، في شمال العراق.', [['السهلة', 'LOCATION', 'Sahla'], ['إقليم الوادي', 'LOCATION', 'Wadi Region'], ['العراق', 'COUNTRY', 'Iraq']], 'LOCATED_IN')).toEqual(
      expect.arrayContaining(['Sahla LOCATED_IN Wadi Region', 'Sahla LOCATED_IN Iraq']),
    );
  });

  it('"في ريف Y" (countryside) is containment', () => {
    expect(run('وتقع بلدة الحمرا في ريف الرقة الشرقي.', [['الحمرا', 'LOCATION', 'Hamra'], ['الرقة', 'LOCATION', 'Raqqa']], 'LOCATED_IN')).toEqual(['Hamra LOCATED_IN Raqqa']);
  });

  it('seas are in no country and ships are not "in" a sea', () => {
    expect(run('The Sea Lark was sailing in the Red Sea in Yemen.', [['Sea Lark', 'FACILITY'], ['Red Sea', 'LOCATION'], ['Yemen', 'COUNTRY']], 'LOCATED_IN')).toEqual([]);
  });

  it('a base that hosts several forces: each is deployed there', () => {
    const t = run('Camp Ridge, which hosts U.S. forces and the Allied Coalition troops, was attacked.', [
      ['Camp Ridge', 'FACILITY'],
      ['U.S. forces', 'ORGANIZATION'],
      ['Allied Coalition', 'ORGANIZATION'],
    ], 'DEPLOYED_IN');
    expect(t).toEqual(expect.arrayContaining(['U.S. forces DEPLOYED_IN Camp Ridge', 'Allied Coalition DEPLOYED_IN Camp Ridge']));
    expect(run('وتقع قاعدة الصخرة التي تستضيف قوات من التحالف الدولي في الشمال.', [['قاعدة الصخرة', 'FACILITY', 'Rock Base'], ['التحالف الدولي', 'ORGANIZATION', 'International Coalition']], 'DEPLOYED_IN')).toEqual([
      'International Coalition DEPLOYED_IN Rock Base',
    ]);
  });
});

describe('THREATENED / ACCUSED / AFFILIATED_WITH: new wordings', () => {
  it('a mission warning that a party "would face a more severe response"', () => {
    expect(run('The Embassy of Norland said the Ash Militia would face a more severe response if the attacks continued.', [['Embassy of Norland', 'FACILITY'], ['Ash Militia', 'ARMED_GROUP']], 'THREATENED')).toEqual([
      'Embassy of Norland THREATENED Ash Militia',
    ]);
  });

  it('a speaker attributing raids to another state\'s force: ACCUSED', () => {
    expect(run('The Ministry of Veloria said the Tarsian Air Force carried out the raids overnight.', [['Ministry of Veloria', 'ORGANIZATION'], ['Tarsian Air Force', 'ORGANIZATION']], 'ACCUSED')).toEqual([
      'Ministry of Veloria ACCUSED Tarsian Air Force',
    ]);
  });

  it('a prime minister with no country word → the article\'s country (dominant)', () => {
    const t = run('Iraq said the talks went well. Iraq will host the next round. The Iraqi delegation left. Prime Minister Omar Saleh praised the deal. Iraq thanked the mediators.', [
      ['Iraq', 'COUNTRY'],
      ['Omar Saleh', 'PERSON'],
    ], 'AFFILIATED_WITH');
    expect(t).toEqual(['Omar Saleh AFFILIATED_WITH Iraq']);
  });
});

describe('second batch: positions, arming, active killings, perpetrators, "these attacks"', () => {
  it('"launched drones at U.S. positions" → the U.S. forces entity', () => {
    const t = run('The Ash Militia launched drones at U.S. positions near the river. U.S. forces responded.', [
      ['Ash Militia', 'ARMED_GROUP'],
      ['U.S.', 'COUNTRY', 'United States'],
      ['U.S. forces', 'ORGANIZATION', 'U.S. forces', true],
    ], 'ATTACKED');
    expect(t).toEqual(['Ash Militia ATTACKED U.S. forces']);
  });

  it('Arabic "استهدفت المواقع الأمريكية" → the U.S. forces entity', () => {
    const t = run('استهدفت جماعة الفجر المواقع الأمريكية في الشرق. وردت القوات الأمريكية بقصف مدفعي.', [
      ['جماعة الفجر', 'ARMED_GROUP', 'Dawn Group'],
      ['الولايات المتحدة', 'COUNTRY', 'United States'],
      ['القوات الأمريكية', 'ORGANIZATION', 'U.S. forces', true],
    ], 'ATTACKED');
    expect(t).toContain('Dawn Group ATTACKED U.S. forces');
  });

  it('arming: "بتسليح X" after the accused party, "has been arming X"', () => {
    expect(run('وتتهم فالوريا نوردلاند بتسليح جبهة الرماد.', [['فالوريا', 'COUNTRY', 'Valoria'], ['نوردلاند', 'COUNTRY', 'Nordland'], ['جبهة الرماد', 'ARMED_GROUP', 'Ash Front']], 'BACKS')).toEqual(['Nordland BACKS Ash Front']);
    expect(run('Nordland has been arming the Ash Front for years.', [['Nordland', 'COUNTRY'], ['Ash Front', 'ARMED_GROUP']], 'BACKS')).toEqual(['Nordland BACKS Ash Front']);
    // supplying without weapons or money is not BACKS
    expect(run('Nordland has been supplying the Ash Front with medicine.', [['Nordland', 'COUNTRY'], ['Ash Front', 'ARMED_GROUP']], 'BACKS')).toEqual([]);
  });

  it('"forces killed N militants from G" is an attack on G; "troops killed by fire" is not an attack by the troops', () => {
    expect(run('Nordland forces killed five militants from the Ash Front on Monday.', [['Nordland forces', 'ORGANIZATION'], ['Ash Front', 'ARMED_GROUP']], 'ATTACKED')).toEqual(['Nordland forces ATTACKED Ash Front']);
    expect(run('They were the first Nordland forces killed by hostile fire since the war in Gaza began.', [['Nordland forces', 'ORGANIZATION'], ['Gaza', 'LOCATION']], 'ATTACKED')).toEqual([]);
  });

  it('"الجماعات المنفذة" names the doer of the attack reported just before', () => {
    const t = run('وقال المسؤول إن قاعدة النخيل استُهدفت مرتين، مضيفاً أن الجماعات المنفذة تتلقى الدعم من الخارج.', [
      ['قاعدة النخيل', 'FACILITY', 'Palm Base'],
      ['الجماعات المنفذة', 'ARMED_GROUP', 'the militias', true],
    ], 'ATTACKED');
    expect(t).toEqual(['the militias ATTACKED Palm Base']);
  });

  it('"claimed most of these attacks" takes every earlier unattributed target', () => {
    const t = run('Camp Ridge was attacked on Monday. A day later the Delta Garrison came under fire. Officials met. Talks went on. The Ash Front claimed most of these attacks.', [
      ['Camp Ridge', 'FACILITY'],
      ['Delta Garrison', 'FACILITY'],
      ['Ash Front', 'ARMED_GROUP'],
    ], 'ATTACKED');
    expect(t).toEqual(expect.arrayContaining(['Ash Front ATTACKED Camp Ridge', 'Ash Front ATTACKED Delta Garrison']));
  });
});

describe('third batch: pronoun threats, possessors', () => {
  it('"he should be prepared" threatens the person just named', () => {
    const t = run('Lena Ortiz sent a message to Karim Haddad. "If they keep going, we will respond, and he should be prepared," Ortiz said.', [
      ['Lena Ortiz', 'PERSON'],
      ['Ortiz', 'PERSON', 'Lena Ortiz'],
      ['Karim Haddad', 'PERSON'],
    ], 'THREATENED');
    expect(t).toEqual(['Lena Ortiz THREATENED Karim Haddad']);
  });

  it('"its spokesman" after a state ties the spokesman to it', () => {
    expect(run('Nordland closed the border, and its spokesman Karim Haddad called it temporary.', [['Nordland', 'COUNTRY'], ['Karim Haddad', 'PERSON']], 'AFFILIATED_WITH')).toEqual(['Karim Haddad AFFILIATED_WITH Nordland']);
  });
});


describe('fourth batch: aimed projectiles, missions', () => {
  it('a country a projectile is fired at is attacked, with a coordinated base', () => {
    const ents: EntityTuple[] = [['Nordland', 'COUNTRY'], ['Sudria', 'COUNTRY'], ['Vel Air Base', 'FACILITY']];
    expect(run('Nordland launched drones and missiles at Sudria and the Vel Air Base overnight.', ents, 'ATTACKED').sort()).toEqual(['Nordland ATTACKED Sudria', 'Nordland ATTACKED Vel Air Base']);
    expect(run('Nordland fired rockets at Sudria on Monday.', ents, 'ATTACKED')).toEqual(['Nordland ATTACKED Sudria']);
  });

  it('Arabic: شن هجوما بالصواريخ على + a country', () => {
    const ents: EntityTuple[] = [['نوردلاند', 'COUNTRY', 'Nordland'], ['سودريا', 'COUNTRY', 'Sudria']];
    expect(run('وشنت نوردلاند هجوما واسعا بالصواريخ والمسيرات على سودريا ليلة السبت.', ents, 'ATTACKED')).toEqual(['Nordland ATTACKED Sudria']);
  });

  it('negatives: an attack in a country, a meeting at a country\'s embassy, a country as adjective', () => {
    const ents: EntityTuple[] = [['Nordland', 'COUNTRY'], ['Sudria', 'COUNTRY']];
    expect(run('Nordland carried out a drone strike in Sudria last week.', ents, 'ATTACKED')).toEqual([]);
    expect(run('Nordland hit back at Sudria officials in a speech.', ents, 'ATTACKED')).toEqual([]);
  });

  it('a state\'s mission to a body warns: the state threatens', () => {
    const t = run("Sudria's mission to the UN warned that Nordland would face a crushing response.", [['Sudria', 'COUNTRY'], ['Nordland', 'COUNTRY'], ['UN', 'ORGANIZATION']], 'THREATENED');
    expect(t).toEqual(['Sudria THREATENED Nordland']);
  });
});

describe('fifth batch: reactions, killings on a village, units "of" a country, a group hit in a town', () => {
  it('a body condemning a strike is not its author', () => {
    expect(run('The Vala Regional Government condemned the strike on Erbil.', [['Vala Regional Government', 'ORGANIZATION'], ['Erbil', 'LOCATION']], 'ATTACKED')).toEqual([]);
    expect(run('Nordland denounced the attack on the Vel Air Base.', [['Nordland', 'COUNTRY'], ['Vel Air Base', 'FACILITY']], 'ATTACKED')).toEqual([]);
  });

  it('Arabic: a group leader killed by a demonym strike on a village', () => {
    const t = run('واغتيل القيادي في جماعة الرماد كمال حداد بغارة إسرائيلية على بلدة فيلو.', [
      ['جماعة الرماد', 'ARMED_GROUP', 'Ash Group'],
      ['كمال حداد', 'PERSON', 'Kamal Haddad'],
      ['إسرائيلية', 'COUNTRY', 'Israel'],
      ['فيلو', 'LOCATION', 'Vello'],
    ], 'ATTACKED');
    expect(t.sort()).toEqual(['Israel ATTACKED Ash Group', 'Israel ATTACKED Kamal Haddad', 'Israel ATTACKED Vello']);
  });

  it('"the X Region of C" / "X province of C" is located in C; "Y of C" without a unit word is not', () => {
    expect(run('Fighting spread across the Vala Region of Sudria.', [['Vala Region', 'LOCATION'], ['Sudria', 'COUNTRY']], 'LOCATED_IN')).toEqual(['Vala Region LOCATED_IN Sudria']);
    expect(run('Troops entered Kor province of Nordland.', [['Kor province', 'LOCATION'], ['Nordland', 'COUNTRY']], 'LOCATED_IN')).toEqual(['Kor province LOCATED_IN Nordland']);
    expect(run('The Gulf of Sudria was calm.', [['Gulf', 'LOCATION'], ['Sudria', 'COUNTRY']], 'LOCATED_IN')).toEqual([]);
  });

  it('a group struck in a town: the town is struck too, a country is not', () => {
    const ents: EntityTuple[] = [['Central Command', 'ORGANIZATION'], ['Ash Brigade', 'ARMED_GROUP'], ['Qalat', 'LOCATION'], ['Sudria', 'COUNTRY']];
    expect(run('Central Command struck the Ash Brigade in Qalat on Friday.', ents, 'ATTACKED').sort()).toEqual(['Central Command ATTACKED Ash Brigade', 'Central Command ATTACKED Qalat']);
    expect(run('Central Command struck the Ash Brigade in Sudria on Friday.', ents, 'ATTACKED')).toEqual(['Central Command ATTACKED Ash Brigade']);
  });
});
