import { page, parseChecked, textsOf } from '../../support/parseHarness.js';
import { agencySignoff, isDateLine, isSectionName, looksLikeOutletName, matchHeaderLine, outletFromCredit } from '../../../src/parse/index.js';

describe('page header lines', () => {
  it('reads outlet | section and outlet | date lines, never a section or a flash label', () => {
    expect(matchHeaderLine('Oasis Dispatch | World')).toEqual({ outlet: 'Oasis Dispatch', date: null });
    expect(matchHeaderLine('سياسة · مرآة الفرات')).toEqual({ outlet: 'مرآة الفرات', date: null });
    expect(matchHeaderLine('Politics | Middle East')).toEqual({ outlet: null, date: null });
    expect(matchHeaderLine('مرآة الفرات | الخميس 4 تموز/يوليو 2024')).toEqual({ outlet: 'مرآة الفرات', date: '2024-07-04' });
    expect(matchHeaderLine('عاجل | انفجار في مستودع قرب الميناء')).toBeNull();
    expect(matchHeaderLine('Ministers meet — but no deal is in sight')).toBeNull();
  });

  it('reads `Outlet | Staff report` and `Outlet » Section` header lines', () => {
    expect(matchHeaderLine('The Oasis Dispatch | Staff report')).toEqual({ outlet: 'The Oasis Dispatch', date: null });
    expect(matchHeaderLine('Oasis Dispatch » Shipping & Security')).toEqual({ outlet: 'Oasis Dispatch', date: null });
    expect(matchHeaderLine('Ministers meet » but no deal is in sight')).toBeNull();
  });

  it('tells outlet names from sections and headlines', () => {
    expect(looksLikeOutletName('The Oasis Dispatch')).toBe(true);
    expect(looksLikeOutletName('مرآة الفرات')).toBe(true);
    expect(looksLikeOutletName('SANDSTONE NEWS')).toBe(true);
    expect(looksLikeOutletName('Middle East')).toBe(false);
    expect(looksLikeOutletName('Storm Floods Coastal Towns')).toBe(false);
    expect(looksLikeOutletName('Officials said talks resumed.')).toBe(false);
    expect(isSectionName('عربي ودولي')).toBe(true);
    expect(isSectionName('أخبار العراق')).toBe(true);
    expect(isSectionName('Politics & Economy')).toBe(true);
    expect(isSectionName('Oasis Dispatch')).toBe(false);
  });

  it('takes the outlet from a masthead line above the headline', () => {
    const a = parseChecked(
      page(
        'The Oasis Dispatch',
        'News | Gulf',
        'Desalination plant outage leaves coastal city short of water',
        'Thursday, July 4, 2024 — 8:15 PM (Muscat)',
        'By Lina Farouk',
        '3 min read',
        'SOHAR — A breakdown at the main desalination plant left thousands of homes without running water on Thursday, officials said.',
        'Engineers expected repairs to take at least two days, the utility said in a statement.',
      ),
    );
    expect(a.source).toBe('The Oasis Dispatch');
    expect(a.published).toBe('2024-07-04');
    expect(a.title).toBe('Desalination plant outage leaves coastal city short of water');
    expect(textsOf(a, 'breadcrumb')).toEqual(['The Oasis Dispatch', 'News | Gulf']);
    expect(textsOf(a, 'noise')).toContain('3 min read');
  });

  it('takes the outlet of an Arabic outlet | date line with slash-joined months', () => {
    const a = parseChecked(
      page(
        'مرآة الفرات | الخميس 4 تموز/يوليو 2024',
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'توقفت محطة رئيسية لتحلية المياه عن العمل صباح اليوم الخميس، ما أدى إلى انقطاع المياه عن آلاف المنازل، بحسب مسؤولين محليين.',
        'وقال مسؤول في دائرة المياه إن الفرق الفنية تعمل على إصلاح العطل خلال يومين.',
      ),
    );
    expect(a.source).toBe('مرآة الفرات');
    expect(a.published).toBe('2024-07-04');
    expect(a.title).toBe('توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب');
  });

  it('keeps a short Title Case headline as the title when a date line follows it', () => {
    const a = parseChecked(
      page(
        'Storm Floods Coastal Towns',
        'Jul 5, 2024 | 2 min read',
        'MUSCAT (Oasis Wire) — Heavy rain flooded several coastal towns on Friday, forcing schools to close.',
      ),
    );
    expect(a.title).toBe('Storm Floods Coastal Towns');
    expect(a.source).toBe('Oasis Wire');
    expect(a.published).toBe('2024-07-05');
  });

  it('prefers a dateline agency and a source line over the masthead', () => {
    const withAgency = parseChecked(
      page('The Oasis Dispatch', 'Port reopens after storm damage is cleared', 'DUQM, Oman, Jul 6 (Oasis Wire) - The port reopened on Saturday after crews cleared debris left by the storm.'),
    );
    expect(withAgency.source).toBe('Oasis Wire');
    const withLabel = parseChecked(
      page('The Oasis Dispatch', 'Port reopens after storm damage is cleared', 'The port reopened on Saturday after crews cleared debris left by the storm.', 'Source - Coastal Press Agency'),
    );
    expect(withLabel.source).toBe('Coastal Press Agency');
  });

  it('never takes a personal byline or staff title as the source', () => {
    const a = parseChecked(
      page(
        'Port reopens after storm damage is cleared',
        'Lina Farouk, Staff Writer',
        'The port reopened on Saturday after crews cleared debris left by the storm, the authority said.',
      ),
    );
    expect(a.source).toBeNull();
    expect(textsOf(a, 'byline')).toEqual(['Lina Farouk, Staff Writer']);
    const b = parseChecked(page('Port reopens after storm damage is cleared', 'Lina Farouk | Muscat', 'The port reopened on Saturday after crews cleared debris left by the storm, the authority said.'));
    expect(b.source).toBeNull();
  });

  it('reads a quoted Arabic place: outlet credit as the agency', () => {
    const a = parseChecked(
      page(
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'مسقط: «مرآة الخليج»',
        'توقفت محطة رئيسية لتحلية المياه عن العمل صباح اليوم، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
      ),
    );
    expect(a.source).toBe('مرآة الخليج');
    expect(textsOf(a, 'dateline')).toEqual(['مسقط: «مرآة الخليج»']);
  });

  it('reads an outlet credit glued to a slash at the start of the body', () => {
    const a = parseChecked(page('Two boats seized off the coast', 'Sandstone News/ Coast guards seized two boats carrying fuel on Sunday, a security source said.'));
    expect(a.source).toBe('Sandstone News');
    expect(textsOf(a, 'body')).toEqual(['Coast guards seized two boats carrying fuel on Sunday, a security source said.']);
  });
});

