import { findSentence } from '../../../src/parse/index.js';
import { page, parseChecked, textsOf } from '../../support/parseHarness.js';

describe('segmentation variants', () => {
  it('treats a one-word category above the headline as navigation and a tatweel dash as a dateline', () => {
    const a = parseChecked(
      page(
        'اقتصاد',
        'البنك المركزي يرفع أسعار الفائدة للمرة الثالثة',
        'آخر تحديث: 2024/02/11 الساعة 13:05',
        'الرباط ـ قرر البنك المركزي رفع سعر الفائدة الرئيسي بربع نقطة مئوية لمواجهة التضخم.',
      ),
    );
    expect(textsOf(a, 'breadcrumb')).toEqual(['اقتصاد']);
    expect(a.title).toBe('البنك المركزي يرفع أسعار الفائدة للمرة الثالثة');
    expect(a.published).toBe('2024-02-11');
    expect(textsOf(a, 'dateline')).toEqual(['آخر تحديث: 2024/02/11 الساعة 13:05', 'الرباط ـ']);
  });

  it('takes a post whose last line is only a link from the line before', () => {
    const a = parseChecked(
      page(
        'Title of a story about ports',
        'First paragraph of the story, long enough to be a paragraph of body text.',
        'Cranes idle at the harbour this morning',
        'pic.twitter.com/AbC123',
        '— Harbour Watch (@HarbourWatch) 6 May 2024',
      ),
    );
    expect(a.posts[0]?.body.text).toBe('Cranes idle at the harbour this morning\n\npic.twitter.com/AbC123');
    expect(a.posts[0]?.date).toBe('2024-05-06');
  });

  it('reads an attribution without the dash and one with an Arabic date', () => {
    const a = parseChecked(
      page(
        'عنوان خبر عن الانتخابات المحلية',
        'نص تغريدة عن نتائج الفرز https://t.co/k1',
        'شبكة الرصد (@RasdNet) ٩ حزيران ٢٠٢٤',
        'فقرة من نص الخبر تتحدث عن نسبة المشاركة في الانتخابات المحلية.',
      ),
    );
    expect(a.posts.map((p) => [p.handle, p.date])).toEqual([['@RasdNet', '2024-06-09']]);
  });

  it('reads a tag label on its own line with one tag per line', () => {
    const a = parseChecked(page('عنوان الخبر هنا للتجربة', 'فقرة من نص الخبر تكفي لتكون فقرة كاملة في الصفحة.', 'الوسوم', 'تونس', 'الانتخابات', 'مقالات مشابهة', '- خبر أول مرتبط', '- خبر ثان مرتبط'));
    expect(a.tags).toEqual(['تونس', 'الانتخابات']);
    expect(a.relatedHeadlines).toEqual(['خبر أول مرتبط', 'خبر ثان مرتبط']);
  });

  it('reads a related list under a short heading after the article ended, skipping time stamps', () => {
    const a = parseChecked(
      page(
        'A headline about rail strikes',
        'Workers walked out on Monday, stopping most trains across the country for the day.',
        'Tags: Rail, Strikes',
        'More from Europe',
        '- Ferry workers join protest',
        '3 hours ago',
        '- Airport staff vote on action',
        '© 2024 Example Media',
      ),
    );
    expect(a.relatedHeadlines).toEqual(['Ferry workers join protest', 'Airport staff vote on action']);
    expect(textsOf(a, 'noise')).toEqual(['3 hours ago', '© 2024 Example Media']);
  });

  it('keeps the article going after an in-article read-also link', () => {
    const a = parseChecked(
      page(
        'عنوان خبر عن الطاقة المتجددة',
        'فقرة أولى من الخبر الرئيسي عن مشاريع الطاقة الشمسية في المنطقة.',
        'اقرأ أيضاً: مشروع رياح جديد في الصحراء',
        'فقرة ثانية من الخبر الرئيسي تتحدث عن التمويل والشركاء الدوليين.',
        'المصدر: وكالات',
      ),
    );
    expect(a.secondaryArticles.map((s) => s.title)).toEqual(['مشروع رياح جديد في الصحراء']);
    expect(textsOf(a, 'body')).toHaveLength(2);
    expect(textsOf(a, 'readAlsoBody')).toHaveLength(0);
  });

  it('marks photo captions as noise', () => {
    const a = parseChecked(page('Headline for a caption test', 'Photo: File image of the harbour', 'Body paragraph that is long enough to count as body text here.'));
    expect(textsOf(a, 'noise')).toEqual(['Photo: File image of the harbour']);
  });

  it('takes a post date printed on the line after the attribution as the post date, not the page date', () => {
    const a = parseChecked(
      page(
        'Headline of a story with an embedded post',
        'Body paragraph that is long enough to count as body text in this page.',
        'Short post text https://t.co/p9',
        '— Some Outlet (@SomeOutlet)',
        'April 9, 2024',
        'Another body paragraph that is long enough to count as body text here.',
      ),
    );
    expect(a.posts.map((p) => p.date)).toEqual(['2024-04-09']);
    expect(a.published).toBeNull();
  });

  it('reads staff credits, app prompts and quoted paragraph endings', () => {
    const a = parseChecked(
      page(
        'Headline about a quoted minister',
        'Harbor Tribune staff',
        'The minister spoke at length on Monday about the new budget and its risks.',
        'The opposition called the plan "reckless and rushed."',
        'Get the latest headlines on the Harbor Tribune app',
      ),
    );
    expect(textsOf(a, 'byline')).toEqual(['Harbor Tribune staff']);
    expect(textsOf(a, 'subheading')).toEqual([]);
    expect(textsOf(a, 'noise')).toEqual(['Get the latest headlines on the Harbor Tribune app']);
  });

  it('reads a read-also block with its title on the next line and an app prompt as a secondary article', () => {
    const a = parseChecked(
      page(
        'Headline of the main story here',
        'Main story paragraph that is long enough to count as a body paragraph.',
        'Read also:',
        'Second story headline',
        'Download the Example News app',
        'Second story paragraph that is long enough to count as body text too.',
        'Source: Example News',
      ),
    );
    expect(textsOf(a, 'readAlsoBody')).toEqual(['Second story paragraph that is long enough to count as body text too.']);
  });

  it('handles CRLF line ends and invisible bidi marks at line starts', () => {
    const raw = page('\u200FHeadline of a wire story here', '\u200FCAIRO, May 2 (Nile Wire) - Officials said on Thursday that the talks would resume.', '\u200FSource: Nile Wire').replace(/\n/g, '\r\n');
    const a = parseChecked(raw);
    expect(a.title).toBe('Headline of a wire story here');
    expect(textsOf(a, 'dateline')).toEqual(['CAIRO, May 2 (Nile Wire) -']);
    expect(a.source).toBe('Nile Wire');
    expect(a.sentences.map((s) => s.text)).toEqual(['Headline of a wire story here', 'Officials said on Thursday that the talks would resume.']);
  });

  it('finds the sentence containing an offset', () => {
    const a = parseChecked(page('Headline for offsets', 'First sentence here. Second sentence here.'));
    const at = a.text.indexOf('Second');
    expect(a.sentences[findSentence(a.sentences, at)]?.text).toBe('Second sentence here.');
    expect(findSentence(a.sentences, a.text.length + 5)).toBe(-1);
  });

  it('reads a read-more header over plain headline lines as a related list', () => {
    const a = parseChecked(
      page(
        'Headline of a short wire story',
        'A tanker was struck off the coast on Friday, a security firm said, adding the crew was safe.',
        'Read more',
        'Shipping firms reroute around the cape',
        'Insurers raise war-risk premiums again',
        'Tags: Shipping, Insurance',
      ),
    );
    expect(a.secondaryArticles).toHaveLength(0);
    expect(a.relatedHeadlines).toEqual(['Shipping firms reroute around the cape', 'Insurers raise war-risk premiums again']);
  });

  it('reads a bulleted run after the source line as related headlines even without a heading', () => {
    const a = parseChecked(
      page(
        'عنوان خبر عن المعابر الحدودية',
        'أعلنت السلطات إعادة فتح المعبر الحدودي أمام حركة الشاحنات بعد إغلاق دام أسبوعاً.',
        'المصدر: وكالات',
        '• خبر مرتبط أول عن المعابر',
        '• خبر مرتبط ثان عن الشاحنات',
      ),
    );
    expect(a.relatedHeadlines).toEqual(['خبر مرتبط أول عن المعابر', 'خبر مرتبط ثان عن الشاحنات']);
    expect(textsOf(a, 'body')).toHaveLength(1);
  });

  it('reads tag labels without a colon', () => {
    const base = ['عنوان خبر قصير عن الطقس', 'تشهد البلاد موجة حر شديدة هذا الأسبوع مع ارتفاع درجات الحرارة.'];
    expect(parseChecked(page(...base, 'الوسوم #الطقس #الحر')).tags).toEqual(['الطقس', 'الحر']);
    expect(parseChecked(page(...base, 'كلمات دلالية الطقس الحر الصيف')).tags).toEqual(['الطقس', 'الحر', 'الصيف']);
  });

  it('reads category and topic lists (تصنيفات:، الموضوعات:، وسوم ذات صلة:) as tags', () => {
    const base = ['عنوان خبر قصير عن الطقس', 'تشهد البلاد موجة حر شديدة هذا الأسبوع مع ارتفاع درجات الحرارة.'];
    expect(parseChecked(page(...base, 'تصنيفات: الطقس | الصيف')).tags).toEqual(['الطقس', 'الصيف']);
    expect(parseChecked(page(...base, 'الموضوعات: الطقس | الحر')).tags).toEqual(['الطقس', 'الحر']);
    expect(parseChecked(page(...base, 'وسوم ذات صلة: الطقس - موجة الحر')).tags).toEqual(['الطقس', 'موجة الحر']);
  });
});
