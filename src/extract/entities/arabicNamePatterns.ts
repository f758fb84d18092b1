/**
 * Finder (c, Arabic): names the gazetteer does not know, introduced by a class noun that gives
 * their type — قاعدة X, مطار X, حامية X (FACILITY), محافظة X, مدينة X, بلدة X (LOCATION), كتائب X,
 * سرايا X (ARMED_GROUP). Arabic has no capitals, so X is a
 * quoted name (قاعدة "يونيون 3") or a word without ال (+ one more name word). Ministries named by
 * nationality are stateBodies.ts.
 */
import type { ArticleDoc, EntityCandidate, EntityType } from '../types.js';
import { normalizeKey, originalSpan, type Token } from '../normalize.js';
import { getGazetteer } from '../gazetteer.js';
import { sentenceFolds, sentenceTokens } from './sentenceTokens.js';
import { PRIORITY, nameGroupKey, overlapsName, withCandidates } from './candidates.js';

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const CLITIC = '(?<c>[وف]?[بلك]?)';
const HEADS: Array<[string, EntityType]> = [
  ['قاعده|مطار|حاميه|ميناء|معبر|سجن|مستشفي|مخيم|معسكر|مصفاه|حقل|ثكنه', 'FACILITY'],
  ['محافظه|مدينه|بلده|قريه|ناحيه|قضاء|مضيق', 'LOCATION'],
  // Group heads are followed by verbs too often (جماعة تطلق على نفسها …): quoted names only.
  ['كتايب|سرايا|لواء|حركه|جماعه|تنظيم|فيلق|عصايب', 'ARMED_GROUP'],
];
const TANWEEN = /[\u064B-\u064D]/;
const QUOTED_ONLY = new Set<EntityType>(['ARMED_GROUP']);
/** Present-tense verbs and nisba adjectives are the usual non-names after a head. */
const looksLikeVerbOrAdjective = (w: string): boolean => /^ي/.test(w) || (/^ت/.test(w) && (w.length <= 4 || /ت$/.test(w))) || /يه$/.test(w);
/** Words that look like a bare name after a head but are ordinary nouns or particles. */
const NOT_NAMES = new Set<string>((['في', 'من', 'على', 'الى', 'عن', 'مع', 'ان', 'قرب', 'بالقرب', 'شمال', 'جنوب', 'شرق', 'غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط', 'داخل', 'خارج', 'تابعه', 'عسكريه', 'جويه', 'امريكيه', 'اميركيه', 'اخري', 'واحده', 'كبيره', 'صغيره', 'جديده', 'رئيسيه', 'مهمه', 'حدوديه', 'ساحليه', 'نفطيه', 'بحريه', 'مسلحه', 'عراقيه', 'سوريه', 'ايرانيه', 'يمنيه', 'لبنانيه', 'تضم', 'تقع', 'كانت', 'هذه', 'تلك', 'التي', 'الذي', 'تستضيف'] as string[]).map((w) => normalizeKey(w)));

/**
 * Length of the proclitics glued before folded[i] (و ف then ب ل ك), or -1 when folded[i] is inside a
 * word. Checked by hand instead of a lookbehind: a leading lookbehind makes the regex slow to scan.
 */
function cliticBefore(folded: string, i: number): number {
  let k = i;
  while (k > 0 && i - k < 2 && 'وفبلك'.includes(folded[k - 1]!)) k--;
  for (let c = k; c <= i; c++) {
    const before = c === 0 ? '' : folded[c - 1]!;
    if (before === '' || !/[\p{L}\p{N}]/u.test(before)) {
      const cl = folded.slice(c, i);
      if (/^[وف]?[بلك]?$/.test(cl)) return cl.length;
    }
  }
  return -1;
}

interface Rule { re: RegExp; type: EntityType; quoted: boolean; hint: string[] }
const RULES: Rule[] = HEADS.flatMap(([heads, type]): Rule[] => [
  // head + quoted name: قاعدة "يونيون 3"
  { re: new RegExp(`(?<h>${heads}) +["«“](?<n>[^"»”]{2,40})["»”]`, 'gud'), type, quoted: true, hint: heads.split('|') },
  // head + one word without ال (+ an optional ال-adjective of the place: قاعدة حرير الجوية)
  // head + one word without ال (+ a second ال-word that is part of the name: بلدة عيتا الشعب, but not an
  // adjective or participle: الجوية, الواقعة) (+ an ال-adjective of the place: قاعدة حرير الجوية)
  { re: new RegExp(`(?<h>${heads}) +(?<n>(?!ال)[\\p{L}]{3,}(?: +ال(?!واقع|تابع|جديد|قديم|حدودي|رئيسي|مجاور|قريب|محاذي)[\\p{L}]{2,}[^\\s\\p{P}يه])?)(?: +(?:ال)?(?:جويه|الجويه|العسكريه|الدوليه))?${E}`, 'gud'), type, quoted: false, hint: heads.split('|') },
]);
/**
 * Multi-word place names start with a word that cannot stand alone (كفر رمان، عين إبل، بنت جبيل، دير الزور،
 * مجدل شمس، رأس العين): after a class noun the whole name is taken, not the class noun plus its first word.
 */
