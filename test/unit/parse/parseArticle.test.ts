import { isContentKind, parseArticle, readArticleInput } from '../../../src/parse/index.js';
import { page, parseChecked, textsOf } from '../../support/parseHarness.js';

const arabicPage = page(
  'الرئيسية > أخبار > لبنان',
  'انقطاع واسع للكهرباء في بيروت بعد عطل في محطة الزهراني',
  'الخميس ١٢ تموز (يوليو) ٢٠٢٤ - ٠٨:٣٠ ص',
  'شارك: فيسبوك | تويتر | واتساب',
  'بيروت - الراصد الإخباري',
  'شهدت العاصمة اللبنانية بيروت انقطاعاً واسعاً للتيار الكهربائي مساء الأربعاء. وقالت مؤسسة كهرباء لبنان إن العطل طال محطة الزهراني.',
  'وأضافت المؤسسة في بيان أن "فرق الصيانة تعمل على إصلاح الخلل"، متوقعة عودة التيار خلال ساعات.',
  'انقطاع الكهرباء يشل أحياء واسعة من #بيروت https://t.co/AbCdEf123',
  '— الراصد الإخباري (@RasedNews) July 11, 2024ردود فعل غاضبة',
  'واحتج عشرات السكان أمام مبنى المؤسسة مطالبين بحلول دائمة.',
  'أزمة مزمنة',
  'ويعاني لبنان منذ سنوات من أزمة كهرباء حادة؛ إذ لا تتجاوز ساعات التغذية أربع ساعات يومياً.',
  'المصدر: وكالات',
  'إقرأ أيضاً: وزير الطاقة يعد بخطة طوارئ خلال أسبوع',
  'تابعونا على تطبيق الراصد',
  'أعلن وزير الطاقة اللبناني أن الحكومة ستقر خطة طوارئ لتأمين الوقود لمحطات الإنتاج.',
  'كلمات دلالية: لبنان بیروت الکهرباء الزهرانی',
  'مقالات ذات صلة',
  '  • الحكومة تبحث رفع تعرفة الكهرباء',
  '  • محتجون يقطعون طريق المطار',
  '  • البنك الدولي يحذر من انهيار قطاع الطاقة',
);

const englishPage = page(
  'Port strike halts grain exports as talks stall',
  'By Dana Hill | March 3, 2024',
  'ODESA, March 3 (Coastline News) — Dockworkers at the main grain terminal walked off the job on Sunday, halting exports for a second day. The union said Mr. Koval would meet officials on Monday.',
  '"We are not going back until wages are paid," union leader Ivan Koval told reporters.',
  'Dockers walk out at Odesa grain terminal https://t.co/XyZ987',
  '— Coastline News (@CoastlineNews) March 2, 2024',
  'Ministry response',
  'The ministry said it had proposed a 12.5 percent raise.',
  'Share this article',
  'Read also:',
  'Shipping insurers raise Black Sea premiums',
  'Insurers increased war-risk premiums for vessels calling at Black Sea ports, brokers said.',
  'Related:',
  '* Grain prices climb on supply worries',
  '* Union calls for nationwide action',
  'Tags: Odesa Ukraine Grain',
  'Source: Coastline News',
);

