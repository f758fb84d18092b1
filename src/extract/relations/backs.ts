/**
 * BACKS: supporter → supported. Cues: المدعومة من X، بدعم X، التي تدعمها X، وكلاء X، الدعم الأمريكي لـ Y,
 * X-backed Y, Y backed by X, "the militias it backs", "X's proxies", "U.S. support for Y".
 * An umbrella "of X-backed factions that includes Z" makes X back the umbrella and Z.
 * "Aligned with"/متحالفة مع alone is not BACKS (not in the lexicon).
 */
import type { Entity } from '../types.js';
import { B, E, alt, COUNTRIES, demonymCountry, pat } from './lexicon.js';
import { between, isArabic, coordinatedRight, countryEntity, demonymCountries, hasAny, matches, mentionAt, rule, type M, type SentCtx } from './engine.js';

const BACKED = ['ARMED_GROUP', 'ORGANIZATION', 'COUNTRY', 'PERSON'] as const;
const BACKERS = ['COUNTRY', 'ORGANIZATION', 'ARMED_GROUP'] as const;

const AR_BACKED_BY = new RegExp(`${B}(?:و)?(?:ال)?(?:${alt(['مدعوم', 'مدعومة', 'مدعومين', 'مدعومون', 'المدعوم'])})\\s+(?:من\\s+(?:قبل\\s+)?|إيرانيا|إيرانياً)`, 'gu');
const AR_WITH_SUPPORT = new RegExp(`${B}(?:تحظى|يحظى|تحظى|تتلقى|يتلقى|تلقى)\\s+(?:ب)?(?:دعم|بدعم|الدعم)(?:\\s+من)?\\s*`, 'gu');
const AR_IT_BACKS = new RegExp(`${B}(?:(?:التي|الذين|الذي)\\s+)?(?:تدعمها|يدعمها|تدعمهم|يدعمهم|تدعمه|يدعمه|تموّلها|تمولها|تموّله|تموله|يموله|تسلحها|تسلحه|يسلحه|ترعاها|ترعاه|يرعاه|تزوده|يزوده)\\s+`, 'gu');
const AR_PROXIES = new RegExp(`${B}(?:ل|و)?(?:${alt(['وكلاء', 'وكيل', 'أذرع', 'أذرعها', 'حلفاء'])})\\s+`, 'gu');
const AR_SUPPORT_FOR = new RegExp(`${B}(?:ب|و|ل)?(?:ال)?(?:دعم)\\s+((?:ال)?\\S+)\\s+(?:(?:ال)?(?:عسكري|سياسي|مالي|متواصل|كبير)\\s+)?ل`, 'gu');
const EN_X_BACKED = /-(?:backed|sponsored|funded|supported|armed)\b/gi;
const WORD_BEFORE = /([\p{L}.]+)$/u;
const EN_BACKED_BY = /\b(?:backed|supported|funded|armed|sponsored|supplied|equipped|financed|bankrolled)\s+by\s+/gi;
const WHOSE_PASSIVE = /,\s*whose\s+(?:[\w-]+\s+){1,3}?(?:are|is|were|was|have\s+been|has\s+been|had\s+been|being)\s+(?:(?:largely|mostly|partly|reportedly|allegedly)\s+)?$/i;
const EN_IT_BACKS = /\b(?:that|which|whom)?\s*(?:it|they|tehran|iran)\s+(?:backs|supports|arms|funds|sponsors|arms and funds)\b/gi;
const EN_SUPPORT_FOR = /\b(?:support|backing)\s+(?:for|of)\s+/gi;
const SUPPORTER_BEFORE = /([\p{L}.]+)(?:'s|’s)?\s+(?:(?:military|continued|financial|long-standing|longstanding|unwavering|steadfast|strong|decades-long)\s+)?$/u;
const APPOS_GROUP = /^\s*,\s+(?:an?|the|another|one)\s+(?:[\w-]+\s+){0,2}?(?:(?:umbrella|coalition|alliance|network|grouping|group|array|collection|bloc)\s+(?:of|for)\s+(?:[\w-]+\s+){0,2}?)?$/i;
const EN_WHICH_BACKS = /,\s*(?:which|who)\s+(?:also\s+)?(?:backs|supports|arms|funds|sponsors|arms\s+and\s+funds|has\s+backed|has\s+armed)\s+(?:the\s+)?/gi;
const EN_THAT_X_BACKS = /\b(?:that|which|whom)\s+(\S+)\s+(?:backs|supports|arms|funds|sponsors|arms\s+and\s+funds)\b/gi;
/** "، التي تضم فصائل مدعومة من إيران" / "، وتضم جماعات موالية لإيران": an umbrella of factions another state backs. */
const UMBRELLA_OF_BACKED_AR = /^[\s"”»]*[،,]\s*(?:التي\s+|و)?(?:تضم|يضم|تتألف\s+من|يتألف\s+من)\s+(?:\S+\s+){0,2}?(?:فصائل|جماعات|ميليشيات|الفصائل|الجماعات|الميليشيات)\s+(?:\S+\s+)?(?:مدعومة|المدعومة|موالية|الموالية)\s+(?:من\s+|ل)?(?=\S)(\S*)/u;
/** ", one of the most powerful of the factions " before "that X funds": an apposition naming the group's class. */
const CLASS_APPOSITION = /^\s*,\s*(?:one|an?|the)\b[^;.,]*\b(?:factions?|groups?|militias?|movements?|organi[sz]ations?)\s+$/i;
const EN_SUPPORTS = /\b(?:supports|backs|arms|funds|finances|sponsors|supported|backed|armed|funded|financed|sponsored)(?:\s+(?:and|,)\s+(?:trains|trained|equips|equipped|funds|funded|arms|armed|supports|supported|finances|financed|directs|directed|backs|backed))?\s+(?:the\s+)?/gi;
const AR_SUPPORTS = new RegExp(`${B}(?:و)?(?:${alt(['يدعم', 'تدعم', 'دعم', 'دعمت', 'يمول', 'تمول', 'مولت', 'يسلح', 'تسلح', 'سلحت', 'يرعى', 'ترعى'])})\\s+`, 'gu');
const UMBRELLA_MEMBER = new RegExp(`(?:\\b(?:that\\s+includes|including|which\\s+includes|such\\s+as|among\\s+them)\\b|${B}(?:أبرزها|أبرزهم|ومنها|منها|بينها|من بينها|تضم|يضم)${E})`, 'giu');

/** Country entity named by a word (name or demonym or "Iran-"), or null. */
const COUNTRY_BY_NAME = new Map<string, string>();
for (const x of COUNTRIES) for (const n of [x.name, ...x.names]) if (!COUNTRY_BY_NAME.has(n.toLowerCase())) COUNTRY_BY_NAME.set(n.toLowerCase(), x.name);
function countryWord(ctx: SentCtx, word: string): Entity | null {
  const c = demonymCountry(word) ?? COUNTRY_BY_NAME.get(word.toLowerCase());
  return c ? countryEntity(ctx.doc, c) : null;
}

/** The backed group: the mention covering `pos` or the nearest group ending just before it. */
function backedBefore(ctx: SentCtx, pos: number, maxGap = 40): M | undefined {
  const cover = mentionAt(ctx, pos);
  if (cover && BACKED.includes(cover.entity.type as never)) return cover;
  const m = ctx.mentions.findLast((x) => x.end <= pos && ['ARMED_GROUP', 'ORGANIZATION'].includes(x.entity.type));
  if (!m || pos - m.end > maxGap || /[;:]/.test(between(ctx, m.end, pos))) return undefined;
  return m;
}

/** Members named after the cue ("…, أبرزها كتائب حزب الله", "that includes Kataib Hezbollah"). */
function membersAfter(ctx: SentCtx, from: number): M[] {
  const out: M[] = [];
  for (const u of matches(ctx, UMBRELLA_MEMBER)) {
    if (u.start < from || u.start - from > 40) continue;
    const m = ctx.mentions.find((x) => x.start >= u.end && x.start - u.end <= 3 && x.entity.type === 'ARMED_GROUP');
    if (m) out.push(...coordinatedRight(ctx, m, ['ARMED_GROUP']));
  }
  return out;
}

/** "لإيصال أسلحة (فتاكة) إلى X", "تهريب صواريخ إلى X": delivering weapons to X. */
const AR_DELIVER_ARMS = '(?:إيصال|ايصال|إرسال|ارسال|تهريب|نقل|شحن)\\s+(?:ال)?(?:أسلحة|اسلحة|سلاح|صواريخ|ذخائر|طائرات\\s+مسيرة|مسيرات)(?:\\s+\\S+)?\\s+(?:إلى|الى)';
/** Arming/supplying: "بتسليح الحوثيين", "تزويد X بالصواريخ", "arming the X", "provides weapons to X", "supplied X with drones". */
const AR_ARMING = new RegExp(`${B}(?:ب|و|ل)?(?:${alt(['تسليح', 'تزويد', 'تمويل', 'إمداد', 'يسلح', 'تسلح', 'سلحت', 'يزود', 'تزود', 'زودت', 'يمد', 'تمد'])}|${AR_DELIVER_ARMS})\\s+`, 'gu');
const EN_ARMING = /\b(?:arming|supplying|funding|financing|equipping|(?:provides?|provided|providing|supplies|supplied|sends?|sent|sending|ships?|shipped|delivers?|delivered|delivering|smuggles?|smuggled|smuggling|transfers?|transferred|transferring)\s+(?:\w+\s+){0,3}?(?:weapons|arms|missiles|drones|rockets|funding|money|components)\s+to)\s+(?:the\s+|its\s+|their\s+)?/gi;
const ARM_OBJECT_EN = /^\s*(?:with\s+)?(?:\w+\s+){0,3}?(?:weapons|arms|missiles|drones|rockets|money|funds|components)\b/i;

const STEMS = [
  'arming', 'supplying', 'equipping', 'weapons', 'تسليح', 'تزويد', 'تمويل', 'امداد', 'يزود', 'تزود', 'زودت', 'يمد', 'تمد',
  'backed', 'supplied', 'equipped', 'bankrolled', 'sponsor', 'funded', 'supported', 'armed', 'support', 'backing', 'backs', 'arms', 'funds', 'financ', 'prox', 'allies', 'militia', 'client',
  'مدعوم', 'دعم', 'وكلاء', 'وكيل', 'اذرع', 'حلفاء', 'تمول', 'يمول', 'مولت', 'تسلح', 'يسلح', 'سلحت', 'ترعي', 'يرعي', 'ترعاها', 'ترعاه', 'يرعاه', 'تزوده', 'يزوده',
];

export const backsRule = rule('backs', (ctx, emit) => {
  if (!hasAny(ctx, STEMS)) return;
  const arabic = isArabic(ctx);
  const text = ctx.doc.parsed.text;
  const both = (backers: Entity[], backed: M | undefined, cueEnd: number, conf: number): void => {
    if (!backed) return;
    const members = membersAfter(ctx, cueEnd);
    for (const b of backers) {
      emit(b, 'BACKS', backed.entity, conf);
      for (const m of members) emit(b, 'BACKS', m.entity, conf - 0.1);
    }
  };
  if (arabic) {
    // X المدعومة من Y (و Z)
    for (const h of matches(ctx, AR_BACKED_BY)) {
      const after = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 2 && BACKERS.includes(m.entity.type as never));
      let backers = after ? coordinatedRight(ctx, after, BACKERS).map((m) => m.entity) : [];
      if (!backers.length) {
        const w = /^\s*(\S+)/u.exec(text.slice(h.end - 1, h.end + 30));
        const c = w ? countryWord(ctx, w[1]!.replace(/^من/, '')) : null;
        if (c) backers = [c];
        const cover = mentionAt(ctx, h.start);
        if (!backers.length && cover) {
          // the nominal mention itself contains "المدعومة من إيران"
          const inner = /من\s+(\S+)\s*$/u.exec(cover.text);
          const c2 = inner ? countryWord(ctx, inner[1]!) : null;
          if (c2) backers = [c2];
        }
      }
      const lastBacker = after ? coordinatedRight(ctx, after, BACKERS).pop()!.end : h.end;
      const backed = backedBefore(ctx, h.start, 45);
      both(backers, backed, lastBacker, 0.85);
      // "X، وهي تحالف لفصائل مدعومة من إيران" / "X، إحدى الفصائل المدعومة من إيران" / "وتضم X فصائل … مدعومة من إيران": X is backed too
      if (backed && backed.entity.nominal) {
        const head = ctx.mentions.findLast((m) => m.end <= backed.start && m.entity.type === 'ARMED_GROUP' && !m.entity.nominal);
        const gap = head ? between(ctx, head.end, backed.start) : '';
        const umbrellaGap = /^[\s"”»]*[،,]?\s*(?:وهي|وهو)?\s*(?:تحالف|مظلة|ائتلاف|تجمع|إطار|إحدى|أحد|أبرز)?\s*(?:ل|من)?\s*$/u.test(gap);
        const includesBefore = head && /(?:تضم|يضم|تشمل|يشمل)\s*["“«]?\s*$/u.test(between(ctx, Math.max(ctx.base, head.start - 8), head.start));
        if (head && gap.length < 30 && (umbrellaGap || includesBefore)) both(backers, head, lastBacker, 0.8);
      }
    }
    // X تحظى بدعم Y
    for (const h of matches(ctx, AR_WITH_SUPPORT)) {
      const after = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 3 && BACKERS.includes(m.entity.type as never));
      if (!after) continue;
      const backers = coordinatedRight(ctx, after, BACKERS).map((m) => m.entity);
      both(backers, backedBefore(ctx, h.start, 20), h.end, 0.8);
    }
    // إيران تدعم الحوثيين / تدعم إيران الحوثيين
    for (const h of matches(ctx, AR_SUPPORTS)) {
      const left = ctx.mentions.findLast((m) => m.end <= h.start && /^\s*(?:قد\s+)?$/u.test(between(ctx, m.end, h.start)));
      const right = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 2);
      let subj = left;
      let obj = right;
      if (!left && right) {
        subj = right;
        obj = ctx.mentions.find((m) => m.start >= right.end && m.start - right.end <= 3);
      }
      if (subj && obj && BACKERS.includes(subj.entity.type as never) && BACKED.includes(obj.entity.type as never) && subj.entity.id !== obj.entity.id) emit(subj.entity, 'BACKS', obj.entity, 0.75);
    }
    // الجماعات التي تدعمها إيران
    for (const h of matches(ctx, AR_IT_BACKS)) {
      const after = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 2 && BACKERS.includes(m.entity.type as never));
      if (after) both([after.entity], backedBefore(ctx, h.start, 4), h.end, 0.8);
    }
    // وكلاء إيران (a mention of the proxies that names their patron)
    for (const h of matches(ctx, AR_PROXIES)) {
      const cover = mentionAt(ctx, h.start + 1) ?? mentionAt(ctx, h.end);
      if (!cover || cover.entity.type !== 'ARMED_GROUP') continue;
      const w = /^(\S+)/u.exec(text.slice(h.end, h.end + 20));
      const c = w ? countryWord(ctx, w[1]!) : null;
      if (c) emit(c, 'BACKS', cover.entity, 0.75);
    }
    // الدعم الأمريكي لإسرائيل
    for (const h of matches(ctx, AR_SUPPORT_FOR)) {
      const c = countryWord(ctx, h.m[1]!);
      const backed = ctx.mentions.find((m) => m.start >= h.end - 1 && m.start - h.end <= 2 && BACKED.includes(m.entity.type as never));
      if (c && backed) emit(c, 'BACKS', backed.entity, 0.75);
    }
    // "X، التي تضم فصائل مدعومة من إيران": the backer of the member factions backs the umbrella
    for (const g of ctx.mentions) {
      if (g.entity.type !== 'ARMED_GROUP' || g.entity.nominal) continue;
      const m = UMBRELLA_OF_BACKED_AR.exec(text.slice(g.end, g.end + 90));
      const at = m ? g.end + m[0].length - m[1]!.length : 0;
      const c = m ? (ctx.mentions.find((x) => x.start >= at && x.start - at <= 2 && BACKERS.includes(x.entity.type as never))?.entity ?? countryWord(ctx, m[1]!.replace(/[،,.؛"”»]+$/u, ''))) : null;
      if (c && c.id !== g.entity.id) emit(c, 'BACKS', g.entity, 0.7);
    }
    return;
  }
  // X supports/arms/funds Y
  for (const h of matches(ctx, EN_SUPPORTS)) {
    if (/\b(?:was|were|is|are|been|being)\s+$/i.test(between(ctx, Math.max(ctx.base, h.start - 12), h.start)) || /^\s*by\b/.test(text.slice(h.end - 1, h.end + 4))) continue;
    // "Iran arms the Houthis" / "Iran, which arms and trains the Houthis,"
    const subj = ctx.mentions.findLast((m) => m.end <= h.start && /^\s*(?:,\s*(?:which|who)\s+)?(?:has\s+|have\s+|had\s+|also\s+|openly\s+|long\s+)*$/i.test(between(ctx, m.end, h.start)));
    const obj = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 2 && BACKED.includes(m.entity.type as never));
    if (subj && obj && BACKERS.includes(subj.entity.type as never) && subj.entity.id !== obj.entity.id) for (const o of coordinatedRight(ctx, obj, BACKED)) emit(subj.entity, 'BACKS', o.entity, 0.75);
  }
  // X-backed Y
  for (const hit of matches(ctx, EN_X_BACKED)) {
    const wb = WORD_BEFORE.exec(text.slice(Math.max(ctx.base, hit.start - 30), hit.start));
    if (!wb) continue;
    const h = { start: hit.start - wb[1]!.length, end: hit.end, m: [wb[1]! + hit.m[0], wb[1]!] as unknown as RegExpExecArray };
    const c = countryWord(ctx, h.m[1]!.replace(/\.$/, '') === 'U.S' ? 'U.S.' : h.m[1]!) ?? mentionAt(ctx, h.start)?.entity ?? null;
    if (!c) continue;
    const cover = mentionAt(ctx, h.end - 1);
    // "X, an umbrella/coalition of Iran-backed factions" / "X, another Iran-backed faction": X is backed too
    const head = ctx.mentions.findLast((m) => m.end <= h.start && m.entity.id !== c.id);
    if (head && ['ARMED_GROUP', 'ORGANIZATION'].includes(head.entity.type) && APPOS_GROUP.test(between(ctx, head.end, h.start))) both([c], head, h.end, 0.8);
    // the unnamed group mention itself ("Iran-backed armed factions") may sit in the apposition of a named one
    if (cover && cover.entity.nominal && cover.entity.id !== c.id) {
      const named = ctx.mentions.findLast((m) => m.end <= cover.start && m.entity.type === 'ARMED_GROUP' && !m.entity.nominal);
      if (named && APPOS_GROUP.test(between(ctx, named.end, cover.start))) both([c], named, h.end, 0.8);
    }
    const backed =
      cover && cover.entity.id !== c.id
        ? cover
        : ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 30 && ['ARMED_GROUP', 'ORGANIZATION'].includes(m.entity.type) && /^\s*(?:[\w-]+\s+){0,2}$/.test(between(ctx, h.end, m.start)) && !/\b(?:attacks?|strikes?|against|on|by|in|of|drones?|rockets?|missiles?)\b/i.test(between(ctx, h.end, m.start)));
    if (backed) both([c], backed, backed.end, 0.85);
  }
  // Y backed by X
  for (const h of matches(ctx, EN_BACKED_BY)) {
    const after = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 5 && BACKERS.includes(m.entity.type as never));
    if (!after) continue;
    let backed = backedBefore(ctx, h.start, 12);
    // "the Houthis, whose missiles are supplied by Tehran": the owner of what is supplied
    if (!backed) {
      const w = WHOSE_PASSIVE.exec(text.slice(Math.max(ctx.base, h.start - 60), h.start));
      if (w) backed = ctx.mentions.findLast((m) => m.end <= h.start - w[0].length && /^\s*$/.test(between(ctx, m.end, h.start - w[0].length)) && ['ARMED_GROUP', 'ORGANIZATION'].includes(m.entity.type));
    }
    both(coordinatedRight(ctx, after, BACKERS).map((m) => m.entity), backed, h.end, 0.85);
  }
  // Iran, which backs the Houthis
  for (const h of matches(ctx, EN_WHICH_BACKS)) {
    const backer = ctx.mentions.findLast((m) => m.end <= h.start && h.start - m.end <= 1 && BACKERS.includes(m.entity.type as never));
    const backed = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 3 && BACKED.includes(m.entity.type as never));
    if (backer && backed) for (const b of coordinatedRight(ctx, backed, BACKED)) emit(backer.entity, 'BACKS', b.entity, 0.8);
  }
  // "Kataib Hezbollah, an Iraqi militia that Iran arms and funds"
  for (const h of matches(ctx, EN_THAT_X_BACKS)) {
    const backerM = ctx.mentions.find((m) => m.start >= h.start && m.end <= h.end);
    const backer = backerM?.entity ?? countryWord(ctx, h.m[1]!);
    // (or further, past an apposition naming its class: "KH, one of the most powerful of the factions that Iran funds")
    const backed = ctx.mentions.findLast((m) => m.end <= h.start && ['ARMED_GROUP', 'ORGANIZATION'].includes(m.entity.type) && !/[;]/.test(between(ctx, m.end, h.start)) && (h.start - m.end <= 40 || (h.start - m.end <= 90 && CLASS_APPOSITION.test(between(ctx, m.end, h.start)))));
    if (backer && backed && backer.id !== backed.entity.id && BACKERS.includes(backer.type as never)) emit(backer, 'BACKS', backed.entity, 0.75);
  }
  // the militias it backs
  for (const h of matches(ctx, EN_IT_BACKS)) {
    const backed = ctx.mentions.findLast((m) => m.end <= h.start + 1 && h.start - m.end <= 2);
    if (!backed || !['ARMED_GROUP', 'ORGANIZATION'].includes(backed.entity.type)) continue;
    const named = /iran|tehran/i.test(h.m[0]) ? countryEntity(ctx.doc, 'Iran') : null;
    const backer = named ?? ctx.mentions.findLast((m) => m.end <= backed.start && BACKERS.includes(m.entity.type as never) && m.entity.id !== backed.entity.id)?.entity;
    if (backer) emit(backer, 'BACKS', backed.entity, 0.75);
  }
  // U.S. support for Israel
  for (const hit of matches(ctx, EN_SUPPORT_FOR)) {
    const sb = SUPPORTER_BEFORE.exec(text.slice(Math.max(ctx.base, hit.start - 40), hit.start));
    if (!sb) continue;
    const h = { start: hit.start - sb[0].length, end: hit.end, m: [sb[0] + hit.m[0], sb[1]!] as unknown as RegExpExecArray };
    const c = countryWord(ctx, h.m[1]!) ?? mentionAt(ctx, h.start)?.entity ?? null;
    const backed = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 5 && BACKED.includes(m.entity.type as never));
    if (c && backed && BACKERS.includes(c.type as never)) emit(c, 'BACKS', backed.entity, 0.7);
  }
  // Iran's proxies / its proxies (a mention naming its patron)
  for (const m of ctx.mentions) {
    if (m.entity.type !== 'ARMED_GROUP') continue;
    const pre = /([\p{L}.]+)(?:'s|’s)\s+(?:\w+\s+)?$/u.exec(between(ctx, Math.max(ctx.base, m.start - 25), m.start));
    if (pre && /prox|allies|militia|client/i.test(m.text)) {
      const c = countryWord(ctx, pre[1]!);
      if (c) emit(c, 'BACKS', m.entity, 0.7);
    }
  }
});