const COMPOUND_START = '(?:كفر|كفار|عين|بيت|دير|راس|بنت|مجدل|تل|ام|ابو|بني|بير|خربه|قلعه|سوق|مرج|وادي|جبل|برج|حاره|جسر|خان|طير|ميس|عيتا|نهر|باب|ظهر|مزرعه|عرب|سيدي|قصر|كريات|نير|جديده|حوش|كرم|شيخ|عرب)';
const PLACE_HEADS = 'محافظه|مدينه|بلده|قريه|ناحيه|قضاء|بلدتي|قريتي|مخيم';
const COMPOUND_PLACE = new RegExp(`(?<h>${PLACE_HEADS}|قاعده|مطار|معبر|ميناء) +(?<n>${COMPOUND_START} +(?:ال)?[\\p{L}]{2,})${E}`, 'yu');
// بلدة الخيام، مدينة الطارمية، قرية الخوخة: after an indefinite class noun an ال-word is the place's name,
// unless it is an adjective (الحدودية، المجاورة) or a nationality.
const DEFINITE_PLACE = new RegExp(`(?<h>${PLACE_HEADS}) +(?<n>ال[\\p{L}]{3,})${E}`, 'yu');
const PLACE_HEAD_WORDS = ['محافظه', 'مدينه', 'بلده', 'قريه', 'ناحيه', 'قضاء', 'مخيم', 'قاعده', 'مطار', 'معبر', 'ميناء'];
const INSTITUTION_HEAD_WORDS = ['مجلس', 'لجنه', 'هييه', 'خليه', 'جمعيه', 'مديريه', 'جهاز', 'قياده', 'مفوضيه', 'وكاله', 'غرفه'];

/**
 * Matches of a sticky pattern at the places where one of its head words occurs (found with indexOf, which
 * is much faster than letting an unanchored alternation try every position of the sentence).
 */
/**
 * Every head word of this file with every proclitic (and article) it may carry → the bare head, so one
 * pass over a sentence's tokens (one Map lookup each) tells which heads occur: most sentences have none,
 * and a pattern runs only where its head is.
 */
const HEAD_VARIANTS = new Map<string, string>();
for (const h of [...HEADS.flatMap(([heads]) => heads.split('|')), ...PLACE_HEAD_WORDS, ...INSTITUTION_HEAD_WORDS]) {
  for (const c of ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وبال']) HEAD_VARIANTS.set(c + h, h);
}
function headsIn(tokens: Token[]): Set<string> | null {
  let out: Set<string> | null = null;
  for (const t of tokens) {
    const h = HEAD_VARIANTS.get(t.key);
    if (h) (out ??= new Set()).add(h);
  }
  return out;
}

function atHeads(re: RegExp, all: string[], present: Set<string>, text: string, article = false): RegExpExecArray[] {
  const heads = all.filter((h) => present.has(h));
  if (!heads.length) return [];
  const starts: number[] = [];
  for (const h of heads) for (let p = text.indexOf(h); p >= 0; p = text.indexOf(h, p + h.length)) starts.push(article && p >= 2 && text.startsWith('ال', p - 2) ? p - 2 : p);
  if (!starts.length) return [];
  starts.sort((a, b) => a - b);
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const p of starts) {
    if (p < end) continue;
    re.lastIndex = p;
    const m = re.exec(text);
    if (m) {
      out.push(m);
      end = m.index + m[0].length;
    }
  }
  return out;
}
const PLACE_ADJECTIVES = new Set<string>(['الحدوديه', 'الجنوبيه', 'الشماليه', 'الشرقيه', 'الغربيه', 'الساحليه', 'المجاوره', 'الواقعه',
  'القريبه', 'المحاذيه', 'التابعه', 'الكبيره', 'الصغيره', 'المقدسه', 'المحتله', 'القديمه', 'الجديده', 'الرييسيه', 'المنكوبه', 'المدمره',
  'المحاصره', 'الصناعيه', 'الرياضيه', 'الطبيه', 'الجامعيه', 'العسكريه', 'الاولي', 'الثانيه', 'الثالثه', 'الاخيره', 'المذكوره', 'نفسها',
  'ذاتها', 'المستهدفه', 'المتاخمه', 'الحدودي', 'الجنوبي', 'الشمالي', 'الشرقي', 'الغربي', 'المجاور', 'الواقع', 'القريب', 'المحاذي',
  'الاكبر', 'الاصغر', 'الوحيده', 'الفلسطينيه', 'المختلطه', 'الزراعيه', 'النفطيه', 'التاريخيه', 'الاثريه', 'الكامله', 'بكاملها',
  'الواقعتين', 'الاخري', 'الحاليه', 'السابقه', 'اللاجيين', 'النازحين'].map((w) => normalizeKey(w)));

