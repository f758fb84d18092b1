/**
 * Speech lexicon for statements (data only): speech verbs, participles, "according to"
 * cues, complementizers, anonymous-speaker heads and anaphoric nouns, Arabic and English.
 */

/** Arabic finite speech verbs (perfect and imperfect, 3rd person). */
export const AR_SPEECH_VERBS = [
  'قال', 'قالت', 'قالوا', 'يقول', 'تقول', 'يقولون',
  'أكد', 'أكدت', 'أكدوا', 'يؤكد', 'تؤكد',
  'أعلن', 'أعلنت', 'أعلنوا', 'يعلن', 'تعلن',
  'حذر', 'حذرت', 'حذروا', 'يحذر', 'تحذر',
  'أشار', 'أشارت', 'أشاروا', 'يشير', 'تشير',
  'أضاف', 'أضافت', 'أضافوا', 'يضيف', 'تضيف',
  'ذكر', 'ذكرت', 'ذكروا', 'يذكر', 'تذكر',
  'وصف', 'وصفت', 'وصفوا', 'يصف', 'تصف',
  'اعتبر', 'اعتبرت', 'اعتبروا', 'يعتبر', 'تعتبر',
  'دان', 'دانت', 'أدان', 'أدانت', 'يدين', 'تدين',
  'توعد', 'توعدت', 'يتوعد', 'تتوعد',
  'نفى', 'نفت', 'نفوا', 'ينفي', 'تنفي',
  'أوضح', 'أوضحت', 'يوضح', 'توضح',
  'صرح', 'صرحت', 'أفاد', 'أفادت', 'يفيد', 'تفيد',
  'اتهم', 'اتهمت', 'يتهم', 'تتهم',
  'كشف', 'كشفت', 'يكشف', 'تكشف',
  'توقع', 'توقعت', 'يتوقع', 'تتوقع',
  'عزا', 'عزت', 'يعزو', 'تعزو',
  'شدد', 'شددت', 'يشدد', 'تشدد',
  'زعم', 'زعمت', 'أبلغ', 'أبلغت',
  'أعرب', 'أعربت', 'أعربوا', 'يعرب', 'تعرب', 'عبرت', 'غردت', 'غرد',
  'أقر', 'أقرت', 'رجح', 'رجحت', 'كتب', 'كتبت', 'طالب', 'طالبت', 'يطالب', 'تطالب', 'دعا', 'دعت', 'يدعو', 'تدعو',
  'نبه', 'نبهت', 'لفت', 'لفتت', 'اعترف', 'اعترفت', 'ادعى', 'ادعت',
];

/**
 * Arabic verbs that report speech only when a complementizer follows ("هدد X بأن …", "تعهدت بأن …");
 * otherwise they take a noun (هددت باستهداف القواعد) and say nothing quotable.
 */
export const AR_SPEECH_VERBS_WITH_COMP = ['هدد', 'هددت', 'هددوا', 'تعهد', 'تعهدت', 'تعهدوا', 'اكتفى', 'اكتفت'];

/** Arabic circumstantial participles (same speaker as the clause they hang on). */
export const AR_PARTICIPLES = [
  'قائلا', 'قائلاً', 'قائلة', 'مضيفا', 'مضيفاً', 'مضيفة', 'مؤكدا', 'مؤكداً', 'مؤكدة', 'مشيرا', 'مشيراً', 'مشيرة',
  'موضحا', 'موضحاً', 'موضحة', 'محذرا', 'محذراً', 'محذرة', 'معتبرا', 'معتبراً', 'معتبرة', 'لافتا', 'لافتاً', 'لافتة',
  'واصفا', 'واصفاً', 'واصفة', 'داعيا', 'داعياً', 'داعية', 'مشددا', 'مشدداً', 'مشددة', 'متهما', 'متهماً', 'متهمة',
  'مطالبا', 'مطالباً', 'مطالبة', 'معربا', 'معرباً', 'معربة', 'متوعدا', 'متوعداً', 'متوعدة', 'مهددا', 'مهدداً', 'مهددة',
  'مكتفيا بالقول', 'مكتفياً بالقول', 'مكتفية بالقول', 'معلنا', 'معلناً',
];