const ARMING_STEMS = ['اسلحه الي', 'اسلحه فتاكه الي', 'صواريخ الي', 'smuggl', 'transfer', 'deliver', 'arming', 'supplying', 'equipping', 'funding', 'financing', 'weapons', 'arms to', 'missiles to', 'drones to', 'تسليح', 'تزويد', 'تمويل', 'امداد', 'يسلح', 'تسلح', 'سلحت', 'يزود', 'تزود', 'زودت', 'يمد', 'تمد'];

/** X arms/supplies Y: the supplier is the clause subject or the party accused of it ("تتهم طهران بتسليح الحوثيين"). */
const arming = rule('backs-arming', (ctx, emit) => {
  if (!hasAny(ctx, ARMING_STEMS)) return;
  const arabic = isArabic(ctx);
  const text = ctx.doc.parsed.text;
  for (const h of matches(ctx, arabic ? AR_ARMING : EN_ARMING)) {
    const backed = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 3 && ['ARMED_GROUP', 'ORGANIZATION', 'COUNTRY'].includes(m.entity.type));
    if (!backed) continue;
    // "arming" needs weapons or money in the phrase unless the verb itself says it (تسليح / arming / funding)
    const cue = h.m[0].trim().replace(/^(?:ب|و|ل)/u, '');
    if (/^(?:supplying|equipping|تزويد|يزود|تزود|زودت|إمداد|امداد|يمد|تمد)/iu.test(cue) && !(arabic ? /^\s*(?:\S+\s+){0,2}?(?:ب|و)?(?:ال)?(?:أسلحة|اسلحة|سلاح|صواريخ|الصواريخ|طائرات|مسيرات|ذخائر|معدات|أموال|المال)/u : ARM_OBJECT_EN).test(text.slice(backed.end, backed.end + 40))) continue;
    const before = ctx.mentions.findLast((m) => m.end <= h.start && h.start - m.end <= 30 && BACKERS.includes(m.entity.type as never) && !/[,،;:.]/.test(between(ctx, m.end, h.start)) && m.entity.id !== backed.entity.id);
    if (before) emit(before.entity, 'BACKS', backed.entity, 0.65);
  }
});
export const backsArmingRule = arming;

void pat;
void demonymCountries;
