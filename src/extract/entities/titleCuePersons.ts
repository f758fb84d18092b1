/**
 * Finder (b): PERSON names the gazetteer does not know, found after a title cue
 * (المتحدث باسم البنتاغون العميد بات رايدر; Houthi military spokesman Yahya Saree). A title is
 * never part of the mention (dev README): the mention is the name after it.
 *
 * Arabic has no capitals, so the name's extent comes from shape: after the cue (and the words that
 * qualify it: ال-words, باسم, في, known names) the first word without ال starts the name; it runs over
 * words without ال (at most 3) and may end with one ال-nisba surname (السوداني, الحميداوي).
 */
import type { ArticleDoc, EntityCandidate } from '../types.js';
import { normalizeKey, type Token } from '../normalize.js';
import { isHeadline, isTitleCase, sentenceTokens, onlySpaceBetween } from './sentenceTokens.js';
import { PRIORITY, nameGroupKey, overlapsName, withCandidates } from './candidates.js';
import { GIVEN_AFTER_TITLE } from './arabicGivenNames.js';
import { getGazetteer } from '../gazetteer.js';

const k = (words: string): string[] => words.split(/\s+/).map((w) => normalizeKey(w).replace(/ /g, ''));

/** Arabic title words (keys). A word starting with one of PREFIX_CUES also counts (أمينها العام). */
const AR_CUES = new Set(k(`الرئيس رئيس وزير الوزير وزيرة المتحدث المتحدثة الناطق الناطقة الجنرال اللواء العميد العقيد
  الفريق المقدم الرائد النقيب قائد القائد السفير السفيرة الأمين أمين زعيم الزعيم الشيخ المرشد النائب السيناتور منسق
  المنسق مستشار المستشار مدير المدير رئيسة الأميرال الأدميرال المبعوث مبعوث القيادي الأمير الملك العاهل الجنرالات
  الرئيسة المفوض المندوب مندوب المرشح المرشحة الحاكم محافظ المحافظ القاضي الإمام آية المسؤول
  الجندي المجند الرقيب العريف الضابط الملازم الطيار المنتسب الشرطي الصحفي الصحفية المصور المصورة المراسل المراسلة
  الناشط الناشطة الطبيب الطبيبة الممرض الممرضة المسعف الطفل الطفلة الفتى الفتاة الشاب الشابة المواطن المواطنة المزارع
  الصياد السائق الأسير الأسيرة الرهينة المحتجز المعتقل المعتقلة الشهيد القتيل الضحية السيدة المهندس الدكتور الحاج
  المحامي الباحث المحلل الكاتب البحار المقاول المتعاقد الحارس العامل الموظف المتظاهر الراعي الطالب الطالبة المدرس
  المعلم المعلمة الإعلامي الإعلامية`));
/** Words a pronoun suffix ends (زيارته، خارجيتها، قواتهم): a fragment, never a name word. Names that end so are listed. */
const PRONOUN_END = /(?:ه|ها|هم|هما|هن|كم)$/;
const NAMES_ENDING_IN_HA = new Set(k('نبيه وجيه نزيه فقيه شاه طه الله عبدالله'));
const pronounSuffixed = (u: Token): boolean =>
  u.key.length >= 4 && PRONOUN_END.test(u.raw.replace(/[\u064b-\u065f\u0670]/g, '')) && !/ة$/.test(u.raw) && !NAMES_ENDING_IN_HA.has(u.key) && !GIVEN_AFTER_TITLE.has(u.key);
const AR_PREFIX_CUES = k('أمينها أمينه قائدها قائده زعيمها زعيمه رئيسها رئيسه المتحدثة متحدثها متحدثه');
/** Words that may sit between the cue and the name besides ال-words. */
const AR_QUALIFIERS = new Set(k(`باسم باسمها باسمه باسمهم في لدى عن لشؤون بها لها دوليا رسميا العام الأعلى الأسبق السابق الحالي
  حكومة مجلس هيئة لجنة وزارة جهاز منظمة حركة حزب تصريف أركان اتحاد رابطة جمعية نقابة كتلة تيار إدارة دائرة مكتب
  قسم مركز قوات قوة شعبة فرقة كتيبة جبهة جامعة شركة مؤسسة سلطة بعثة وفد محكمة ديوان أمانة بلدية ائتلاف تحالف
  جماعة منظمة عمليات قيادة استخبارات مخابرات شرطة أمن دولة كتائب سرايا عصائب منظمة`));
