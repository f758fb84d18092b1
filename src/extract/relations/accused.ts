/**
 * ACCUSED: accuser → accused. اتهم، حمّل … المسؤولية، accused, blamed, held … responsible; an
 * organisation saying "indications point to X" / "X is suspected"; naming X "the source of the
 * threats". The accuser is the speaker of the cue (named, anaphoric or continued), so the speech
 * analysis of ../statements resolves it ("The defense secretary also accused Tehran" → Austin).
 */
import type { ArticleDoc, Entity } from '../types.js';
import { B, E, SUFFIX, alt, AGENTS, demonymCountry } from './lexicon.js';
import { between, isArabic, coordinatedLeft, coordinatedRight, countryEntity, hasAny, matches, rule, type M } from './engine.js';
import { articleEntity, entryOf } from './gazetteerHints.js';
import { isModifier, subjectOf } from './args.js';
import { speechAnalysis, speechIn } from '../statements/speech.js';

const ACCUSED_TYPES = ['COUNTRY', 'ORGANIZATION', 'ARMED_GROUP', 'PERSON'] as const;
const AR_ACCUSE = new RegExp(`${B}(?:و|ف)?(?:${alt(['اتهم', 'اتهمت', 'اتهموا', 'يتهم', 'تتهم', 'يتهمون', 'حمل', 'حملت', 'حمّل', 'حمّلت', 'يحمل', 'تحمل', 'سنحمل', 'سنحمّل', 'نحمل', 'نحمّل', 'يحمّل', 'تحمّل', 'متهما', 'متهمة', 'محملا', 'محملة', 'تحميل', 'بتحميل'])})${SUFFIX}${E}`, 'gu');
const EN_ACCUSE = /\b(?:accused|accuses|accusing|blamed|blames|blaming|held|hold|holds|holding)\b/gi;
// (VSO puts the accuser, with its title, before the accused: "حمّلت وزارة الخارجية الإيرانية الولايات المتحدة مسؤولية")
const RESPONSIBLE = /^\s*(?:[^\s.،,;؛]+\s+){0,9}?["“«]?(?:responsible|accountable|المسؤولية|مسؤولية)/iu;
const SUSPECT = new RegExp(`\\b(?:indications\\s+(?:are|point|suggest)|points?\\s+to|footprints\\s+of|hallmarks\\s+of|fingerprints\\s+of)\\b|${B}(?:${alt(['المؤشرات تدل', 'المؤشرات تشير', 'تشير المؤشرات', 'تدل المؤشرات', 'تقف وراء', 'يقف وراء', 'بصمات'])})`, 'giu');
const SOURCE_OF = new RegExp(`\\bsources?\\s+of\\s+(?:the\\s+)?(?:most\\s+\\w+\\s+)?threats?\\b|${B}(?:مصدر|مصادر)\\s+["“«]?(?:ال)?(?:تهديد|تهديدات)`, 'giu');

function accuserOf(doc: Parameters<typeof speechIn>[0], index: number, cueStart: number): Entity[] {
  const sp = speechIn(doc, index);
  const exact = sp.find((s) => s.cueStart === cueStart || (s.cueStart <= cueStart && cueStart < s.cueEnd));
  const pick = exact ?? sp.filter((s) => s.cueStart <= cueStart || s.contentStart <= cueStart).pop();
  return pick ? pick.speakers.flatMap((x) => (x.entity ? [x.entity] : [])) : [];
}

/** A speaker attributing an attack to another party: "the ministry said the Israeli air force carried out the raids". */
const ATTRIB = new RegExp(`\\b(?:carried\\s+out|conducted|launched|(?:was|were|is|are)\\s+behind)\\b|${B}(?:و)?(?:${alt(['نفذ', 'نفذت', 'شن', 'شنت', 'يقف وراء', 'تقف وراء', 'وقف وراء', 'وقفت وراء'])})${E}`, 'giu');
const ATTACK_AFTER = /^\s*(?:\S+\s+){0,4}?(?:the\s+|these\s+|those\s+)?(?:attacks?|strikes?|air\s*strikes?|raids?|bombing|shelling)\b|^\s*(?:\S+\s+){0,3}?(?:ال)?(?:هجوم|هجمات|الهجوم|ضربات|ضربة|غارات|غارة|قصف|اعتداء|اعتداءات)/iu;
const WRITTEN_NATIONALITY = (e: Entity): string | null => {
  for (const n of [e.name, ...e.aliases]) for (const w of n.split(/\s+/)) {
    const c = demonymCountry(w.replace(/(?:'s|’s)$/, ''));
    if (c) return c;
  }
  return null;
};
/** The country an entity belongs to, as far as its name or the gazetteer tells (itself for a country). */
function nationOf(doc: ArticleDoc, e: Entity): Entity | null {
  if (e.type === 'COUNTRY') return e;
  const id = entryOf(e)?.country;
  if (id) return articleEntity(doc, id);
  const w = WRITTEN_NATIONALITY(e);
  return w ? countryEntity(doc, w) : null;
}

const STEMS = [
  'accus', 'blam', 'held', 'hold', 'indication', 'point', 'footprint', 'hallmark', 'fingerprint', 'source', 'carried out', 'conducted', 'launched', 'behind',
  'نفذ', 'شن', 'وراء',
  'اتهم', 'يتهم', 'تتهم', 'حمل', 'تحميل', 'متهم', 'محمل', 'المؤشرات', 'وراء', 'بصمات', 'مصدر', 'مصادر',
];

export const accusedRule = rule('accused', (ctx, emit) => {
  if (!hasAny(ctx, STEMS)) return;
  const arabic = isArabic(ctx);
  const text = ctx.doc.parsed.text;
  for (const h of matches(ctx, arabic ? AR_ACCUSE : EN_ACCUSE)) {
    const w = h.m[0];
    const holds = /^(?:held|hold|holds|holding)$/i.test(w) || /حمل|حمّل/u.test(w);
    if (holds && !RESPONSIBLE.test(text.slice(h.end, h.end + 60))) continue;
    const firstPerson = /^(?:و|ف)?(?:سن|ن)/u.test(w) || /\bwe\s+(?:will\s+)?$/i.test(between(ctx, Math.max(ctx.base, h.start - 12), h.start));
    const cue = speechIn(ctx.doc, ctx.index).find((s) => s.cueStart <= h.start && h.start < s.cueEnd);
    let accusers: Entity[] = firstPerson ? accuserOf(ctx.doc, ctx.index, h.start) : cue ? cue.speakers.flatMap((x) => (x.entity ? [x.entity] : [])) : [];
    let objFrom = h.end;
    // "Kataib Hezbollah, which the United States accuses of …": accused before, accuser between
    const rel = /(?:\b(?:which|whom|that)|(?:التي|الذي|الذين))\s+(?:\S+\s+){1,4}$/iu.exec(between(ctx, Math.max(ctx.base, h.start - 50), h.start));
    if (rel) {
      const relStart = h.start - rel[0].length;
      const accuser = ctx.mentions.find((m) => m.start >= relStart && m.end <= h.start && AGENTS.includes(m.entity.type as never));
      const accusedM = ctx.mentions.findLast((m) => m.end <= relStart && relStart - m.end <= 3 && ACCUSED_TYPES.includes(m.entity.type as never));
      if (accuser && accusedM) {
        emit(accuser.entity, 'ACCUSED', accusedM.entity, 0.75);
        continue;
      }
    }
    // "وحمّل متحدث باسم الخارجية الأمريكية طهران …": the body a spokesman speaks for accuses
    const spokes = arabic && !accusers.length ? /^\s*(?:ال)?(?:متحدث|ناطق|المتحدث|الناطق)\s+(?:رسمي\s+)?باسم\s+/u.exec(text.slice(h.end, h.end + 30)) : null;
    if (spokes) {
      const body = ctx.mentions.find((m) => m.start >= h.end + spokes[0].length && m.start - (h.end + spokes[0].length) <= 2 && AGENTS.includes(m.entity.type as never));
      if (body) {
        accusers = [body.entity];
        objFrom = body.end;
      }
    }
    // "وحمّل البيان إسرائيل مسؤولية …": the statement's author, the last speaker before
    const docSubj = arabic && !accusers.length ? /^\s*(?:البيان|التقرير)\s/u.exec(text.slice(h.end, h.end + 12)) : null;
    if (docSubj) {
      const prev = speechAnalysis(ctx.doc).filter((x) => x.sentence < ctx.index && x.sentence >= ctx.index - 3).pop();
      const who = prev?.speakers.flatMap((x) => (x.entity ? [x.entity] : [])) ?? [];
      if (who.length) {
        accusers = who;
        objFrom = h.end + docSubj[0].length - 1;
      }
    }
    // "سارعت حماس إلى تحميل إسرائيل المسؤولية": the verbal noun's doer is the clause subject
    if (arabic && !accusers.length && /تحميل$/u.test(w)) {
      const doer = ctx.mentions.find((m) => m.end <= h.start && AGENTS.includes(m.entity.type as never) && !/[،,]/.test(between(ctx, m.end, h.start)));
      if (doer) accusers = [doer.entity];
    }
    if (!accusers.length) {
      const subj = subjectOf(ctx, h.start, h.end, AGENTS, arabic);
      if (subj) {
        accusers = [subj.mention.entity];
        if (subj.side === 'right') objFrom = subj.mention.end;
      }
    }
    if (!accusers.length) accusers = accuserOf(ctx.doc, ctx.index, h.start);
    if (!accusers.length) continue;
    // skip the accuser's own noun phrase (VSO: اتهم منسق … في مجلس الأمن القومي جون كيربي إيران)
    const acc = ctx.mentions.filter((m) => m.start >= objFrom && accusers.includes(m.entity)).shift();
    if (acc && acc.start - objFrom < 90) objFrom = acc.end;
    const obj = ctx.mentions.find(
      (m) => m.start >= objFrom && m.start - objFrom <= 40 && ACCUSED_TYPES.includes(m.entity.type as never) && !accusers.includes(m.entity) && !/[;:،,]/.test(between(ctx, objFrom, m.start)) && !isModifier(ctx, m),
    );
    if (!obj) {
      // "متهماً إياها بـ…": the pronoun stands for the group or state named before (إياه for a man or a body)
      const pron = /^\s*(?:إياها|اياها|إياهم|اياهم|إياه|اياه)/u.exec(text.slice(h.end, h.end + 10));
      if (pron) {
        const fem = /ها$/u.test(pron[0]);
        const ante = ctx.mentions.findLast((m) => m.end <= h.start && ACCUSED_TYPES.includes(m.entity.type as never) && !accusers.includes(m.entity) && (!fem || m.entity.type !== 'PERSON'));
        if (ante) for (const a of accusers) emit(a, 'ACCUSED', ante.entity, 0.65);
      }
      continue;
    }
    for (const a of accusers) for (const o of coordinatedRight(ctx, obj, ACCUSED_TYPES)) emit(a, 'ACCUSED', o.entity, 0.8);
  }
  for (const h of matches(ctx, ATTRIB)) {
    if (!ATTACK_AFTER.test(text.slice(h.end, h.end + 50))) continue;
    const sp = speechIn(ctx.doc, ctx.index).find((x) => x.contentStart <= h.start && h.start < x.contentEnd && x.cueEnd <= h.start);
    if (!sp) continue;
    const subj = subjectOf(ctx, h.start, h.end, ['COUNTRY', 'ORGANIZATION', 'ARMED_GROUP'], arabic);
    if (!subj || subj.mention.start < sp.contentStart) continue;
    const attacker = subj.mention.entity;
    const nat = nationOf(ctx.doc, attacker);
    for (const sx of sp.speakers) {
      const a = sx.entity;
      if (!a || a.id === attacker.id) continue;
      const an = nationOf(ctx.doc, a);
      // the speaker's own side reporting its own strike is no accusation
      if ((an && nat && an.id === nat.id) || an?.id === attacker.id || nat?.id === a.id) continue;
      emit(a, 'ACCUSED', attacker, 0.6);
    }
  }
  for (const h of matches(ctx, SUSPECT)) {
    const accusers = accuserOf(ctx.doc, ctx.index, h.start);
    if (!accusers.length) continue;
    const obj: M | undefined = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 60 && m.entity.type === 'ARMED_GROUP' && !/[;]/.test(between(ctx, h.end, m.start)));
    if (obj) for (const a of accusers) emit(a, 'ACCUSED', obj.entity, 0.6);
  }
  for (const h of matches(ctx, SOURCE_OF)) {
    const accusers = accuserOf(ctx.doc, ctx.index, h.start);
    const before = ctx.mentions.findLast((m) => m.end <= h.start && h.start - m.end <= 4 && ACCUSED_TYPES.includes(m.entity.type as never));
    if (!before || !accusers.length) continue;
    for (const m of coordinatedLeft(ctx, before, ACCUSED_TYPES)) for (const a of accusers) if (a.id !== m.entity.id) emit(a, 'ACCUSED', m.entity, 0.6);
  }
});
