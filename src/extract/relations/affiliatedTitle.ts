/**
 * AFFILIATED_WITH from titles: a person → the most specific organisation or country their title
 * names. Before the name (المتحدث باسم البنتاغون العميد X، رئيس الوزراء العراقي X، U.S. Defense
 * Secretary X, Pentagon press secretary X, Iran's Supreme Leader X, أمينها العام X / their spokesman X)
 * or in an apposition after it (X، الذي شغل منصب قائد …، X، بصفته القائد العام لـ…, X, a spokesman for …).
 * A government title that names no body or country falls back to the article's dominant country.
 */
import type { Entity } from '../types.js';
import { B, E, alt } from './lexicon.js';
import { between, isArabic, demonymCountries, execAll, rule, sentences, type M, type SentCtx } from './engine.js';
import { demonymsIn } from './lexicon.js';
import { articleEntity, entryById, entryOf } from './gazetteerHints.js';

/**
 * A known person whose title names no body or country: the gazetteer's affiliation hint, as the
 * country for cabinet titles (Defense Secretary X → United States) or the body itself otherwise —
 * only when that entity occurs in the article.
 */
function hinted(doc: SentCtx['doc'], person: Entity, cabinet: boolean): Entity | null {
  const aff = entryById(entryOf(person)?.affiliation);
  if (!aff) return null;
  if (aff.type === 'COUNTRY') return articleEntity(doc, aff.id);
  return cabinet ? articleEntity(doc, aff.country) : (articleEntity(doc, aff.id) ?? articleEntity(doc, aff.country));
}

/** The state a known body belongs to (gazetteer `country`), when the article names that state. */
const countryOfBody = (doc: SentCtx['doc'], body: Entity): Entity | null => articleEntity(doc, entryOf(body)?.country);

/** A known person whose gazetteer affiliation is not the article's own country: no dominant-country guess. */
const knownElsewhere = (person: Entity): boolean => !!entryOf(person)?.affiliation;

const AR_TITLE = [
  'المتحدث باسم', 'المتحدثة باسم', 'الناطق باسم', 'الناطقة باسم', 'المتحدث الرسمي باسم', 'متحدث باسم', 'ناطق باسم', 'المتحدث', 'الناطق',
  'وزير', 'وزيرة', 'رئيس', 'رئيسة', 'رئيس الوزراء', 'رئيس وزراء', 'قائد', 'القائد', 'القائد العام', 'الأمين العام', 'أمين عام', 'أمينها العام', 'أمينه العام',
  'منسق', 'سفير', 'سفيرة', 'مبعوث', 'المبعوث', 'مستشار', 'نائب', 'زعيم', 'زعيمها', 'قائدها', 'المرشد', 'مرشد', 'رئيس أركان', 'مدير', 'عضو', 'مسؤول',
  'المستشار', 'السفير', 'المبعوث', 'الوزير', 'النائب', 'المدير', 'المنسق', 'الزعيم', 'سفيرها', 'سفيره', 'مبعوثها', 'مندوبها', 'نظيره', 'نظيرها', 'نظيرته', 'نظيرهم', 'مراسل', 'مراسلة',
  'الرئيس', 'الملك', 'الأمير', 'ولي العهد', 'وزير الخارجية', 'وزير الدفاع', 'وزير الحرب', 'مساعد', 'قائد القوات', 'المرشد الأعلى', 'القيادي', 'قيادي', 'القيادية', 'عضو', 'العضو',
];
const EN_TITLE = [
  'secretary', 'minister', 'president', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'chief', 'leader', 'ambassador', 'envoy',
  'adviser', 'advisor', 'coordinator', 'director', 'premier', 'chairman', 'head', 'official', 'king', 'prince', 'general', 'admiral',
  'press secretary', 'prime minister', 'foreign minister', 'defense secretary', 'defence secretary', 'supreme leader', 'deputy', 'member',
  'executive', 'manager', 'ceo', 'founder', 'owner', 'editor', 'speaker', 'commodore', 'chief of staff', 'chief of general staff', 'lawmaker', 'senator',
  'governor', 'mayor', 'correspondent', 'reporter', 'journalist', 'videographer', 'photographer', 'cameraman',
];
/** Cabinet titles that, without a country, mean the article's own government (وزير الخارجية أنتوني بلينكن, Defense Secretary X). */
const GOVERNMENT = new RegExp(`${B}(?:${alt(['وزير الخارجية', 'وزير الدفاع', 'وزيرة الخارجية', 'وزيرة الدفاع', 'Secretary of State', 'Defense Secretary', 'Defence Secretary', 'Secretary of Defense', 'Foreign Minister', 'Defense Minister', 'Defence Minister',
  'Prime Minister', 'President', 'government spokesman', 'government spokeswoman', 'government spokesperson', 'رئيس الوزراء', 'رئيس الحكومة', 'رئيس وزراء', 'الرئيس', 'المتحدث باسم الحكومة', 'الناطق باسم الحكومة', 'المتحدث الرسمي باسم الحكومة'])})${E}`, 'iu');