/**
 * Councils, committees, cells and services named by a chain of definite words (المجلس الوزاري للأمن الوطني،
 * لجنة الأمن والدفاع النيابية، خلية الإعلام الأمني، جهاز الأمن الوطني): ORGANIZATION, when the chain holds a
 * word of government or security (so اللجنة المختصة or المجلس البلدي alone stay common nouns).
 */
const INSTITUTION = new RegExp(`(?<h>(?:ال)?(?:مجلس|لجنه|هييه|خليه|جمعيه|مديريه|جهاز|قياده|مفوضيه|وكاله|غرفه))(?<n>(?: +(?:[وف]?ال|لل|ل(?=شوون))[\\p{L}]{2,}| +لشوون){1,5})${E}`, 'yu');
const INSTITUTION_DOMAIN = /(?:امن|دفاع|وطني|قومي|وزاري|وزراء|نيابي|برلمان|عليا|اعلي|سياسي|عسكري|خارجي|علاقات|شيوخ|نواب|استخبار|مخابرات|اعلام|تنسيق|عمليات|مشترك|حرب|طواري|اغاث|هلال|صليب|انقاذ|قضاء|قضايي|انتخاب|شوري|تحقيق|حقوق|نزاهه|شوون|رياسي|حكومي|ارهاب|حدود|طاقه|ذري|انباء)/;
/** Words that end such a chain: a nationality or place after it belongs to the sentence, not the name. */
const INSTITUTION_NOT_LAST = /^(?:ال)?(?:حاليه|سابقه|جديده|مختصه|معنيه|المذكوره|نفسها|ذاتها)$/;

// حي X (a city district) takes its name with ال (حي المنصور); منطقة X only a bare word that is not an
// adjective (منطقة عازلة is a buffer zone, not a place name).
const DISTRICT = new RegExp(`${B}${CLITIC}(?<h>حي) +(?<n>[\\p{L}]{3,})${E}`, 'gud');
const AREA = new RegExp(`${B}${CLITIC}(?<h>منطقه) +(?<n>(?!ال)[\\p{L}]{3,})${E}`, 'gud');

