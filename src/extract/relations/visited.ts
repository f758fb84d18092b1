/**
 * VISITED: a person's trip to a named place. زار، زيارة إلى، وصل إلى، visited, "is visiting",
 * "arrived in", "trip to". The visitor is the nearest person before the cue in its clause
 * (or, in Arabic VSO, right after it); the place is the first place after it.
 */
import { B, E, SUFFIX, alt, PLACES } from './lexicon.js';
import { arabicTitleSubject, between, clausePerson, coordinatedRight, isArabic, hasAny, leftArg, matches, pronounPerson, rule } from './engine.js';
import { objectsAfter } from './args.js';

const AR_VISIT = new RegExp(`${B}(?:و|ف)?(?:قد\\s+)?(?:${alt(['زار', 'زارت', 'يزور', 'تزور', 'زاروا', 'وصل', 'وصلت', 'يصل', 'تصل', 'انتقل', 'انتقلت', 'توجه', 'توجهت'])})${SUFFIX}${E}|${B}(?:ب|و|في|خلال)?(?:ال)?(?:زيارة|زيارته|زيارتها)${E}|(?<=جولة(?:\\s+\\S+){0,2}\\s+)(?:شملت|تشمل)${E}`, 'gu');
const EN_VISIT = /\b(?:visited|visits|visiting|visit\s+to|trip\s+to|arrived\s+in|arrives\s+in|landed\s+in|travelled\s+to|traveled\s+to|flew\s+to|flying\s+to|flies\s+to|stopped\s+(?:in|on)|stopping\s+(?:in|on)|took\s+(?:him|her|them)\s+to)\b/gi;

const STEMS = ['visit', 'trip to', 'arrive', 'landed in', 'travel', 'flew to', 'flying to', 'flies to', 'stopped', 'stopping', 'took him', 'took her', 'took them', 'زار', 'يزور', 'تزور', 'يزورها', 'تزورها', 'وصل', 'يصل', 'تصل', 'زياره', 'زيارت', 'انتقل', 'توجه', 'شملت', 'تشمل'];

/** "during a visit", خلال زيارة: the visit noun is part of a circumstance of the clause. */
const DURING = /(?:خلال|أثناء|اثناء|\bduring|\bon)\s+(?:a\s+|his\s+|her\s+)?$/iu;

/** "ومن دافوس، التي يزورها …، دعا X": a place with a relative visiting verb, and the clause's person. */
const AR_PLACE_VISITED = new RegExp(`^[\\s"”»]*[،,]\\s*(?:التي|الذي)\\s+(?:${alt(['يزورها', 'تزورها', 'يزوره', 'تزوره', 'وصلها', 'وصل إليها', 'وصلت إليها'])})${E}`, 'u');

export const visitedRule = rule('visited', (ctx, emit) => {
  if (!hasAny(ctx, STEMS)) return;
  const arabic = isArabic(ctx);
  if (arabic) {
    for (const place of ctx.mentions) {
      if (!PLACES.includes(place.entity.type as never) || !AR_PLACE_VISITED.test(ctx.doc.parsed.text.slice(place.end, place.end + 30))) continue;
      const visitor = ctx.mentions.find((m) => m.start > place.end && m.entity.type === 'PERSON');
      if (visitor) emit(visitor.entity, 'VISITED', place.entity, 0.7);
    }
  }
  for (const h of matches(ctx, arabic ? AR_VISIT : EN_VISIT)) {
    // "… التقى نظيره Y خلال زيارة إلى P" / "during a visit to P": the visit is the clause subject's, not the one met
    // (a cue with a glued clitic, بزيارة, has no "during" before it)
    const during = !/^\S+زيار/u.test(h.m[0]) && DURING.test(between(ctx, Math.max(ctx.base, h.start - 10), h.start));
    const clauseSubject = during ? ctx.mentions.find((m) => m.end <= h.start && m.entity.type === 'PERSON') : undefined;
    let visitor = clauseSubject ?? leftArg(ctx, h.start, ['PERSON'], { maxGap: 90, stopAt: /[;!?؟؛]/ }) ?? pronounPerson(ctx, h.start);
    // "X met Y in Abu Dhabi and then flew to Z": a second verb phrase is the sentence subject's trip, not the one met's
    if (!arabic && visitor && /\b(?:and\s+then|then|before)\s+$/i.test(between(ctx, Math.max(ctx.base, h.start - 14), h.start))) visitor = clausePerson(ctx, h.start) ?? visitor;
    let from = h.end;
    // "… التقى Y، قبل أن يصل إلى P": a second verb phrase is the trip of the sentence's first person
    // (also a verbal noun: "قبل توجهه إلى P")
    if (arabic && visitor && /(?:قبل|بعد)\s+(?:أن\s+)?$|(?:^|\s)ثم\s+$/u.test(between(ctx, Math.max(ctx.base, h.start - 12), h.start))) visitor = ctx.mentions.find((m) => m.entity.type === 'PERSON' && m.end <= h.start) ?? visitor;
    if (!visitor && arabic) {
      // "وانتقل الوزير الإيراني الجمعة إلى دمشق": a title standing for a person named before
      const ts = arabicTitleSubject(ctx, h.end);
      if (ts) {
        visitor = ts.m;
        from = ts.end;
      }
    }
    if (!visitor && arabic) {
      // "زيارة أجراها وزير الخارجية الإيراني X إلى دمشق": the doer after a relative verb
      const reach = /^\s*(?:أجراها|اجراها|يجريها|تجريها|قام\s+بها|يقوم\s+بها)\s/u.test(between(ctx, h.end, h.end + 14)) ? 60 : 30;
      const right = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= reach && m.entity.type === 'PERSON');
      if (right) {
        visitor = right;
        from = right.end;
      }
    }
    if (!visitor) continue;
    // "زيارة غير معلنة إلى بغداد": allow a few words before the place
    const places = objectsAfter(ctx, from, PLACES, arabic ? 40 : 30, undefined, true).filter((m) => m.entity.id !== visitor!.entity.id);
    let place = places[0];
    if (!place) continue;
    // "إلى العاصمة السعودية الرياض": the nationality after العاصمة names the city that follows
    const city = ctx.mentions[place.i + 1];
    if (place.entity.type === 'COUNTRY' && city && city.entity.type === 'LOCATION' && /(?:العاصمة|عاصمة)\s*$/u.test(between(ctx, Math.max(ctx.base, place.start - 10), place.start)) && /^\s*$/.test(between(ctx, place.end, city.start))) place = city;
    if (/\b(?:near|off)\b|قرب|بالقرب/iu.test(between(ctx, from, place.start))) continue;
    // "took him to Turkey, Greece, Jordan and Qatar": every place of the list
    for (const p of coordinatedRight(ctx, place, PLACES)) if (p.entity.id !== visitor.entity.id) emit(visitor.entity, 'VISITED', p.entity, 0.8);
  }
});
