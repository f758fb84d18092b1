import { relationComponents } from '../../../../src/extract/relations/index.js';
import type { ArticleDoc } from '../../../../src/extract/types.js';
import { docOf, triples, type EntityTuple } from '../../../support/relationHarness.js';
import { relationsOf } from './run.js';

describe('LOCATED_IN', () => {
  it('containment chains in both languages, closed transitively', () => {
    expect(relationsOf('The Falcon airstrip in Kerem province, in northern Mersland, was closed.', [['Falcon airstrip', 'FACILITY'], ['Kerem', 'LOCATION'], ['Mersland', 'COUNTRY']], 'LOCATED_IN')).toEqual(
      expect.arrayContaining(['Falcon airstrip LOCATED_IN Kerem']),
    );
    const t = relationsOf('وسقطت القذائف على مطار الواحة في محافظة الرمال غربي ليبيا.', [['مطار الواحة', 'FACILITY', 'Oasis Airport'], ['الرمال', 'LOCATION', 'Rimal'], ['ليبيا', 'COUNTRY', 'Libya']], 'LOCATED_IN');
    expect(t).toEqual(expect.arrayContaining(['Oasis Airport LOCATED_IN Rimal', 'Rimal LOCATED_IN Libya', 'Oasis Airport LOCATED_IN Libya']));
  });

  it("possessive and demonym forms (Libya's Rimal province, the Yemeni port of X, العاصمة العراقية X)", () => {
    expect(relationsOf("Gunmen entered Libya's Rimal province.", [['Libya', 'COUNTRY'], ['Rimal', 'LOCATION']], 'LOCATED_IN')).toEqual(['Rimal LOCATED_IN Libya']);
    expect(relationsOf('Ships avoided the Yemeni port of Mokha.', [['Yemen', 'COUNTRY'], ['Mokha', 'LOCATION']], 'LOCATED_IN')).toEqual(['Mokha LOCATED_IN Yemen']);
    expect(relationsOf('ووصل الوفد إلى العاصمة العراقية بغداد.', [['العراق', 'COUNTRY', 'Iraq'], ['بغداد', 'LOCATION', 'Baghdad']], 'LOCATED_IN')).toEqual(['Baghdad LOCATED_IN Iraq']);
  });

  it('near / off / المجاورة are not containment', () => {
    expect(relationsOf('The Falcon airstrip near Kerem was hit.', [['Falcon airstrip', 'FACILITY'], ['Kerem', 'LOCATION']], 'LOCATED_IN')).toEqual([]);
    expect(relationsOf('A tanker sank off Mokha.', [['tanker', 'FACILITY'], ['Mokha', 'LOCATION']], 'LOCATED_IN')).toEqual([]);
    expect(relationsOf('ودوت صفارات الإنذار في قاعدة الصقر المجاورة لمطار الواحة.', [['قاعدة الصقر', 'FACILITY', 'Falcon Base'], ['مطار الواحة', 'FACILITY', 'Oasis Airport']], 'LOCATED_IN')).toEqual([]);
  });
});

describe('DEPLOYED_IN', () => {
  it('forces in X, and a country keeping troops in X and Y', () => {
    expect(relationsOf('Attacks on Valorian forces in Mersland and Tarnow rose.', [['Valorian forces', 'ORGANIZATION'], ['Mersland', 'COUNTRY'], ['Tarnow', 'LOCATION']], 'DEPLOYED_IN')).toEqual([
      'Valorian forces DEPLOYED_IN Mersland',
      'Valorian forces DEPLOYED_IN Tarnow',
    ]);
    expect(relationsOf('Valoria keeps about 1,200 troops in Mersland and 300 in Kerem.', [['Valoria', 'COUNTRY'], ['Mersland', 'COUNTRY'], ['Kerem', 'LOCATION']], 'DEPLOYED_IN')).toEqual([
      'Valoria DEPLOYED_IN Mersland',
      'Valoria DEPLOYED_IN Kerem',
    ]);
    expect(relationsOf('وتنشر فرنسا نحو 800 جندي في مالي.', [['فرنسا', 'COUNTRY', 'France'], ['مالي', 'COUNTRY', 'Mali']], 'DEPLOYED_IN')).toEqual(['France DEPLOYED_IN Mali']);
  });

  it('a host of forces ("home of the X Fleet") and nothing for "the region"', () => {
    expect(relationsOf('The minister flew to Mersland, home of the Valorian Third Fleet.', [['Mersland', 'COUNTRY'], ['Valorian Third Fleet', 'ORGANIZATION']], 'DEPLOYED_IN')).toEqual([
      'Valorian Third Fleet DEPLOYED_IN Mersland',
    ]);
    expect(relationsOf('Valoria sent 2,000 more troops to the region.', [['Valoria', 'COUNTRY']], 'DEPLOYED_IN')).toEqual([]);
  });
});

describe('appositions and coordinated targets', () => {
  it('"A, a town on X in B\'s C province" puts A in C and B, not X', () => {
    const t = relationsOf("Jets hit depots near Varn, a town on the Silt River in Mersland's Kerem province.", [
      ['Varn', 'LOCATION'],
      ['Silt River', 'LOCATION'],
      ['Mersland', 'COUNTRY'],
      ['Kerem', 'LOCATION'],
    ], 'LOCATED_IN');
    expect(t).toEqual(expect.arrayContaining(['Varn LOCATED_IN Kerem', 'Kerem LOCATED_IN Mersland', 'Varn LOCATED_IN Mersland']));
    expect(t).not.toContain('Silt River LOCATED_IN Mersland');
  });

  it('a second target after the first one\'s location ("on A in P and the B")', () => {
    const t = relationsOf('Officials counted drone attacks by the Sable Legion on the Falcon Base in northern Mersland and the Osprey Yard.', [
      ['Sable Legion', 'ARMED_GROUP'],
      ['Falcon Base', 'FACILITY'],
      ['Mersland', 'COUNTRY'],
      ['Osprey Yard', 'FACILITY'],
    ], 'ATTACKED');
    expect(t).toEqual(expect.arrayContaining(['Sable Legion ATTACKED Falcon Base', 'Sable Legion ATTACKED Osprey Yard']));
  });
});