describe('publication dates', () => {
  it('prefers the publication date over an update stamp printed before it', () => {
    const a = parseChecked(
      page(
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'آخر تحديث: 06/07/2024 - 10:00 ص',
        'تاريخ النشر: 04/07/2024 - 08:30 م',
        'توقفت محطة رئيسية لتحلية المياه عن العمل، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
      ),
    );
    expect(a.published).toBe('2024-07-04');
  });

  it('takes an update stamp when it is the only date', () => {
    const a = parseChecked(page('Port reopens after storm damage is cleared', 'Updated: 6 July 2024, 09:12 (GMT+4)', 'The port reopened on Saturday after crews cleared debris.'));
    expect(a.published).toBe('2024-07-06');
  });
});

describe('page furniture', () => {
  it('marks reading time, counters, newsletters, small print, author boxes and copyright as metadata', () => {
    const a = parseChecked(
      page(
        'Port reopens after storm damage is cleared',
        'Listen to this article | 3 mins',
        'The port reopened on Saturday after crews cleared debris left by the storm, the authority said.',
        'Oasis Wire writer Sam Idris contributed to this report.',
        'About the author',
        'Lina Farouk covers shipping and energy from Muscat.',
        '7 Comments',
        'Newsletter',
        'Enter your email',
        'By signing up you accept our privacy policy and terms of use.',
        'Copyright 2024 The Oasis Dispatch. All rights reserved. This material may not be redistributed without permission from the publisher.',
      ),
    );
    expect(textsOf(a, 'body')).toEqual(['The port reopened on Saturday after crews cleared debris left by the storm, the authority said.']);
    expect(textsOf(a, 'byline')).toEqual([
      'Oasis Wire writer Sam Idris contributed to this report.',
      'About the author',
      'Lina Farouk covers shipping and energy from Muscat.',
    ]);
    expect(a.source).toBe('The Oasis Dispatch');
  });
});

