import { relationsOf } from './run.js';

describe('argument selection in context', () => {
  it('a pronoun subject ("He met …") is the person of the previous sentence', () => {
    const t = relationsOf('Foreign Minister Lena Ortiz landed in Kerem on Monday. He met Prime Minister Hadi Karam in Tarnow.', [
      ['Lena Ortiz', 'PERSON'],
      ['Kerem', 'LOCATION'],
      ['Hadi Karam', 'PERSON'],
      ['Tarnow', 'LOCATION'],
    ]);
    expect(t).toEqual(expect.arrayContaining(['Lena Ortiz MET_WITH Hadi Karam', 'Lena Ortiz VISITED Kerem']));
  });

  it('objects stop at a subordinate clause ("… after attacks on X")', () => {
    const t = relationsOf('Valoria struck the Kestrel Depot after weeks of attacks on Valorian forces.', [
      ['Valoria', 'COUNTRY'],
      ['Kestrel Depot', 'FACILITY'],
      ['Valorian forces', 'ORGANIZATION'],
    ], 'ATTACKED');
    expect(t).toEqual(['Valoria ATTACKED Kestrel Depot']);
  });

  it('a reported attack with a pronoun subject belongs to the speaker (أعلنت X أنها استهدفت Y)', () => {
    const t = relationsOf('وأعلنت حركة السيوف أنها استهدفت مطار الغدير بصاروخين.', [['حركة السيوف', 'ARMED_GROUP', 'Swords Movement'], ['مطار الغدير', 'FACILITY', 'Ghadir Airport']], 'ATTACKED');
    expect(t).toEqual(['Swords Movement ATTACKED Ghadir Airport']);
  });

  it('a subject governed by a preposition is not the actor (ميليشيات معادية للولايات المتحدة تهدد …)', () => {
    const t = relationsOf('وقالت الوزارة إن ميليشيات معادية للولايات المتحدة تهدد المواطنين في العراق.', [
      ['الولايات المتحدة', 'COUNTRY', 'United States'],
      ['العراق', 'COUNTRY', 'Iraq'],
    ], 'THREATENED');
    expect(t).toEqual([]);
  });

  it('"X supports Y" and an umbrella described by an unnamed backed group', () => {
    expect(relationsOf('Mersland openly supports the Sable Legion.', [['Mersland', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']], 'BACKS')).toEqual(['Mersland BACKS Sable Legion']);
    const t = relationsOf('وأعلنت "جبهة الشمال"، وهي تحالف لفصائل مسلحة مدعومة من إيران، تنفيذ هجوم جديد.', [
      ['جبهة الشمال', 'ARMED_GROUP', 'Northern Front'],
      ['فصائل مسلحة مدعومة من إيران', 'ARMED_GROUP', 'Iran-backed militias', true],
      ['إيران', 'COUNTRY', 'Iran'],
    ], 'BACKS');
    expect(t).toEqual(expect.arrayContaining(['Iran BACKS Northern Front']));
  });
});

describe('nested attack nouns', () => {
  it('the target of "attacks on X" inside the object of another attack verb is not that verb\'s target', () => {
    const t = relationsOf('Valoria said its drone targeted a commander responsible for attacks on Mersland forces.', [['Valoria', 'COUNTRY'], ['Mersland forces', 'ORGANIZATION']], 'ATTACKED');
    expect(t).toEqual([]);
  });
});