/** Arabic "according to" cues; an optional `ما` + speech verb may follow (وفق ما أعلنته). */
export const AR_ACCORDING = ['بحسب', 'حسب', 'حسبما', 'وفق', 'وفقا', 'وفقاً', 'نقلا عن', 'نقلاً عن', 'طبقا', 'طبقاً', 'جاء في بيان', 'ورد في بيان', 'جاء في البيان', 'وجاء في بيان'];

/** Arabic complementizers that open the reported clause. */
export const AR_COMPLEMENTIZERS = [
  'إن', 'أن', 'إنه', 'أنه', 'إنها', 'أنها', 'إنهم', 'أنهم', 'إننا', 'أننا', 'إنهما', 'أنهما',
  'بأن', 'بأنه', 'بأنها', 'بأنهم', 'بأننا', 'من أن', 'من أنه', 'من أنها', 'إلى أن', 'إلى أنه', 'إلى أنها',
];

/** English speech verbs (finite). */
export const EN_SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'warned', 'warns', 'announced', 'announces', 'added', 'adds', 'stated',
  'noted', 'accused', 'accuses', 'blamed', 'blames', 'denied', 'denies', 'wrote', 'writes', 'insisted', 'insists',
  'stressed', 'confirmed', 'confirms', 'cautioned', 'vowed', 'vows', 'declared', 'explained', 'argued', 'predicted',
  'acknowledged', 'estimated', 'reiterated', 'contended', 'asserted', 'alleged', 'condemned', 'denounced', 'denounces', 'threatened', 'called', 'described', 'describe', 'describes', 'demanded', 'reported',
  'posted', 'tweeted', 'expressed', 'revealed', 'disclosed', 'admitted',
];

/** English participles hanging on a clause ("…, saying"). */
export const EN_PARTICIPLES = ['saying', 'adding', 'noting', 'stressing', 'telling', 'insisting', 'arguing', 'explaining', 'citing', 'describing', 'warning', 'vowing', 'accusing', 'calling'];

/** English "according to" cues. */
export const EN_ACCORDING = ['according to'];

/** Heads of anonymous speaker descriptions (unnamed by design). */
export const AR_ANON_HEADS = [
  'مسؤول', 'مسؤولة', 'مسؤولون', 'مسؤولين', 'مسؤولو', 'مسؤولي', 'المسؤول', 'المسؤولون', 'المسؤولين', 'مصدر', 'مصادر', 'المصادر',
  'القادة', 'قادة', 'دبلوماسي', 'دبلوماسيون', 'دبلوماسيين', 'خبراء', 'الخبراء', 'شهود', 'سكان', 'ناشطون', 'محللون', 'مراقبون', 'متحدث',
  'مراسلون', 'مراسلين', 'مراسل', 'ناشطين', 'أطباء', 'مسعفون', 'شهود عيان', 'الأهالي', 'أهالي',
];
export const EN_ANON_HEADS = [
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'commander', 'commanders', 'analyst', 'analysts',
  'expert', 'experts', 'residents', 'witnesses', 'aide', 'aides', 'spokesman', 'spokeswoman', 'spokesperson', 'officers', 'officer',
  'media', 'monitor', 'observers', 'activists', 'correspondent', 'journalists', 'diplomatic sources', 'security sources',
  'lawmakers', 'legislators', 'senators', 'governments', 'medics', 'doctors', 'rescuers', 'investigators', 'witness', 'resident',
];

/**
 * Class nouns that refer back to an entity (Arabic without ال handled by the pattern), mapped to the
 * entity types they can stand for and a head word its name may contain.
 */
