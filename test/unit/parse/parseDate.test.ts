import { dateAt, findDates, parseDate } from '../../../src/parse/parseDate.js';

describe('parseDate', () => {
  it.each([
    ['الأربعاء 25 أكتوبر 2023', '2023-10-25'],
    ['السبت 3 اغسطس 2024 - 09:10 ص', '2024-08-03'],
    ['12 أغسطس 2022', '2022-08-12'],
    ['٨ كانون الأول (ديسمبر) ٢٠٢٣', '2023-12-08'],
    ['١٤ تشرين الثاني/نوفمبر ٢٠٢٢', '2022-11-14'],
    ['2 شباط (فبراير) 2021', '2021-02-02'],
    ['۱۷ آذار ۲۰۲۰', '2020-03-17'],
    ['30 حزيران 2019', '2019-06-30'],
    ['5 آب 2023', '2023-08-05'],
    ['1 كانون الثاني 2024', '2024-01-01'],
    ['21 أيلول 2023', '2023-09-21'],
    ['9 نيسان 2023', '2023-04-09'],
    ['11 أيار 2023', '2023-05-11'],
    ['15 تموز 2023', '2023-07-15'],
    ['October 27, 2023 6:05 AM GMT', '2023-10-27'],
    ['Published Sept. 4, 2022', '2022-09-04'],
    ['Oct. 9 2021', '2021-10-09'],
    ['4 March 2020', '2020-03-04'],
    ['Updated 2023-12-01T10:00Z', '2023-12-01'],
    ['31/01/2024', '2024-01-31'],
    ['نوفمبر 6, 2023', '2023-11-06'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('returns null for relative dates and dates without a year', () => {
    expect(parseDate('أمس الاثنين')).toBeNull();
    expect(parseDate('في 13 أكتوبر الماضي')).toBeNull();
    expect(parseDate('WASHINGTON, Oct 27 (Wire) -')).toBeNull();
    expect(parseDate('يمارس 2023 نشاطه')).toBeNull();
    expect(parseDate('31 فبراير 2023')).toBeNull();
  });

  it('reports spans in the original text, also with Arabic-Indic digits', () => {
    const text = 'نشر في ٣ تموز ٢٠٢٣ وعدل لاحقاً';
    const [d] = findDates(text);
    expect(d?.iso).toBe('2023-07-03');
    expect(text.slice(d!.start, d!.end)).toBe('٣ تموز ٢٠٢٣');
  });

  it('finds a date at a given position only', () => {
    const line = '— Someone (@someone) March 3, 2022 عنوان';
    const pos = line.indexOf(')') + 1;
    expect(dateAt(line, pos)?.iso).toBe('2022-03-03');
    expect(dateAt(line, 0)).toBeNull();
  });
});