const AR_TITLE_RE = new RegExp(`${B}(?:و|ل|ب)?(?:${alt(AR_TITLE)})${E}`, 'u');
const EN_TITLE_RE = new RegExp(`\\b(?:${EN_TITLE.join('|')})\\b`, 'i');
const POSSESSIVE = new RegExp(`^\\s*(?:\\b(?:their|its|whose|the\\s+group's|the\\s+group’s|the\\s+movement's|the\\s+militia's|the\\s+rebels'|the\\s+ministry's|the\\s+(?:company|firm|embassy|mission|army|agency|organization|organisation|command|movement|party)(?:'s|’s))\\s+|${B}(?:أمينها|أمينه|زعيمها|زعيمه|قائدها|قائده|المتحدث باسمها|المتحدث باسمه|الناطق باسمها|الناطق باسمه|رئيسها|رئيسه|سفيرها|سفيره|مبعوثها|مبعوثه|مندوبها|مندوبه|وزيرها|وزيره)${E})`, 'iu');
const APPOSITION = new RegExp(`^\\s*[,،]\\s*(?:(?:الذي|التي)\\s+(?:شغل|يشغل|كان|تولى|يتولى)\\s+(?:منصب\\s+)?|بصفته\\s+|بصفتها\\s+|(?:the|a|an)\\s+|who\\s+(?:heads|leads|is|was|served\\s+as)\\s+(?:the\\s+|a\\s+)?|(?=\\p{L}))`, 'iu');