describe('read-also and related lines', () => {
  it('reads `Related: title` followed by its text as a secondary article', () => {
    const a = parseChecked(
      page(
        'Port reopens after storm damage is cleared',
        'The port reopened on Saturday after crews cleared debris left by the storm, the authority said.',
        'Related: Fishermen count losses after the storm',
        'Fishermen in the northern villages said the storm destroyed dozens of boats and nets worth thousands.',
      ),
    );
    expect(a.secondaryArticles.map((s) => s.title)).toEqual(['Fishermen count losses after the storm']);
    expect(a.relatedHeadlines).toEqual([]);
    expect(textsOf(a, 'readAlsoBody')).toHaveLength(1);
  });

  it('reads one labelled line per headline as a related list', () => {
    const a = parseChecked(
      page(
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'توقفت محطة رئيسية لتحلية المياه عن العمل، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
        'ذات صلة: وزارة المياه تعد بخطة طوارئ',
        'ذات صلة: شاحنات لنقل المياه إلى الأحياء المتضررة',
      ),
    );
    expect(a.secondaryArticles).toEqual([]);
    expect(a.relatedHeadlines).toEqual(['وزارة المياه تعد بخطة طوارئ', 'شاحنات لنقل المياه إلى الأحياء المتضررة']);
  });

  it('reads `شاهد أيضاً` over one headline and its text as a secondary article, over a list as related', () => {
    const single = parseChecked(
      page(
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'توقفت محطة رئيسية لتحلية المياه عن العمل، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
        'شاهد أيضاً',
        'الأمطار تغرق شوارع المدينة',
        'غمرت الأمطار الغزيرة شوارع المدينة مساء أمس، ما أدى إلى تعطل حركة المرور لساعات طويلة.',
      ),
    );
    expect(single.secondaryArticles.map((s) => s.title)).toEqual(['الأمطار تغرق شوارع المدينة']);
    const list = parseChecked(
      page(
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'توقفت محطة رئيسية لتحلية المياه عن العمل، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
        'شاهد أيضاً',
        '- الأمطار تغرق شوارع المدينة',
        '- إغلاق المدارس بسبب العاصفة',
      ),
    );
    expect(list.secondaryArticles).toEqual([]);
    expect(list.relatedHeadlines).toHaveLength(2);
  });

  it('reads question headlines under a read-more header as a list', () => {
    const a = parseChecked(
      page(
        'Port reopens after storm damage is cleared',
        'The port reopened on Saturday after crews cleared debris left by the storm, the authority said.',
        'Read more',
        'Why did the storm hit so hard?',
        'Fishermen count losses after the storm',
        'The authority said shipping schedules would return to normal within a week as cranes were repaired.',
      ),
    );
    expect(a.relatedHeadlines).toEqual(['Why did the storm hit so hard?', 'Fishermen count losses after the storm']);
    expect(a.secondaryArticles).toEqual([]);
  });
});

describe('tag lists', () => {
  it('reads a bare topics label over a pipe-separated list', () => {
    const a = parseChecked(
      page(
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'توقفت محطة رئيسية لتحلية المياه عن العمل، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
        'مواضيع',
        'عُمان | المياه | تحلية المياه',
      ),
    );
    expect(a.tags).toEqual(['عُمان', 'المياه', 'تحلية المياه']);
  });

  it('reads "مواضيع ذات علاقة:" with its list on the same line as tags', () => {
    const a = parseChecked(
      page(
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'توقفت محطة رئيسية لتحلية المياه عن العمل، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
        'مواضيع ذات علاقة: عُمان | المياه | تحلية المياه',
      ),
    );
    expect(a.tags).toEqual(['عُمان', 'المياه', 'تحلية المياه']);
  });

  it('keeps a topics-like heading over a paragraph as a subheading', () => {
    const a = parseChecked(
      page(
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'توقفت محطة رئيسية لتحلية المياه عن العمل، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
        'مواضيع عالقة',
        'ولا تزال ملفات عدة عالقة بين الوزارة والشركة المشغلة للمحطة منذ أشهر طويلة.',
      ),
    );
    expect(a.tags).toEqual([]);
    expect(textsOf(a, 'subheading')).toEqual(['مواضيع عالقة']);
  });
});

