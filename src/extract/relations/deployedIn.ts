/**
 * DEPLOYED_IN: military/country → place its forces are stationed.
 *  - forces in X: a forces entity (القوات الأمريكية, U.S. forces, the Fifth Fleet) followed by in/في X;
 *  - the U.S. keeps/has/deploys N troops in X (and M in Y); تنشر/تحتفظ … جندي في X;
 *  - N جندي أمريكي في X / American troops in X (a demonym on the troop noun);
 *  - a place that hosts forces: "Bahrain, home of the U.S. Fifth Fleet", "قاعدة … التي تضم قوات من التحالف".
 * Deployments "to the region" give nothing (no entity, and "to/إلى" is not a stationing connector).
 */
import { B, E, alt, PLACES } from './lexicon.js';
import { between, coordinatedRight, demonymCountries, hasAny, matches, rule, sentences, type M, type SentCtx } from './engine.js';
import { fillerGap } from './args.js';

const FORCES_WORD = /(?:forces|troops|military|army|navy|fleet|soldiers|marines|personnel|قوات|القوات|جيش|الجيش|أسطول|الأسطول|جنود|عسكري|بحرية|البحرية)/iu;
const IN = /^\s*(?:(?:(?:are|is|were|was|remain|remained)\s+)?(?:based|stationed|deployed)\s+(?:in|inside|at)|in|inside)\s+(?:the\s+)?$|^\s*(?:(?:الموجودة|المتمركزة|المنتشرة|المنتشرين|المتمركزين|الموجودين|المنتشرون)\s+)?(?:في|ب)\s*(?:(?:قضاء|محافظة|مدينة|بلدة|منطقة|ناحية)\s+)?$/iu;
// (with an object pronoun in a relative clause: "المدمرة التي نشرتها البحرية الهندية في خليج عدن")
const HAS = new RegExp(`\\b(?:has|have|keeps|keep|kept|maintains|maintain|deploys|deployed|stations|stationed|bases|had)\\b|${B}(?:و)?(?:${alt(['تنشر', 'نشرت', 'ينشر', 'تحتفظ', 'يحتفظ', 'تملك', 'لديها', 'لدى', 'تنتشر', 'ينتشر'])})(?:ها|ه|هم)?${E}`, 'giu');
const TROOPS = /(?:troops|soldiers|forces|personnel|service\s*members|marines|peacekeepers|military\s+(?:posts|bases|outposts)|جندي|جنود|عسكري|عسكريين|قوات|عنصر|جنود حفظ السلام|(?:ال)?نقاط\s+(?:ال)?عسكرية|(?:ال)?قواعد\s+(?:ال)?عسكرية)/iu;
const HOSTS = new RegExp(`\\b(?:home\\s+(?:of|to)|which\\s+(?:also\\s+)?(?:hosts|houses)|that\\s+(?:also\\s+)?(?:hosts|houses)|hosting|hosts|hosted|houses)\\s+(?:the\\s+)?|${B}(?:و)?(?:تستضيف|يستضيف|استضافت)\\s+|${B}(?:التي|الذي)\\s+(?:تضم|يضم|تستضيف|يستضيف|تؤوي|يؤوي)\\s+(?:قوات\\s+(?:من\\s+)?)?|${B}(?:مقر)\\s+`, 'giu');
const TROOP_DEMONYM_AR = new RegExp(`${B}(?:${alt(['جندي', 'جنديا', 'جندياً', 'عسكري', 'عسكريا', 'جنود', 'القوات', 'قوات', 'العسكريين', 'عسكريين', 'الجنود'])})\\s+(\\S+)\\s+(?:(?:ينتشرون|يتمركزون|موجودون|منتشرون|متمركزون|المنتشرين|المتمركزين|الموجودين|المنتشرون)\\s+)?(?:في|ب)`, 'gu');
const TROOP_DEMONYM_EN = /\b(?:troops|soldiers|forces|service\s+members)\s+(?:in|at|stationed\s+in|based\s+in)\s+/gi;