describe('parseArticle — Arabic page', () => {
  const a = parseChecked(arabicPage);

  it('finds title, breadcrumb, date line, noise and the place - outlet dateline', () => {
    expect(a.title).toBe('انقطاع واسع للكهرباء في بيروت بعد عطل في محطة الزهراني');
    expect(textsOf(a, 'breadcrumb')).toEqual(['الرئيسية > أخبار > لبنان']);
    expect(textsOf(a, 'dateline')).toEqual(['الخميس ١٢ تموز (يوليو) ٢٠٢٤ - ٠٨:٣٠ ص', 'بيروت - الراصد الإخباري']);
    expect(textsOf(a, 'noise')).toContain('شارك: فيسبوك | تويتر | واتساب');
    expect(a.published).toBe('2024-07-12');
    expect(a.language).toBe('ar');
  });

  it('splits a post attribution glued to the next subheading', () => {
    expect(a.posts).toHaveLength(1);
    const post = a.posts[0]!;
    expect(post.handle).toBe('@RasedNews');
    expect(post.author).toBe('الراصد الإخباري');
    expect(post.date).toBe('2024-07-11');
    expect(post.body.text).toBe('انقطاع الكهرباء يشل أحياء واسعة من #بيروت https://t.co/AbCdEf123');
    expect(textsOf(a, 'postAttribution')).toEqual(['— الراصد الإخباري (@RasedNews) July 11, 2024']);
    expect(textsOf(a, 'subheading')).toEqual(['ردود فعل غاضبة', 'أزمة مزمنة']);
  });

  it('reads source, tags with Persian letters, read-also and related list', () => {
    expect(a.source).toBe('وكالات');
    expect(a.tags).toEqual(expect.arrayContaining(['لبنان', 'بیروت', 'الکهرباء']));
    expect(a.secondaryArticles).toHaveLength(1);
    expect(a.secondaryArticles[0]!.title).toBe('وزير الطاقة يعد بخطة طوارئ خلال أسبوع');
    expect(textsOf(a, 'readAlsoBody')).toHaveLength(1);
    expect(a.sections.filter((s) => s.kind === 'readAlsoBody').every((s) => s.secondary === 0)).toBe(true);
    expect(textsOf(a, 'noise')).toContain('تابعونا على تطبيق الراصد');
    expect(a.relatedHeadlines).toEqual([
      'الحكومة تبحث رفع تعرفة الكهرباء',
      'محتجون يقطعون طريق المطار',
      'البنك الدولي يحذر من انهيار قطاع الطاقة',
    ]);
  });

  it('produces sentences only from content, never from boilerplate', () => {
    const texts = a.sentences.map((s) => s.text);
    expect(texts).toContain('ويعاني لبنان منذ سنوات من أزمة كهرباء حادة؛');
    expect(texts.some((t) => t.includes('المصدر'))).toBe(false);
    expect(texts.some((t) => t.includes('محتجون يقطعون'))).toBe(false);
    expect(texts).toContain('وزير الطاقة يعد بخطة طوارئ خلال أسبوع');
    for (const s of a.sentences) expect(isContentKind(a.sections[s.section]!.kind)).toBe(true);
  });
});

describe('parseArticle — English page', () => {
  const a = parseChecked(englishPage);

  it('reads byline date, dateline prefix and agency', () => {
    expect(a.title).toBe('Port strike halts grain exports as talks stall');
    expect(textsOf(a, 'byline')).toEqual(['By Dana Hill | March 3, 2024']);
    expect(a.published).toBe('2024-03-03');
    expect(textsOf(a, 'dateline')).toEqual(['ODESA, March 3 (Coastline News) —']);
    expect(textsOf(a, 'body')[0]!.startsWith('Dockworkers at the main grain terminal')).toBe(true);
    expect(a.language).toBe('en');
  });

  it('reads the post, subheading, read-also on the next line, related bullets, tags and source', () => {
    expect(a.posts.map((p) => [p.handle, p.date])).toEqual([['@CoastlineNews', '2024-03-02']]);
    expect(textsOf(a, 'subheading')).toEqual(['Ministry response']);
    expect(textsOf(a, 'noise')).toEqual(expect.arrayContaining(['Share this article', 'Read also:']));
    expect(a.secondaryArticles.map((s) => s.title)).toEqual(['Shipping insurers raise Black Sea premiums']);
    expect(a.relatedHeadlines).toEqual(['Grain prices climb on supply worries', 'Union calls for nationwide action']);
    expect(a.tags).toEqual(['Odesa', 'Ukraine', 'Grain']);
    expect(a.source).toBe('Coastline News');
  });

  it('splits sentences of the body around abbreviations and quotes', () => {
    const texts = a.sentences.map((s) => s.text);
    expect(texts).toContain('The union said Mr. Koval would meet officials on Monday.');
    expect(texts).toContain('"We are not going back until wages are paid," union leader Ivan Koval told reporters.');
    expect(texts).toContain('The ministry said it had proposed a 12.5 percent raise.');
  });
});