describe('more header and footer variants', () => {
  it('skips site chrome and language switches above the masthead, and a tagline under it', () => {
    const a = parseChecked(
      page(
        'Skip to content',
        'Menu',
        'English | العربية',
        'مرآة الخليج',
        'صحيفة إلكترونية مستقلة',
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'توقفت محطة رئيسية لتحلية المياه عن العمل صباح اليوم، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
      ),
    );
    expect(a.source).toBe('مرآة الخليج');
    expect(a.title).toBe('توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب');
    expect(textsOf(a, 'noise')).toEqual(['Skip to content', 'Menu', 'English | العربية']);
  });

  it('reads a masthead followed by a date line, then the headline', () => {
    const a = parseChecked(
      page('The Oasis Dispatch', 'Saturday, July 6, 2024', 'Port reopens after storm damage is cleared', 'The port reopened on Saturday after crews cleared debris left by the storm.'),
    );
    expect(a.source).toBe('The Oasis Dispatch');
    expect(a.published).toBe('2024-07-06');
    expect(a.title).toBe('Port reopens after storm damage is cleared');
  });

  it('keeps a spaced slash between two month names inside the date', () => {
    const a = parseChecked(
      page(
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'توقفت محطة رئيسية لتحلية المياه عن العمل، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
        'المصدر | مرآة الخليج',
        'مرآة الخليج | السبت 6 تموز / يوليو 2024',
      ),
    );
    expect(a.source).toBe('مرآة الخليج');
    expect(a.published).toBe('2024-07-06');
  });

  it('reads repeated `Read more: title` lines as a related list', () => {
    const a = parseChecked(
      page(
        'Port reopens after storm damage is cleared',
        'The port reopened on Saturday after crews cleared debris left by the storm, the authority said.',
        'Read more: Fishermen count losses after the storm',
        'Read more: Insurers brace for a costly season',
        'Follow us on Telegram',
      ),
    );
    expect(a.relatedHeadlines).toEqual(['Fishermen count losses after the storm', 'Insurers brace for a costly season']);
    expect(a.secondaryArticles).toEqual([]);
  });
});

describe('agency credits and weak header guesses', () => {
  it('reads an agency sign-off line and an outlet after a byline comma', () => {
    const a = parseChecked(
      page('Port reopens after storm damage is cleared', 'The port reopened on Saturday after crews cleared debris left by the storm, the authority said.', '— OWN'),
    );
    expect(a.source).toBe('OWN');
    expect(textsOf(a, 'byline')).toEqual(['— OWN']);
    expect(agencySignoff('(Oasis Wire)')).toBe('Oasis Wire');
    expect(agencySignoff('— Lina Farouk')).toBeNull();
    expect(outletFromCredit('By Lina Farouk, Oasis Press')).toBe('Oasis Press');
    expect(outletFromCredit('By Lina Farouk, Senior Correspondent')).toBeNull();
  });

  it('reads a date line that ends with a byline', () => {
    expect(isDateLine('Posted on July 6, 2024 by Lina Farouk')).toBe('2024-07-06');
    expect(isDateLine('نشر في 6 يوليو 2024 بقلم سامي خليل')).toBe('2024-07-06');
  });

  it('ranks a first line without outlet signs below a place - name credit', () => {
    const a = parseChecked(
      page(
        'ملفات ساخنة',
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'مسقط - مرآة الخليج',
        'توقفت محطة رئيسية لتحلية المياه عن العمل صباح اليوم، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
      ),
    );
    expect(a.source).toBe('مرآة الخليج');
  });

  it('reads an outlet | section line under the title only when the name reads as an outlet', () => {
    const body = 'The port reopened on Saturday after crews cleared debris left by the storm.';
    expect(parseChecked(page('Port reopens after storm damage is cleared', 'Oasis News | Business', body)).source).toBe('Oasis News');
    expect(parseChecked(page('Port reopens after storm damage is cleared', 'Lina Farouk | Beirut', body)).source).toBeNull();
  });

  it('keeps a reporter after an unquoted place: name out of the source', () => {
    const a = parseChecked(
      page(
        'مرآة الخليج',
        'توقف محطة لتحلية المياه يحرم أحياء من مياه الشرب',
        'مسقط: سامي خليل',
        'توقفت محطة رئيسية لتحلية المياه عن العمل صباح اليوم، ما أدى إلى انقطاع المياه عن آلاف المنازل.',
      ),
    );
    expect(a.source).toBe('مرآة الخليج');
    expect(textsOf(a, 'dateline')).toEqual(['مسقط: سامي خليل']);
  });
});