export interface Anaphor {
  forms: string[];
  types: string[];
  /** Words the antecedent's name/aliases may contain (any); empty = any entity of the types. */
  heads: string[];
  /** A document of the previous speaker (the statement, the report): resolves to the previous speaker. */
  document?: boolean;
}
export const ANAPHORS: Anaphor[] = [
  { forms: ['الوزارة', 'the ministry', 'the department'], types: ['ORGANIZATION'], heads: ['وزارة', 'ministry', 'department', 'pentagon', 'البنتاغون'] },
  { forms: ['السفارة', 'the embassy'], types: ['FACILITY', 'ORGANIZATION'], heads: ['سفارة', 'embassy'] },
  { forms: ['القنصلية', 'the consulate'], types: ['FACILITY', 'ORGANIZATION'], heads: ['قنصلية', 'consulate'] },
  { forms: ['الصحيفة', 'the newspaper', 'the paper', 'the journal'], types: ['ORGANIZATION'], heads: ['صحيفة', 'journal', 'times', 'post', 'newspaper'] },
  { forms: ['الوكالة', 'the agency'], types: ['ORGANIZATION'], heads: ['وكالة', 'agency'] },
  { forms: ['القيادة', 'the command'], types: ['ORGANIZATION'], heads: ['قيادة', 'command'] },
  { forms: ['الجماعة', 'الحركة', 'الميليشيا', 'الفصائل', 'the group', 'the militia', 'the movement', 'the rebels'], types: ['ARMED_GROUP'], heads: [] },
  { forms: ['الحزب', 'the party'], types: ['ARMED_GROUP', 'ORGANIZATION'], heads: ['حزب', 'party'] },
  { forms: ['الشركة', 'the company', 'the firm'], types: ['ORGANIZATION'], heads: ['شركة', 'company', 'co', 'line', 'group'] },
  { forms: ['الحكومة', 'the government'], types: ['COUNTRY', 'ORGANIZATION'], heads: [] },
  { forms: ['المجلس', 'the council'], types: ['ORGANIZATION'], heads: ['مجلس', 'council'] },
  { forms: ['الجيش', 'the military', 'the army'], types: ['ORGANIZATION'], heads: ['جيش', 'قوات', 'military', 'army', 'forces'] },
  { forms: ['البيان', 'التقرير', 'the statement', 'the report'], types: [], heads: [], document: true },
];

/** Titles that can refer back to a person introduced with them ("the defense secretary", رئيس الوزراء). */
export const AR_TITLES = [
  'المتحدث', 'الناطق', 'وزير', 'رئيس', 'قائد', 'الأمين العام', 'أمين عام', 'منسق', 'سفير', 'مبعوث', 'مستشار', 'نائب', 'زعيم',
  'المرشد', 'الرئيس', 'الجنرال', 'اللواء', 'العميد', 'العقيد', 'الأدميرال', 'مدير', 'المدير', 'قائد', 'المتحدثة', 'الناطقة', 'وزيرة',
  'الوزير', 'الوزيرة', 'السفير', 'المبعوث', 'المستشار', 'القائد', 'الزعيم', 'النائب',
];
export const EN_TITLES = [
  'secretary', 'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'chief', 'leader', 'ambassador',
  'envoy', 'adviser', 'advisor', 'general', 'admiral', 'coordinator', 'director', 'premier', 'chairman', 'head', 'prime minister',
  'crown prince', 'prince', 'king', 'emir', 'sheikh',
];

/** Cue words that make an "announcement" a claim of responsibility, not a statement. */
export const CLAIM_OBJECT = ['مسؤولية', 'مسؤوليتها', 'مسؤوليته', 'مسؤوليتهم', 'تبني', 'responsibility'];

/** Negators right before a speech verb. */
export const AR_NEGATORS = ['لم', 'لن', 'لا'];
export const EN_NEGATORS = ['not', "didn't", 'declined to', 'refused to', 'never'];
