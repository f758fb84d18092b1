/**
 * Finder (a): gazetteer names in content sentences, longest match first, with Arabic proclitics
 * cut off the mention (والأردن → الأردن; للقوات → القوات with ال restored, FORMAT.md). Demonyms
 * (الأمريكية, Iranian) are recorded on `doc.demonyms` for the relation layer, never as mentions.
 */
import type { ArticleDoc, DemonymMention, EntityCandidate } from '../types.js';
import { getGazetteer, type GazetteerHit } from '../gazetteer.js';
import { cliticReadings, offsetAfterLetters } from '../normalize.js';
import { isHeadline, isTitleCase, sentenceTokens } from './sentenceTokens.js';
import { normalizeKey, type Token } from '../normalize.js';

/** Capitalized words that may touch a known name without being part of a bigger one. */
const NEIGHBOURS_OK = new Set(
  `the a an on in at for of and but or to from by with after before since said says told president secretary minister
  defense defence foreign prime gen general brig brigadier maj major lt col adm admiral ambassador envoy leader commander
  chief sheikh ayatollah supreme grand special press mr mrs ms dr deputy vice director speaker spokesman spokeswoman
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december jan feb mar apr jun jul aug sep sept oct nov dec gmt utc king prince emir sultan crown
  u s us uk un eu both while when where if as state senior top former governor mayor police authorities official
  officials government governorate province region city town border army forces troops navy military embassy
  consulate leaders spokesperson envoy delegation parliament`.split(/\s+/).map(normalizeKey),
);

/**
 * An English one-word name glued to other capitalized words is probably part of a bigger name the
 * gazetteer does not know ("Operation Prosperity Guardian", "Tehran Times", "Maersk Hangzhou").
 */
/** Capitalized head words that make a known name part of a bigger one ("Middle East Institute"). */
const BIGGER_HEADS = new Set(
  `institute university college council center centre airport airlines airways bank company corporation group foundation
  times post news journal herald tribune agency association committee party alliance front brigade brigades square street
  hotel hospital mosque stadium club forum port army guard national maritime shipping lines line tankers navigation holdings
  logistics mission cell society crescent palace residence`.split(/\s+/),
);

function insideBiggerName(text: string, tokens: Token[], from: number, to: number): boolean {
  if (tokens[from]!.arabic) return false;
  const after = tokens[to];
  if (after && BIGGER_HEADS.has(after.key) && /^\p{Lu}/u.test(after.raw) && text.slice(tokens[to - 1]!.end, after.start) === ' ') return true;
  if (to - from !== 1) return false;
  const gz = getGazetteer();
  const cap = (t: Token | undefined): boolean =>
    !!t && !t.arabic && /^\p{Lu}/u.test(t.raw) && !NEIGHBOURS_OK.has(t.key) && !gz.demonymOf(t.key) &&
    gz.matchAt(tokens, tokens.indexOf(t)) === null;
  const prev = tokens[from - 1];
  const next = tokens[to];
  if (prev && cap(prev) && /^ $/.test(text.slice(prev.end, tokens[from]!.start)) && from - 1 > 0) return true;
  if (next && cap(next) && /^ $/.test(text.slice(tokens[to - 1]!.end, next.start))) return true;
  return false;
}
import { PRIORITY, withCandidates } from './candidates.js';

/** Words after which a name is a place, not an actor ("in Tel Aviv", "في تل أبيب"). */
const LOCATIVE = new Set(['في', 'قرب', 'الي', 'نحو', 'باتجاه', 'داخل', 'وسط', 'شمال', 'جنوب', 'شرق', 'غرب', 'in', 'near', 'to', 'into', 'over', 'from', 'at',
  // a visit is to the place ("visited Tehran", زار القاهرة)
  'visited', 'visiting', 'visits', 'toured', 'زار', 'يزور', 'زيارة', 'لزيارة', 'بزيارة', 'زيارته', 'زيارتها'].map(normalizeKey));

