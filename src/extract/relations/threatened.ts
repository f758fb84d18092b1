/**
 * THREATENED: threatener → threatened. Explicit threat verbs (هدد، توعد، threatened, vowed to
 * attack) with the object after them (an entity, or a demonym: "القواعد الأمريكية" → United States),
 * and threat formulas ("legitimate target", هدفاً مشروعاً, "will not be spared", "pay a heavy price")
 * whose threatened party is the subject of that clause and whose threatener is the speaker.
 * A warning about possible escalation is not a threat (حذر من تصعيد is not in the lexicon).
 */
import type { Entity } from '../types.js';
import { B, E, SUFFIX, alt, AGENTS } from './lexicon.js';
import { between, isArabic, coordinatedLeft, coordinatedRight, demonymCountries, hasAny, matches, rule, sentences } from './engine.js';
import { afterPreposition, locativeBefore, subjectOf } from './args.js';
import { speechIn } from '../statements/speech.js';

const OBJECTS = ['COUNTRY', 'ORGANIZATION', 'ARMED_GROUP', 'PERSON', 'FACILITY'] as const;
const AR_THREAT = new RegExp(`${B}(?:و|ف)?(?:${alt(['هدد', 'هددت', 'هددوا', 'يهدد', 'تهدد', 'يهددون', 'توعد', 'توعدت', 'توعدوا', 'يتوعد', 'تتوعد'])})${SUFFIX}${E}`, 'gu');
const EN_THREAT = /\b(?:threatened|threatens|threaten|(?:vowed|vows|vow|pledged)\s+to\s+(?:keep\s+|continue\s+)?(?:attack|attacking|target|targeting|strike|striking|hit|hitting|retaliate\s+against|punish))\b/gi;
const APPOS_AFTER = /^\s*[,،]\s*(?:an?|the|another|who|which|وهي|وهو|التي|الذي)\s[^,،;.]{0,90}[,،]/iu;
const FORMULA = new RegExp(
  `\\b(?:legitimate\\s+targets?|not\\s+be\\s+spared|pay\\s+(?:a|the)\\s+(?:heavy\\s+|high\\s+)?price|pay\\s+for\\s+(?:this|its|their|the)\\s+\\w+|will\\s+be\\s+targeted|face\\s+the\\s+consequences|face\\s+(?:a|an)\\s+(?:\\w+\\s+){0,2}?(?:response|retaliation|reprisal)s?|should\\s+be\\s+prepared|better\\s+be\\s+prepared|will\\s+be\\s+punished|will\\s+(?:soon\\s+)?regret|will\\s+(?:\\w+\\s+)?receive\\s+(?:a|an|the)\\s+(?:\\w+\\s+)?(?:response|answer|reply))\\b|${B}(?:س(?:ي|ت)(?:دفع|دفعون|تلقى|تلقون)(?:\\s+(?:حتما|حتماً|بالتأكيد|قريبا|قريباً))?\\s+(?:ال)?(?:ثمن|رد|ردا|رداً)${E})|${B}(?:${alt(['ستواجه ردا', 'ستواجه رداً', 'سيواجه ردا', 'سيواجه رداً', 'سيواجهون ردا', 'سيواجهون رداً', 'ستواجه رد', 'سيواجه رد', 'هدفا مشروعا', 'هدفاً مشروعاً', 'أهدافا مشروعة', 'أهدافاً مشروعة', 'هدف مشروع', 'لن يكون بمنأى', 'لن تكون بمنأى', 'سيدفع الثمن', 'ستدفع الثمن', 'سيدفعون الثمن', 'ثمنا باهظا', 'ثمناً باهظاً', 'سيعاقب', 'ستعاقب', 'سيندم', 'ستندم', 'سيندمون'])})`,
  'giu',
);