/** "… جندي ضمن قوة U" / "troops as part of U": the force the troops serve in. */
const SERVING_IN = /^[^.;،,]{0,20}?(?:ضمن\s+(?:قوة\s+)?|as\s+part\s+of\s+(?:the\s+)?|with\s+(?:the\s+)?)["“«]?$/iu;

/** Places after `from`: "in X (and N in Y)" within the clause. */
function placesAfter(ctx: SentCtx, from: number, max = 80): M[] {
  const out: M[] = [];
  for (const m of ctx.mentions) {
    if (m.start < from || !PLACES.includes(m.entity.type as never)) continue;
    const gap = between(ctx, from, m.start);
    if (gap.length > max || /[;:]/.test(gap) || /(?:فيما|بينما|حيث|لكن|\bwhile\b|\bwhereas\b|\bbut\b|\bwhere\b)/iu.test(gap)) break;
    const pre = between(ctx, Math.max(ctx.base, m.start - 8), m.start);
    if (!/(?:\b(?:in|at)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?|(?:^|\s)(?:في\s*|ب)(?:(?:شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط)\s+)?)$/iu.test(between(ctx, Math.max(ctx.base, m.start - 16), m.start)) && !/(?:في|ب)$/u.test(pre)) continue;
    out.push(...coordinatedRight(ctx, m, PLACES));
    from = m.end;
  }
  return out;
}

/** "the base" right before a finite hosting verb, or القاعدة right after تستضيف. */
const BASE_ANAPHOR = /(?:\b(?:the|this)\s+(?:air\s+)?base\s+(?:hosts|hosted|houses)\b)|(?:(?:تستضيف|يستضيف|استضافت)\s+القاعدة)|(?:القاعدة\s+(?:التي\s+)?(?:تستضيف|استضافت))/iu;
const BASE_NAME = /\bbase\b|قاعدة/iu;
const HOST_STEMS = ['home of', 'home to', 'host', 'houses', 'تضم', 'يضم', 'تستضيف', 'يستضيف', 'مقر', 'تؤوي', 'يؤوي'];

export const deployedInRule = rule('deployed-in', (ctx, emit) => {
  // every deployment names where: no place in the sentence, nothing to do
  if (!ctx.mentions.some((m) => PLACES.includes(m.entity.type as never)) && !BASE_ANAPHOR.test(ctx.text)) return;
  const text = ctx.doc.parsed.text;
  // forces in X
  for (const m of ctx.mentions) {
    // ("قوات البيشمركة": the forces word may stand before the name)
    if (m.entity.type !== 'ORGANIZATION' || !(FORCES_WORD.test(m.text) || m.entity.nominal || /(?:قوات|forces\s+of)\s*$/iu.test(between(ctx, Math.max(ctx.base, m.start - 12), m.start)))) continue;
    const next = ctx.mentions.find((x) => x.start >= m.end && PLACES.includes(x.entity.type as never));
    if (!next || !IN.test(between(ctx, m.end, next.start))) continue;
    for (const p of coordinatedRight(ctx, next, PLACES)) emit(m.entity, 'DEPLOYED_IN', p.entity, 0.8);
  }
  // the U.S. has N troops in X (only sentences that talk about troops or forces)
  const troopy = TROOPS.test(ctx.text) || ctx.mentions.some((m) => m.entity.type === 'ORGANIZATION' && (FORCES_WORD.test(m.text) || m.entity.nominal));
  for (const h of troopy ? matches(ctx, HAS) : []) {
    const arabic = /[\u0600-\u06ff]/.test(h.m[0]);
    let subj = ctx.mentions.findLast((m) => m.end <= h.start && ['COUNTRY', 'ORGANIZATION'].includes(m.entity.type) && (fillerGap(between(ctx, m.end, h.start)) || /^\s*,\s*(?:which|who)\s+(?:also\s+|still\s+)?$/i.test(between(ctx, m.end, h.start))));
    let from = h.end;
    if (!subj && arabic) {
      subj = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 2 && ['COUNTRY', 'ORGANIZATION'].includes(m.entity.type));
      if (subj) from = subj.end;
    }
    if (!subj && arabic) {
      // وتنتشر في العراق نحو 2500 من القوات الأمريكية
      const place = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 5 && PLACES.includes(m.entity.type as never) && /في|ب/u.test(between(ctx, h.end, m.start)));
      const forces = place && ctx.mentions.find((m) => m.start >= place.end && m.start - place.end <= 40 && m.entity.type === 'ORGANIZATION' && (FORCES_WORD.test(m.text) || m.entity.nominal));
      if (place && forces) emit(forces.entity, 'DEPLOYED_IN', place.entity, 0.75);
    }
    if (!subj) continue;
    const rest = text.slice(from, Math.min(ctx.base + ctx.text.length, from + 60));
    const selfForces = FORCES_WORD.test(subj.text) || subj.entity.nominal;
    const troops = TROOPS.exec(rest);
    if ((!troops || troops.index > 40) && !selfForces) continue;
    let places = placesAfter(ctx, troops && troops.index <= 40 ? from + troops.index : from);
    // "تنشر الأمم المتحدة في جنوب لبنان نحو عشرة آلاف جندي": the place before the troops
    if (!places.length && troops && troops.index <= 40) places = placesAfter(ctx, from, troops.index);
    for (const p of places) emit(subj.entity, 'DEPLOYED_IN', p.entity, 0.8);
    // "… جندي ضمن قوة يونيفيل" / "troops as part of UNIFIL": the force they serve in is deployed there too
    if (troops && places.length) {
      const tEnd = from + troops.index + troops[0].length;
      const force = ctx.mentions.find((m) => m.start >= tEnd && m.start - tEnd <= 30 && ['ORGANIZATION', 'ARMED_GROUP'].includes(m.entity.type) && SERVING_IN.test(between(ctx, tEnd, m.start)));
      if (force && force.entity.id !== subj.entity.id) for (const p of places) emit(force.entity, 'DEPLOYED_IN', p.entity, 0.7);
    }
  }
  // 2500 جندي أمريكي في العراق / American troops in X
  const enTroops = [...matches(ctx, TROOP_DEMONYM_EN)].map((h) => {
    // the word before the troop noun ("American troops in X")
    const w = /(\S+)\s+$/.exec(ctx.doc.parsed.text.slice(Math.max(ctx.base, h.start - 24), h.start));
    return w ? { ...h, start: h.start - w[0].length } : h;
  });
  for (const h of [...matches(ctx, TROOP_DEMONYM_AR), ...enTroops]) {
    if (ctx.mentions.some((m) => m.start <= h.start && h.start < m.end)) continue;
    const d = demonymCountries(ctx, h.start, h.end)[0];
    if (!d) continue;
    for (const p of placesAfter(ctx, d.end)) emit(d.entity, 'DEPLOYED_IN', p.entity, 0.7);
  }
  // Bahrain, home of the U.S. Fifth Fleet / قاعدة X، التي تضم قوات من التحالف
  const hosts = hasAny(ctx, HOST_STEMS);
  for (const h of hosts ? matches(ctx, HOSTS) : []) {
    const facility = ctx.mentions.findLast((m) => m.end <= h.start && h.start - m.end <= 60 && m.entity.type === 'FACILITY' && !/[;]/.test(between(ctx, m.end, h.start)));
    let host = facility ?? ctx.mentions.findLast((m) => m.end <= h.start && h.start - m.end <= 16 && PLACES.includes(m.entity.type as never));
    // "The base hosts …" / "وتستضيف القاعدة …": the base named in the previous sentences
    if (!host && BASE_ANAPHOR.test(text.slice(Math.max(ctx.base, h.start - 24), h.end + 12))) {
      const all = sentences(ctx.doc);
      for (let k = ctx.index - 1; k >= Math.max(0, ctx.index - 2) && !host; k--) host = all[k]!.mentions.findLast((m) => m.entity.type === 'FACILITY' && BASE_NAME.test(m.entity.name + ' ' + m.text));
    }
    // "ويستضيف مطار أربيل قوات من التحالف": a verb-first clause names its host right after the verb
    if (!host && /[\u0600-\u06ff]/.test(h.m[0])) host = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 3 && (m.entity.type === 'FACILITY' || PLACES.includes(m.entity.type as never)));
    if (!host) continue;
    // every force named in the hosted list: "which hosts U.S. forces and coalition troops", "تستضيف قوات أمريكية وقوات من التحالف"
    const rest = text.slice(h.end, ctx.base + ctx.text.length);
    const stop = rest.search(/[;:؛]|(?<![A-Z])\.(?:\s|$)|[,،]\s*(?!(?:and|و)\s)|\s(?:while|but|as|after|when|فيما|بينما|بعد|حيث)\s/u);
    const end = h.end + Math.min(stop < 0 ? rest.length : stop, 110);
    for (const m of ctx.mentions) {
      if (m.start < h.end || m.end > end || !['ORGANIZATION', 'ARMED_GROUP'].includes(m.entity.type)) continue;
      if (m.start - h.end > 4 && !FORCES_WORD.test(m.text + ' ' + between(ctx, Math.max(h.end, m.start - 14), m.start) + ' ' + text.slice(m.end, m.end + 12)) && !m.entity.nominal) continue;
      emit(m.entity, 'DEPLOYED_IN', host.entity, 0.75);
    }
  }
});