/** Words that end a name or show there is none. */
const AR_STOP = new Set(k(`في من على إلى الى عن مع أن إن ان أنه إنه انه قد كان كانت لقد الذي التي الذين بعد قبل خلال أمس
  اليوم يوم و أو ثم حيث كما لكن إلا غير بين هذا هذه ذلك تلك هو هي هم إنها أنها له لها عبر ضد منذ حتى لدى وفق بحسب
  قال قالت أكد أكدت أعلن أعلنت أشار أشارت أضاف أضافت حذر حذرت ذكر ذكرت بأن بأنه بأنها للصحفيين لوكالة لقناة لصحيفة
  يوم الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت
  فتح قرر زار دعا أوضح بحث التقى استقبل وصل غادر رفض طالب شدد نفى هدد توعد اتهم وجه أمر أجرى عقد ترأس شارك
  افتتح وقع أصدر كشف أبلغ أجاب تلقى أرسل بعث هنأ عزى ندد أدان دان رحب أشاد اعتبر وصف أفاد صرح نقل تابع
  جميع كافة بعض كل عدد إلى خلال لن لم لا ما سوف ليس ليست غير
  بها به لها له فيها فيه منها منه عنها عنه عليها عليه دوليا رسميا حاليا سابقا`));
/** Name particles that may be followed by an ال-word inside the name (عبد الملك, أبو الفضل). */
const AR_LINKERS = new Set(k('عبد أبو ابو بن ابن آل أم'));

/** English title cues (case-insensitive keys); a capitalized name must follow. */
const EN_CUES = new Set(k(`president secretary minister spokesman spokeswoman spokesperson gen general brig brigadier maj major
  lt lieutenant col colonel adm admiral ambassador envoy leader commander chief sheikh ayatollah imam sen senator rep
  representative king prince emir sultan mr mrs ms dr speaker director coordinator adviser advisor gov governor mayor
  analyst researcher capt captain commodore sgt sergeant cmdr correspondent chairman chairwoman ceo founder deputy official
  negotiator mediator cleric commander-in-chief premier soldier reservist specialist spc pfc pvt cpl corporal medic
  paramedic journalist photographer photojournalist reporter cameraman activist fisherman seafarer sailor seaman hostage
  detainee contractor`));
/** Capitalized words that are titles or not names, skipped before or cut from a name. */
const EN_NOT_NAME = new Set(k(`President Secretary Minister Defense Defence Foreign Prime Gen General Brig Brigadier Maj Major
  Lt Lieutenant Col Colonel Adm Admiral Ambassador Envoy Leader Commander Chief Sheikh Ayatollah Imam Sen Senator Rep
  Rear Vice Staff Sergeant Senior Supreme Grand Special State Press Mr Mrs Ms Dr Deputy Vice Director Interior Army Navy Air Force Staff Joint Speaker
  National Security Advisor Adviser Spokesman Spokeswoman Military Retired Former Acting King Prince Emir Sultan Crown
  Majority Minority Whip Ranking Soldier Reservist Specialist Spc Pfc Pvt Cpl Private Corporal Medic Paramedic Journalist
  Photographer Reporter Activist Victim Hostage
  The A An On In At For Of And But Monday Tuesday Wednesday Thursday Friday Saturday Sunday`));

const isCapitalized = (t: Token): boolean => !t.arabic && /^\p{Lu}/u.test(t.raw);
const startsWithArticle = (key: string): boolean => key.startsWith('ال');
/** Tokens like للصحفيين, بالمنطقة, والقوات: a clitic glued to an article. */
const cliticArticle = (key: string): boolean => /^(?:لل|[وف]?(?:بال|كال|ال)|[وف]لل)/.test(key) && !key.startsWith('ال');

/**
 * A speaker named right after a verb of saying and followed by what was said (وقال جيمس هولاند إن …):
 * two or three plain words there are a name even without a title or a known given name (foreign
 * names transliterated into Arabic). Words that describe a speaker instead are listed.
 */
const AR_SPEECH = new Set(k('قال قالت أكد أكدت أضاف أضافت أوضح أوضحت صرح صرحت ذكر ذكرت أعلن أعلنت أشار أشارت حذر حذرت كتب كتبت').flatMap((v) => [v, 'و' + v, 'ف' + v]));
const AR_AFTER_SPEECH = new Set(k('إن ان أن أنه إنه انه في خلال لوكالة لصحيفة لقناة للصحفيين عبر لـ'));
const AR_SPEAKER_NOUNS = new Set(k(`مسؤول مسؤولة مسؤولون مسؤولو مسؤولين مسؤولان مصدر مصادر مصدران متحدث متحدثة شاهد شهود سكان خبير خبراء
  محلل محللون مراقبون ناشط ناشطون مسعفون أطباء بيان تقرير عضو أعضاء نائب مدير مستشار سفير مبعوث ضابط جندي طبيب مواطن أحد
  بعض عدد دبلوماسي دبلوماسيون عسكري عسكريون أمني قيادي زعيم رئيس وزير قائد مراسل موقع مكتب مصدرا الجيش الجانب حزب مجلس
  وزارة حكومة قيادة شركة منظمة وكالة صحيفة مركز هيئة جماعة حركة فريق المتحدث مسؤولا بدوره بدورها أيضا كذلك لاحقا مجددا`));