/** The threat's own reported clause opens right away and the mention is its subject ("هدد X بأن الحوثيين …"). */
const CLAUSE_SUBJECT = /^\s*(?:\S+\s+){0,2}?(?:بأن|أن|إن|that)\s+(?:the\s+)?["“«]?$/iu;
/** A new clause of speech ("…، وقال المتحدث X") ends the threat's object phrase. */
const NEXT_SPEECH = /[،,]\s*(?:و|ف)?(?:(?:فيما|بينما|في\s+حين)\s+)?(?:قال|قالت|أكد|أكدت|أضاف|أضافت|أعلن|أعلنت|أوضح|أوضحت)\s|[,]\s*(?:while|whereas)\s+(?:\S+\s+){0,4}?(?:said|says)\b|[,;]\s*(?:and\s+)?(?:\S+\s+){0,4}?(?:said|told|added)\b/u;
/** A warning verb whose object is the one warned. */
const WARN_CUE = /^(?:warned|warns|cautioned)$|^(?:و|ف)?(?:حذر|حذرت|حذّر|حذّرت|يحذر|تحذر|محذرا|محذراً|محذرة|محذّرا|محذّراً|محذّرة)$/iu;
const EN_WARN_WORD = /\b(?:warned|warns|cautioned)\b/gi;
const AR_WARN_WORD = new RegExp(`${B}(?:و|ف)?(?:${alt(['حذر', 'حذرت', 'يحذر', 'تحذر', 'محذرا', 'محذراً', 'محذرة'])})${E}`, 'gu');
/** Arabic: a condition or "any …", a future tense, and a war, reply or price ("أي حرب على لبنان ستقابَل بقتال"). */
const arConditionalHarm = (said: string): boolean =>
  /(?:^|[\s"“«])(?:إذا|اذا|إن|لو|في حال|أي|أية)\s/u.test(said) && /(?:^|\s)(?:س[تينأ]\S+|لن\s)/u.test(said) && /(?:رد|حرب|قتال|تقابل|يقابل|هدف|أهداف|ثمن|عواقب|عقاب|ضرب|استهداف|قواعد)/u.test(said);
/** The party named right after "if" in what was said ("warned that if Israel …, …"). */
const IF_SUBJECT = /^\s*(?:["“«]\s*)?(?:if|unless|should|إذا|اذا|لو|في حال)\s+(?:(?:ارتكب|ارتكبت|أقدم|أقدمت|قام|قامت|شن|شنت|هاجم|هاجمت)\s+)?(?:the\s+)?$/iu;
/** What was said names a consequence under a condition ("if it launched a war, … would wage it without limits"). */
const CONDITIONAL_HARM = /\b(?:if|unless|should\s+it|should\s+they)\b[^.]*\b(?:will|would|shall)\b[^.]*\b(?:respond|response|retaliat\w*|war|wage|strike|hit|attack\w*|punish\w*|price|pay|consequences|force|fire|target\w*|limits|destroy\w*)\b/i;

function speakerOf(doc: Parameters<typeof speechIn>[0], index: number, pos: number): Entity[] {
  const sp = speechIn(doc, index).filter((s) => s.cueStart <= pos || s.contentStart <= pos);
  const last = sp[sp.length - 1];
  return last ? last.speakers.flatMap((x) => (x.entity ? [x.entity] : [])) : [];
}

const STEMS = ['warn', 'caution', 'حذر', 'محذر', 'يحذر', 'تحذر', 'threat', 'vow', 'pledg', 'legitimate', 'spared', 'price', 'punished', 'regret', 'سيعاقب', 'ستعاقب', 'سيندم', 'ستندم', 'targeted', 'consequences', 'pay for', 'prepared', 'response', 'retaliation', 'reprisal', 'سيواجه', 'ستواجه', 'هدد', 'تهدد', 'يهدد', 'توعد', 'يتوعد', 'تتوعد', 'مشروع', 'بمناي', 'الثمن', 'ثمنا', 'ثمن', 'سيتلقي', 'ستتلقي', 'receive'];

export const threatenedRule = rule('threatened', (ctx, emit) => {
  if (!hasAny(ctx, STEMS)) return;
  const arabic = isArabic(ctx);
  for (const h of matches(ctx, arabic ? AR_THREAT : EN_THREAT)) {
    const prior = speechIn(ctx.doc, ctx.index).filter((s) => s.sentence === ctx.index && s.cueEnd <= h.start).pop();
    // "…، وهدد إسرائيل": a verb coordinated after a comma shares the speaker's subject
    const coordinated = arabic && /^(?:و|ف)/u.test(h.m[0]) && /[،,]\s*$/.test(between(ctx, Math.max(ctx.base, h.start - 4), h.start)) && prior;
    const cueSpeakers = speechIn(ctx.doc, ctx.index).find((s) => s.cueStart <= h.start && h.start < s.cueEnd) ?? (coordinated ? prior : undefined);
    const subj = cueSpeakers ? undefined : subjectOf(ctx, h.start, h.end, AGENTS, arabic);
    let threateners: Entity[] = cueSpeakers ? cueSpeakers.speakers.flatMap((x) => (x.entity ? [x.entity] : [])) : subj ? [subj.mention.entity] : [];
    // "X vowed to escalate … and threatened Y": the subject of the first verb phrase
    if (!threateners.length && !arabic && /\band\s+$/i.test(between(ctx, Math.max(ctx.base, h.start - 6), h.start))) {
      const head = ctx.mentions.findLast((m) => m.end <= h.start && AGENTS.includes(m.entity.type as never));
      const gap = head ? between(ctx, head.end, h.start) : '';
      if (head && gap.length <= 90 && /^\s+(?:has\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\b/.test(gap) && !/[;:]/.test(gap) && !ctx.mentions.some((m) => m.start >= head.end && m.end <= h.start)) threateners = [head.entity];
    }
    if (!threateners.length) {
      // "كتائب حزب الله، التي كان أمينها العام X قد توعد" — a person just before (قد/كان), or the clause's speaker
      const near = ctx.mentions.findLast((m) => m.end <= h.start && h.start - m.end <= 8 && AGENTS.includes(m.entity.type as never) && !afterPreposition(ctx, m));
      if (near) threateners = [near.entity];
    }
    if (!threateners.length) continue;
    let from = subj?.side === 'right' ? subj.mention.end : h.end;
    const speakerRight = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 40 && threateners.includes(m.entity) && !/[،,]/.test(between(ctx, h.end, m.start)));
    if (speakerRight) from = speakerRight.end;
    const app = APPOS_AFTER.exec(ctx.doc.parsed.text.slice(from, from + 120));
    if (app) from += app[0].length;
    // the subject of the reported clause ("هدد … بأن الحوثيين لن يترددوا …") is not the one threatened
    const objM = ctx.mentions.find((m) => m.start >= from && m.start - from <= 110 && OBJECTS.includes(m.entity.type as never) && !threateners.includes(m.entity) && !/[;:]/.test(between(ctx, from, m.start)) && !CLAUSE_SUBJECT.test(between(ctx, from, m.start)) && !NEXT_SPEECH.test(between(ctx, from, m.start)));
    const dem = demonymCountries(ctx, from, Math.min(ctx.base + ctx.text.length, from + 110)).find((d) => !threateners.includes(d.entity) && !ctx.mentions.some((m) => m.start <= d.start && d.end <= m.end));
    let objs: Entity[] = [];
    // "توعد الولايات المتحدة وبريطانيا": coordinated objects are all threatened
    if (objM && (!dem || objM.start <= dem.start)) objs = coordinatedRight(ctx, objM, OBJECTS).map((m) => m.entity);
    else if (dem) objs = [dem.entity];
    // the object of a threat to "bases/forces of X" is X (a demonym); a FACILITY/ORG mention stays itself
    for (const o of objs) for (const t of threateners) if (t.id !== o.id) emit(t, 'THREATENED', o, subj ? 0.8 : 0.65);
  }
  // "X warned Y that if it …, his fighters would …": a conditional warning addressed to Y is a threat to Y
  // (the warning may be the second verb of one statement: "X said … and warned that if Israel …")
  const text = ctx.doc.parsed.text;
  for (const sp of speechIn(ctx.doc, ctx.index)) {
    if (sp.sentence !== ctx.index) continue;
    const own = WARN_CUE.test(sp.cue) ? { start: sp.cueStart, end: sp.cueEnd } : matches(ctx, arabic ? AR_WARN_WORD : EN_WARN_WORD).find((w) => w.start >= sp.cueEnd && w.end <= Math.max(sp.contentEnd, sp.cueEnd));
    if (!own) continue;
    // what was warned: the statement's content, or what follows a warning verb inside it
    const from = own.start === sp.cueStart ? Math.max(own.end, sp.contentStart) : own.end;
    const said = text.slice(from, Math.max(sp.contentEnd, from));
    if (!(arabic ? arConditionalHarm(said) : CONDITIONAL_HARM.test(said))) continue;
    // the one warned, right after the verb; else the party the condition is about ("warned that if Israel …")
    const addressee =
      ctx.mentions.find((m) => m.start >= own.end && m.start - own.end <= 5 && OBJECTS.includes(m.entity.type as never) && /^\s*(?:the\s+)?$/i.test(between(ctx, own.end, m.start))) ??
      ctx.mentions.find((m) => m.start >= from && m.start - from <= 50 && OBJECTS.includes(m.entity.type as never) && IF_SUBJECT.test(between(ctx, from, m.start).replace(/^\s*(?:من\s+)?(?:أنه|انه|أن|ان|that)\s+/iu, '')));
    if (!addressee) continue;
    for (const t of sp.speakers) if (t.entity && t.entity.id !== addressee.entity.id) emit(t.entity, 'THREATENED', addressee.entity, 0.65);
  }
  const locatedAfterIn = (m: (typeof ctx.mentions)[number]): boolean => {
    const first = coordinatedLeft(ctx, m, ['COUNTRY', 'LOCATION'])[0] ?? m;
    return locativeBefore(ctx, first) === 'in';
  };
  for (const h of matches(ctx, FORMULA)) {
    const threateners = speakerOf(ctx.doc, ctx.index, h.start);
    if (!threateners.length) continue;
    // threatened: the nearest entity before the formula inside the reported clause (and those coordinated with it)
    const sp = speechIn(ctx.doc, ctx.index).filter((s) => s.contentStart <= h.start).pop();
    const clauseStart = sp && sp.contentStart > ctx.base ? sp.contentStart : ctx.base;
    // "he should be prepared": the pronoun is the person the speaker addressed, named just before
    if (/\b(?:he|she)\s+$/i.test(ctx.doc.parsed.text.slice(Math.max(ctx.base, h.start - 5), h.start))) {
      const all = sentences(ctx.doc);
      let person: Entity | undefined;
      for (let k = ctx.index; k >= Math.max(0, ctx.index - 2) && !person; k--)
        person = all[k]!.mentions.filter((m) => m.entity.type === 'PERSON' && !threateners.includes(m.entity) && (k < ctx.index || m.end <= h.start)).pop()?.entity;
      if (person) for (const t of threateners) emit(t, 'THREATENED', person, 0.6);
      continue;
    }
    // (a place the targets are in is not what is threatened: "facilities belonging to the PKK in Iraq and Syria")
    const before = ctx.mentions.findLast((m) => m.start >= clauseStart && m.end <= h.start && h.start - m.end <= 70 && OBJECTS.includes(m.entity.type as never) && !threateners.includes(m.entity) && !(m.entity.type === 'COUNTRY' && locatedAfterIn(m)));
    if (!before) {
      // "American and British warships would become legitimate targets": the demonyms of the clause
      for (const d of demonymCountries(ctx, Math.max(clauseStart, h.start - 70), h.start)) for (const t of threateners) if (t.id !== d.entity.id) emit(t, 'THREATENED', d.entity, 0.6);
      continue;
    }
    for (const m of coordinatedLeft(ctx, before, OBJECTS)) for (const t of threateners) emit(t, 'THREATENED', m.entity, 0.7);
  }
});
