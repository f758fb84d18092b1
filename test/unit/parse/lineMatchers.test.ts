import {
  isBreadcrumb,
  isDateLine,
  isNoiseLine,
  matchByline,
  matchDatelineLine,
  matchDatelinePrefix,
  matchPostAttribution,
  outletFromCredit,
} from '../../../src/parse/index.js';
import { page, parseChecked } from '../../support/parseHarness.js';

describe('line matchers', () => {
  it('recognises breadcrumbs', () => {
    expect(isBreadcrumb('الرئيسية » سياسة » الخليج')).toBe(true);
    expect(isBreadcrumb('Home > World > Middle East')).toBe(true);
    expect(isBreadcrumb('الرئيسية / اقتصاد')).toBe(true);
    expect(isBreadcrumb('Oil prices rise as supply tightens')).toBe(false);
  });

  it('recognises UI noise', () => {
    for (const l of ['Share this article', 'فيسبوك تويتر واتساب', 'تابع آخر الأخبار عبر تطبيقنا', 'Follow us on Google News', 'Advertisement', 'شارك']) {
      expect(isNoiseLine(l)).toBe(true);
    }
    for (const l of ['تابع الوزير جولته في المحافظات الجنوبية أمس وسط إجراءات أمنية مشددة.', 'Share prices fell sharply']) {
      expect(isNoiseLine(l)).toBe(false);
    }
  });

  it('recognises bylines and their dates', () => {
    expect(matchByline('By Omar Said | January 4, 2024')?.date).toBe('2024-01-04');
    expect(matchByline('بقلم: سامي خليل')).not.toBeNull();
    expect(matchByline('(Reporting by Jo Kim; Editing by Al Ray)')).not.toBeNull();
    expect(matchByline('By the end of the week, the talks had collapsed.')).toBeNull();
  });

  it('recognises date lines', () => {
    expect(isDateLine('الأحد ٣ آذار (مارس) ٢٠٢٤ - ١١:٢٠ م')).toBe('2024-03-03');
    expect(isDateLine('Published: Oct. 2, 2023 at 4:15 p.m. ET')).toBe('2023-10-02');
    expect(isDateLine('Tuesday 5 December 2023 09:12 GMT')).toBe('2023-12-05');
    expect(isDateLine('وقع الهجوم في 5 ديسمبر 2023 قرب الحدود')).toBeNull();
  });

  it('recognises date lines with weekdays, dashes, AM/PM and a city or zone', () => {
    expect(isDateLine('Friday, July 5, 2024 — 9:05 PM (Muscat)')).toBe('2024-07-05');
    expect(isDateLine('الجمعة 5 تموز/يوليو 2024 - 09:05 م بتوقيت مسقط')).toBe('2024-07-05');
    expect(isDateLine('الجمعة، ٥ حزيران (يونيو) ٢٠٢٤، الساعة ٠٩:٠٥ صباحاً')).toBe('2024-06-05');
    expect(isDateLine('تاريخ النشر: الجمعة 5 يوليو 2024')).toBe('2024-07-05');
    expect(isDateLine('Published on 5 July 2024, 9:05 AM GMT+4')).toBe('2024-07-05');
    expect(isDateLine('July 5, 2024 9:05 AM GMT+4 Updated 3 hours ago')).toBe('2024-07-05');
    expect(isDateLine('مرآة الخليج الإخبارية | الجمعة، 5 تموز/يوليو 2024 - 09:05 ص')).toBe('2024-07-05');
    expect(isDateLine('Storm season opens on July 5, 2024 - forecasters')).toBeNull();
    expect(isDateLine('The talks resume on July 5, 2024 — 9:05 AM according to diplomats in the capital')).toBeNull();
  });

  it('recognises reading-time, counter, composite and small-print noise', () => {
    for (const l of ['6 min read', 'وقت القراءة: 4 دقائق', 'دقيقتين قراءة', 'Reading time: 5 minutes', '14 Comments', 'التعليقات (2)', '3 تعليقات', 'Updated 4 hours ago', 'Listen to this article | 5 mins', 'Photo credit: Oasis Wire', 'Follow Oasis Dispatch on Telegram', 'Sign up for our evening newsletter']) {
      expect(isNoiseLine(l)).toBe(true);
    }
    for (const l of ['Reading between the lines of the new budget', 'Three readers wrote in about the decision']) {
      expect(isNoiseLine(l)).toBe(false);
    }
  });

  it('reads source labels after a pipe, a dash or a spaced colon', () => {
    const src = (t: string): string | null => parseChecked(page('Port reopens after storm damage is cleared', 'The port reopened on Saturday after crews cleared debris left by the storm.', t)).source;
    expect(src('المصدر | وكالة الساحل')).toBe('وكالة الساحل');
    expect(src('المصدر - وكالة الساحل')).toBe('وكالة الساحل');
    expect(src('المصدر : وكالة الساحل')).toBe('وكالة الساحل');
    expect(src('Source - Coastal Press')).toBe('Coastal Press');
    expect(src('SOURCE: Coastal Press')).toBe('Coastal Press');
  });

  it('recognises English and Arabic datelines', () => {
    const en = matchDatelinePrefix('CAIRO, Jan 4 (Nile Wire) - Egypt said on Thursday that talks would continue.');
    expect(en?.place).toBe('CAIRO');
    expect(en?.agency).toBe('Nile Wire');
    expect(matchDatelinePrefix('NEW YORK — The markets opened lower on Monday morning.')?.place).toBe('NEW YORK');
    expect(matchDatelinePrefix('الرباط (وكالة المغرب) - أعلنت الحكومة عن خطة جديدة للنقل.')?.agency).toBe('وكالة المغرب');
    expect(matchDatelinePrefix('U.S. officials said on Monday that the talks would resume.')).toBeNull();
    expect(matchDatelineLine('القاهرة - النهار العربي')?.agency).toBe('النهار العربي');
    expect(matchDatelineLine('القاهرة - بقلم سامي خليل')).toBeNull();
    expect(matchDatelineLine('سامي خليل | القاهرة')).toBeNull();
    expect(matchDatelineLine('Sports | Politics')).toBeNull();
    expect(matchDatelinePrefix('ADEN, Yemen, Jul 2 (Sahel Wire) - The port said it would reopen on Sunday.')?.agency).toBe('Sahel Wire');
    expect(matchDatelinePrefix('Tripoli (Sahel Wire) - The government said on Monday it would hold talks.')?.agency).toBe('Sahel Wire');
    expect(matchDatelinePrefix('Gaza City — Residents fled overnight as the strikes continued.')?.place).toBe('Gaza City');
    expect(matchDatelinePrefix('The ministry — which had warned of this — said it would respond.')).toBeNull();
    expect(matchDatelinePrefix('Biden — speaking at a rally — said he would respond.')).toBeNull();
    expect(matchDatelinePrefix('الجيش الأمريكي الذي - بحسب مسؤولين - نفذ الضربات أمس في سوريا.')).toBeNull();
  });

  it('recognises post attributions, glued or not', () => {
    const glued = matchPostAttribution('— Daily Gazette (@DailyGazette) April 2, 2024عنوان فرعي');
    expect(glued).toMatchObject({ start: 0, handle: '@DailyGazette', author: 'Daily Gazette', date: '2024-04-02' });
    expect('— Daily Gazette (@DailyGazette) April 2, 2024عنوان فرعي'.slice(glued!.restStart)).toBe('عنوان فرعي');
    const inline = matchPostAttribution('post text pic.twitter.com/x— Ann (@ann) May 1, 2023');
    expect(inline?.start).toBe('post text pic.twitter.com/x'.length);
    expect(matchPostAttribution('The army — its spokesman (@armyspox) said — denied it')).toBeNull();
    expect(matchPostAttribution('- Ann Lee (@annlee) slams the plan')).toBeNull();
    expect(matchPostAttribution('— Ann Lee (@annlee)')?.date).toBeNull();
  });

  it('reads the outlet of staff credits and copyright lines', () => {
    expect(outletFromCredit('Harbor Tribune staff')).toBe('Harbor Tribune');
    expect(outletFromCredit('(Reporting by Nile Wire staff; editing by the desk)')).toBe('Nile Wire');
    expect(outletFromCredit('© 2024 Example Media. All rights reserved.')).toBe('Example Media');
    expect(outletFromCredit('© 2023 جميع الحقوق محفوظة')).toBeNull();
    expect(outletFromCredit('By Ann Lee')).toBeNull();
    expect(outletFromCredit('Ann Lee, staff writer')).toBeNull();
    expect(outletFromCredit('By Ann Lee, Harbor Tribune staff')).toBe('Harbor Tribune');
    expect(outletFromCredit("(Reporting by Nile Wire's Cairo bureau)")).toBe('Nile Wire');
  });

  it('reads the outlet after a bar in a byline, never a date or a place', () => {
    expect(outletFromCredit('By Staff Correspondent | Harbor Herald')).toBe('Harbor Herald');
    expect(outletFromCredit('By Ann Lee | Nile Ledger | March 3, 2024')).toBe('Nile Ledger');
    expect(outletFromCredit('By Ann Lee | March 3, 2024')).toBeNull();
    expect(outletFromCredit('By Ann Lee | Muscat')).toBeNull();
  });
});