function speechSubject(text: string, tokens: Token[], i: number): [number, number] | null {
  if (!AR_SPEECH.has(tokens[i]!.key)) return null;
  const gz = getGazetteer();
  let to = i + 1;
  while (to < tokens.length && to - (i + 1) < 3) {
    const u = tokens[to]!;
    if (!u.arabic || !onlySpaceBetween(text, tokens[to - 1]!, u) || u.key.length < 2) break;
    if (startsWithArticle(u.key) || cliticArticle(u.key) || AR_STOP.has(u.key) || AR_SPEAKER_NOUNS.has(u.key) || AR_AFTER_SPEECH.has(u.key)) break;
    if (arabicCue(u.key) || gz.demonymOf(u.key) || pronounSuffixed(u) || /(?:ون|ين|ات)$/.test(u.key)) return null;
    if (to === i + 1 && /^ي/.test(u.key) && !GIVEN_AFTER_TITLE.has(u.key)) return null;
    to++;
  }
  if (to - (i + 1) < 2) return null;
  const next = tokens[to];
  const gap = next ? text.slice(tokens[to - 1]!.end, next.start) : '';
  if (/^\s*[:،,]/.test(gap) || (next && /^\s+$/.test(gap) && AR_AFTER_SPEECH.has(next.key))) return [i + 1, to];
  return null;
}

function arabicCue(key: string): boolean {
  return AR_CUES.has(key) || AR_PREFIX_CUES.includes(key);
}