const BODY = ['ORGANIZATION', 'ARMED_GROUP'] as const;
const LED_BY = /[\s"”»]*[,،]\s*(?:(?:التي|الذي)\s+(?:يتزعمها|يقودها|يرأسها|يتزعمه|يقوده|يرأسه|أسسها|أسسه)|(?:which\s+is\s+|who\s+are\s+)?(?:led|headed|commanded|founded)\s+by)\s+(?:(?:\S+\s+){0,2}?(?:الشيخ|السيد|Sheikh|Gen\.?|General|Commander|Abu)\s+)?$/iu;
/** A state an ambassador or envoy is posted to. */
const HOST_BEFORE = /(?:\b(?:ambassador|envoy|embassy|mission)\s+(?:to|in)\s+(?:the\s+)?$)|(?:(?:سفير|سفيرة|مبعوث|سفارة|بعثة)\s+(?:\S+\s+)?(?:لدى|في|إلى)\s+$)/iu;

/** Offset of the last clause boundary (comma, quote, colon, bracket) in `zone` before `end`, or -1. */
function boundaryBefore(zone: string, end: number, quoted: (i: number) => boolean = () => false): number {
  for (let i = end - 1; i >= 0; i--) {
    const c = zone[i]!;
    if (c === '،' || c === ',' || c === ':' || c === '(' || c === ')') return i;
    if ((c === '"' || c === '«' || c === '“' || c === '»' || c === '”') && !quoted(i)) return i;
  }
  return -1;
}
/** Between a comma and the name, only honorifics ("Ayatollah", "Brig. Gen.", الشيخ) or nothing. */
const HONORIFICS_ONLY = /^\s*(?:(?:Ayatollah|Sheikh|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Brig\.?|Gen\.?|Maj\.?|Col\.?|Lt\.?|Adm\.?|Rear|Vice|General|Brigadier|Colonel|Major|Admiral|Commodore|Captain|Hojatoleslam|الشيخ|الدكتور|اللواء|العميد|الفريق|العقيد|السيد|آية الله|الأدميرال|الادميرال|الجنرال|المقدم|الرائد|النقيب|الفريق أول)\s+){0,3}$/u;
/** A title word ends the text ("… Supreme Leader", "… secretary-general", "… المتحدث باسم الجيش" is not one: the body follows). */
const EN_TITLE_END = new RegExp(`\\b(?:${EN_TITLE.join('|')})\\s*$`, 'i');
const AR_TITLE_END = new RegExp(`${B}(?:و|ل|ب)?(?:${alt(AR_TITLE)})\\s*$`, 'u');
/** A possessive opening an apposition: "the group's spokesman", "the movement's leader". */
const POSSESSIVE_AFTER = /^\s*[,،]\s*(its(?=\s)|their(?=\s)|(?:the\s+)?(?:group|movement|militia|rebels|ministry|army|organi[sz]ation|party|agency|command|company|firm|government)(?:'s|’s|')(?=\s))/i;
/** Possessives that point back to an armed group. */
const GROUP_WORD = /\b(?:group|movement|militia|rebels)(?:'s|’s|')?$|(?:أمينها|زعيمها|قائدها)/iu;

/**
 * The body a possessive refers to ("their spokesman", "the group's leader", أمينها العام) at `at`:
 * the last group or body named before it in the sentence, else a mission or state there, else the
 * first group of the previous sentence.
 */
function possessor(ctx: SentCtx, at: number, word = ''): Entity | null {
  // "the group's spokesman", "the militia's leader": the armed group the text is about, up to three sentences back
  if (GROUP_WORD.test(word)) {
    const all = sentences(ctx.doc);
    for (let k = ctx.index; k >= Math.max(0, ctx.index - 3); k--) {
      const g = all[k]!.mentions.filter((m) => m.entity.type === 'ARMED_GROUP' && (k < ctx.index || m.end <= at)).pop();
      if (g) return g.entity;
    }
    return null;
  }
  const ante =
    ctx.mentions.findLast((m) => m.end <= at && BODY.includes(m.entity.type as never)) ??
    // "the embassy's spokesman", "Nordland and its foreign minister": a mission or a state as the possessor
    ctx.mentions.findLast((m) => m.end <= at && (m.entity.type === 'COUNTRY' || m.entity.type === 'FACILITY'));
  const before = sentences(ctx.doc)[ctx.index - 1]?.mentions ?? [];
  // "The Iraqi government condemned … Basim al-Awadi, its spokesman": a state only for its/their
  const prev = ante ?? before.find((m) => BODY.includes(m.entity.type as never)) ?? (/^(?:its|their)$/i.test(word) ? before.find((m) => m.entity.type === 'COUNTRY') : undefined);
  return prev ? prev.entity : null;
}
const AR_TITLE_G = new RegExp(AR_TITLE_RE.source, 'gu');
const EN_TITLE_G = new RegExp(EN_TITLE_RE.source, 'gi');
const POSSESSIVE_G = new RegExp(POSSESSIVE.source.replace('^\\s*', ''), 'giu');
const BLOCK_EN = /\b(?:with|by|met|meets|said|says|told|travell?ing|accompanying|and|to|from|visited|called|urged|asked)\b/i;
const BLOCK_AR = new RegExp(`${B}(?:و)?(?:مع|إلى|الى|عن|التقى|قال|زار|دعا|طالب|برفقة|يرافق|رافق|رافقت|رافقه|المرافق|المرافقين|يلتقي|استقبل)${E}`, 'u');
const MINISTER = new RegExp(`${B}(?:${alt(['وزير', 'وزيرة', 'Minister', 'Secretary'])})${E}`, 'iu');

/** The organisation or country a title zone [from, to) names; demonyms count for countries. */
function named(ctx: SentCtx, from: number, to: number, person: M, nearestFirst = false): Entity | null {
  // "Tehran's ambassador to Syria", "سفير إيران لدى سوريا": the host state is not the one served
  const hosted = (m: { start: number }): boolean => HOST_BEFORE.test(ctx.doc.parsed.text.slice(Math.max(from, m.start - 30), m.start));
  const inZone = ctx.mentions.filter((m) => m.start >= from && m.end <= to && m !== person && m.entity.type !== 'PERSON' && !hosted(m));
  // a minister/secretary serves the state: "وزير الخارجية الأمريكي" → United States, not the ministry
  const minister = MINISTER.test(between(ctx, from, to)) && !/press\s+secretary/i.test(between(ctx, from, to));
  const bodies = inZone.filter((m) => BODY.includes(m.entity.type as never));
  let body = nearestFirst ? bodies[0] : bodies.pop();
  // "a commander of Hezbollah's Radwan Force": the most specific body named, the possessed unit
  const unit = body && nearestFirst ? ctx.mentions[body.i + 1] : undefined;
  if (unit && bodies.includes(unit) && /^(?:'s|’s|')\s+(?:(?:elite|special|military|armed|naval|external|overseas)\s+)?$/.test(between(ctx, body!.end, unit.start))) body = unit;
  if (minister && body && (inZone.some((m) => m.entity.type === 'COUNTRY') || demonymCountries(ctx, from, to).length)) body = undefined;
  // "Treasury Secretary X", "وزير الخارجية" of a known ministry: a cabinet member serves the state the ministry belongs to
  if (minister && body && /ministry|department|وزارة/iu.test(body.entity.name + ' ' + body.text) && !/prime\s+minister|رئيس/iu.test(between(ctx, from, to))) {
    const state = countryOfBody(ctx.doc, body.entity);
    if (state) return state;
  }
  if (body) return body.entity;
  const country = inZone.filter((m) => m.entity.type === 'COUNTRY').pop();
  if (country) return country.entity;
  const dem = demonymCountries(ctx, from, to).filter((d) => !hosted(d)).pop();
  return dem ? dem.entity : null;
}

const dominantCache = new WeakMap<object, Entity | null>();
function dominantCountry(ctx: SentCtx): Entity | null {
  if (dominantCache.has(ctx.doc.mentions)) return dominantCache.get(ctx.doc.mentions)!;
  const d = computeDominant(ctx);
  dominantCache.set(ctx.doc.mentions, d);
  return d;
}
function computeDominant(ctx: SentCtx): Entity | null {
  const counts = new Map<Entity, number>();
  for (const s of sentences(ctx.doc)) for (const m of s.mentions) if (m.entity.type === 'COUNTRY') counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  for (const s of sentences(ctx.doc)) for (const d of demonymCountries(s, s.base, s.base + s.text.length)) counts.set(d.entity, (counts.get(d.entity) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  if (ranked[0]![1] < 3 || (ranked.length > 1 && ranked[0]![1] < ranked[1]![1] * 2)) return null;
  return ranked[0]![0];
}

const fallbackCache = new WeakMap<object, Set<string>>();

/** Persons whose title names a body or country somewhere in the article (no fallback for them). */
function namedPersons(doc: SentCtx['doc']): Set<string> {
  let hit = fallbackCache.get(doc.mentions);
  if (!hit) {
    hit = new Set();
    fallbackCache.set(doc.mentions, hit);
  }
  return hit;
}

export const affiliatedTitleRule = rule('affiliated-title', (ctx, emit, state) => {
  const named_ = namedPersons(ctx.doc);
  const pending = (state.get('fallback') as [M, Entity, SentCtx][] | undefined) ?? [];
  state.set('fallback', pending);
  const text = ctx.doc.parsed.text;
  const arabic = isArabic(ctx);
  for (const p of ctx.mentions) {
    if (p.entity.type !== 'PERSON') continue;
    // title zone before the name: back to a clause boundary, another person, or 10 words
    let from = Math.max(ctx.base, p.start - 120);
    const prevPerson = ctx.mentions.findLast((m) => m.end <= p.start && m.entity.type === 'PERSON');
    if (prevPerson) from = Math.max(from, prevPerson.end);
    const zoneText = text.slice(from, p.start);
    // quotation marks around a name ("القيادي في "قوة الرضوان" X") are not a clause boundary
    const quoted = (i: number): boolean => ctx.mentions.some((m) => m.start === from + i + 1 || m.end === from + i);
    let cut = boundaryBefore(zoneText, zoneText.length, quoted);
    // "Iran's Supreme Leader, Ayatollah X" / "the group's secretary-general, X": a title set off by a comma still leads into the name
    // ("المتحدث باسم الجيش الإسرائيلي، الأدميرال X": a title and its body, then a rank, also lead into the name)
    if (cut >= 0 && /[,،]/.test(zoneText[cut]!) && HONORIFICS_ONLY.test(zoneText.slice(cut + 1))) {
      const before = zoneText.slice(0, cut);
      const clause = before.slice(boundaryBefore(before, before.length, quoted) + 1);
      const ranked = /\S/.test(zoneText.slice(cut + 1));
      if ((arabic ? AR_TITLE_END : EN_TITLE_END).test(before) || (ranked && (arabic ? AR_TITLE_RE : EN_TITLE_RE).test(clause) && !(arabic ? BLOCK_AR : BLOCK_EN).test(clause.slice(clause.search(arabic ? AR_TITLE_RE : EN_TITLE_RE))))) cut = boundaryBefore(zoneText, cut, quoted);
    }
    if (cut >= 0) from += cut + 1;
    const words = text.slice(from, p.start).split(/\s+/).filter(Boolean);
    if (words.length > 12) from = p.start - text.slice(from, p.start).split(/\s+/).slice(-12).join(' ').length - 1;
    const zone = text.slice(from, p.start);
    // the title must lead straight into the name ("official travelling with X" is someone else's title)
    const lastTitle = [...execAll(arabic ? AR_TITLE_G : EN_TITLE_G, zone)].pop();
    const tail = lastTitle ? zone.slice(lastTitle.index! + lastTitle[0].length) : '';
    const blocked = arabic ? BLOCK_AR.test(tail) : BLOCK_EN.test(tail);
    const hasTitle = !!lastTitle && !blocked;
    let org: Entity | null = null;
    let conf = 0.8;
    if (hasTitle) {
      const poss = [...execAll(POSSESSIVE_G, zone)].pop();
      if (poss) {
        org = possessor(ctx, from + poss.index!, poss[0]);
        conf = 0.7;
      } else org = named(ctx, from, p.start, p);
      // an Arabic title whose body follows the name (الوزير X وزير …) is rare; English "X's" before title is covered
    }
    // apposition after the name
    if (!org) {
      const after = text.slice(p.end, Math.min(ctx.base + ctx.text.length, p.end + 140));
      const app = APPOSITION.exec(after);
      if (app) {
        const segEnd = after.slice(app[0].length).search(/[,،.;]/);
        const end = p.end + app[0].length + (segEnd < 0 ? after.length - app[0].length : segEnd);
        const seg = text.slice(p.end, end);
        if (arabic ? AR_TITLE_RE.test(seg) || /بصفت/.test(seg) : EN_TITLE_RE.test(seg)) {
          org = named(ctx, p.end, end, p, true);
          conf = 0.75;
          // "X, the group's chief negotiator": the possessor is the group the text is about
          if (!org && POSSESSIVE_AFTER.test(seg)) {
            org = possessor(ctx, p.start, POSSESSIVE_AFTER.exec(seg)![1]);
            conf = 0.65;
          }
        }
      }
    }
    if (!org && hasTitle && !demonymsIn(zone).length) {
      const hint = hinted(ctx.doc, p.entity, GOVERNMENT.test(zone) || MINISTER.test(zone));
      if (hint) {
        org = hint;
        conf = 0.5;
      } else if (GOVERNMENT.test(zone) && !knownElsewhere(p.entity)) {
        const dom = dominantCountry(ctx);
        if (dom) pending.push([p, dom, ctx]);
        continue;
      }
    }
    // "حركة النجباء، التي يتزعمها X" / "the Sable Legion, led by X": the leader belongs to the group before
    if (!org) {
      const led = LED_BY.exec(text.slice(Math.max(ctx.base, p.start - 60), p.start));
      const at = led ? p.start - led[0].length : -1;
      const group = led ? ctx.mentions.findLast((m) => m.end <= at && at - m.end <= 3 && BODY.includes(m.entity.type as never)) : undefined;
      if (group) {
        org = group.entity;
        conf = 0.7;
      }
    }
    if (org && org.id !== p.entity.id) {
      named_.add(p.entity.id);
      emit(p.entity, 'AFFILIATED_WITH', org, conf);
    }
  }
  // fallback (article's dominant country) once the whole article is seen: only for persons never tied by a named title
  if (ctx.index === ctx.doc.parsed.sentences.length - 1) {
    for (const [p, dom] of pending) if (!named_.has(p.entity.id) && dom.id !== p.entity.id) emit(p.entity, 'AFFILIATED_WITH', dom, 0.4);
  }
}, { everySentence: true });

void E;
