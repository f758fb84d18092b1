import { splitTags } from '../../../src/parse/splitTags.js';

describe('splitTags', () => {
  it('reads hashtags without # and with underscores as spaces', () => {
    expect(splitTags('#لبنان #بيروت #الأمم_المتحدة')).toEqual(['لبنان', 'بيروت', 'الأمم المتحدة']);
  });
  it('splits comma and Arabic comma lists', () => {
    expect(splitTags('Gaza, Cairo talks, Egypt')).toEqual(['Gaza', 'Cairo talks', 'Egypt']);
    expect(splitTags('الأردن، عمّان، المياه')).toEqual(['الأردن', 'عمّان', 'المياه']);
  });
  it('splits pipe, middle-dot, slash and spaced-dash lists', () => {
    expect(splitTags('عُمان | المياه | تحلية المياه')).toEqual(['عُمان', 'المياه', 'تحلية المياه']);
    expect(splitTags('Oman · Water · Desalination')).toEqual(['Oman', 'Water', 'Desalination']);
    expect(splitTags('Oman / Water')).toEqual(['Oman', 'Water']);
    expect(splitTags('عُمان - تحلية المياه - الطقس')).toEqual(['عُمان', 'تحلية المياه', 'الطقس']);
  });
  it('keeps every word of a space-separated list, Persian letters included', () => {
    const tags = splitTags('لبنان الجیش اللبنانی کهرباء في بیروت');
    expect(tags).toEqual(expect.arrayContaining(['لبنان', 'الجیش', 'اللبنانی', 'کهرباء', 'بیروت']));
    expect(tags).not.toContain('في');
  });
});
