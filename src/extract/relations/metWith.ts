/**
 * MET_WITH (undirected): in-person meetings only. التقى، اجتمع مع/بـ، لقاء، met, meets, met with,
 * held talks with. A phone or video call is not a meeting.
 */
import { B, E, SUFFIX, alt } from './lexicon.js';
import { antecedentPerson, arabicSentenceSubject, arabicTitleSubject, between, clausePerson, isArabic, coordinatedRight, hasAny, leftArg, matches, pronounPerson, rule, SECOND_VP, type M, type SentCtx } from './engine.js';
import { entryById, entryOf } from './gazetteerHints.js';
import type { Entity } from '../types.js';

const PARTIES = ['PERSON', 'ORGANIZATION', 'COUNTRY'] as const;
const AR_MEET = new RegExp(`${B}(?:و|ف)?(?:قد\\s+)?(?:${alt(['التقى', 'التقت', 'يلتقي', 'تلتقي', 'التقوا', 'اجتمع', 'اجتمعت', 'يجتمع', 'تجتمع', 'استقبل', 'استقبلت', 'يستقبل', 'مباحثات مع', 'محادثات مع', 'المباحثات مع', 'المحادثات مع', 'اجتماعا مع', 'اجتماعاً مع', 'لقاء مع', 'لقاءً مع'])})${SUFFIX}(?:\\s+(?:مع|ب))?${E}`, 'gu');
const EN_MEET = /\b(?:met(?:\s+with)?|meets(?:\s+with)?|meeting\s+with|held\s+talks\s+with|talks\s+with|hosted|received|sat\s+down\s+with|sits\s+down\s+with|to\s+see)\b/gi;
/** Cues that are no finite verb ("for talks with", "to see"): their subject is the clause's person. */
const NOMINAL_CUE = /^(?:talks\s+with|meeting\s+with|to\s+see)$/i;
/** A name inside a place phrase ("in northwestern Saudi Arabia", "to Manama") is where, not who. */
const IN_PLACE_PHRASE = /\b(?:in|to|at|into|from|near|across|toward|towards)\s+(?:the\s+)?(?:(?:north|south|east|west|central|occupied)[a-z]*\s+)?$/i;
/** "X and Foreign Minister Y", "ونظيره Y": a second person met, introduced by a title. */
const TITLED_COORD = /^\s*(?:[,،]\s*)?(?:(?:and|then)\s+|و\s*|ثم\s+)(?:(?:his|her|its|their|the)\s+)?(?:[^\s,،;؛.]+\s+){1,6}$/u;
/** What follows a title subject in VSO order when the one met is introduced by a title of their own. */
const AR_TITLED_OBJECT = /^\s*(?:\S+\s+)?(?:رئيس|وزير|نظير|الرئيس|أمين|الأمين|قائد|زعيم|الشيخ|الملك|الأمير|سفير|مبعوث|ممثل|المبعوث|السفير)/u;
const TITLE_WORD = /\b(?:minister|president|premier|secretary|emir|king|prince|speaker|chief|commander|envoy|adviser|advisor|ambassador)\b|وزير|رئيس|نظير|قائد|أمير|مستشار|سفير/iu;
const REMOTE = /هاتف|اتصال|مكالمة|فيديو|عن بعد|\bphone\b|\bcall\b|\bvideo\b|\bvirtual|\bremotely\b/iu;

const STEMS = ['sat down with', 'sits down with', 'مباحثات مع', 'محادثات مع', 'اجتماعا مع', 'لقاء مع', 'met', 'meet', 'talks with', 'hosted', 'received', 'to see', 'التقي', 'يلتقي', 'تلتقي', 'التقوا', 'اجتمع', 'يجتمع', 'تجتمع', 'استقبل', 'يستقبل'];

/** Cues of hosting: the one received is the visitor. */
const HOST_CUE = /^(?:received|hosted|(?:و|ف)?(?:قد\s+)?(?:استقبل|استقبلت|يستقبل|تستقبل))/u;
const nextPerson = (ctx: SentCtx, m: M): M | undefined => ctx.mentions.find((n) => n.i > m.i && n.entity.type === 'PERSON');

/** The state a known person serves (directly or through the body they serve), or null. */
function stateOf(e: Entity): string | null {
  const aff = entryOf(e)?.affiliation;
  if (!aff) return null;
  return aff.startsWith('country:') ? aff : (entryById(aff)?.country ?? null);
}

/**
 * Where a meeting takes place, when the sentence says it: "In Amman on Sunday, X met …" (fronted) or
 * "… in Istanbul, where he held talks with …". Only a capital abroad counts: a known person meeting in
 * another state's capital is visiting it (at home it is no visit).
 */