/**
 * When one name is both a place and its state's metonym (تل أبيب), the place reading wins after a
 * locative preposition or a glued ب, the state reading otherwise ("تل أبيب ترد" = Israel acts).
 */
const PLACE_NOUNS = new Set(['مدينه', 'قضاء', 'منطقه', 'بلده', 'محافظه', 'ناحيه', 'مناطق', 'مدن', 'منطقتي', 'مدينتي', 'بلدتي', 'بلدات', 'قري', 'قريه', 'town', 'city', 'province', 'area'].map(normalizeKey));
function locativeBefore(tokens: Token[], from: number, clitic: string): boolean {
  // (with و/ف glued on: وفي الدوحة)
  const prev = tokens[from - 1]?.key.replace(/^[وف](?=في$|الي$)/, '');
  return clitic.endsWith('ب') || (prev !== undefined && (LOCATIVE.has(prev) || PLACE_NOUNS.has(prev)));
}

/** "العاصمة السعودية الرياض", "the Saudi capital Riyadh", "Yemen's capital, Sanaa": the city itself, not its state. */
const CAPITAL_NOUNS = new Set(['العاصمه', 'عاصمه', 'بالعاصمه', 'والعاصمه', 'capital']);
function namedAsCapital(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  if (!prev) return false;
  if (CAPITAL_NOUNS.has(prev.key)) return true;
  // العاصمة السعودية الرياض: the word between is the nationality (written as the country's name or a nisba)
  const prev2 = tokens[from - 2];
  return !!prev2 && prev2.arabic && CAPITAL_NOUNS.has(prev2.key);
}