export function findArabicNamePatterns(doc: ArticleDoc): ArticleDoc {
  const gz = getGazetteer();
  const { text, sentences } = doc.parsed;
  const added: EntityCandidate[] = [];
  const folds = sentenceFolds(doc.parsed);
  const allTokens = sentenceTokens(doc.parsed);
  sentences.forEach((s, si) => {
    if (s.language !== 'ar' && !/[\u0600-\u06ff]/.test(s.text)) return;
    const original = text.slice(s.start, s.end);
    const folded = folds[si]!;
    const present = headsIn(allTokens[si]!);
    const take = (m: RegExpExecArray, type: EntityType, nameOnly: string | null): void => {
      const from = m.index + (m.groups?.c?.length ?? 0);
      const span = originalSpan(folded, from, m.index + m[0].length, original);
      const start = s.start + span.start;
      const end = s.start + span.end;
      if (overlapsName(doc, start, end, added)) return;
      const surface = text.slice(start, end);
      // tanween marks an indefinite noun ("ليس ميناءً بريئاً", "not an innocent port"): no name there
      if (TANWEEN.test(surface)) return;
      added.push({
        start, end, text: surface, sentence: si, via: 'arabic-pattern', type, name: surface, names: { ar: surface },
        gazetteerId: null, nominal: false, groupKey: nameGroupKey(nameOnly ?? surface), weak: false, priority: PRIORITY.pattern,
        ...(nameOnly ? { extraAliases: [nameOnly] } : {}),
      });
    };
    {
      for (const m of present ? atHeads(INSTITUTION, INSTITUTION_HEAD_WORDS, present, folded.text, true) : []) {
        const cl = cliticBefore(folded.text, m.index);
        if (cl < 0) continue;
        let words = m.groups!.n!.trim().split(/ +/);
        // A nationality closing the chain (الأمن الوطني العراقي) stays in; trailing vague words do not.
        while (words.length && INSTITUTION_NOT_LAST.test(words[words.length - 1]!)) words = words.slice(0, -1);
        if (!words.length || !INSTITUTION_DOMAIN.test(words.join(' '))) continue;
        // A definite head needs two words after it (المجلس الوزاري للأمن الوطني); an indefinite one names its domain.
        if (m.groups!.h!.startsWith('ال') && words.length < 2) continue;
        const tail = words.join(' ');
        const full = m.groups!.h! + ' ' + tail;
        const from = m.index;
        const to = folded.text.indexOf(tail, from + m.groups!.h!.length) + tail.length;
        if (folded.text.slice(from, to).replace(/ +/g, ' ') !== full) continue;
        const span = originalSpan(folded, from, to, original);
        const start = s.start + span.start;
        const end = s.start + span.end;
        if (overlapsName(doc, start, end, added)) continue;
        const surface = text.slice(start, end);
        added.push({
          start, end, text: surface, sentence: si, via: 'arabic-pattern:institution', type: 'ORGANIZATION', name: surface, names: { ar: surface },
          gazetteerId: null, nominal: false, groupKey: nameGroupKey(surface), weak: false, priority: PRIORITY.pattern,
        });
      }
    }
    for (const re of present ? [COMPOUND_PLACE, DEFINITE_PLACE] : []) {
      for (const m of atHeads(re, PLACE_HEAD_WORDS, present!, folded.text)) {
        const cl = cliticBefore(folded.text, m.index);
        if (cl < 0) continue;
        const n = m.groups!.n!;
        const words = n.split(/ +/);
        const last = words[words.length - 1]!;
        if (PLACE_ADJECTIVES.has(last) || gz.demonymOf(last) || (re === DEFINITE_PLACE && /(?:ات|ين|ون)$/.test(last))) continue;
        const head = m.groups!.h!;
        const type: EntityType = /^(?:قاعده|مطار|معبر|ميناء)$/.test(head) ? 'FACILITY' : 'LOCATION';
        const clitic = folded.text.slice(m.index - cl, m.index);
        (m.groups as Record<string, string>).c = clitic;
        m[0] = clitic + m[0];
        m.index -= cl;
        // The name closes the match (only a zero-width look-ahead follows it).
        const nStart = m.index + m[0].length - n.length;
        const nSpan = originalSpan(folded, nStart, nStart + n.length, original);
        take(m, type, original.slice(nSpan.start, nSpan.end));
      }
    }
    for (const r of RULES) {
      if (!present || !r.hint.some((h) => present.has(h))) continue;
      r.re.lastIndex = 0;
      for (let m = r.re.exec(folded.text); m; m = r.re.exec(folded.text)) {
        const cl = cliticBefore(folded.text, m.index);
        if (cl < 0) continue;
        // Re-anchor the match on its clitics so take() cuts them off like the other patterns do.
        const clitic = folded.text.slice(m.index - cl, m.index);
        (m.groups as Record<string, string>).c = clitic;
        m[0] = clitic + m[0];
        m.index -= cl;
        const n = m.groups!.n!;
        const w = n.split(' ')[0]!;
        if (!r.quoted && (QUOTED_ONLY.has(r.type) || NOT_NAMES.has(w) || gz.demonymOf(w) || looksLikeVerbOrAdjective(w) || /(?:ات|ون|ين)$/.test(w))) continue;
        const nStart = m.indices!.groups!.n![0];
        const nSpan = originalSpan(folded, nStart, nStart + n.length, original);
        take(m, r.type, original.slice(nSpan.start, nSpan.end));
      }
    }
    for (const re of [DISTRICT, AREA]) {
      if (!folded.text.includes(re === DISTRICT ? 'حي ' : 'منطقه ')) continue;
      re.lastIndex = 0;
      for (let m = re.exec(folded.text); m; m = re.exec(folded.text)) {
        const n = m.groups!.n!;
        if (NOT_NAMES.has(n) || gz.demonymOf(n) || looksLikeVerbOrAdjective(n) || /ي$/.test(n) || (re === AREA && /[هة]$/.test(n))) continue;
        const nStart = m.indices!.groups!.n![0];
        const nSpan = originalSpan(folded, nStart, nStart + n.length, original);
        take(m, 'LOCATION', original.slice(nSpan.start, nSpan.end));
      }
    }
  });
  return withCandidates(doc, added);
}