describe('parseArticle — variations', () => {
  it('uses the dateline agency as source when there is no source line, and ignores post dates', () => {
    const a = parseChecked(
      page(
        'Ceasefire talks resume in Doha',
        'DOHA (Gulf Wire) - Negotiators returned to the table on Tuesday after a week-long pause in the talks.',
        'Talks resume in Doha https://t.co/q1',
        '— Gulf Wire (@GulfWire) May 7, 2024',
      ),
    );
    expect(a.source).toBe('Gulf Wire');
    expect(a.published).toBeNull();
    expect(a.posts[0]?.date).toBe('2024-05-07');
  });

  it('gives null for relative dates and reads an Arabic body dateline', () => {
    const a = parseChecked(
      page(
        'البرلمان يقر الموازنة العامة بعد جدل طويل',
        'عمّان - أقر مجلس النواب أمس الأحد مشروع قانون الموازنة العامة بأغلبية أعضائه الحاضرين.',
      ),
    );
    expect(a.published).toBeNull();
    expect(textsOf(a, 'dateline')).toEqual(['عمّان -']);
    expect(textsOf(a, 'body')).toEqual(['أقر مجلس النواب أمس الأحد مشروع قانون الموازنة العامة بأغلبية أعضائه الحاضرين.']);
  });

  it('reads hashtag tags under الوسوم and related lists with - bullets', () => {
    const a = parseChecked(
      page(
        'عنوان الخبر الرئيسي هنا',
        'نص الفقرة الأولى من الخبر يتحدث عن تطورات الأحداث في المدينة.',
        'الوسوم: #مصر #القاهرة #النيل_الأزرق',
        'أخبار ذات صلة',
        '- عنوان أول للخبر المرتبط',
        '- عنوان ثان للخبر المرتبط',
      ),
    );
    expect(a.tags).toEqual(['مصر', 'القاهرة', 'النيل الأزرق']);
    expect(a.relatedHeadlines).toHaveLength(2);
  });

  it('reads a plain-line related list and ends it at a long paragraph', () => {
    const a = parseChecked(
      page(
        'Title of the story',
        'First paragraph of the story goes here with enough words to be a paragraph.',
        'Related coverage',
        'Markets slide on rate fears',
        'Oil steadies after OPEC meeting',
        'Source: Example Times',
      ),
    );
    expect(a.relatedHeadlines).toEqual(['Markets slide on rate fears', 'Oil steadies after OPEC meeting']);
    expect(a.source).toBe('Example Times');
  });

  it('treats a read-also header followed by bullets as a related list', () => {
    const a = parseChecked(page('Title here', 'Body paragraph with several words in it.', 'Read also:', '• One headline', '• Another headline'));
    expect(a.secondaryArticles).toHaveLength(0);
    expect(a.relatedHeadlines).toEqual(['One headline', 'Another headline']);
  });

  it('accepts JSON input whose fields win over parsed ones', () => {
    const raw = JSON.stringify({
      text: page('Title from page', 'By Ann Lee | June 1, 2023', 'Body text of the article, long enough to be a paragraph.', 'Source: Page Outlet'),
      url: 'https://example.com/a',
      source: 'Given Outlet',
      published: '2023-06-02T10:00:00Z',
      title: 'Given title',
    });
    const a = parseArticle(readArticleInput(raw));
    expect(a.source).toBe('Given Outlet');
    expect(a.published).toBe('2023-06-02');
    expect(a.title).toBe('Given title');
    expect(a.url).toBe('https://example.com/a');
    const plain = parseArticle(readArticleInput('{ not json'));
    expect(plain.text).toBe('{ not json');
  });

  it('labels section languages separately', () => {
    const a = parseChecked(page('عنوان عربي للخبر', 'A short English post text https://t.co/z', '— Some One (@someone) January 9, 2024', 'فقرة عربية طويلة بما يكفي لتكون جزءاً من نص الخبر.'));
    expect(a.sections.find((s) => s.kind === 'post')?.language).toBe('en');
    expect(a.posts[0]?.language).toBe('en');
    expect(a.language).toBe('ar');
  });

  // Speed is measured in bench/, not asserted here; this checks a long page still parses whole.
  it('parses a long page of several articles with every span slicing back', () => {
    const single = parseChecked(arabicPage);
    const big = parseChecked(page(arabicPage, englishPage, arabicPage));
    expect(big.sentences.length).toBeGreaterThan(2 * single.sentences.length);
  });
});