function meetingPlace(ctx: SentCtx, cueStart: number, person: Entity): M | undefined {
  const home = stateOf(person);
  if (!home) return undefined;
  const text = ctx.doc.parsed.text;
  const place = ctx.mentions.find((m) => m.end <= cueStart && m.entity.type === 'LOCATION' && (
    (/^\s*(?:in|(?:و)?في)\s+$/iu.test(text.slice(ctx.base, m.start)) && /^[\s\p{L}]*[,،]/u.test(text.slice(m.end, m.end + 25))) ||
    /^\s*[,،]\s*(?:where\s+(?:he|she|they)|حيث)\s+$/iu.test(between(ctx, m.end, cueStart))));
  const state = place ? entryOf(place.entity)?.capitalOf : null;
  return place && state && state !== home ? place : undefined;
}

export const metWithRule = rule('met-with', (ctx, emit) => {
  if (!hasAny(ctx, STEMS)) return;
  const arabic = isArabic(ctx);
  const text = ctx.doc.parsed.text;
  for (const h of matches(ctx, arabic ? AR_MEET : EN_MEET)) {
    const window = between(ctx, Math.max(ctx.base, h.start - 40), Math.min(ctx.base + ctx.text.length, h.end + 40));
    if (REMOTE.test(window)) continue;
    let a = leftArg(ctx, h.start, PARTIES, { maxGap: 90, stopAt: /[;!?؟؛]/, exclude: (m) => !arabic && IN_PLACE_PHRASE.test(text.slice(Math.max(ctx.base, m.start - 30), m.start)) }) ?? pronounPerson(ctx, h.start);
    // "Haniyeh, who has divided his time between Qatar and Turkey, has also met X": past a relative clause, the opening person
    if (!arabic && a && a.entity.type !== 'PERSON') {
      const opener = ctx.mentions.find((m) => m.entity.type === 'PERSON' && m.end <= a!.start && between(ctx, ctx.base, m.start).trim().split(/\s+/).filter(Boolean).length <= 2);
      if (opener && /^\s*,\s*(?:who|which)\b/i.test(between(ctx, opener.end, a.start))) a = opener;
    }
    // "… before flying to Manama for talks with X": a nominal cue belongs to the clause's person
    // ("… met X, and then stopped on Crete to see Y": after a second verb phrase, the sentence's subject)
    if (!arabic && NOMINAL_CUE.test(h.m[0]) && (a?.entity.type !== 'PERSON' || SECOND_VP.test(between(ctx, a.end, h.start)))) a = clausePerson(ctx, h.start) ?? a;
    let from = h.end;
    // "قبل أن يستقبله الرئيس X": X receives the person the pronoun stands for (the sentence's first person)
    if (arabic && /^(?:و|ف)?(?:قد\s+)?(?:استقبل|يستقبل|استقبلت|تستقبل|التقا|التقى|يلتقي|تلتقي)(?:ه|ها|هم|هما)$/u.test(h.m[0].trim())) {
      const host = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 30 && m.entity.type === 'PERSON' && !/[،,]/.test(between(ctx, h.end, m.start)));
      const guest = ctx.mentions.find((m) => m.entity.type === 'PERSON' && m.end <= h.start && m.entity.id !== host?.entity.id);
      if (host && guest) emit(host.entity, 'MET_WITH', guest.entity, 0.7);
      continue;
    }
    // "والتقى خلالها نظيره X": during the visit just named, so its visitor is the subject
    const during = arabic ? /^\s*(?:خلالها|خلاله|خلالهما|فيها|هناك)\s/u.exec(between(ctx, h.end, h.end + 10)) : null;
    if (during) {
      const visitor = ctx.mentions.find((m) => m.entity.type === 'PERSON' && m.end <= h.start);
      if (visitor) {
        a = visitor;
        from = h.end + during[0].length;
      }
    } else if (arabic && /[،,]\s*حيث\s*$/u.test(between(ctx, Math.max(ctx.base, h.start - 10), h.start))) {
      // "وانتقل الوزير الجمعة إلى دمشق، حيث التقى نظيره X": the one who went there meets
      a = arabicSentenceSubject(ctx, h.start) ?? a;
    } else if (arabic) {
      // (VSO with a long title before the name: "التقى وزير الدولة القطري للشؤون الخارجية X")
      const reach = /^\s*(?:وزير|رئيس|نائب|مبعوث|سفير|مستشار|قائد|أمين)\s/u.test(between(ctx, h.end, h.end + 12)) ? 70 : 25;
      const right = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= reach && PARTIES.includes(m.entity.type as never) && (reach === 25 || m.entity.type === 'PERSON') && !/[،,]/.test(between(ctx, h.end, m.start)));
      const adjacentLeft = a && /^\s*(?:قد|كان|كانت)?\s*$/u.test(between(ctx, a.end, h.start));
      if (!a && /^\s*(?:و|ف)?(?:كما|ثم)\s*$/u.test(between(ctx, ctx.base, h.start))) {
        // "كما التقى X": the subject of the sentence before; what follows is the one met
        a = antecedentPerson(ctx);
      } else if (right && !adjacentLeft && /^\s*(?:\S+\s*){0,3}$/u.test(between(ctx, h.end, right.start)) && right.entity.type === 'PERSON' && a?.entity.type !== 'PERSON') {
        a = right;
        from = right.end;
      } else if (!adjacentLeft && a?.entity.type !== 'PERSON') {
        // "التقى الوزير الإيراني رئيس الحكومة X": a title standing for a person named before is the subject
        // when the one met follows with a title of their own
        const ts = arabicTitleSubject(ctx, h.end);
        if (ts && AR_TITLED_OBJECT.test(between(ctx, ts.end, ts.end + 40))) {
          a = ts.m;
          from = ts.end;
        }
      }
    }
    if (!a) continue;
    const cands = ctx.mentions.filter(
      (m) =>
        m.start >= from &&
        // (a person may stand after a long title: "رئيس الوزراء وزير الخارجية القطري الشيخ X")
        m.start - from <= (m.entity.type === 'COUNTRY' ? 2 : m.entity.type === 'PERSON' ? 70 : 40) &&
        PARTIES.includes(m.entity.type as never) &&
        m.entity.id !== a!.entity.id &&
        !/[;,،]|\b(?:as|while|after|before|on|against|amid)\b|(?:بعد|قبل|وسط|على|ضد)\s/iu.test(between(ctx, from, m.start)) &&
        // "U.S. envoy X": a country used as a modifier is not the one met
        !(m.entity.type === 'COUNTRY' && /^\s+[a-z]/.test(ctx.doc.parsed.text.slice(m.end, m.end + 3))),
    );
    const b = /^to\s+see$/i.test(h.m[0]) ? cands.find((m) => m.entity.type === 'PERSON') : (cands.find((m) => m.entity.type === 'PERSON') ?? cands[0]);
    if (!b) continue;
    const met = coordinatedRight(ctx, b, PARTIES);
    // "… Erdogan and Foreign Minister Hakan Fidan": a titled second person met
    // (the title may hold other names: "ثم رئيس المكتب السياسي لحركة حماس X")
    for (let n = nextPerson(ctx, met[met.length - 1]!); n; n = nextPerson(ctx, n)) {
      const gap = between(ctx, met[met.length - 1]!.end, n.start);
      if (!TITLED_COORD.test(gap) || !TITLE_WORD.test(gap)) break;
      met.push(n);
    }
    if (a.entity.type === 'PERSON') {
      const where = meetingPlace(ctx, h.start, a.entity);
      if (where) emit(a.entity, 'VISITED', where.entity, 0.6);
    }
    for (const o of met) if (o.entity.id !== a.entity.id) emit(a.entity, 'MET_WITH', o.entity, 0.75);
    // "met X in Ramallah": a person's meeting place is a visit — the guest's when a host receives someone
    // ("Khamenei received Haniyeh in the Iranian capital, Tehran"), and never a visit to one's own capital
    const last = met[met.length - 1]!;
    const hosting = HOST_CUE.test(h.m[0]);
    const visitor = hosting ? (b.entity.type === 'PERSON' ? b : undefined) : a.entity.type === 'PERSON' ? a : undefined;
    let place = ctx.mentions[last.i + 1];
    if (place && place.entity.type === 'COUNTRY' && /^\s*(?:in|في)\s+(?:the\s+)?$/iu.test(between(ctx, last.end, place.start))) {
      // "in the Iranian capital, Tehran" (the country read from the adjective stands before the city)
      const city = ctx.mentions[place.i + 1];
      if (city && city.entity.type === 'LOCATION' && /^\s*capital,?\s*$/i.test(between(ctx, place.end, city.start))) place = city;
    }
    const inPlace = place && place.entity.type === 'LOCATION' && (/^\s*(?:in|في|ب)\s*$/iu.test(between(ctx, last.end, place.start)) || /^\s*in\s+the\s+[\w-]+\s+capital,?\s*$/i.test(between(ctx, last.end, place.start)));
    const home = visitor ? stateOf(visitor.entity) : null;
    if (visitor && place && inPlace && !(home && entryOf(place.entity)?.capitalOf === home)) emit(visitor.entity, 'VISITED', place.entity, 0.55);
  }
});
