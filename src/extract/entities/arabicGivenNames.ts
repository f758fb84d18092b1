/**
 * Finder (b'): Arabic PERSON names without a title, recognized by a common given name at their start
 * (وقال محمد الصيهود إن …; أبو حسين الحميداوي). Given names that are also ordinary words
 * (حسن "good", سعيد "happy", صالح, أمين, باسم …) are left out on purpose, and a name needs at least
 * two words, so a lone محمد never becomes a person.
 */
import type { ArticleDoc, EntityCandidate } from '../types.js';
import { normalizeKey, type Token } from '../normalize.js';
import { getGazetteer } from '../gazetteer.js';
import { sentenceTokens, onlySpaceBetween } from './sentenceTokens.js';
import { PRIORITY, nameGroupKey, overlapsName, withCandidates } from './candidates.js';

const keys = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean).map((w) => normalizeKey(w).replace(/ /g, '')));

export const GIVEN = keys(`محمد أحمد علي حسين خالد يوسف إبراهيم مصطفى محمود سعد عثمان زياد طارق ماجد فيصل سلمان عبدالله
  عبدالرحمن عبدالعزيز عبدالكريم جعفر قاسم كاظم حيدر عباس مهدي هاشم ياسر وسام مازن رامي بسام غسان هيثم وائل عماد إياد
  نزار مروان موسى عيسى يحيى إسماعيل أسامة حمزة زكريا سليمان داود جمال كمال هشام نبيه نجيب رياض جواد جبران ميشال جوزيف
  جورج أنطوان بشار حافظ قيس عمار مقتدى نوري طلال نواف تميم حمد لؤي أيمن أنس معاذ بلال مؤيد مهند رعد ثامر
  عدنان عصام عزيز عمران فارس فراس قصي كامل لقمان مالك مثنى محسن مرتضى مشعان نصر هاني همام وليد ياسين يونس
  عبد أبو
  جون مايك مايكل جيمس ديفيد روبرت ويليام وليام توماس ريتشارد دانيال بيتر مارك بول ستيفن كريستوفر جو فرانك باتريك
  لويد أنتوني جيك ماثيو كارين سابرينا ليندا نيد تشارلز براين كيفن كيث إريك آدم سكوت ستيف توم تيم جيف جيم دونالد
  كامالا هيلاري نانسي أنتونيو إيمانويل أولاف ريشي كير فلاديمير سيرغي
  مسعود رضا أمير فرهاد كيوان محمدرضا عليرضا حسن‌علي
  بنيامين يوآف بيني يائير إيتمار آفي موشيه إيلي غادي رون يوسي أفيغدور نفتالي إسحاق يسرائيل تشارلز توني تيد`);
/** Given names that are also ordinary words (تامر/تأمر "orders", نادر "rare"): never start a name on their
 * own here, but a title cue may introduce them. */
export const GIVEN_AFTER_TITLE = new Set([...GIVEN, ...keys('عمر تامر توفيق نبيل نادر ناجي نعيم نزار تحسين تركي ناصر نايف نضال يزن يعقوب تيسير نديم نهاد نمر نوح نعمان نائل')]);
/** Particles after which the next word belongs to the name even with ال (عبد الملك, أبو الفضل). */
const LINKERS = keys('عبد أبو ابو بن ابن آل');
const STOP = keys(`في من على إلى الى عن مع أن إن ان أنه إنه قد كان كانت الذي التي بعد قبل خلال أمس اليوم يوم و أو ثم حيث
  كما لكن بين هذا هذه ذلك هو هي هم له لها عبر ضد منذ حتى لدى وفق بحسب قال قالت أكد أعلن أشار أضاف حذر ذكر بأن الله
  صلى عليه وسلم رضي السلام`);

export function findArabicGivenNames(doc: ArticleDoc): ArticleDoc {
  const gz = getGazetteer();
  const { text } = doc.parsed;
  const added: EntityCandidate[] = [];
  // A given name that is also the surname of a person already found (عباس for محمود عباس) is that person.
  const surnames = new Set<string>();
  for (const c of doc.candidates ?? []) {
    if (c.type !== 'PERSON') continue;
    const last = c.text.split(/\s+/).pop();
    if (last) surnames.add(normalizeKey(last));
  }
  sentenceTokens(doc.parsed).forEach((tokens, si) => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.arabic) continue;
      // Only و may be glued to a name here (ولصالح is ل + صالح, not a name).
      const conj = /^[وف]/.test(t.key) && GIVEN.has(t.key.slice(1)) && !GIVEN.has(t.key) ? 1 : 0;
      const key = t.key.slice(conj);
      if (!GIVEN.has(key) || surnames.has(key)) continue;
      // على (on) folds to علي: the name is only علي written with ya.
      if (key === 'علي' && !/ي$/.test(t.raw)) continue;
      if (overlapsName(doc, t.start, t.end, added)) continue;
      let to = i + 1;
      let plain = 1;
      while (to < tokens.length) {
        const u: Token = tokens[to]!;
        if (!onlySpaceBetween(text, tokens[to - 1]!, u) || !u.arabic || STOP.has(u.key) || overlapsName(doc, u.start, u.end, added)) break;
        if (gz.demonymOf(u.key)) break;
        const prev = tokens[to - 1]!.key.slice(to - 1 === i ? conj : 0);
        if (u.key.startsWith('ال')) {
          if (LINKERS.has(prev)) { to++; continue; }
          const nisba = /ي$/.test(u.key) && u.key.length >= 5;
          const afterGiven = plain === 1 && !/(?:ات|ين|ون)$/.test(u.key);
          if (nisba || afterGiven) to++;
          break;
        }
        // Feminine plurals (قوات, عمليات) end a name; -ون/-ين words are too often surnames (براون, بوتين).
        const plural = /ات$/.test(u.key) && !GIVEN.has(u.key) && u.key.length >= 5;
        if (/^(?:لل|[وف]?(?:بال|كال|وال))/.test(u.key) || plain >= 3 || plural) break;
        plain++;
        to++;
      }
      if (to - i < 2) continue;
      const start = t.start + (conj ? 1 : 0);
      const end = tokens[to - 1]!.end;
      if (key === 'علي' && tokens[i + 1]!.key.startsWith('ال') && to - i === 2) continue;
      const surface = text.slice(start, end);
      added.push({
        start, end, text: surface, sentence: si, via: 'given-name', type: 'PERSON', name: surface, names: { ar: surface },
        gazetteerId: null, nominal: false, groupKey: nameGroupKey(surface), weak: false, priority: PRIORITY.titleCue - 5,
      });
      i = to - 1;
    }
  });
  return withCandidates(doc, added);
}
