/**
 * Argument selection shared by the rules: the subject of a trigger (left of it in English and
 * Arabic SVO, right of it in Arabic VSO), its objects (first typed mention after it, plus the
 * coordinated ones), and the clause-level fillers allowed between an argument and its trigger.
 */
import type { EntityType } from '../types.js';
import { B, E, alt, isWater } from './lexicon.js';
import { between, coordinatedLeft, coordinatedRight, demonymCountries, forcesOf, type M, type SentCtx } from './engine.js';
import type { Entity } from '../types.js';

/**
 * "attacks on U.S. positions", "استهدفت المواقع الأمريكية", "American bases": a country's positions, bases or
 * personnel stand for its forces entity, when the article has one.
 */
const POSITIONS_AFTER = /^(?:'s|’s)?\s+(?:military\s+)?(?:positions|bases|troops|forces|personnel|outposts|installations|service\s+members)\b/i;
const AR_POSITIONS = /^\s*(?:\S+\s+){0,1}?(?:(?:ال)?(?:قواعد|مواقع|منشآت)\s+(?:تستضيف|تضم|تؤوي)\s+)?(?:ال)?(?:مواقع|المواقع|قواعد|القواعد|القوات|قوات|الجنود|جنود|العسكريين|الأهداف|أهداف)\s+$/u;
export function forcesTargets(ctx: SentCtx, from: number, maxGap = 40): Entity[] {
  const text = ctx.doc.parsed.text;
  const out: Entity[] = [];
  for (const m of ctx.mentions) {
    if (m.start < from || m.start - from > maxGap) continue;
    if (m.entity.type === 'COUNTRY' && POSITIONS_AFTER.test(text.slice(m.end, m.end + 30)) && !/[,،;:]/.test(between(ctx, from, m.start))) {
      const f = forcesOf(ctx.doc, m.entity);
      if (f) out.push(f);
    }
  }
  for (const d of demonymCountries(ctx, from, Math.min(ctx.base + ctx.text.length, from + maxGap + 20))) {
    const pre = between(ctx, from, d.start);
    if ((AR_POSITIONS.test(pre) && pre.length <= maxGap) || (POSITIONS_AFTER.test(text.slice(d.end, d.end + 30)) && /^\s*(?:the\s+)?$/i.test(pre))) {
      const f = forcesOf(ctx.doc, d.entity);
      if (f && !out.includes(f)) out.push(f);
    }
  }
  return out;
}

/** Words allowed between a subject and its verb ("U.S. jets struck", "وكان رايدر قد", "has also"). */
const FILLER = new RegExp(
  `^(?:\\s|'s|’s|-\\p{L}+|${B}(?:${alt([
    'has', 'have', 'had', 'also', 'then', 'reportedly', 'allegedly', 'again', 'repeatedly', 'later', 'earlier', 'on', 'monday', 'tuesday',
    'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'jets', 'warplanes', 'aircraft', 'fighter', 'fighters', 'forces', 'troops',
    'drones', 'drone', 'militants', 'strikes', 'airstrikes', 'air', 'raids', 'attacks', 'military', 'navy', 'ships', 'warships', 'missiles', 'rockets', 'held', 'territory', 'from', 'fired',
    'missile', 'rocket', 'jet', 'warplane', 'warship', 'boat', 'boats', 'vessel', 'vessels', 'frigate', 'frigates', 'destroyer', 'destroyers', 'gunboats', 'artillery', 'an',
    'launched', 'lowered', 'a', 'helicopter', 'the', 'and', 'its', 'their', 'allied', 'backed', 'would', 'will', 'may', 'could',
    'قد', 'كان', 'كانت', 'كانوا', 'طائرات', 'مقاتلات', 'مسيرات', 'صواريخ', 'قوات', 'مسلحو', 'مقاتلو', 'عناصر', 'أيضا', 'أيضاً', 'مجددا', 'مجدداً',
  ])})${E})*$`,
  'iu',
);

/** Is the gap between a subject mention and its verb only fillers? */
export const fillerGap = (gap: string): boolean => gap.length <= 60 && !/[,،.;:!?؟؛"“”«»()]/.test(gap) && FILLER.test(gap);

/** An apposition or relative clause between a subject and its verb: ", a coalition of …," / "، وهي …،" / ", which …,". */
const APPOSITIVE = /^\s*[,،]\s*(?:an?|the|another|one|who|which|whose|وهي|وهو|التي|الذي|الذين|أحد|إحدى)\s[^,،;.:]{0,90}[,،]\s*/iu;

/** Gap between a subject and its verb: fillers, optionally after an apposition. */
export const subjectGap = (gap: string): boolean => {
  const app = APPOSITIVE.exec(gap);
  const rest = app ? gap.slice(app[0].length) : gap;
  return rest === '' || fillerGap(rest.startsWith(' ') ? rest : ' ' + rest);
};

export interface SubjectHit {
  mention: M;
  /** 'left' (SVO) or 'right' (Arabic VSO). */
  side: 'left' | 'right';
}

/** Subject of a verb at [vs, ve): an allowed mention right before it (fillers only), else (Arabic) right after it. */
/** A mention governed by a preposition (للولايات المتحدة, "hostile to X") is not a clause subject. */
export const afterPreposition = (ctx: SentCtx, m: M): boolean => {
  // a clitic preposition inside the mention span (للولايات المتحدة with the surface written الولايات المتحدة)
  const raw = ctx.doc.parsed.text.slice(m.start, m.start + 3);
  if (/^(?:و)?(?:لل|ل|ب)/u.test(raw) && raw[0] !== m.text[0]) return true;
  const pre = ctx.doc.parsed.text.slice(Math.max(ctx.base, m.start - 12), m.start);
  return /(?:^|[\s"“«(])(?:و)?(?:ل|ب|لل)$/u.test(pre) || PREPOSITION_BEFORE.test(pre);
};
const SUBORDINATOR = new RegExp(`\\b(?:after|before|while|when|amid|following|despite|because|since|until|in\\s+response\\s+to|retaliating)\\b|${B}(?:بعد|قبل|فيما|بينما|عقب|إثر|ردا|رداً|حين|عندما)${E}`, 'iu');
const PREPOSITION_BEFORE = new RegExp(`${B}(?:من|إلى|على|عن|في|مع|ضد|of|to|for|with|against|by|from|on|at|in)\\s+(?:the\\s+)?$`, 'iu');

/** A mention used as a modifier ("Iran-backed", "Houthi-held") is not an argument itself. */
export const isModifier = (ctx: SentCtx, m: M): boolean => /^-(?:backed|linked|aligned|allied|held|run|led|sponsored|supported|funded|armed|made|built|controlled|affiliated)\b/i.test(ctx.doc.parsed.text.slice(m.end, m.end + 14));

export const RELATIVE_SUBJECT = /^[\s"”»]*[,،]\s*(?:التي|الذي|الذين|which|who)\s+(?:(?:قد|كانت|كان|has|have|had|also|later)\s+)*$/iu;
const FORCE_OF = /(?:^|[.,;]\s*|^\s*)(?:(?:the|a|an|two|three|four|several|armed)\s+)?(?:boats?|gunboats|speedboats|ships?|vessels?|jets|warplanes|aircraft|drones|forces|troops|units?|fighters|members|gunmen|militants|commandos)\s+(?:from|of)\s+(?:the\s+)?$/i;

export function subjectOf(ctx: SentCtx, vs: number, ve: number, types: readonly EntityType[], arabic: boolean): SubjectHit | undefined {
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.end > vs) continue;
    // "Boats of the IRGC fired …": the force's owner is the subject, though "of" governs it
    if (FORCE_OF.test(ctx.doc.parsed.text.slice(Math.max(ctx.base, m.start - 30), m.start)) && fillerGap(between(ctx, m.end, vs)) && types.includes(m.entity.type)) return { mention: m, side: 'left' };
    // (a place in a place phrase is where, not who: "على مواقع في غرب العراق وشرق سوريا، استهدفت")
    if ((afterPreposition(ctx, m) && !isModifier(ctx, m)) || (arabic && (m.entity.type === 'COUNTRY' || m.entity.type === 'LOCATION') && locativeBefore(ctx, coordinatedLeft(ctx, m, ['COUNTRY', 'LOCATION'])[0] ?? m) === 'in')) {
      if (fillerGap(between(ctx, m.end, vs))) return undefined;
      continue;
    }
    const gap = between(ctx, m.end, vs);
    // "X، التي تبنّت …" / "X, which has claimed …": a relative pronoun right after X makes X the subject
    if (RELATIVE_SUBJECT.test(gap) && types.includes(m.entity.type)) return { mention: m, side: 'left' };
    if (!fillerGap(gap)) {
      if (subjectGap(gap) && types.includes(m.entity.type)) return { mention: m, side: 'left' };
      if (APPOSITIVE.test(gap) || (gap.length < 60 && /^[^,،]*[,،][^,،]*$/u.test(gap))) continue; // a mention inside an apposition: keep looking left
      break;
    }
    if (types.includes(m.entity.type)) return { mention: m, side: 'left' };
  }
  // "وكانت فصائل مسلحة قد هاجمت X": a pre-verbal subject that is no entity; X is the object, not a VSO subject
  if (arabic && /^(?:و|ف)?قد\s/u.test(between(ctx, vs, ve)) && /(?:^|\s)(?:و)?(?:كان|كانت|كانوا)\s+\S+/u.test(between(ctx, Math.max(ctx.base, vs - 60), vs).split(/[،,]/).pop() ?? '')) return undefined;
  if (arabic) {
    const m = ctx.mentions.find((x) => x.start >= ve);
    if (m && types.includes(m.entity.type) && /^\s*(?:\S+\s+)?$/u.test(between(ctx, ve, m.start)) && !/[،,]/.test(between(ctx, ve, m.start))) {
      return { mention: m, side: 'right' };
    }
  }
  return undefined;
}

const LOCATIVE = new RegExp(`(?:${B}(?:in|inside|at|near|off|outside|north|south|east|west|around|close to|across|within)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:of\\s+)?$)|(?:${B}(?:و)?(?:في|قرب|بالقرب من|داخل|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط|قبالة|محيط)\\s*$)|(?:${B}ب$)|(?:(?:${B}(?:في|داخل)\\s+|(?:^|\\s)ب)(?:محافظة|مدينة|بلدة|منطقة|قضاء|ناحية|حي|ريف|قرية|مدينتي|بلدات|قرى|منطقتي|بلدتي|مناطق)\\s+$)`, 'iu');
const NEAR = new RegExp(`${B}(?:near|off|outside|north of|south of|east of|west of|close to|قرب|بالقرب من|قبالة|محيط|المجاورة|shores of)\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?$`, 'iu');

/** Is mention `m` introduced by a locative preposition (in P, في P, near P)? */
export const locativeBefore = (ctx: SentCtx, m: M): 'in' | 'near' | null => {
  const pre = between(ctx, Math.max(ctx.base, m.start - 24), m.start);
  if (NEAR.test(pre)) return 'near';
  if (LOCATIVE.test(pre)) return 'in';
  return null;
};

/**
 * Objects after position `from`: the first mention of an allowed type within `maxGap` characters
 * (clause punctuation stops the search) and the mentions coordinated to it.
 * A country introduced by "in/في" is where something happened, never the object; "near P" never is.
 */
const SITE_NOUN = /\b(?:sites?|facilit(?:y|ies)|targets?|positions?|bases?|depots?|installations?|camps?|compounds?|headquarters|storage|villages?|towns?|gatherings?|hideouts?|strongholds?)\b|(?:مواقع|موقع|منشأة|منشآت|أهداف|هدف|مخازن|مخزن|مقرات|مقر|قواعد|معسكرات|مستودعات|قرى|بلدات|مخابئ|مخبأ|معاقل|تجمعات)/iu;

/**
 * Attack targets after a trigger: the objects (objectsAfter) plus places where struck *sites* are
 * ("hit sites in the al-Qaim and Akashat areas", "استهدفت مواقع في القائم") and ", including X".
 */
const NESTED_ATTACK = /\b(?:attacks?|strikes?|raids?|responsible\s+for)\b|(?:هجوم|هجمات|ضربات|غارات|المسؤول عن|مسؤول عن)/iu;

/** Between two listed places: a comma or "and", optionally with the next one's description ("the Red Sea port city of"). */
const LISTED_PLACE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*،\s*|\s+و)(?:the\s+)?(?:(?:[\w-]+\s+){0,4}?(?:city|port|province|provinces|town|district|capital|region|governorate)\s+(?:city\s+)?(?:of\s+)?)?$/i;
const GROUP_IN = /^\s+(?:(?:positions|sites|targets|fighters|militants)\s+)?in\s+(?:the\s+)?(?:(?:town|city|village|area|district)\s+of\s+)?$/i;

export function attackTargets(ctx: SentCtx, from: number, types: readonly EntityType[], maxGap = 90, skip?: (m: M) => boolean, nested = false): M[] {
  // a mention behind another attack noun ("targeted a commander responsible for attacks on X") is that attack's target
  const out = objectsAfter(ctx, from, types, maxGap, skip).filter((m) => nested || !NESTED_ATTACK.test(between(ctx, from, m.start)));
  const end = ctx.base + ctx.text.length;
  const clause = between(ctx, from, end);
  // (a headline's ".." separates two headlines: "… في العراق وسوريا.. وبغداد: …")
  const stop = clause.search(/[;:؛]|\.{2,}|…|\s(?:after|before|while|as|when|but|killing|بعد|قبل|فيما|بينما|مما)\s|,\s+and\s+(?!the\s)/u);
  const limit = stop < 0 ? end : from + stop;
  for (const m of ctx.mentions) {
    if (m.start < from || m.end > limit || out.includes(m) || skip?.(m)) continue;
    if (m.entity.type === 'LOCATION' && locativeBefore(ctx, m) === 'in' && SITE_NOUN.test(between(ctx, Math.max(from, m.start - 45), m.start)) && !out.some((x) => x.entity.type === 'LOCATION' && x.start < m.start)) {
      for (const x of coordinatedRight(ctx, m, ['LOCATION'])) if (!out.includes(x)) out.push(x);
    }
    if (['FACILITY', 'ORGANIZATION', 'ARMED_GROUP'].includes(m.entity.type) && /(?:,|،)\s*(?:including|among\s+them|بما في ذلك|منها|ومنها)\s+(?:the\s+)?$/iu.test(between(ctx, Math.max(from, m.start - 20), m.start)))
      for (const x of coordinatedRight(ctx, m, ['FACILITY', 'ORGANIZATION', 'ARMED_GROUP', 'LOCATION'])) if (!out.includes(x)) out.push(x);
  }
  // "struck Kataib Hezbollah in al-Qaim": the town where the struck group was hit is struck too (never a country)
  for (const g of out.filter((m) => m.entity.type === 'ARMED_GROUP')) {
    const n = ctx.mentions[g.i + 1];
    if (n && n.entity.type === 'LOCATION' && !out.includes(n) && !skip?.(n) && GROUP_IN.test(between(ctx, g.end, n.start))) out.push(n);
  }
  // "…, among them al-Tanf and Rukban, and at the al-Shaddadi base": a second target aimed at in the same clause
  for (const m of ctx.mentions) {
    if (m.start < from || m.end > end || out.includes(m) || skip?.(m) || !['FACILITY', 'LOCATION'].includes(m.entity.type) || !out.length) continue;
    const prev = ctx.mentions[m.i - 1];
    if (prev && out.includes(prev) && /^\s*,?\s*and\s+(?:at|on|against)\s+(?:the\s+)?(?:al-|el-)?$/i.test(between(ctx, prev.end, m.start))) out.push(m);
  }
  // "hit the capital Sanaa, the Red Sea port city of Hodeidah and the provinces of Taiz, Dhamar and Saada":
  // places listed with their descriptions continue the list
  // a sea naming a place's coast ("the Red Sea port city of Hodeidah") is part of that place's description
  const coast = (m: M): boolean => isWater(m.entity) && /^\s+(?:port|coast(?:al)?)\b/i.test(ctx.doc.parsed.text.slice(m.end, m.end + 10));
  for (let k = out.length - 1; k >= 0; k--) if (coast(out[k]!)) out.splice(k, 1);
  // "target Hamas and Islamic Jihad funding channels": names modifying a financial noun are not what is hit
  const financeOf = (m: M): boolean => FINANCE_AFTER.test(ctx.doc.parsed.text.slice(coordinatedRight(ctx, m, ['ARMED_GROUP', 'ORGANIZATION', 'COUNTRY']).pop()!.end, m.end + 120));
  for (let k = out.length - 1; k >= 0; k--) if (financeOf(out[k]!)) out.splice(k, 1);
  const places = out.filter((m) => m.entity.type === 'LOCATION');
  if (places.length && places.length === out.length) {
    let prev = places[places.length - 1]!;
    for (let k = prev.i + 1; k < ctx.mentions.length; k++) {
      const m = ctx.mentions[k]!;
      if (m.end > limit || m.entity.type !== 'LOCATION' || skip?.(m)) break;
      if (coast(m)) continue;
      if (!LISTED_PLACE.test(between(ctx, prev.end, m.start))) break;
      out.push(m);
      prev = m;
    }
  }
  // "on Al-Asad Air Base in western Iraq and the al-Tanf garrison": a coordinated target after the first one's locative phrase
  const last = out.filter((m) => m.entity.type === 'FACILITY').pop();
  if (last) {
    const next = ctx.mentions[last.i + 1];
    const after = next ? ctx.mentions[next.i + 1] : undefined;
    if (next && after && after.entity.type === 'FACILITY' && !out.includes(after) && ['COUNTRY', 'LOCATION'].includes(next.entity.type)) {
      const g1 = between(ctx, last.end, next.start);
      const g2 = between(ctx, next.end, after.start);
      if (/^\s*(?:in|في|ب)\s*(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu.test(g1) && /^\s*(?:,\s*)?(?:and|و)\s*(?:the\s+|على\s+)?$/iu.test(g2)) out.push(after);
    }
  }
  return out;
}

/** A financial noun right after a name ("Hamas funding channels", "the group's finances"). */
const FINANCE_AFTER = /^(?:['’]s)?\s+(?:funding|financing|finances|financial|funds|assets|accounts|money|revenue|fundraising|financiers|bank)\b/i;

/** The gap before a country ends with a preposition of aim (at/against/toward, على/ضد). */
const AIMED_AT = /(?:\b(?:at|against|toward|towards)|(?:^|\s)(?:على|ضد))\s+$/iu;

/** Projectiles that are fired "at" their target. */
const AIM_WEAPON = /\b(?:missiles?|rockets?|drones?|projectiles?|salvos?|barrages?)\b/i;

const TIME_ASIDE = /^\s*[،,]\s*(?:(?:يوم|مساء|صباح|فجر|ليل|ليلة|ظهر|عصر|on)\s+)?(?:ال)?(?:اثنين|إثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت|أحد|اليوم|أمس|monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|late|early)[^،,.;]{0,30}[،,]\s*/iu;
const ATTRIBUTION_AFTER = /^\s+(?:told|said|says|added|wrote|stated|reported)\b/i;

export function objectsAfter(ctx: SentCtx, from: number, types: readonly EntityType[], maxGap = 70, skip?: (m: M) => boolean, allowIn = false): M[] {
  const skipped = new Set<M>();
  for (const m of ctx.mentions) {
    if (m.start < from || skipped.has(m)) continue;
    // "استهدفت إسرائيل، الإثنين 8 كانون الثاني، القيادي …": a time set off by commas is not a clause break
    const gap = between(ctx, from, m.start).replace(TIME_ASIDE, ' ');
    if (gap.length > maxGap || /[;:!?؟؛]/.test(gap)) return [];
    // a subordinate clause ("… after attacks on X") is not the object phrase
    if (SUBORDINATOR.test(gap)) return [];
    // a comma ends the object phrase unless it only separates list items ("ships, the Unity Explorer, …")
    if (/[,،]/.test(gap) && !/^[^,،]*[,،]\s*(?:(?:among\s+them|including|such\s+as|notably|namely|ومنها|منها|من\s+بينها|بينها|بما\s+فيها)\s+)?(?:the\s+)?$/iu.test(gap)) return [];
    if (skip?.(m)) continue;
    // "…fired missiles at it, Akbari told TV": a name after the comma that speaks is the source, not an object
    if (/[,،]/.test(gap) && ATTRIBUTION_AFTER.test(ctx.doc.parsed.text.slice(m.end, m.end + 12))) return [];
    if (!types.includes(m.entity.type)) continue;
    if (isModifier(ctx, m) && m.entity.type !== 'ARMED_GROUP') continue;
    if (m.entity.type === 'COUNTRY') {
      const next = ctx.doc.parsed.text.slice(m.end, m.end + 12);
      // a ship's flag state is not what was hit ("ترفع علم ليبيريا", "Liberia-flagged")
      if (/^-?flagged\b/i.test(next) || /(?:علم|flag\s+of)\s*$/iu.test(ctx.doc.parsed.text.slice(Math.max(ctx.base, m.start - 10), m.start))) continue;
      // a country is an object only right after the trigger or aimed at ("fired missiles at X", "شنت هجوما بالصواريخ على X")
      if ((gap.length > 14 && !(gap.length <= 60 && AIMED_AT.test(gap))) || /^(?:'s|’s)|^\s+(?!(?:and|or|on|in|at|from|with|over|overnight|last|this|early|late|after|before|during|as|to)\b)[a-z]/.test(next) || /^\s+(?:positions|bases|forces|troops|interests|personnel)\b/i.test(next)) continue;
    }
    // "fired missiles at X": "at" after a projectile is the aim, not where it happened
    const loc = /\bat\s+(?:the\s+)?$/i.test(gap) && AIM_WEAPON.test(gap) ? null : locativeBefore(ctx, m);
    // where something happened is not what was hit: "in P" (a country or a place) and "near P" are skipped
    if (loc === 'near' || (!allowIn && loc === 'in' && (m.entity.type === 'COUNTRY' || m.entity.type === 'LOCATION'))) {
      for (const x of coordinatedRight(ctx, m, ['COUNTRY', 'LOCATION'])) skipped.add(x);
      continue;
    }
    return coordinatedRight(ctx, m, types).filter((x) => !(x.entity.type === 'COUNTRY' && loc === 'in'));
  }
  return [];
}
