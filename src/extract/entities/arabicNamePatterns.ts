/**
 * Finder (c, Arabic): names the gazetteer does not know, introduced by a class noun that gives
 * their type — قاعدة X, مطار X, حامية X (FACILITY), محافظة X, مدينة X, بلدة X (LOCATION), كتائب X,
 * سرايا X (ARMED_GROUP). Arabic has no capitals, so X is a
 * quoted name (قاعدة "يونيون 3") or a word without ال (+ one more name word). Ministries named by
 * nationality are stateBodies.ts.
 */
import type { ArticleDoc, EntityCandidate, EntityType } from '../types.js';
import { normalizeKey, originalSpan } from '../normalize.js';
import { getGazetteer } from '../gazetteer.js';
import { sentenceFolds } from './sentenceTokens.js';
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

interface Rule { re: RegExp; type: EntityType; quoted: boolean; hint: RegExp }
const RULES: Rule[] = HEADS.flatMap(([heads, type]): Rule[] => [
  // head + quoted name: قاعدة "يونيون 3"
  { re: new RegExp(`(?<h>${heads}) +["«“](?<n>[^"»”]{2,40})["»”]`, 'gud'), type, quoted: true, hint: new RegExp(heads) },
  // head + one word without ال (+ an optional ال-adjective of the place: قاعدة حرير الجوية)
  // head + one word without ال (+ a second ال-word that is part of the name: بلدة عيتا الشعب, but not an
  // adjective or participle: الجوية, الواقعة) (+ an ال-adjective of the place: قاعدة حرير الجوية)
  { re: new RegExp(`(?<h>${heads}) +(?<n>(?!ال)[\\p{L}]{3,}(?: +ال(?!واقع|تابع|جديد|قديم|حدودي|رئيسي|مجاور|قريب|محاذي)[\\p{L}]{2,}[^\\s\\p{P}يه])?)(?: +(?:ال)?(?:جويه|الجويه|العسكريه|الدوليه))?${E}`, 'gud'), type, quoted: false, hint: new RegExp(heads) },
]);
// حي X (a city district) takes its name with ال (حي المنصور); منطقة X only a bare word that is not an
// adjective (منطقة عازلة is a buffer zone, not a place name).
const DISTRICT = new RegExp(`${B}${CLITIC}(?<h>حي) +(?<n>[\\p{L}]{3,})${E}`, 'gud');
const AREA = new RegExp(`${B}${CLITIC}(?<h>منطقه) +(?<n>(?!ال)[\\p{L}]{3,})${E}`, 'gud');

export function findArabicNamePatterns(doc: ArticleDoc): ArticleDoc {
  const gz = getGazetteer();
  const { text, sentences } = doc.parsed;
  const added: EntityCandidate[] = [];
  const folds = sentenceFolds(doc.parsed);
  sentences.forEach((s, si) => {
    if (s.language !== 'ar' && !/[\u0600-\u06ff]/.test(s.text)) return;
    const original = text.slice(s.start, s.end);
    const folded = folds[si]!;
    const take = (m: RegExpExecArray, type: EntityType, nameOnly: string | null): void => {
      const from = m.index + (m.groups?.c?.length ?? 0);
      const span = originalSpan(folded, from, m.index + m[0].length, original);
      const start = s.start + span.start;
      const end = s.start + span.end;
      if (overlapsName(doc, start, end, added)) return;
      const surface = text.slice(start, end);
      added.push({
        start, end, text: surface, sentence: si, via: 'arabic-pattern', type, name: surface, names: { ar: surface },
        gazetteerId: null, nominal: false, groupKey: nameGroupKey(nameOnly ?? surface), weak: false, priority: PRIORITY.pattern,
        ...(nameOnly ? { extraAliases: [nameOnly] } : {}),
      });
    };
    for (const r of RULES) {
      if (!r.hint.test(folded.text)) continue;
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