describe('nested mentions', () => {
  it('a place nested in a facility name is LOCATED_IN-linked and does not break adjacency', () => {
    let doc = docOf('The Kerem Consulate in Varn was closed. Rockets hit the Kerem Consulate in Varn in northern Mersland.', [
      ['Kerem Consulate in Varn', 'FACILITY'],
      ['Mersland', 'COUNTRY'],
    ]);
    // add a nested mention of Varn inside the facility name (as the entity layer does)
    const varn = { id: 'e9', name: 'Varn', type: 'LOCATION', names: {}, aliases: ['Varn'], gazetteerId: null, nominal: false } as ArticleDoc['entities'][number];
    const nested = doc.mentions.map((m) => ({ ...m, start: m.start + 'Kerem Consulate in '.length, end: m.end, text: 'Varn', entity: varn.id })).filter((m) => m.text === doc.parsed.text.slice(m.start, m.end));
    doc = { ...doc, entities: [...doc.entities, varn], mentions: [...doc.mentions, ...nested].sort((a, b) => a.start - b.start) };
    for (const c of relationComponents) doc = c(doc);
    expect(triples(doc)).toEqual(expect.arrayContaining(['Kerem Consulate in Varn LOCATED_IN Varn', 'Kerem Consulate in Varn LOCATED_IN Mersland']));
  });
});

describe('hosting bases', () => {
  it('a finite "hosts" after a named base, and "the base hosts" in the next sentence', () => {
    const ents: EntityTuple[] = [['Vel Air Base', 'FACILITY'], ['Kor province', 'LOCATION'], ['coalition forces', 'ORGANIZATION', 'Coalition', true]];
    expect(relationsOf('The Vel Air Base in Kor province hosts coalition forces.', ents, 'DEPLOYED_IN')).toEqual(['Coalition DEPLOYED_IN Vel Air Base']);
    expect(relationsOf('The Vel Air Base lies in Kor province. The base hosts coalition forces.', ents).filter((t) => !t.includes('STATED')).sort()).toEqual(['Coalition DEPLOYED_IN Vel Air Base', 'Vel Air Base LOCATED_IN Kor province']);
  });

  it('Arabic: وتستضيف after a base; a base hosting a meeting hosts no forces', () => {
    const ents: EntityTuple[] = [['قاعدة فيل', 'FACILITY', 'Vel Base'], ['محافظة كور', 'LOCATION', 'Kor'], ['التحالف الدولي', 'ORGANIZATION', 'Coalition']];
    expect(relationsOf('وتقع قاعدة فيل في محافظة كور، وتستضيف قوات التحالف الدولي.', ents, 'DEPLOYED_IN')).toEqual(['Coalition DEPLOYED_IN Vel Base']);
    expect(relationsOf('The Vel Air Base lies in Kor province. The base hosted a meeting on Monday.', [['Vel Air Base', 'FACILITY'], ['Kor province', 'LOCATION']], 'DEPLOYED_IN')).toEqual([]);
  });
});

describe('DEPLOYED_IN: Arabic word orders', () => {
  it('تنشر X في P نحو … جندي ضمن قوة U: the place before the troops, and the force they serve in', () => {
    const t = relationsOf('وتنشر الأمم المتحدة في كيرم نحو عشرة آلاف جندي ضمن قوة "النور".', [['الأمم المتحدة', 'ORGANIZATION', 'United Nations'], ['كيرم', 'LOCATION', 'Kerem'], ['النور', 'ORGANIZATION', 'Nour Force']], 'DEPLOYED_IN');
    expect(t.sort()).toEqual(['Nour Force DEPLOYED_IN Kerem', 'United Nations DEPLOYED_IN Kerem']);
  });

  it('a relative نشرتها X في P, and العسكريين X المنتشرين في P', () => {
    expect(relationsOf('وأجلت المدمرة، التي نشرتها البحرية النوردية في خليج كيرم، البحارة.', [['البحرية النوردية', 'ORGANIZATION', 'Nordic Navy'], ['خليج كيرم', 'LOCATION', 'Gulf of Kerem']], 'DEPLOYED_IN')).toEqual(['Nordic Navy DEPLOYED_IN Gulf of Kerem']);
    expect(relationsOf('ويبلغ عدد العسكريين الأمريكيين المنتشرين في العراق نحو 2500.', [['العسكريين الأمريكيين', 'ORGANIZATION', 'U.S. forces', true], ['العراق', 'COUNTRY', 'Iraq']], 'DEPLOYED_IN')).toEqual(['U.S. forces DEPLOYED_IN Iraq']);
  });
});

describe('LOCATED_IN: a capital named with its nationality and a comma', () => {
  it('"in the Turkish capital, Valta"', () => {
    expect(relationsOf('He was received in the Turkish capital, Valta, on Monday.', [['Valta', 'LOCATION'], ['Turkey', 'COUNTRY']], 'LOCATED_IN')).toEqual(['Valta LOCATED_IN Turkey']);
  });
});
