/**
 * LOCATED_IN: containment only. "A in B" / "A في B" / "A بB" with optional direction words
 * (in western Iraq, غربي العراق, في جنوب شرق سوريا, وسط العاصمة العراقية بغداد), coordinated subjects
 * (عين الأسد وحرير في العراق), "B's A province", "the Yemeni port of A", "العاصمة العراقية بغداد",
 * "A, a town … in B", a facility name that contains its place (السفارة الأمريكية في بغداد).
 * Chains in one sentence are closed transitively (A in B in C → A in C).
 * Never "near", "off", "north of", المجاورة — those connectors are simply not in the pattern.
 */
import { normalizeKey } from '../normalize.js';
import type { Entity } from '../types.js';
import { B, E, alt, demonymCountry, isWater } from './lexicon.js';
import { between, isArabic, coordinatedLeft, countryEntity, rule, sentences, type M } from './engine.js';

const INNER = ['FACILITY', 'LOCATION'] as const;
const OUTER = ['LOCATION', 'COUNTRY'] as const;

const DIR_EN = '(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest)';
const DIR_AR_NISBA = alt(['شمالي', 'جنوبي', 'شرقي', 'غربي', 'وسط', 'شمال شرقي', 'شمال غربي', 'جنوب شرقي', 'جنوب غربي']);
const DIR_AR = alt(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمال شرق', 'شمال غرب', 'جنوب شرق', 'جنوب غرب', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);
const PLACE_AR = alt(['محافظة', 'مدينة', 'منطقة', 'ولاية', 'إقليم', 'بلدة', 'قرية', 'العاصمة', 'عاصمة', 'ميناء', 'قضاء', 'ناحية', 'جزيرة', 'ريف', 'مديرية', 'حي', 'صحراء', 'هضبة', 'سهل', 'وادي']);
const PLACE_EN = '(?:province|city|town|village|district|region|capital|port|governorate|state|island|area|part|outskirts|countryside|suburbs)';
/** "A, capital of B" / "A، عاصمة B" / "A, the provincial capital of B": containment by apposition. */
const CAPITAL_OF = new RegExp(`^\\s*[,،]\\s*(?:(?:the|a)\\s+)?(?:(?:provincial|regional|administrative)\\s+)?(?:capital|centre|center|seat)\\s+of\\s+(?:the\\s+)?(?:(?:${DIR_EN}|semi-autonomous|autonomous|self-declared|restive|oil-rich|northern|southern)\\s+)?$|^\\s*(?:[،,]\\s*)?(?:وهي\\s+|وهو\\s+)?(?:عاصمة|مركز|كبرى\\s+مدن)\\s+(?:(?:${PLACE_AR})\\s+)?$`, 'iu');

const GAP_EN = new RegExp(`^\\s*(?:(?:is|was)\\s+(?:an?|the)\\s+(?:[\\w-]+\\s+){0,4}?(?:garrison|base|outpost|airport|airfield|airbase|port|camp|compound|facility|site|district|neighbou?rhood|town|city|village|suburb)\\s+|(?:air\\s+)?(?:garrison|base|outpost|airport|airfield|port|camp|compound|complex|facility|site|district|neighbou?rhood|province|town|city)\\s+)?(?:(?:(?:is|are|was|were)\\s+)?(?:located|based|situated|stationed)\\s+|(?:lies|lay|sits)\\s+)?(?:(?:in|inside|within|at)\\s+(?:the\\s+)?(?:${DIR_EN}\\s+)?(?:${PLACE_EN}\\s+of\\s+(?:the\\s+)?)?|(?:areas?|districts?|parts?|outskirts|suburbs?|neighbou?rhoods?)\\s+of\\s+(?:the\\s+)?(?:${DIR_EN}\\s+)?)$`, 'i');
const GAP_AR = new RegExp(
  `^[\\s"”»]*(?:(?:،\\s*)?(?:التي|الذي)\\s+)?(?:(?:تقع|يقع)\\s+)?(?:(?:في|داخل)\\s+(?:(?:أقصى|اقصى|أقاصي)\\s+)?(?:(?:${DIR_AR})\\s+)?|(?:في\\s+|ب)(?:ال)?(?:جانب|طرف|أطراف|ضواحي|ضاحية|وسط|قلب)\\s+(?:(?:ال)?\\S+\\s+)?(?:من|ل)\\s*|ب|(?:${DIR_AR_NISBA})\\s+|(?:ال)?(?:تابع|تابعة)\\s+ل)(?:(?:${PLACE_AR})\\s+(?:(?:ال)?\\S+(?:ية|ي)\\s+)?)?$`,
  'u',
);
/** "Tower 22, sits in Jordan": a locative verb after an apposition's closing comma. */
const SITS_IN = new RegExp(`^\\s*,\\s*(?:sits|lies|stands|is\\s+located|is\\s+situated)\\s+(?:in|inside|within)\\s+(?:the\\s+)?(?:${DIR_EN}\\s+)?$`, 'i');
const OF_GAP = /^\s+of\s+(?:the\s+)?$/i;
const UNIT_END = /\b(?:province|region|governorate|state|district)$/i;
const POSS = /^(?:'s|’s)\s+$/;
/** "…, Beirut's densely populated southern suburbs": the part of B an apposition names. */
const PART_OF_B = /^(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:suburbs?|district|neighbou?rhood|quarter|outskirts|old\s+city|port|province|region)\b/i;
/** "Yemen's capital, Sanaa" / "Iraq's Anbar province" is POSS; the capital named after its noun is this. */
const POSS_CAPITAL = /^(?:'s|’s)\s+(?:capital|port\s+city|second\s+city|largest\s+city)\s*,?\s+$/i;
// ("Dahiyeh, Hezbollah's stronghold in the southern suburbs of Beirut": a possessive opens it, a part of B closes it)
const APPOS = new RegExp(`^\\s*,\\s+(?:a|an|the|[\\p{L}-]+(?:'s|’s))\\s+(?:[\\w.'’-]+\\s+){0,4}?(?:town|city|village|port|province|district|region|base|outpost|area|garrison|site|neighbou?rhood|suburb|camp|airport|facility|stronghold|bastion|hometown)\\b([^,;]*?)\\b(?:in|inside)\\s+(?:the\\s+)?(?:${DIR_EN}\\s+)?(?:(?:suburbs?|outskirts|parts?)\\s+of\\s+(?:the\\s+)?)?$`, 'iu');
// (the capital set off by a comma: "the Iranian capital, Tehran")
const DEMONYM_PLACE_EN = new RegExp(`(?:the\\s+|a\\s+)?(\\S+)\\s+${PLACE_EN},?\\s+(?:of\\s+)?$`, 'i');
const DEMONYM_PLACE_AR = new RegExp(`${B}(?:${PLACE_AR})\\s+(\\S+)\\s+$`, 'u');
const PLACE_DEMONYM_AR = new RegExp(`^\\s+((?:ال)?[\\p{L}\\p{M}]+)`, 'u');
const PLACE_START_AR = new RegExp(`^(?:${PLACE_AR})\\s`, 'u');
const PLACE_BEFORE_AR = new RegExp(`${B}(?:${PLACE_AR})\\s+$`, 'u');

const countryOf = (ctxDoc: Parameters<typeof countryEntity>[0], word: string): Entity | null => {
  const c = demonymCountry(word);
  return c ? countryEntity(ctxDoc, c) : null;
};

export const locatedInRule = rule('located-in', (ctx, emit) => {
  const text = ctx.doc.parsed.text;
  const arabic = isArabic(ctx);
  const pairs: [Entity, Entity, number, boolean][] = [];
  const add = (a: Entity, b: Entity, c: number, transitive = true): void => {
    if (a.id !== b.id && !pairs.some(([x, y]) => x === a && y === b)) pairs.push([a, b, c, transitive]);
  };
  const ms = ctx.mentions;
  for (let k = 0; k < ms.length; k++) {
    const a = ms[k]!;
    if (!INNER.includes(a.entity.type as never)) continue;
    // A … in B (next mention)
    let b = ms[k + 1];
    // "in Syria's Deir ez-Zor province": the container is the possessed place
    const c2 = ms[k + 2];
    if (b && c2 && INNER.includes(c2.entity.type as never) && POSS.test(between(ctx, b.end, c2.start))) b = c2;
    // a landmark inside an apposition ("Abu Kamal, a town on the Euphrates River in …") is not the subject
    const landmark = k > 0 && /^\s*,\s+(?:a|an|the)\s[^,;]*\b(?:on|near|along|by|off)\s+(?:the\s+)?$/i.test(between(ctx, ms[k - 1]!.end, a.start));
    if (b && OUTER.includes(b.entity.type as never) && !landmark) {
      const gap = between(ctx, a.end, ms[k + 1]!.start);
      // ("إقليم كوردستان العراق": a region named with its country in idafa)
      const idafa = arabic && a.entity.type === 'LOCATION' && b.entity.type === 'COUNTRY' && /^\s+$/.test(gap) && PLACE_START_AR.test(a.text);
      if (idafa || (arabic ? GAP_AR.test(gap) || (a.entity.type === 'LOCATION' && /^\s*ل$/u.test(gap)) : GAP_EN.test(gap) || SITS_IN.test(gap))) {
        for (const x of coordinatedLeft(ctx, a, INNER)) add(x.entity, b.entity, 0.85);
      }
      // "the Kurdistan Region of Iraq", "Sistan province of Iran": a sub-national unit named with "of" + its country
      if (!arabic && b.entity.type === 'COUNTRY' && OF_GAP.test(gap) && a.entity.type === 'LOCATION' && UNIT_END.test(a.text)) add(a.entity, b.entity, 0.8);
      const app = APPOS.exec(gap);
      if (app && !arabic) add(a.entity, b.entity, 0.75);
      if (CAPITAL_OF.test(gap)) {
        add(a.entity, b.entity, 0.75);
        // "أربيل، عاصمة إقليم كردستان، في شمال العراق": the place after the apposition contains A too
        const c = ms[k + 2];
        if (c && OUTER.includes(c.entity.type as never) && new RegExp(`^\\s*[,،]\\s*(?:(?:is|lies|located)\\s+)?(?:in|inside|في|داخل)\\s+(?:the\\s+)?(?:(?:${DIR_EN}|${DIR_AR})\\s+)?(?:ال)?$`, 'iu').test(between(ctx, b.end, c.start))) add(a.entity, c.entity, 0.75);
      }
    }
    // A, a town on X in B's C province: A is in C (and, transitively, in B)
    if (!arabic && b) {
      for (let j = k + 2; j + 1 < Math.min(ms.length, k + 5); j++) {
        const owner = ms[j]!;
        const owned = ms[j + 1]!;
        if (OUTER.includes(owner.entity.type as never) && INNER.includes(owned.entity.type as never) && POSS.test(between(ctx, owner.end, owned.start)) && APPOS.test(between(ctx, a.end, owner.start)))
          add(a.entity, owned.entity, 0.75);
      }
    }
    // A, a town on X in B: skip X and attach B to A
    if (!arabic && b) {
      for (let j = k + 2; j < Math.min(ms.length, k + 4); j++) {
        const c = ms[j]!;
        if (!OUTER.includes(c.entity.type as never)) continue;
        if (APPOS.test(between(ctx, a.end, c.start)) && !/[,;]/.test(between(ctx, b.end, c.start))) add(a.entity, c.entity, 0.75);
      }
    }
    // "in Larissa, Greece": a place written with its country after a comma (not a list of countries)
    if (!arabic && b && b.entity.type === 'COUNTRY' && /^,\s*$/.test(between(ctx, a.end, b.start)) && /\b(?:in|at|from|of)\s+(?:the\s+)?(?:(?:city|town|village|port)\s+of\s+)?$/i.test(text.slice(Math.max(ctx.base, a.start - 25), a.start)) && !(ms[k + 2] && OUTER.includes(ms[k + 2]!.entity.type as never) && /^\s*(?:,|and|or)\s*(?:and\s+|or\s+)?$/.test(between(ctx, b.end, ms[k + 2]!.start))))
      add(a.entity, b.entity, 0.7);
    // "Dahiyeh, Beirut's southern suburbs": A, then B's part it is
    if (!arabic && b && OUTER.includes(b.entity.type as never) && /^\s*,\s*$/.test(between(ctx, a.end, b.start)) && PART_OF_B.test(text.slice(b.end, b.end + 60))) add(a.entity, b.entity, 0.75);
    // B's A (province)
    const prev = ms[k - 1];
    if (prev && OUTER.includes(prev.entity.type as never) && (POSS.test(between(ctx, prev.end, a.start)) || POSS_CAPITAL.test(between(ctx, prev.end, a.start)))) add(a.entity, prev.entity, 0.8);
    // the Yemeni port of A / العاصمة العراقية A / a Syrian town A
    const before = text.slice(Math.max(ctx.base, a.start - 40), a.start);
    const dEn = arabic ? null : DEMONYM_PLACE_EN.exec(before);
    const dAr = arabic ? DEMONYM_PLACE_AR.exec(before) : null;
    const c1 = dEn ? countryOf(ctx.doc, dEn[1]!) : dAr ? countryOf(ctx.doc, dAr[1]!) : null;
    if (c1) add(a.entity, c1, 0.8, false);
    // مدينة كركوك العراقية / ميناء الحديدة اليمني
    if (arabic && (PLACE_BEFORE_AR.test(before) || PLACE_START_AR.test(a.text))) {
      const after = PLACE_DEMONYM_AR.exec(text.slice(a.end, a.end + 20));
      const c2x = after ? countryOf(ctx.doc, after[1]!) : null;
      if (c2x) add(a.entity, c2x, 0.75, false);
    }
    // a place mention nested in the facility's name after في/in ("U.S. Embassy in Baghdad")
    for (const n of ctx.nested) {
      if (n.start > a.start && n.end <= a.end && OUTER.includes(n.entity.type as never) && /(?:\s(?:في|in)\s+(?:the\s+)?|\sب)$/u.test(text.slice(a.start, n.start))) add(a.entity, n.entity, 0.8);
    }
    // "السفارة الأمريكية في بغداد" as one mention: the place inside the name
    const inner = /(?:\s(?:في|in)\s+)(.+)$/u.exec(a.text);
    if (inner && a.entity.type === 'FACILITY') {
      const key = normalizeKey(inner[1]!).replace(/^ال/, '');
      for (const s of sentences(ctx.doc))
        for (const m of s.mentions)
          if (OUTER.includes(m.entity.type as never) && [m.entity.name, ...m.entity.aliases].some((x) => normalizeKey(x).replace(/^ال/, '') === key)) add(a.entity, m.entity, 0.8);
    }
  }
  // transitive closure within the sentence
  for (let round = 0; round < 2; round++)
    for (const [a, b, , t1] of [...pairs]) for (const [c, d, , t2] of [...pairs]) if (b === c && t1 && t2) add(a, d, 0.7);
  // a sea is in no country, and nothing is "located in" a sea (a ship's position is not containment)
  for (const [a, b, c] of pairs) if (!isWater(a) && !isWater(b)) emit(a, 'LOCATED_IN', b, c);
});

void E;
void ({} as M);