export function findTitleCuePersons(doc: ArticleDoc): ArticleDoc {
  const { text } = doc.parsed;
  const added: EntityCandidate[] = [];
  const strongIds = new Set((doc.candidates ?? []).flatMap((c) => (!c.weak && c.gazetteerId ? [c.gazetteerId] : [])));
  const taken = (a: Token, b: Token): boolean => overlapsName(doc, a.start, b.end, added);
  const push = (tokens: Token[], from: number, to: number, si: number, cue: string): void => {
    const a = tokens[from]!;
    const b = tokens[to - 1]!;
    if (taken(a, b)) return;
    const surface = text.slice(a.start, b.end);
    added.push({
      start: a.start, end: b.end, text: surface, sentence: si, via: `title-cue:${cue}`, type: 'PERSON',
      name: surface, names: { [a.arabic ? 'ar' : 'en']: surface }, gazetteerId: null, nominal: false,
      groupKey: nameGroupKey(surface), weak: false, priority: PRIORITY.titleCue,
    });
  };

  sentenceTokens(doc.parsed).forEach((tokens, si) => {
    const titleCase = isTitleCase(tokens, isHeadline(doc.parsed, si));
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.arabic) {
        const said = AR_SPEECH.has(t.key) ? speechSubject(text, tokens, i) : null;
        if (said) {
          push(tokens, said[0], said[1], si, t.raw);
          continue;
        }
        if (!arabicCue(t.key) && !arabicCue(t.key.replace(/^[وف]/, ''))) continue;
        // Skip the qualifying words after the cue (ال-words, باسم, known names, further titles).
        let j = i + 1;
        let skipped = 0;
        while (j < tokens.length && skipped < 9) {
          const u = tokens[j]!;
          if (!onlySpaceBetween(text, tokens[j - 1]!, u)) { j = tokens.length; break; }
          // (a weak name — a surname alone — counts only when its person is named in full in the article:
          // "المتحدث حسين الموسوي" is not Fuad Hussein, "الرئيس رئيسي" after "إبراهيم رئيسي" is Raisi)
          const known = (doc.candidates ?? []).find((c) => !c.nominal && c.start < u.end && u.start < c.end && (!c.weak || strongIds.has(c.gazetteerId ?? '')));
          // A known person right after the title is the person meant: nothing left to find.
          if (known?.type === 'PERSON') { j = tokens.length; break; }
          const inKnown = known !== undefined;
          if (inKnown || startsWithArticle(u.key) || cliticArticle(u.key) || AR_QUALIFIERS.has(u.key) || arabicCue(u.key)) { j++; skipped++; continue; }
          break;
        }
        if (j >= tokens.length) continue;
        // "… في مؤتمر صحافي": after a preposition comes a place or an event, not the person.
        if (j > i + 1 && /^(?:في|عن)$/.test(tokens[j - 1]!.key)) continue;
        const from = j;
        let to = j;
        let plain = 0;
        while (to < tokens.length) {
          const u = tokens[to]!;
          if (to > from && !onlySpaceBetween(text, tokens[to - 1]!, u)) break;
          // (a stop word with و/ف glued on ends the name too: "حسين أكبري فقال")
          if (AR_STOP.has(u.key) || (to > from && /^[وف]/.test(u.key) && AR_STOP.has(u.key.slice(1))) || cliticArticle(u.key) || overlapsName(doc, u.start, u.end) || !u.arabic || pronounSuffixed(u)) break;
          // "X وقائد …": a second title joined by و starts the next person
          if (to > from && /^و/.test(u.key) && (arabicCue(u.key.slice(1)) || AR_SPEAKER_NOUNS.has(u.key.slice(1)))) break;
          if (startsWithArticle(u.key)) {
            const prev = tokens[to - 1]!;
            const afterLinker = to > from && AR_LINKERS.has(prev.key);
            if (afterLinker) { to++; continue; }
            // An ال-word closes the name when it is a nisba surname (السوداني) or follows a lone given
            // name (سامر الخطيب); after two name words it is the next phrase (يحيى رسول الهجمات).
            const nisba = /ي$/.test(u.key) && u.key.length >= 5;
            const pluralLike = /(?:ات|ين|ون)$/.test(u.key);
            const givenFirst = GIVEN_AFTER_TITLE.has(tokens[from]!.key);
            // (a plural-looking surname, المبيضين, is one after a known given name: مهند المبيضين)
            const afterGivenName = plain === 1 && (!pluralLike || givenFirst);
            // "وسام حسن الطويل،": a third, ال surname right before a comma or a full stop closes a name that opens with a given name
            const closesName = plain === 2 && givenFirst && !pluralLike && /^\s*[،,.]/.test(text.slice(u.end, u.end + 3));
            if (to > from && (nisba || afterGivenName || closesName)) to++;
            break;
          }
          if (plain >= 3) break;
          // "الوزير السعودي حمل ملفات تتعلق بـ": a later word with a verb's double prefix shows a clause, not a name
          if (to > from && /^(?:تت|يت|تن|ين|تس|يس)/.test(u.key) && u.key.length >= 5 && !GIVEN_AFTER_TITLE.has(u.key)) { to = from; break; }
          // A first word in ي/ت/ن is a present-tense verb (يتراجع, تدعو) unless it is a known given name.
          if (to === from && /^[يتن]/.test(u.key) && !GIVEN_AFTER_TITLE.has(u.key)) break;
          plain++;
          to++;
        }
        if (to - from >= 2) push(tokens, from, to, si, t.raw);
        continue;
      }
      // English: cue word, then a capitalized name (titles in between are skipped).
      if (titleCase || !EN_CUES.has(t.key)) continue;
      let j = i + 1;
      while (j < tokens.length && isCapitalized(tokens[j]!) && EN_NOT_NAME.has(tokens[j]!.key) && onlySpaceOrDot(text, tokens[j - 1]!, tokens[j]!)) j++;
      if (j >= tokens.length || !isCapitalized(tokens[j]!) || !onlySpaceOrDot(text, tokens[j - 1]!, tokens[j]!)) continue;
      const from = j;
      let to = j;
      while (to < tokens.length && to - from < 4) {
        const u = tokens[to]!;
        if (to > from && !/^[ \u00a0-]+$/.test(text.slice(tokens[to - 1]!.end, u.start))) break;
        // ("Anwaar-ul-Haq": a lowercase particle hyphened inside a name)
        const particle = to > from && (/^(?:al|el|bin|ibn|abu|de|van|von|der)$/.test(u.key) || (/^(?:ul|ud|ur|ad|ed|el|al)$/.test(u.raw) && text[u.start - 1] === '-' && text[u.end] === '-'));
        if (!(isCapitalized(u) || particle) || EN_NOT_NAME.has(u.key)) break;
        to++;
      }
      if (to > from && !getGazetteer().demonymOf(tokens[from]!.key)) push(tokens, from, to, si, t.raw);
    }
  });
  return withCandidates(doc, added);
}

const onlySpaceOrDot = (text: string, a: Token, b: Token): boolean => /^\.?[ \u00a0]+$/.test(text.slice(a.end, b.start));
