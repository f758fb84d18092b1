/**
 * AFFILIATED_WITH from membership: a member unit → its umbrella. "X, an umbrella … that includes Y",
 * "وتضم X فصائل …، أبرزها Y", "X … and its Task Force 153", "Y, part of X", "Y التابعة لـ X".
 */
import { B, E, alt } from './lexicon.js';
import { between, coordinatedRight, hasAny, matches, rule, sentences } from './engine.js';

const UNITS = ['ARMED_GROUP', 'ORGANIZATION'] as const;
const INCLUDES = new RegExp(`\\b(?:that\\s+includes|which\\s+includes|including|includes|comprising|such\\s+as|that\\s+counts|which\\s+counts|counts)\\b|${B}(?:و)?(?:${alt(['تضم', 'يضم', 'تشمل', 'يشمل', 'أبرزها', 'أبرزهم', 'ومنها', 'من بينها'])})${E}`, 'giu');
const PART_OF = new RegExp(`\\b(?:one\\s+of\\s+the\\s+(?:[\\w-]+\\s+){0,2}?(?:factions|groups|militias|members|units)\\s+(?:(?:grouped|operating|gathered)\\s+)?(?:under|within|inside|in|of)(?:\\s+the\\s+umbrella\\s+of)?|(?:operating\\s+)?under\\s+the\\s+umbrella\\s+of|part\\s+of|a\\s+member\\s+of|(?:the\\s+)?(?:main|largest|leading|dominant|biggest)\\s+(?:component|force|faction|member)\\s+(?:of|in|within)|a\\s+faction\\s+of|(?:an?|the|its)\\s+(?:(?:elite|special|overseas|external|foreign|military|armed|naval|intelligence|political)\\s+)?(?:unit|wing|arm|branch|division)\\s+of)(?:\\s+the)?\\b|${B}(?:${alt(['التابعة ل', 'التابع ل', 'التابعة لـ', 'التابع لـ', 'جزء من', 'أحد فصائل', 'إحدى فصائل', 'المنضوية تحت مظلة', 'المنضوية تحت لواء', 'المنضوية تحت', 'المنضوية في', 'المنضوية ضمن', 'المنضوي تحت', 'المنضوي في', 'المنضوي ضمن', 'تحت مظلة', 'الجناح العسكري ل', 'الجناح العسكري لـ', 'الجناح المسلح ل'])})`, 'giu');
const ITS = /\b(?:and\s+)?its\s+$/i;
const ONE_OF = new RegExp(`\\b(?:one\\s+of\\s+its\\s+(?:members|factions|units|groups)|a\\s+member\\s+of\\s+which)\\s*,?\\s*|${B}(?:${alt(['أحد فصائلها', 'إحدى فصائلها', 'أبرز فصائلها', 'ومن أبرز فصائلها', 'أحد أعضائها'])})\\s*[،,]?\\s*`, 'giu');
/** "Hezbollah's (elite) Radwan Force". */
const POSS_UNIT = /^(?:'s|’s)\s+(?:(?:elite|special|military|armed|naval|external|overseas)\s+)?$/;
/** Names of units of a larger body (a force, brigade, wing, command): "Hezbollah's Radwan Force". */
const UNIT_NAME = /\b(?:force|forces|brigade|brigades|unit|units|wing|corps|division|battalion|squadron|fleet|command|regiment)\b/i;
const AT = /^\s+(?:at|of|within|in)\s+the\s+$/i;

/** Between a member and the cue: "is one of the (main) factions", "من أبرز الفصائل". */
const ONE_OF_KIND = /^\s*(?:,\s*|\s+(?:is|was|remains)\s+)?(?:one\s+of|among)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:factions|groups|militias|members|movements)\s+(?:(?:grouped|operating|gathered)\s+)?$|^\s*(?:[،,]\s*)?(?:وهي\s+|هي\s+)?(?:من|إحدى|أحد)\s+(?:\S+\s+){0,2}?(?:الفصائل|الجماعات|الميليشيات|المجموعات|الحركات|الكتائب)\s+$/iu;
/** "Hamas's military wing, the Qassam Brigades". */
const POSS_WING = /^(?:'s|’s)\s+(?:(?:military|armed|militant|political|elite)\s+)?(?:wing|arm)\s*,\s*(?:the\s+)?$/i;
/** A wing or unit cue whose owner comes first and the unit after it, in apposition. */
const WING_CUE = /\b(?:wing|arm|unit|branch)\s+of\b|الجناح\s+العسكري/iu;
const STEMS = ['one of the', 'component', 'main force', 'الجناح العسكري', 'umbrella', 'منضوي', 'مظله', 'includ', 'compris', 'such as', 'count', 'part of', 'member', 'unit of', 'faction', 'wing of', 'arm of', 'branch of', 'division of', 'تضم', 'يضم', 'تشمل', 'يشمل', 'ابرز', 'منها', 'بينها', 'التابع', 'جزء من', 'فصائل', 'اعضائ'];

export const affiliatedMemberRule = rule('affiliated-member', (ctx, emit) => {
  const cued = hasAny(ctx, STEMS);
  for (const h of cued ? matches(ctx, INCLUDES) : []) {
    const arabicVerb = /تضم|يضم|تشمل|يشمل/u.test(h.m[0]);
    // umbrella: right after an Arabic verb (وتضم X …) or the nearest group before the cue
    // unnamed groups ("Iran-backed armed factions") describe the umbrella's members; they are neither umbrella nor member
    const umbrella = arabicVerb
      ? ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 3 && UNITS.includes(m.entity.type as never) && !m.entity.nominal)
      : ctx.mentions.findLast((m) => m.end <= h.start && h.start - m.end <= 110 && UNITS.includes(m.entity.type as never) && !m.entity.nominal && !/[;]/.test(between(ctx, m.end, h.start)));
    if (!umbrella) continue;
    const from = arabicVerb ? umbrella.end : h.end;
    const member = ctx.mentions.find((m) => m.start >= from && m.start - from <= (arabicVerb ? 90 : 12) && m.entity.type === umbrella.entity.type && m.entity.id !== umbrella.entity.id && !m.entity.nominal && !/[;]/.test(between(ctx, from, m.start)));
    if (!member) continue;
    for (const m of coordinatedRight(ctx, member, [umbrella.entity.type])) emit(m.entity, 'AFFILIATED_WITH', umbrella.entity, 0.7);
  }
  for (const h of cued ? matches(ctx, PART_OF) : []) {
    // "X, one of the most prominent factions grouped in Y" / "X من أبرز الفصائل المنضوية في Y"
    const member = ctx.mentions.findLast((m) => m.end <= h.start && (h.start - m.end <= 6 || (h.start - m.end <= 70 && ONE_OF_KIND.test(between(ctx, m.end, h.start)))) && UNITS.includes(m.entity.type as never));
    const umbrella = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 6 && UNITS.includes(m.entity.type as never));
    if (member && umbrella && member.entity.id !== umbrella.entity.id) emit(member.entity, 'AFFILIATED_WITH', umbrella.entity, 0.7);
    // "the military wing of Hamas, the Qassam Brigades": the unit named in apposition after its owner
    const unit = umbrella && !member && WING_CUE.test(h.m[0]) ? ctx.mentions[umbrella.i + 1] : undefined;
    if (unit && umbrella && UNITS.includes(unit.entity.type as never) && unit.entity.id !== umbrella.entity.id && /^\s*[,،]\s*(?:the\s+)?$/iu.test(between(ctx, umbrella.end, unit.start))) emit(unit.entity, 'AFFILIATED_WITH', umbrella.entity, 0.7);
  }
  // "One of its members, Kataib Hezbollah, …": the umbrella is the group of the previous clause/sentence
  for (const h of cued ? matches(ctx, ONE_OF) : []) {
    const member = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 3 && UNITS.includes(m.entity.type as never));
    if (!member) continue;
    const prevSentence = sentences(ctx.doc)[ctx.index - 1]?.mentions ?? [];
    const before = ctx.mentions.findLast((m) => m.end <= h.start && m.entity.type === member.entity.type && m.entity.id !== member.entity.id);
    const umbrella = before ?? prevSentence.find((m) => m.entity.type === member.entity.type && m.entity.id !== member.entity.id);
    if (umbrella) emit(member.entity, 'AFFILIATED_WITH', umbrella.entity, 0.65);
  }
  // "Hezbollah's Radwan Force": a unit possessed by a group or body belongs to it
  for (let k = 0; k + 1 < ctx.mentions.length; k++) {
    const a = ctx.mentions[k]!;
    const b = ctx.mentions[k + 1]!;
    if (UNITS.includes(a.entity.type as never) && UNITS.includes(b.entity.type as never) && a.entity.id !== b.entity.id && !a.entity.nominal && !b.entity.nominal && ((POSS_UNIT.test(between(ctx, a.end, b.start)) && UNIT_NAME.test(b.text)) || POSS_WING.test(between(ctx, a.end, b.start)))) emit(b.entity, 'AFFILIATED_WITH', a.entity, 0.65);
  }
  // "the Joint Staff at the Pentagon"
  for (let k = 0; k + 1 < ctx.mentions.length; k++) {
    const a = ctx.mentions[k]!;
    const b = ctx.mentions[k + 1]!;
    if (a.entity.type === 'ORGANIZATION' && b.entity.type === 'ORGANIZATION' && a.entity.id !== b.entity.id && AT.test(between(ctx, a.end, b.start))) emit(a.entity, 'AFFILIATED_WITH', b.entity, 0.6);
  }
  // "… the Combined Maritime Forces, a 39-nation partnership, and its Task Force 153"
  for (const m of ctx.mentions) {
    if (m.entity.type !== 'ORGANIZATION' || !ITS.test(between(ctx, Math.max(ctx.base, m.start - 10), m.start))) continue;
    const owner = ctx.mentions.findLast((x) => x.end <= m.start && m.start - x.end <= 80 && x.entity.type === 'ORGANIZATION' && !/[;]/.test(between(ctx, x.end, m.start)));
    if (owner && owner.entity.id !== m.entity.id) emit(m.entity, 'AFFILIATED_WITH', owner.entity, 0.65);
  }
});
