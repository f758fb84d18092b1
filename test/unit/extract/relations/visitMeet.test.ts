import { relationsOf } from './run.js';

describe('VISITED', () => {
  it('English visited / is visiting', () => {
    expect(relationsOf('Foreign Minister Lena Ortiz visited Tarnow on Monday.', [['Lena Ortiz', 'PERSON'], ['Tarnow', 'LOCATION']], 'VISITED')).toEqual(['Lena Ortiz VISITED Tarnow']);
    expect(relationsOf('Ortiz, who is visiting Mersland, spoke to reporters.', [['Ortiz', 'PERSON'], ['Mersland', 'COUNTRY']], 'VISITED')).toEqual(['Ortiz VISITED Mersland']);
  });

  it('Arabic زار and زيارة إلى', () => {
    expect(relationsOf('وزار الرئيس كمال يوسف مدينة الزهراء أمس.', [['كمال يوسف', 'PERSON', 'Kamal Youssef'], ['مدينة الزهراء', 'LOCATION', 'Zahraa']], 'VISITED')).toEqual([
      'Kamal Youssef VISITED Zahraa',
    ]);
    expect(relationsOf('وقام الوزير كمال يوسف بزيارة مفاجئة إلى بغداد.', [['كمال يوسف', 'PERSON', 'Kamal Youssef'], ['بغداد', 'LOCATION', 'Baghdad']], 'VISITED')).toEqual([
      'Kamal Youssef VISITED Baghdad',
    ]);
  });
});

describe('MET_WITH', () => {
  it('English met and Arabic التقى', () => {
    expect(relationsOf('Lena Ortiz met Prime Minister Hadi Karam in Tarnow.', [['Lena Ortiz', 'PERSON'], ['Hadi Karam', 'PERSON'], ['Tarnow', 'LOCATION']], 'MET_WITH')).toEqual([
      'Lena Ortiz MET_WITH Hadi Karam',
    ]);
    expect(relationsOf('والتقى كمال يوسف نظيره سامي عادل في القاهرة.', [['كمال يوسف', 'PERSON', 'Kamal Youssef'], ['سامي عادل', 'PERSON', 'Sami Adel']], 'MET_WITH')).toEqual([
      'Kamal Youssef MET_WITH Sami Adel',
    ]);
  });

  it('a phone call is not a meeting', () => {
    expect(relationsOf('Lena Ortiz spoke by phone with Hadi Karam and met no one else.', [['Lena Ortiz', 'PERSON'], ['Hadi Karam', 'PERSON']], 'MET_WITH')).toEqual([]);
    expect(relationsOf('وأجرى كمال يوسف اتصالاً هاتفياً مع سامي عادل.', [['كمال يوسف', 'PERSON', 'Kamal Youssef'], ['سامي عادل', 'PERSON', 'Sami Adel']], 'MET_WITH')).toEqual([]);
  });
});
