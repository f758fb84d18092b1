import { relationsOf } from './run.js';
import type { EntityTuple } from '../../../support/relationHarness.js';

describe('AFFILIATED_WITH', () => {
  it('a title before the name ties the person to the body it names', () => {
    expect(relationsOf('Navy Ministry spokesman Tomas Rell said the ship was safe.', [['Navy Ministry', 'ORGANIZATION'], ['Tomas Rell', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Tomas Rell AFFILIATED_WITH Navy Ministry',
    ]);
    expect(relationsOf('وقال المتحدث باسم وزارة الدفاع العميد سالم حداد إن الوضع هادئ.', [['وزارة الدفاع', 'ORGANIZATION', 'Ministry of Defense'], ['سالم حداد', 'PERSON', 'Salem Haddad']], 'AFFILIATED_WITH')).toEqual([
      'Salem Haddad AFFILIATED_WITH Ministry of Defense',
    ]);
  });

  it('a nationality adjective in the title names the country', () => {
    expect(relationsOf('واعتبر رئيس الوزراء العراقي سعد الراوي أن الهجوم مدان.', [['سعد الراوي', 'PERSON', 'Saad al-Rawi'], ['العراق', 'COUNTRY', 'Iraq']], 'AFFILIATED_WITH')).toEqual([
      'Saad al-Rawi AFFILIATED_WITH Iraq',
    ]);
    expect(relationsOf('U.S. Defense Secretary Mark Dole arrived late.', [['U.S.', 'COUNTRY', 'United States'], ['Mark Dole', 'PERSON']], 'AFFILIATED_WITH')).toEqual([
      'Mark Dole AFFILIATED_WITH United States',
    ]);
  });

  it('a title belonging to someone else is not used ("an official travelling with X")', () => {
    expect(relationsOf('A senior Navy Ministry official travelling with Tomas Rell said the talks went well.', [['Navy Ministry', 'ORGANIZATION'], ['Tomas Rell', 'PERSON']], 'AFFILIATED_WITH')).toEqual([]);
  });

  it('state bodies with a nationality marker belong to that country; media do not', () => {
    const t = relationsOf('وأكدت القيادة المركزية الأمريكية الخبر، فيما نقلته صحيفة "ذا ديلي" الأمريكية.', [
      ['القيادة المركزية الأمريكية', 'ORGANIZATION', 'U.S. Central Command'],
      ['ذا ديلي', 'ORGANIZATION', 'The Daily'],
      ['الولايات المتحدة', 'COUNTRY', 'United States'],
    ], 'AFFILIATED_WITH');
    expect(t).toEqual(['U.S. Central Command AFFILIATED_WITH United States']);
  });

  it("English possessive marker (Iran's X) and member → umbrella", () => {
    expect(relationsOf("Iran's Quds Corps denied the report.", [['Iran', 'COUNTRY'], ['Quds Corps', 'ORGANIZATION']], 'AFFILIATED_WITH')).toEqual(['Quds Corps AFFILIATED_WITH Iran']);
    expect(
      relationsOf('The Northern Front, an alliance that includes the Sable Legion, fired rockets.', [['Northern Front', 'ARMED_GROUP'], ['Sable Legion', 'ARMED_GROUP']], 'AFFILIATED_WITH'),
    ).toEqual(['Sable Legion AFFILIATED_WITH Northern Front']);
  });
});

describe('AFFILIATED_WITH: units of a larger body', () => {
  it('"a commander of G\'s Unit Force": the person to the unit, the unit to G', () => {
    const t = relationsOf("Kamal Haddad, a commander of the Ash Front's Cedar Brigade, was wounded.", [['Kamal Haddad', 'PERSON'], ['Ash Front', 'ARMED_GROUP'], ['Cedar Brigade', 'ARMED_GROUP']], 'AFFILIATED_WITH');
    expect(t.sort()).toEqual(['Cedar Brigade AFFILIATED_WITH Ash Front', 'Kamal Haddad AFFILIATED_WITH Cedar Brigade']);
  });

  it('"X, an arm of Y" / "an elite unit of the Y"', () => {
    const ents: EntityTuple[] = [['Cedar Force', 'ORGANIZATION'], ['Sudrian Guard', 'ORGANIZATION']];
    expect(relationsOf('The Cedar Force, an arm of the Sudrian Guard, trained the fighters.', ents, 'AFFILIATED_WITH')).toEqual(['Cedar Force AFFILIATED_WITH Sudrian Guard']);
    expect(relationsOf('The Cedar Force, an elite unit of the Sudrian Guard, trained the fighters.', ents, 'AFFILIATED_WITH')).toEqual(['Cedar Force AFFILIATED_WITH Sudrian Guard']);
  });

  it('negatives: a possessed non-unit body, a possessed country-level name', () => {
    expect(relationsOf("The Ash Front's Media Office denied the report.", [['Ash Front', 'ARMED_GROUP'], ['Media Office', 'ORGANIZATION']], 'AFFILIATED_WITH')).toEqual([]);
  });
});

describe('AFFILIATED_WITH: a titled person coordinated after another', () => {
  it('"Nordic President X and Foreign Minister Y": Y serves Nordland too', () => {
    const t = relationsOf('He held talks with Turkish President Omar Zeid and Foreign Minister Tomas Rell.', [['Turkey', 'COUNTRY'], ['Omar Zeid', 'PERSON'], ['Tomas Rell', 'PERSON']], 'AFFILIATED_WITH');
    expect(t).toContain('Tomas Rell AFFILIATED_WITH Turkey');
  });

  it('a second person without a government title ("and his son Y") gets nothing', () => {
    const t = relationsOf('He met Turkish President Omar Zeid and his son Tomas Rell.', [['Turkey', 'COUNTRY'], ['Omar Zeid', 'PERSON'], ['Tomas Rell', 'PERSON']], 'AFFILIATED_WITH');
    expect(t).not.toContain('Tomas Rell AFFILIATED_WITH Turkey');
  });
});
