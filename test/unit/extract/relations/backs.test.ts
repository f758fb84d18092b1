import { relationComponents } from '../../../../src/extract/relations/index.js';
import type { ArticleDoc } from '../../../../src/extract/types.js';
import { docOf, triples, type EntityTuple } from '../../../support/relationHarness.js';

const run = (text: string, ents: EntityTuple[], pred = 'BACKS'): string[] => {
  let doc: ArticleDoc = docOf(text, ents);
  for (const c of relationComponents) doc = c(doc);
  return triples(doc).filter((t) => t.includes(` ${pred} `));
};

describe('BACKS', () => {
  it('Arabic المدعومة من with coordinated backers', () => {
    expect(run('وقالت كتائب النور المدعومة من إيران وسوريا إنها سترد.', [['كتائب النور', 'ARMED_GROUP', 'Nour Brigades'], ['إيران', 'COUNTRY', 'Iran'], ['سوريا', 'COUNTRY', 'Syria']])).toEqual([
      'Iran BACKS Nour Brigades',
      'Syria BACKS Nour Brigades',
    ]);
  });

  it('English X-backed and "backed by"', () => {
    expect(run('The Iran-backed Sable Legion fired rockets overnight.', [['Iran', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']])).toEqual(['Iran BACKS Sable Legion']);
    expect(run('The Sable Legion, which is backed by Russia, denied it.', [['Russia', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']])).toEqual(['Russia BACKS Sable Legion']);
  });

  it('a demonym before -backed names the backer', () => {
    expect(run('Iranian-backed militias launched drones.', [['Iran', 'COUNTRY'], ['Iranian-backed militias', 'ARMED_GROUP', 'Iran-backed militias']])).toEqual([
      'Iran BACKS Iran-backed militias',
    ]);
  });

  it('"aligned with" alone is not BACKS', () => {
    expect(run('The Sable Legion, a faction aligned with Iran, fired rockets.', [['Iran', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']])).toEqual([]);
    expect(run('وأطلقت فصائل متحالفة مع إيران صواريخ.', [['إيران', 'COUNTRY', 'Iran'], ['فصائل متحالفة مع إيران', 'ARMED_GROUP', 'Militias']])).toEqual([]);
  });

  it('an umbrella of backed factions: backer backs the umbrella and its named member', () => {
    const t = run('The Northern Front, an umbrella of Iran-backed factions that includes the Sable Legion, claimed the strike.', [
      ['Northern Front', 'ARMED_GROUP'],
      ['Iran', 'COUNTRY'],
      ['Sable Legion', 'ARMED_GROUP'],
    ]);
    expect(t).toEqual(expect.arrayContaining(['Iran BACKS Northern Front', 'Iran BACKS Sable Legion']));
  });

  it('"Iran, which backs X" and "الدعم الأمريكي لـ"', () => {
    expect(run('Iran, which backs the Sable Legion, condemned the raid.', [['Iran', 'COUNTRY'], ['Sable Legion', 'ARMED_GROUP']])).toEqual(['Iran BACKS Sable Legion']);
    expect(run('وانتقد البيان الدعم الأمريكي لإسرائيل.', [['الولايات المتحدة', 'COUNTRY', 'United States'], ['إسرائيل', 'COUNTRY', 'Israel']])).toEqual([
      'United States BACKS Israel',
    ]);
  });
});

describe('BACKS: supplied / equipped by', () => {
  it('"whose missiles are supplied by X" and "equipped by X" back the owner; aligned alone does not', () => {
    const ents: EntityTuple[] = [['Sudria', 'COUNTRY'], ['Ash Front', 'ARMED_GROUP']];
    expect(run('The Sudria-aligned Ash Front, whose drones are largely supplied by Sudria, struck a ship.', ents)).toEqual(['Sudria BACKS Ash Front']);
    expect(run('The Ash Front, equipped by Sudria, held the port.', ents)).toEqual(['Sudria BACKS Ash Front']);
    expect(run('The Sudria-aligned Ash Front struck a ship.', ents)).toEqual([]);
    expect(run('The Ash Front cut the power supplied by Sudria to the port.', ents)).toEqual([]);
  });
});