function pickSense(hits: GazetteerHit[], tokens: Token[], from: number, clitic: string, text: string): GazetteerHit {
  // Vocalized text tells homographs apart (عمّان Amman vs عُمان Oman): keep the readings whose shadda
  // agrees with the text's when the word carries marks at all.
  if (hits.length > 1 && /[\u064b-\u0652]/.test(tokens[from]!.raw)) {
    const shadda = tokens[from]!.raw.includes('\u0651');
    const agree = hits.filter((h) => h.shadda === shadda);
    if (agree.length && agree.length < hits.length) hits = agree;
  }
  const place = hits.find((h) => h.entry.type === 'LOCATION');
  const state = hits.find((h) => h.form === 'metonym' && h.entry.type === 'COUNTRY');
  if (!place || !state) return hits[0]!;
  const prev = tokens[from - 1]?.key;
  if (namedAsCapital(tokens, from)) return place;
  // "Tehran's envoy", "at Moscow's request": a possessive is the state's
  if (/^['’]s\b/.test(text.slice(tokens[from]!.end, tokens[from]!.end + 3))) return state;
  // "its ambassador in Tehran", "recalled its envoy from Tehran": a diplomatic post names the state it is accredited to
  if (tokens.slice(Math.max(0, from - 4), from).some((t) => DIPLOMATIC.has(t.key))) return state;
  // "على مدينة تل أبيب" / "المدينة": a place noun before the name asks for the place too
  const locative = locativeBefore(tokens, from, clitic) || (prev !== undefined && PLACE_NOUNS.has(prev.replace(/^ال/, '')));
  return locative ? place : state;
}
/** Diplomatic envoys (keys): "ambassador in/to/from <capital>" is about the state (an embassy, though, stands in the city). */
const DIPLOMATIC = new Set(['ambassador', 'envoy', 'charge', 'chargé', 'سفير', 'سفيرها', 'سفيره', 'مبعوث', 'القائم', 'السفير'].map(normalizeKey));

/**
 * A capital acts as its state (metonymy: "Beirut accused …", "أدانت عمّان …", "دمشق تنفي"): a verb of
 * saying, stance or attack right after it (SVO), or a past-tense verb of saying/stance right before it
 * (Arabic VSO; attack verbs before a name usually take it as their object).
 */
const ACT_AFTER = new Set(
  `said says say accused accuses condemned condemns denounced denounces warned warns struck strikes denied denies rejected rejects blamed blames
  responded responds retaliated retaliates announced announces insisted insists demanded demands urged urges threatened recalled recalls expelled expels
  threatens vowed vows called calls protested protests summoned summons welcomed welcomes criticized criticised criticizes
  تتهم تدين تندد تحذر تؤكد تعلن تنفي ترفض تقول تطالب تدعو تهدد ترد تقصف تستهدف تتوعد ترحب تستدعي تحمل تعتبر`.split(/\s+/).map(normalizeKey),
);
const ACT_BEFORE = new Set(
  `اتهمت أدانت دانت نددت حذرت أكدت أعلنت نفت رفضت قالت طالبت دعت هددت ردت توعدت أصدرت اعتبرت رحبت استدعت حملت احتجت
  أبلغت أعربت طلبت`.split(/\s+/).map(normalizeKey),
);
const BREAKING_AFTER = /[,،;؛:()[\]{}\n|"«»“”]/;
const ACT_ON_EN = new Set(['warned', 'warns', 'urged', 'urges', 'accused', 'accuses', 'blamed', 'blames', 'pressed', 'presses', 'sanctioned', 'told', 'condemned']);
const AUX_EN = new Set(['has', 'had', 'have', 'will', 'would', 'also', 'later', 'again', 'quickly', 'promptly', 'on']);

function capitalActs(text: string, tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  // "Damascus, for its part, denounced …": an aside between the capital and its verb
  const aside = /^\s*,\s*(?:for\s+its\s+part|in\s+turn|meanwhile|however|too)\s*,\s*(\p{L}+)/u.exec(text.slice(tokens[to - 1]!.end, tokens[to - 1]!.end + 40));
  if (aside && ACT_AFTER.has(aside[1]!.toLowerCase())) return true;
  if (next && !BREAKING_AFTER.test(text.slice(tokens[to - 1]!.end, next.start))) {
    if (ACT_AFTER.has(next.key)) return true;
    const after = tokens[to + 1];
    if (!next.arabic && AUX_EN.has(next.key) && after && ACT_AFTER.has(after.key)) return true;
  }
  const prev = tokens[from - 1];
  // "Jerusalem warned Beirut", "urged Damascus to …": a government addressed by a verb of stance.
  if (prev && !prev.arabic && ACT_ON_EN.has(prev.key) && !BREAKING_AFTER.test(text.slice(prev.end, tokens[from]!.start))) return true;
  if (prev?.arabic && !BREAKING_AFTER.test(text.slice(prev.end, tokens[from]!.start))) {
    const k = prev.key.replace(/^[وف](?=.{3})/, '');
    if (ACT_BEFORE.has(prev.key) || ACT_BEFORE.has(k)) return true;
  }
  return false;
}

/** Direction words that open a region name (جنوب لبنان, southern Lebanon): the place inside is also named. */
const DIRECTIONS = new Set(['جنوب', 'شمال', 'شرق', 'غرب', 'south', 'north', 'east', 'west', 'southern', 'northern', 'eastern', 'western']);

export function findGazetteerMentions(doc: ArticleDoc): ArticleDoc {
  const gz = getGazetteer();
  const { text } = doc.parsed;
  const added: EntityCandidate[] = [];
  const demonyms: DemonymMention[] = [];
  const alternatives = new Map<EntityCandidate, GazetteerHit[]>();
  sentenceTokens(doc.parsed).forEach((tokens, si) => {
    const titleCase = isTitleCase(tokens, isHeadline(doc.parsed, si));
    let i = 0;
    while (i < tokens.length) {
      const m = gz.matchAt(tokens, i, tokens.length, text);
      if (!m) {
        const tok = tokens[i]!;
        // The token itself, then its clitic readings (no arrays built: this runs for most tokens of a page).
        let e = gz.demonymOf(tok.key);
        if (!e && tok.arabic) {
          for (const r of cliticReadings(tok.key)) if ((e = gz.demonymOf(r.key))) break;
        }
        if (e) demonyms.push({ start: tok.start, end: tok.end, text: tok.raw, sentence: si, gazetteerId: e.id, entity: null });
        i++;
        continue;
      }
      if (!titleCase && insideBiggerName(text, tokens, m.from, m.to)) {
        i = m.to;
        continue;
      }
      const first = tokens[m.from]!;
      const last = tokens[m.to - 1]!;
      // With ل + ال fused (للقوات) the span starts at the article's ل and the text gets its alef back,
      // so `text === 'ا' + slice` — the one case where a mention is not its exact slice.
      const cut = m.fusedArticle ? m.clitic.length - 1 : m.clitic.length;
      const start = first.start + (cut ? offsetAfterLetters(first.raw, cut) : 0);
      const surface = text.slice(start, last.end);
      const hit = pickSense(m.hits, tokens, m.from, m.clitic, text);
      let e = hit.entry;
      if (e.capitalOf && e.type === 'LOCATION' && capitalActs(text, tokens, m.from, m.to)) e = gz.get(e.capitalOf) ?? e;
      // A weak place name (القائم is also "existing") reads as the place after a locative word.
      const weak = hit.form === 'weak' && !(e.type === 'LOCATION' && locativeBefore(tokens, m.from, m.clitic));
      added.push({
        start, end: last.end,
        text: m.fusedArticle ? 'ا' + surface : surface,
        sentence: si,
        via: `gazetteer:${hit.form}`,
        type: e.type,
        name: e.en,
        names: { en: e.en, ...(e.ar ? { ar: e.ar } : {}) },
        gazetteerId: e.id,
        nominal: false,
        groupKey: e.id,
        weak,
        priority: weak ? PRIORITY.weakName : PRIORITY.gazetteer,
      });
      if (m.hits.length > 1) alternatives.set(added[added.length - 1]!, m.hits);
      // A facility named with its place (السفارة الأمريكية في بغداد, القنصلية العامة في أربيل) also
      // mentions that place: relation rules need it (embassy LOCATED_IN Baghdad).
      const region = e.type === 'LOCATION' && m.to - m.from >= 2 && DIRECTIONS.has(first.key.replace(/^ال/, ''));
      if ((e.type === 'FACILITY' && m.to - m.from >= 3) || region) {
        const outer = added[added.length - 1]!;
        for (let k = m.from + 1; k < m.to; k++) {
          const inner = gz.matchAt(tokens, k, m.to, text);
          const ih = inner?.hits.find((h) => h.entry.type === 'LOCATION' || h.entry.type === 'COUNTRY');
          if (!inner || !ih || inner.clitic) continue;
          const a = tokens[k]!;
          const b = tokens[inner.to - 1]!;
          outer.containsNames = true;
          added.push({
            start: a.start, end: b.end, text: text.slice(a.start, b.end), sentence: si, via: `gazetteer:${ih.form}:inner`,
            type: ih.entry.type, name: ih.entry.en, names: { en: ih.entry.en, ...(ih.entry.ar ? { ar: ih.entry.ar } : {}) },
            gazetteerId: ih.entry.id, nominal: false, groupKey: ih.entry.id, weak: ih.form === 'weak', priority: PRIORITY.gazetteer,
          });
          k = inner.to - 1;
        }
      }
      i = m.to;
    }
  });
  // A weak name shared by several entries (المالكي: Nouri or Riyad al-Maliki) goes to the one the
  // article names in full.
  const strongIds = new Set(added.filter((c) => !c.weak).map((c) => c.gazetteerId));
  for (const c of added) {
    const alts = alternatives.get(c);
    if (!c.weak || !alts || strongIds.has(c.gazetteerId)) continue;
    const better = alts.find((h) => strongIds.has(h.entry.id));
    if (better) Object.assign(c, { gazetteerId: better.entry.id, groupKey: better.entry.id, name: better.entry.en, type: better.entry.type, names: { en: better.entry.en, ...(better.entry.ar ? { ar: better.entry.ar } : {}) } });
  }
  const out = withCandidates(doc, added);
  return demonyms.length ? { ...out, demonyms: [...(doc.demonyms ?? []), ...demonyms] } : out;
}
