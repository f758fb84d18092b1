/**
 * ATTACKED: attacker → attacked group, facility or named place.
 *  - active verbs (هاجم، استهدف، قصف، شن هجوما على، attacked, struck, targeted, seized);
 *  - passive (was attacked by X, تعرضت … لهجوم من قبل X); an unattributed passive leaves a
 *    "pending" target that a later claim or "carried out by X" in the next sentences resolves;
 *  - attack nouns with their attacker (attacks by X on Y, هجمات X على Y, الضربات الأمريكية على Y,
 *    "strikes on facilities used by X");
 *  - claims of responsibility (تبنت X، claimed by X, X claimed) and "carried out by X".
 * "Near P" is never a target; a country is not a target because the strike was inside it.
 */
import type { Entity } from '../types.js';
import { B, E, CLITICS, SUFFIX, alt, wordRe } from './lexicon.js';
import { ACTORS, NON_STATE_ORG, isWater } from './lexicon.js';
import { between, isArabic, coordinatedLeft, coordinatedRight, demonymCountries, hasAny, matches, rule, sentences, type Emit, type M, type SentCtx } from './engine.js';
import { attackTargets, forcesTargets, RELATIVE_SUBJECT, subjectOf, subjectGap } from './args.js';
import { speechIn } from '../statements/speech.js';

const TARGETS = ['ARMED_GROUP', 'ORGANIZATION', 'FACILITY', 'LOCATION', 'COUNTRY', 'PERSON'] as const;
const NOMINAL_TARGETS = ['ARMED_GROUP', 'ORGANIZATION', 'FACILITY', 'LOCATION', 'COUNTRY'] as const;

const AR_VERBS = [
  'هاجم', 'هاجمت', 'هاجموا', 'يهاجم', 'تهاجم', 'يهاجمون', 'استهدف', 'استهدفت', 'استهدفوا', 'يستهدف', 'تستهدف', 'يستهدفون',
  'قصف', 'قصفت', 'قصفوا', 'يقصف', 'تقصف', 'ضرب', 'ضربت', 'يضرب', 'تضرب', 'طالت', 'طال', 'أغار', 'أغارت', 'استولى', 'استولت', 'احتجز', 'احتجزت', 'اختطف', 'اختطفت',
];
const AR_LAUNCH = ['شن', 'شنت', 'شنوا', 'يشن', 'تشن', 'نفذ', 'نفذت', 'نفذوا', 'ينفذ', 'تنفذ', 'أطلق', 'أطلقت', 'أطلقوا', 'كثف', 'كثفت', 'يكثف', 'تكثف', 'صعد', 'صعدت', 'تصعد', 'يصعد', 'واصل', 'واصلت', 'تواصل', 'يواصل'];
const AR_ATTACK_NOUNS = [
  'هجوم', 'هجوما', 'هجوماً', 'هجومين', 'هجمات', 'هجماتها', 'هجماته', 'ضرباتها', 'ضرباته', 'غاراتها', 'غاراته', 'الهجوم', 'الهجمات', 'ضربة', 'ضربات', 'الضربة', 'الضربات', 'غارة', 'غارات',
  'الغارة', 'الغارات', 'قصف', 'القصف', 'استهداف', 'صواريخ', 'صاروخ', 'مسيرات', 'مسيرة', 'اعتداء', 'اعتداءات', 'عمليات', 'عملية',
];
const EN_VERBS = ['attacked', 'attack', 'attacks', 'struck', 'strike', 'strikes', 'hit', 'hits', 'targeted', 'targets', 'target', 'bombed', 'shelled', 'raided', 'seized', 'hijacked', 'stormed', 'ambushed', 'boarded', 'commandeered'];
const EN_ATTACK_NOUNS = ['attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'air strikes', 'raid', 'raids', 'assault', 'bombardment', 'shelling', 'rocket fire', 'drone attack', 'drone attacks'];

const AR_VERB_RE = wordRe(AR_VERBS, '(?:و|ف)?(?:قد\\s+)?', SUFFIX);
const AR_LAUNCH_WORD = new RegExp(`^(?:و|ف)?(?:${alt(AR_LAUNCH)})`, 'u');
const AR_LAUNCH_RE = new RegExp(`${B}(?:و|ف)?(?:${alt(AR_LAUNCH)})${SUFFIX}(?=\\s+(?:\\S+\\s+){0,9}?(?:${alt(AR_ATTACK_NOUNS)})${E})`, 'gu');
const EN_LAUNCH_RE = /\b(?:carried\s+out|carry\s+out|carries\s+out|launched|launch|launches|conducted|conduct|stepped\s+up|step\s+up|steps\s+up|staged|mounted|intensified|fired|fires|fire|(?:answered|responded|retaliated|hit\s+back)\s+with)(?=\s+(?:[\w-]+\s+){0,5}?(?:attacks?|strikes?|airstrikes?|raids?|assaults?|drones?|rockets?|missiles?|salvos?|barrages?|shots|rounds|shells|torpedoes)\s+(?:\w+\s+){0,2}?(?:on|against|targeting|at|toward|towards)\b)/gi;
/** "the strikes hit X": a definite attack noun as subject refers to the last attacker. */
const ANAPHORIC_SUBJECT = new RegExp(`(?:\\b(?:the|these|those|its|their)\\s+(?:[\\w-]+\\s+)?(?:strikes|attacks|raids|airstrikes|strike|attack|jets|warplanes)\\s+(?:\\w+\\s+)?$)|(?:${B}(?:و)?(?:الضربات|الغارات|الهجمات|الضربة|الغارة|الطائرات|المقاتلات)\\s+(?:\\S+\\s+)?$)`, 'iu');
/** A definite attack noun right after the verb (VSO): "طالت الضربات", "استهدفت الغارات الإسرائيلية". */
const STRIKES_AFTER_VERB = /^\s*(?:ال)?(?:ضربات|غارات|هجمات|ضربة|غارة|قصف|صواريخ|طائرات|مقاتلات|قاذفات)(?![\p{L}])/u;
const EN_VERB_RE = new RegExp(`\\b(?:${EN_VERBS.join('|')})\\b`, 'gi');
const EN_PASSIVE_RE = /\b(?:was|were|been|being|is|are|came)\s+(?:\w+\s+)?(?:attacked|struck|hit|targeted|bombed|shelled|seized|hijacked|boarded|under\s+attack|under\s+fire)\b|(?<=,\s*)(?:attacked|struck|hit|targeted|bombed|damaged|seized)(?=\s+by\s)/gi;
// vocalized passives (استُهدف، دُمّر، قُصفت) are matched unvocalized and kept only when the original carries the damma
const AR_PASSIVE_RE = new RegExp(`${B}(?:و|ف)?(?:${alt(['تعرض', 'تعرضت', 'تتعرض', 'يتعرض', 'تعرضوا', 'أصيبت', 'تم استهداف', 'استهدف', 'استهدفت', 'استهدفا', 'استهدفوا', 'دمر', 'دمرت', 'قصف', 'قصفت', 'ضرب', 'ضربت'])})${E}`, 'gu');
const AR_NEEDS_DAMMA = /^(?:و|ف)?(?:استهدف|دمر|قصف|ضرب)/u;
/** "بصواريخ أمريكية" / "بطائرة مسيّرة بريطانية" / "by Houthi missiles": the weapon's nationality or owner names the attacker. */
const AR_WEAPON = new RegExp(`${B}(?:ب|و)?(?:${alt(['صواريخ', 'صاروخ', 'طائرة', 'طائرات', 'مسيرة', 'مسيرات', 'غارة', 'غارات', 'ضربة', 'ضربات', 'قذائف', 'قذيفة', 'مقاتلات', 'مقاتلة', 'قصف', 'هجوم', 'الغارة', 'الضربة'])})(?:\\s+(?:${alt(['مسيرة', 'مسيّرة', 'جوية', 'صاروخية', 'بدون طيار', 'حربية', 'من طراز'])}))?\\s+$`, 'u');
const EN_WEAPON_AFTER = /^\s*(?:an?\s+|the\s+)?$/i;
const WEAPON_NOUN_EN = /^(?:[\s-]*(?:made|built|supplied|designed))/i;
const AR_NOUN_RE = new RegExp(`${B}(?:(?:و|ف)?لل|${CLITICS}(?:ال)?)(?:${alt(AR_ATTACK_NOUNS)})${E}`, 'gu');
const EN_NOUN_RE = new RegExp(`\\b(?:${EN_ATTACK_NOUNS.join('|')})\\b`, 'gi');
const NOUN_THEN_VERB_AR = new RegExp(`^\\s*(?:[^\\s،,.]+\\s+){0,5}?(?:${alt(['استهدف', 'استهدفت', 'طال', 'طالت', 'أصاب', 'أصابت', 'ضرب', 'ضربت', 'دمر', 'دمرت', 'تطال', 'يطال', 'تستهدف', 'يستهدف', 'تضرب', 'تصيب', 'تدمر'])})\\s+`, 'u');
const NOUN_THEN_VERB_EN = /^\s*(?:[^\s,.]+\s+){0,4}?(?:that|which)\s+(?:targeted|hit|struck|destroyed|damaged)\s+(?:the\s+)?/i;
const ON = new RegExp(`^\\s*(?:\\S+\\s+){0,6}?(?:${B}(?:on|against|at|targeting|على|ضد|عل)${E}|${B}(?:ب|و)?(?:على|ضد)${E})`, 'iu');
const BY_EN = /^\s*(?:(?:\w+[- ]){0,3})?by\s+/i;
/**
 * The doer after an attack noun: "من قبل X", "على يد X", or a relative verb with the noun as its
 * object ("الهجوم الصاروخي الذي شنّته X", "هجوم بطائرة مسيّرة تبنّاه X"), vocalized or not.
 */
const BY_AR = new RegExp(`^\\s*(?:\\S+\\s+){0,3}?(?:${alt(['من قبل', 'على يد', 'شنتها', 'شنته', 'شنها', 'شنه', 'نفذتها', 'نفذته', 'نفذها', 'نفذه', 'أطلقتها', 'أطلقته', 'أطلقها', 'أطلقه', 'تشنها', 'تنفذها', 'يشنها', 'ينفذها', 'تبنته', 'تبنتها', 'تبناه', 'تبناها', 'تبنوه', 'تبنوها'])})\\s+`, 'u');
const REL_DOER_AR = new RegExp(`^\\s*(?:\\S+\\s+){0,2}?(?:التي|الذي)\\s+(?:(?:قال|قالت|قالوا|أكد|أكدت|تقول|يقول|ذكرت|ذكر)\\s+(?:إن|ان|أن)\\s+)?[^،,.]{2,60}?(\\s+(?:${alt(['شنها', 'شنتها', 'نفذها', 'نفذتها', 'أطلقها', 'أطلقتها', 'شنه', 'شنته', 'نفذه', 'نفذته'])}))(?=\\s)`, 'u');
const CLAIM_RE = new RegExp(
  `(?:${B}(?:و|ف)?(?:تبنت|تبنى|تبنّت|تبنّى|يتبنى|تتبنى|أعلنت مسؤوليتها|أعلن مسؤوليته|أعلنت|أعلن|إعلان)${E})|\\b(?:claimed|claims|claim)\\b|\\b(?:carried out|launched|conducted)\\s+by\\b|${B}(?:نفذتها|نفذها|جاءت من|جاءت من قبل|تقف وراء|يقف وراء)${E}|\\bbehind\\s+the\\s+(?:attack|attacks|strike|strikes)\\b|\\bcame\\s+from\\b`,
  'giu',
);
const USED_BY = new RegExp(
  `(?:\\b(?:used|operated|run|manned|controlled)\\s+by\\b)|\\b(?:linked|tied|connected|belonging|affiliated)\\s+to\\b|\\bassociated\\s+with\\b|(?:${B}(?:تستخدمها|تستخدمهما|يستخدمها|تستخدمه|يستخدمه|تابعة ل|التابعة ل|تابعة لـ)${E}|تستخدمهما|تستخدمها)|${B}(?:ال)?(?:مرتبطة|مرتبط|مرتبطين)\\s+(?=ب)`,
  'giu',
);

const PRONOUN_SUBJECT = new RegExp(
  `(?:${B}(?:أنها|أنه|أنهم|إنها|إنه|إنهم|بأنها|بأنه)\\s+(?:قد\\s+)?$)|(?:${B}(?:أن|إن|بأن)\\s+(?:\\S+(?:ه|ها|هم))\\s+(?:قد\\s+)?$)|\\b(?:that\\s+)?(?:it|they|(?:its|their)(?:\\s+[\\w-]+){1,2})\\s+(?:then\\s+|also\\s+|later\\s+)?(?:had\\s+|has\\s+|have\\s+)?$`,
  'iu',
);

interface AttackState {
  pending: { sentence: number; targets: Entity[] } | null;
  /** Every unattributed target so far ("these attacks" / "معظم هذه الهجمات" claims them all). */
  all?: Set<Entity>;
  lastAttacker: { sentence: number; attacker: Entity } | null;
  lastAttackers?: { sentence: number; attackers: Entity[] } | null;
  /** An attack whose doer was named but whose target was no entity ("said it had seized a cargo ship"). */
  untargeted?: { sentence: number; attackers: Entity[] } | null;
}

const WHOSE_SUBJECT = /,\s*whose\s+(?:[\w-]+\s+){1,4}?(?:have\s+|has\s+|had\s+)?(?:also\s+|repeatedly\s+)?$/i;
const POSSESSIVE_SUBJECT = /\b(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:jets|warplanes|aircraft|planes|drones|forces|troops|navy|ships|warships|artillery|fighters|missiles|rockets)\s+(?:then\s+|also\s+|later\s+)?(?:had\s+|has\s+|have\s+)?$/i;
/** Actor speakers of the last speech cue before `pos` in this sentence (`ownCue`) or reaching into it. */
function speakerActorsBefore(ctx: SentCtx, pos: number, ownCue: boolean): Entity[] {
  const sp = speechIn(ctx.doc, ctx.index).filter((s) => (!ownCue || s.sentence === ctx.index) && s.cueEnd <= pos).pop();
  return sp?.speakers.flatMap((x) => (x.entity && ACTORS.includes(x.entity.type as never) ? [x.entity] : [])) ?? [];
}

const stateOf = (s: Map<string, unknown>): AttackState => {
  let st = s.get('attack') as AttackState | undefined;
  if (!st) s.set('attack', (st = { pending: null, lastAttacker: null }));
  return st;
};

/** Targets "used by X": the groups using the struck sites are targets too. */
function usedBy(ctx: SentCtx, from: number): M[] {
  const out: M[] = [];
  for (const u of matches(ctx, USED_BY)) {
    if (u.start < from || u.start - from > 160) continue;
    const arabic = /[\u0600-\u06ff]/.test(u.m[0]);
    let first = ctx.mentions.find((m) => m.start >= u.end && (m.start - u.end < (arabic ? 4 : 8) || (!arabic && /^\s*(?:the\s+)?[\w-]+-(?:led|backed|run|controlled|allied)\s+$/i.test(between(ctx, u.end, m.start)))));
    if (first && first.entity.type === 'COUNTRY' && /^(?:'s|’s)\s*$/.test(between(ctx, first.end, ctx.mentions[first.i + 1]?.start ?? first.end))) first = ctx.mentions[first.i + 1];
    // "sites linked to Iran and Hezbollah": the country is no target, the group coordinated with it is
    if (first && first.entity.type === 'COUNTRY') first = coordinatedRight(ctx, first, ['COUNTRY', 'ARMED_GROUP', 'ORGANIZATION']).find((m) => m.entity.type !== 'COUNTRY') ?? first;
    // the operator of a ship ("operated by Japan's NYK Line") is a company, not a target
    if (first && ['ARMED_GROUP', 'ORGANIZATION'].includes(first.entity.type)) {
      const users = coordinatedRight(ctx, first, ['ARMED_GROUP', 'ORGANIZATION']).filter((m) => ![m.entity.name, ...m.entity.aliases].some((a) => NON_STATE_ORG.test(a)));
      out.push(...users);
      // "facilities used by the SDF in Qamishli, Amuda and Derik": the towns where the used sites are
      const last = users[users.length - 1];
      // (past a short form in brackets: "the Syrian Democratic Forces (SDF) in …")
      const place = last ? ctx.mentions.slice(last.i + 1).find((m) => m.entity.id !== last.entity.id) : undefined;
      if (place && place.entity.type === 'LOCATION' && /^\s*(?:\([^)]{1,12}\)\s*)?(?:in|في|ب)\s*(?:the\s+)?$/iu.test(between(ctx, last!.end, place.start))) out.push(...coordinatedRight(ctx, place, ['LOCATION']));
    }
    const before = arabic ? ctx.mentions.findLast((m) => m.end <= u.start && u.start - m.end < 25 && ['ARMED_GROUP'].includes(m.entity.type)) : undefined;
    if (before) out.push(before);
  }
  return out;
}

/** An attack word inside a description of someone ("a leader responsible for planning attacks on X", "المسؤول عن التخطيط لهجمات"): not this sentence's attack. */
// (مسؤول "responsible", never مسؤوليتها "its responsibility" of a claim)
const NESTED_CUE = /\b(?:responsible|planning|planned|plotting|directing|directed|orchestrat\w+|behind)\b|(?:مسؤول(?!ي)|التخطيط|تخطيط)/iu;
const nestedAttack = (ctx: SentCtx, pos: number): boolean => NESTED_CUE.test(ctx.doc.parsed.text.slice(Math.max(ctx.base, pos - 40), pos));

/** Cheap literal prefilters (folded, lowercase) run before each part's patterns. */
const ACTIVE_STEMS = ['attack', 'struck', 'strike', 'hit', 'target', 'bomb', 'shell', 'raid', 'seiz', 'hijack', 'storm', 'ambush', 'board', 'commandeer', 'answered with', 'responded with', 'retaliated with', 'hit back', 'carr', 'launch', 'conduct', 'step', 'stag', 'mount', 'intensif', 'fire',
  'هاجم', 'يهاجم', 'تهاجم', 'استهدف', 'يستهدف', 'تستهدف', 'قصف', 'يقصف', 'تقصف', 'ضرب', 'يضرب', 'تضرب', 'طال', 'اغار', 'استولي', 'استولت', 'احتجز', 'اختطف', 'شن', 'يشن', 'تشن', 'نفذ', 'ينفذ', 'تنفذ', 'اطلق', 'كثف', 'يكثف', 'تكثف', 'صعد', 'يصعد', 'تصعد', 'واصل', 'يواصل', 'تواصل'];
const PASSIVE_STEMS = ['attacked', 'struck', 'hit', 'target', 'bombed', 'shelled', 'seized', 'hijacked', 'boarded', 'under attack', 'under fire', 'تعرض', 'يتعرض', 'تتعرض', 'اصيبت', 'استهداف', 'استهدف', 'دمر', 'قصف', 'ضرب'];
const NOUN_STEMS = ['attack', 'strike', 'raid', 'assault', 'bombard', 'shelling', 'rocket fire', 'هجوم', 'هجم', 'ضرب', 'غار', 'قصف', 'استهداف', 'صاروخ', 'صواريخ', 'مسير', 'اعتداء', 'عملي'];

/** A nationality describing a side or a territory ("الجانب السوري", "الأراضي الأمريكية", "Syrian territory") names a place, not an actor. */
const territoryAdjective = (ctx: SentCtx, d: { start: number }): boolean =>
  /(?:الجانب|الأراضي|الحدود|المناطق|الجهة|الطرف|الشطر|المياه|الأجواء|\bsoil|\bterritory|\bside|\bwaters|\bairspace)\s+$/iu.test(between(ctx, Math.max(ctx.base, d.start - 12), d.start));

const active = (ctx: SentCtx, emit: Emit, s: Map<string, unknown>): void => {
  if (!hasAny(ctx, ACTIVE_STEMS)) return;
  const st = stateOf(s);
  const arabic = isArabic(ctx);
  // in text order: a later verb may continue the attacker of an earlier one
  const hits = (arabic ? [...matches(ctx, AR_VERB_RE), ...matches(ctx, AR_LAUNCH_RE)] : [...matches(ctx, EN_VERB_RE), ...matches(ctx, EN_LAUNCH_RE)]).sort((a, b) => a.start - b.start);
  for (const h of hits) {
    // English: a verb right after an article/determiner is a noun ("the attack"), handled by the nominal rule.
    if (!arabic && /\b(?:the|a|an|these|those|its|their|of|two|three|several|more|u\.s\.|air|drone|in|under|after|amid|by|with|for|from|during|new|further|retaliatory)\s+$/i.test(between(ctx, Math.max(ctx.base, h.start - 40), h.start))) continue;
    if (!arabic && /\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$/i.test(between(ctx, Math.max(ctx.base, h.start - 40), h.start))) continue;
    if (arabic && /ُ/.test(h.m[0])) continue; // vocalized passive استُهدفت
    if (nestedAttack(ctx, h.start)) continue;
    const subj = subjectOf(ctx, h.start, h.end, ACTORS, arabic);
    let attackers: Entity[] = [];
    let conf = 0.85;
    // "X said that its jets struck Y": a possessive subject belongs to the speaker of the clause around it
    const possessor = subj || arabic || !POSSESSIVE_SUBJECT.test(between(ctx, Math.max(ctx.base, h.start - 40), h.start)) ? [] : speakerActorsBefore(ctx, h.start, true);
    // "the United States and Britain, whose aircraft and warships have struck …": the owners attack
    if (!subj && !arabic && !possessor.length) {
      const w = WHOSE_SUBJECT.exec(between(ctx, Math.max(ctx.base, h.start - 70), h.start));
      const owner = w ? ctx.mentions.findLast((m) => m.end <= h.start - w[0].length && /^\s*$/.test(between(ctx, m.end, h.start - w[0].length)) && ACTORS.includes(m.entity.type as never)) : undefined;
      if (owner) possessor.push(...coordinatedLeft(ctx, owner, ACTORS).map((m) => m.entity));
    }
    // "a missile fired by the Houthis struck …": the subject is the weapon, its firer attacks
    const firer = !subj && !arabic ? ctx.mentions.findLast((m) => m.end <= h.start && /^\s*$/.test(between(ctx, m.end, h.start)) && ACTORS.includes(m.entity.type as never) && WEAPON_FIRED_BY.test(between(ctx, Math.max(ctx.base, m.start - 50), m.start))) : undefined;
    if (firer) possessor.push(firer.entity);
    if (subj) attackers = (subj.side === 'left' ? coordinatedLeft(ctx, subj.mention, ACTORS) : coordinatedRight(ctx, subj.mention, ACTORS)).map((m) => m.entity);
    else if (possessor.length) {
      attackers = possessor;
      conf = 0.7;
    } else if (st.lastAttackers && ctx.index - st.lastAttackers.sentence <= 5 && ANAPHORIC_SUBJECT.test(between(ctx, Math.max(ctx.base, h.start - 40), h.start))) {
      attackers = st.lastAttackers.attackers;
      conf = 0.6;
    } else if (st.lastAttackers && ctx.index - st.lastAttackers.sentence <= 3 && GROUP_SUBJECT.test(between(ctx, Math.max(ctx.base, h.start - 40), h.start)) && st.lastAttackers.attackers.some((a) => a.type === 'ARMED_GROUP')) {
      // "the group had launched …": the armed group that attacked last
      attackers = st.lastAttackers.attackers.filter((a) => a.type === 'ARMED_GROUP');
      conf = 0.6;
    }
    else if (arabic && demonymCountries(ctx, h.end, Math.min(ctx.base + ctx.text.length, h.end + 40)).length && /^\s*(?:\S+\s+){0,3}?\S*(?:ية|يه|يين|يون|ي)\b/u.test(between(ctx, h.end, h.end + 40))) {
      // VSO with an unnamed subject and nationality adjectives: "شنت طائرات أمريكية وبريطانية غارات"
      const win = between(ctx, h.end, Math.min(ctx.base + ctx.text.length, h.end + 40));
      const firstWords = win.split(/\s+/).slice(0, 5).join(' ');
      // (not a side or a territory: "في الجانب السوري" is where)
      const ds = demonymCountries(ctx, h.end, h.end + win.indexOf(firstWords) + firstWords.length).filter((d) => !territoryAdjective(ctx, d));
      if (ds.length) {
        attackers = [...new Set(ds.map((d) => d.entity))];
        conf = 0.7;
      }
    } else if (!PRONOUN_SUBJECT.test(between(ctx, Math.max(ctx.base, h.start - 14), h.start))) {
      // "أعلن الجيش الإسرائيلي أنه قصف": a pronoun subject is the speaker's (below), not the nationality before it
      const d = demonymCountries(ctx, Math.max(ctx.base, h.start - 30), h.start).filter((x) => !territoryAdjective(ctx, x)).pop();
      // (not a country closing a place phrase before a comma: "على مواقع في شرق سوريا، استهدفت")
      if (d && !/[،,]/.test(between(ctx, d.end, h.start)) && (/^\s*(?:\S+\s+){0,2}$/.test(between(ctx, d.end, h.start)) || /^\s+\S+\s+(?:and|or|و)\s+\S+\s+$/iu.test(between(ctx, d.end, h.start))) && !/backed|المدعوم/i.test(between(ctx, d.end, h.start))) {
        // a nationality inside an actor's name ("Israeli army jets struck") names that actor
        const holder = ctx.mentions.find((m) => m.start <= d.start && d.end <= m.end && ACTORS.includes(m.entity.type as never));
        attackers = [holder ? holder.entity : d.entity];
        conf = 0.7;
      }
    }
    // "وطالت الضربات X" / "واستهدفت الغارات X": the strikes as a post-verbal subject refer to the last attacker
    const strikesSubject = !attackers.length && arabic && st.lastAttackers && ctx.index - st.lastAttackers.sentence <= 5 ? STRIKES_AFTER_VERB.exec(between(ctx, h.end, Math.min(ctx.base + ctx.text.length, h.end + 25))) : null;
    if (strikesSubject) {
      attackers = st.lastAttackers!.attackers;
      conf = 0.6;
    }
    // "شنت X غارات على مواقع في …، استهدفت Y": a verb after a comma, with no subject of its own, continues the sentence's attacker
    if (!attackers.length && arabic && st.lastAttackers?.sentence === ctx.index && /[،,]\s*$/.test(between(ctx, Math.max(ctx.base, h.start - 3), h.start))) {
      attackers = st.lastAttackers.attackers;
      conf = 0.7;
    }
    const objFrom = subj?.side === 'right' ? coordinatedRight(ctx, subj.mention, ACTORS).pop()!.end : strikesSubject ? h.end + strikesSubject[0].length : h.end;
    const launch = !/[\u0600-\u06ff]/.test(h.m[0]) ? /^(?:carried|carry|carries|launched|launch|launches|conducted|conduct|stepped|step|steps|staged|mounted|intensified|fired|fires|fire)/i.test(h.m[0]) : AR_LAUNCH_WORD.test(h.m[0]);
    const targets = attackTargets(ctx, objFrom, TARGETS, 90, (m) => attackers.some((a) => a.id === m.entity.id), launch);
    const used = usedBy(ctx, objFrom);
    const all = [...targets, ...used].map((m) => m.entity);
    if (!targets.length) for (const f of forcesTargets(ctx, objFrom, 30)) if (!all.includes(f) && !attackers.includes(f)) all.push(f);
    // "أعلنت X أنها استهدفت Y" / "X said it struck Y": the pronoun subject is the speaker
    // ("its fighter jets then struck Y": the window reaches back over the possessed noun)
    // "the tanker Marlin Luanda … after a missile … struck the ship": the vessel named before (only for a
    // named attacker: "CENTCOM said the missile struck the ship" does not make CENTCOM the attacker)
    if (!all.length && attackers.length && !/(?:^|\s)(?:أن|إن|بأن)\s|\b(?:that|said|says)\b/iu.test(between(ctx, ctx.base, h.start))) {
      const vessel = shipAnaphor(ctx, objFrom);
      if (vessel) all.push(vessel);
    }
    const unnamed = !all.length && UNNAMED_OBJECT.test(between(ctx, objFrom, Math.min(ctx.base + ctx.text.length, objFrom + 40)));
    if (!attackers.length && (all.length || unnamed) && PRONOUN_SUBJECT.test(between(ctx, Math.max(ctx.base, h.start - 36), h.start))) {
      const who = speakerActorsBefore(ctx, h.start, false);
      if (who.length) {
        attackers = who;
        conf = 0.75;
      }
    }
    if (!attackers.length && all.length && st.lastAttacker && ctx.index - st.lastAttacker.sentence <= 1 && /^\s*(?:\S+\s+){0,4}$/.test(between(ctx, ctx.base, h.start))) {
      attackers = [st.lastAttacker.attacker];
      conf = 0.5;
    }
    if (!attackers.length) {
      if (all.length) st.pending = st.pending && st.pending.sentence === ctx.index ? { sentence: ctx.index, targets: [...st.pending.targets, ...all] } : { sentence: ctx.index, targets: all };
      continue;
    }
    for (const a of attackers) {
      for (const t of all) if (!isWater(t)) emit(a, 'ATTACKED', t, t.type === 'COUNTRY' ? conf - 0.15 : conf);
      st.lastAttacker = { sentence: ctx.index, attacker: a };
    }
    st.lastAttackers = { sentence: ctx.index, attackers };
    if (unnamed) st.untargeted = { sentence: ctx.index, attackers };
  }
};

const passive = (ctx: SentCtx, emit: Emit, s: Map<string, unknown>): void => {
  if (!hasAny(ctx, PASSIVE_STEMS)) return;
  const st = stateOf(s);
  const arabic = isArabic(ctx);
  for (const h of matches(ctx, arabic ? AR_PASSIVE_RE : EN_PASSIVE_RE)) {
    if (arabic && AR_NEEDS_DAMMA.test(h.m[0].replace(/[\u064B-\u065F\u0670\u0640]/g, '')) && !/ُ/.test(h.m[0])) continue;
    // target: the mention before (English, Arabic SV) or right after (Arabic تعرضت X)
    let targets: M[] = [];
    const left = ctx.mentions.findLast((m) => m.end <= h.start);
    // "The Rubymar, hit by a Houthi missile, …": a participle set off by a comma describes the mention before it
    const participle = !arabic && /^(?:attacked|struck|hit|targeted|bombed|damaged|seized)$/i.test(h.m[0]);
    if (participle && !(left && /^\s*,\s*$/.test(between(ctx, left.end, h.start)))) continue;
    if (left && /^\s*(?:\S+\s+){0,1}$/u.test(between(ctx, left.end, h.start)) && (participle || !/[,،]/.test(between(ctx, left.end, h.start)))) {
      targets = [left];
      // "A and B were attacked"
      for (let k = left.i - 1; k >= 0; k--) {
        const n = ctx.mentions[k]!;
        if (!/^\s*(?:,|،|and|و)\s*(?:the\s+)?$/iu.test(between(ctx, n.end, targets[0]!.start))) break;
        targets.unshift(n);
      }
    } else if (arabic) {
      const right = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 12);
      if (right) targets = coordinatedRight(ctx, right, TARGETS);
    } else if (!participle) {
      // "The Galaxy Leader, a Bahamas-flagged car carrier with 25 crew on board, was boarded": the head before an apposition
      const appos = /,\s*(?:an?|the)\s[^,;]{3,90},\s*$/i.exec(between(ctx, ctx.base, h.start));
      const headEnd = appos ? ctx.base + appos.index : -1;
      const head = appos ? ctx.mentions.findLast((m) => m.end <= headEnd && headEnd - m.end <= 1) : undefined;
      if (head) targets = [head];
    }
    if (!targets.length) targets = attackTargets(ctx, h.end, NOMINAL_TARGETS, 40).filter((m) => m.entity.type !== 'COUNTRY');
    targets = targets.filter((m) => TARGETS.includes(m.entity.type as never) && m.entity.type !== 'COUNTRY');
    if (!targets.length) continue;
    const after = ctx.doc.parsed.text.slice(h.end, ctx.base + ctx.text.length);
    const lastT = targets[targets.length - 1]!;
    const tail = arabic ? ctx.doc.parsed.text.slice(Math.max(h.end, lastT.end), ctx.base + ctx.text.length) : after;
    const by = arabic ? BY_AR.exec(tail.slice(0, 200).replace(/^\s*(?:\S+\s+){0,8}?(?=من قبل|على يد|شنتها|نفذتها)/u, '')) : BY_EN.exec(after);
    let attacker: M | undefined;
    if (by) {
      const at = (arabic ? Math.max(h.end, lastT.end) + tail.length - tail.replace(/^\s*(?:\S+\s+){0,8}?(?=من قبل|على يد|شنتها|نفذتها)/u, '').length : h.end) + by[0].length;
      attacker = ctx.mentions.find((m) => m.start >= at && m.start - at <= 30 && ACTORS.includes(m.entity.type as never));
    }
    let weaponBy: Entity[] = [];
    if (!attacker) weaponBy = weaponAttackers(ctx, h.end, Math.min(ctx.base + ctx.text.length, h.end + 140), arabic);
    if (attacker) {
      for (const a of coordinatedRight(ctx, attacker, ACTORS)) for (const t of targets) emit(a.entity, 'ATTACKED', t.entity, 0.8);
    } else if (weaponBy.length) {
      for (const a of weaponBy) for (const t of targets) emit(a, 'ATTACKED', t.entity, 0.65);
    } else {
      const prev = st.pending && st.pending.sentence === ctx.index ? st.pending.targets : [];
      st.pending = { sentence: ctx.index, targets: [...prev, ...targets.map((m) => m.entity)] };
    }
  }
};

/**
 * Attackers named through the weapon or force that struck, inside [from, to): "بصواريخ أمريكية",
 * "بطائرة مسيّرة بريطانية", "by American missiles", "by Houthi drones", "a strike by Israeli forces".
 * A made-in adjective ("Iranian-made drones") names the maker, not the attacker.
 */
function weaponAttackers(ctx: SentCtx, from: number, to: number, arabic: boolean): Entity[] {
  const text = ctx.doc.parsed.text;
  const out: Entity[] = [];
  for (const d of demonymCountries(ctx, from, to)) {
    if (WEAPON_NOUN_EN.test(text.slice(d.end, d.end + 10))) continue;
    const pre = text.slice(Math.max(ctx.base, d.start - 40), d.start);
    if (arabic ? AR_WEAPON.test(pre) : /\bby\s+(?:an?\s+|the\s+)?$/i.test(pre)) out.push(d.entity);
  }
  if (!arabic) {
    // "by Houthi missiles": an actor mention used as a modifier right after "by"
    for (const m of ctx.mentions) {
      if (m.start < from || m.end > to || !ACTORS.includes(m.entity.type as never)) continue;
      if (/\bby\s+(?:an?\s+|the\s+)?$/i.test(text.slice(Math.max(ctx.base, m.start - 12), m.start)) && /^\s+(?:missiles?|rockets?|drones?|jets|warplanes|forces|troops|fighters|strikes?|fire|aircraft|artillery)\b/i.test(text.slice(m.end, m.end + 14))) out.push(m.entity);
    }
  } else {
    for (const m of ctx.mentions) {
      if (m.start < from || m.end > to || !ACTORS.includes(m.entity.type as never) || m.entity.type === 'COUNTRY') continue;
      if (AR_WEAPON.test(text.slice(Math.max(ctx.base, m.start - 30), m.start)) || /(?:أطلقتها|أطلقها|تابعة ل|التابعة ل|لـ?)\s*$/u.test(text.slice(Math.max(ctx.base, m.start - 12), m.start)) && AR_WEAPON.test(text.slice(Math.max(ctx.base, m.start - 50), m.start).replace(/\S+\s*$/u, ''))) out.push(m.entity);
    }
  }
  void EN_WEAPON_AFTER;
  return [...new Set(out)];
}

/**
 * Targeted killings: "X was killed in a U.S. strike in P", "قُتل قيادي في G بغارة أمريكية في P",
 * "اغتيال X", "killed N militants from G". The killed person, the group they belong to and the
 * town where the strike happened are targets; the attacker is the strike's nationality/owner, a
 * "by X", or (pending) a later claim.
 */
const KILL_EN = /\b(?:killed|assassinated|assassination|killing|slain)\b/gi;
const KILL_AR = new RegExp(`${B}(?:و|ف)?(?:${alt(['قتل', 'قُتل', 'قُتلت', 'قتلت', 'اغتيال', 'اغتيل', 'اغتُيل', 'اغتالت', 'اغتال', 'مقتل', 'استشهد', 'استشهاد', 'لقي حتفه', 'لقوا حتفهم'])})${E}`, 'gu');
const STRIKE_WORD = /\b(?:strikes?|airstrikes?|air\s+strikes?|drone|raids?|missiles?|bombing|shelling)\b|(?:غارة|غارات|ضربة|ضربات|مسيرة|مسيّرة|قصف|صاروخ|صواريخ|طائرة|استهداف)/iu;
const MEMBER_OF = /(?:\b(?:commander|leader|member|members|militants?|fighters?|officials?|operatives?|figure|head|chief|officer|advis[eo]rs?|generals?|personnel|guards?)s?\s+(?:\S+\s+){0,2}?(?:of|from|in|with)\s+(?:the\s+)?$)|(?:(?:قيادي|القيادي|قائد|القائد|قادة|القادة|عناصر|عنصر|عنصرين|مقاتل|مقاتلين|مقاتلان|مقاتلا|مسلحين|أعضاء|عضو|مسؤول|المسؤول|قياديا|قياديين|مستشار|المستشار|مستشارين|مستشارا|مستشاران|المستشارين|ضابط|ضباط|الضباط|ضابطا|خبراء|جنرال|جنرالات)\s+(?:\S+\s+){0,2}?(?:في|من|ب)\s*(?:صفوف\s+)?$)/iu;
const KILL_STEMS = ['kill', 'assassin', 'slain', 'قتل', 'قُتل', 'اغتيال', 'اغتيل', 'اغتُيل', 'اغتال', 'مقتل', 'استشهد', 'استشهاد', 'حتف'];

/** "the consulate in Damascus", "حي المزة في دمشق": the place a struck site stands in is not itself struck. */
const inFacility = (ctx: SentCtx, m: M): boolean => {
  const prev = ctx.mentions[m.i - 1];
  return !!prev && (prev.entity.type === 'FACILITY' || prev.entity.type === 'LOCATION') && /^\s*(?:in|at|في|ب)\s*(?:the\s+)?$/iu.test(between(ctx, prev.end, m.start));
};

const killings = (ctx: SentCtx, emit: Emit, s: Map<string, unknown>): void => {
  if (!hasAny(ctx, KILL_STEMS)) return;
  const st = stateOf(s);
  const arabic = isArabic(ctx);
  const text = ctx.doc.parsed.text;
  const sEnd = ctx.base + ctx.text.length;
  const h = matches(ctx, arabic ? KILL_AR : KILL_EN)[0];
  if (!h) return;
  // "U.S. forces killed five militants from G" / "قتلت القوات X عناصر من G": an actor killing is an attack
  const passiveKill = !arabic && (/^\s+by\b/i.test(text.slice(h.end, h.end + 5)) || /\b(?:was|were|been|being|is|are|troops|soldiers|personnel|members)\s+$/i.test(text.slice(Math.max(ctx.base, h.start - 14), h.start)));
  const killer = passiveKill ? undefined : /^(?:killed|assassinated)$/i.test(h.m[0]) || /^(?:و|ف)?(?:قتلت|اغتالت|اغتال)$/u.test(h.m[0]) ? subjectOf(ctx, h.start, h.end, ACTORS, arabic) : undefined;
  if (!killer && !STRIKE_WORD.test(ctx.text)) return;
  const targets: Entity[] = [];
  // the killed: persons in the sentence (not the speaker of a cue), their groups, the place of the strike
  for (const m of ctx.mentions) {
    const pre = text.slice(Math.max(ctx.base, m.start - 50), m.start);
    if (m.entity.type === 'PERSON' && (Math.abs(m.start - h.end) < 60 || Math.abs(h.start - m.end) < 60)) {
      // a speaker or a title holder reacting ("said", "condemned") is not the killed person
      // (right after the name: "…، بحسب مصادر" at the end of the sentence is its source, not this person's speech)
      if (!/^\s*[,،]?\s*(?:\S+\s+)?(?:(?:said|says|condemned|according)\b|(?:قال|أعلن|أكد|بحسب|وفق))/u.test(text.slice(m.end, m.end + 25)) && !/according\s+to\s+$|(?:بحسب|وفق)\s+$/u.test(pre)) targets.push(m.entity);
    } else if ((m.entity.type === 'ARMED_GROUP' || (m.entity.type === 'ORGANIZATION' && !m.entity.nominal)) && MEMBER_OF.test(pre)) targets.push(m.entity);
    else if (m.entity.type === 'LOCATION' && !inFacility(ctx, m) && /(?:\b(?:in|at)\s+(?:the\s+)?(?:(?:town|city|village|district|neighbou?rhood|area|province)\s+of\s+)?$)|(?:(?:في|ب)\s*(?:(?:بلدة|مدينة|قرية|حي|منطقة|محافظة|ناحية|قضاء)\s+)?$)|(?:(?:على|\bon)\s+(?:the\s+)?(?:بلدة|مدينة|قرية|town|village|city)\s+(?:of\s+)?$)/iu.test(pre) && m.start > h.start && !/\bnear\s|قرب|بالقرب/iu.test(pre.slice(-20))) {
      targets.push(m.entity);
    }
  }
  if (!targets.length) return;
  // attacker: "by X", the strike's nationality ("a U.S. strike", "بغارة أمريكية"), an actor right before the strike noun
  let attackers = killer ? [killer.mention.entity] : weaponAttackers(ctx, ctx.base, sEnd, arabic);
  if (!attackers.length && !arabic) {
    for (const d of demonymCountries(ctx, ctx.base, sEnd)) {
      if (/^\s*(?:(?:air|drone|missile)\s+)?(?:strikes?|airstrikes?|raids?|drone\s+strikes?|missiles?|forces|troops|jets|warplanes)\b/i.test(text.slice(d.end, d.end + 30)) && !/^-(?:backed|linked|aligned|made)/i.test(text.slice(d.end, d.end + 8))) attackers.push(d.entity);
    }
    for (const m of ctx.mentions) {
      if (ACTORS.includes(m.entity.type as never) && !targets.includes(m.entity) && /^(?:'s|’s)?\s*(?:(?:air|drone|missile)\s+)?(?:strikes?|airstrikes?|raids?|drone\s+strikes?)\b/i.test(text.slice(m.end, m.end + 26))) attackers.push(m.entity);
    }
  }
  if (arabic && !attackers.length) {
    for (const d of demonymCountries(ctx, ctx.base, sEnd)) {
      const pre = text.slice(Math.max(ctx.base, d.start - 30), d.start);
      if (/(?:غارة|غارات|ضربة|ضربات|مسيرة|مسيّرة|قصف|صاروخ|صواريخ|طائرة|طائرات)\s+(?:\S+\s+)?$/u.test(pre)) attackers.push(d.entity);
    }
  }
  attackers = [...new Set(attackers)].filter((a) => !targets.includes(a));
  if (!attackers.length) {
    st.pending = st.pending && st.pending.sentence === ctx.index ? { sentence: ctx.index, targets: [...st.pending.targets, ...targets] } : { sentence: ctx.index, targets };
    return;
  }
  for (const a of attackers) for (const t of targets) emit(a, 'ATTACKED', t, t.type === 'PERSON' ? 0.6 : 0.65);
  st.lastAttackers = { sentence: ctx.index, attackers };
};

/** A reaction to an attack ("X condemned the strike on Y") does not make X its author. */
const REACTION_VERB = /\b(?:condemn|denounc|criticiz|criticis|welcom|reject|deni|deny|blam|mourn|report|confirm|said|say|investigat|respond|protest)\w*/i;

/** Attack nouns: "attacks by X on Y", "هجمات X على Y", "الضربات الأمريكية على Y", "U.S. strikes on Y". */
const nominal = (ctx: SentCtx, emit: Emit, s: Map<string, unknown>): void => {
  if (!hasAny(ctx, NOUN_STEMS)) return;
  const st = stateOf(s);
  const arabic = isArabic(ctx);
  const text = ctx.doc.parsed.text;
  for (const h of matches(ctx, arabic ? AR_NOUN_RE : EN_NOUN_RE)) {
    const after = text.slice(h.end, Math.min(ctx.base + ctx.text.length, h.end + 160));
    // attacker
    let attackers: Entity[] = [];
    let relDoerEnd = -1;
    if (!arabic) {
      const by = BY_EN.exec(after);
      if (by && by[0].length < 25) {
        const m = ctx.mentions.find((x) => x.start >= h.end + by[0].length && x.start - (h.end + by[0].length) <= 6 && ACTORS.includes(x.entity.type as never));
        if (m) attackers = [m.entity];
        else if (by) attackers = weaponAttackers(ctx, h.end, h.end + by[0].length + 24, false);
      }
      if (!attackers.length) {
        const pre = ctx.mentions.findLast((m) => m.end <= h.start && /^\s*(?:'s|’s)?\s*(?:[\w-]+\s+){0,2}$/.test(between(ctx, m.end, h.start)) && !/backed|linked|aligned|[,;]/i.test(between(ctx, m.end, h.start)) && !REACTION_VERB.test(between(ctx, m.end, h.start)));
        // "the United States and Britain launched strikes on …": every coordinated actor
        if (pre && ACTORS.includes(pre.entity.type as never) && !/-\s*$/.test(between(ctx, pre.end, pre.end + 1))) attackers = coordinatedLeft(ctx, pre, ACTORS).map((m) => m.entity);
        else {
          const d = demonymCountries(ctx, Math.max(ctx.base, h.start - 20), h.start).pop();
          if (d && /^(?:\s+[\w-]+){0,1}\s+$/.test(between(ctx, d.end, h.start)) && !/backed|linked/i.test(between(ctx, d.start, h.start))) attackers = [d.entity];
        }
      }
    } else {
      // idafa: هجمات الحوثيين على / relative: التي تشنها X / demonym: الضربات الأمريكية
      const next = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 2);
      if (next && ACTORS.includes(next.entity.type as never) && next.entity.type !== 'COUNTRY') attackers = [next.entity];
      const by = BY_AR.exec(after);
      if (!attackers.length && by) {
        const m = ctx.mentions.find((x) => x.start >= h.end + by[0].length && x.start - (h.end + by[0].length) <= 4 && ACTORS.includes(x.entity.type as never));
        if (m) attackers = [m.entity];
      }
      // "الغارات التي قالت إن سلاح الجو الأردني شنها على …": the doer named before the relative verb
      const rel = attackers.length ? null : REL_DOER_AR.exec(after);
      if (rel) {
        const at = h.end + rel[0].length;
        const doer = ctx.mentions.findLast((x) => x.end <= at && x.start >= h.end && ACTORS.includes(x.entity.type as never));
        if (doer && /^\s*$/.test(between(ctx, doer.end, at - rel[1]!.length))) {
          attackers = [doer.entity];
          relDoerEnd = at;
        }
      }
      if (!attackers.length) {
        const d = demonymCountries(ctx, h.end, Math.min(ctx.base + ctx.text.length, h.end + 12))[0];
        if (d && /^\s*$/.test(between(ctx, h.end, d.start))) attackers = [d.entity];
      }
    }
    // target: "on/against/على/ضد Y" right after the noun (and its attacker), or the object of a
    // relative verb ("هجوم إيراني بصواريخ استهدف Y", "a drone attack that hit Y")
    // (after a relative doer the target follows its verb: "… شنها على Y")
    const relEnd = relDoerEnd > 0 ? relDoerEnd : h.end;
    const afterRel = relDoerEnd > 0 ? text.slice(relDoerEnd, Math.min(ctx.base + ctx.text.length, relDoerEnd + 160)) : after;
    const on = ON.exec(afterRel) ?? (arabic ? NOUN_THEN_VERB_AR : NOUN_THEN_VERB_EN).exec(afterRel);
    if (!on) continue;
    if (!attackers.length && nestedAttack(ctx, h.start)) continue;
    const from = relEnd + on[0].length;
    const targetMs = attackTargets(ctx, from, NOMINAL_TARGETS, 14, undefined, true).filter((m) => !attackers.some((a) => a.id === m.entity.id));
    const forces = targetMs.length ? [] : forcesTargets(ctx, from, 14).filter((f) => !attackers.includes(f));
    const targets = [...targetMs.map((m) => ({ entity: m.entity })), ...forces.map((entity) => ({ entity }))];
    if (!targets.length) continue;
    // "attacks on U.S. forces by Iran-backed groups": the doer named after the target
    if (!attackers.length && !arabic && targetMs.length) {
      const lastT = targetMs[targetMs.length - 1]!;
      const by = /^\s*by\s+(?:the\s+)?/i.exec(text.slice(lastT.end, lastT.end + 12));
      const doer = by ? ctx.mentions.find((m) => m.start >= lastT.end + by[0].length && m.start - (lastT.end + by[0].length) <= 2 && ACTORS.includes(m.entity.type as never)) : undefined;
      if (doer && !targets.some((t) => t.entity.id === doer.entity.id)) attackers = [doer.entity];
    }
    if (!attackers.length) {
      if (!st.pending || st.pending.sentence !== ctx.index) st.pending = { sentence: ctx.index, targets: targets.map((m) => m.entity) };
      else st.pending.targets.push(...targets.map((m) => m.entity));
      continue;
    }
    for (const a of attackers) for (const t of targets) emit(a, 'ATTACKED', t.entity, 0.7);
    st.lastAttackers = { sentence: ctx.index, attackers };
  }
};

const ALL_ATTACKS = new RegExp(`\\b(?:these|those|most\\s+of\\s+the|all\\s+(?:of\\s+)?the|most\\s+of\\s+these)\\s+(?:\\w+\\s+)?(?:attacks|strikes)\\b|${B}(?:معظم|جميع|كل|أغلب)?\\s*(?:هذه|تلك)\\s+(?:ال)?(?:هجمات|عمليات|ضربات)|${B}(?:معظم|جميع|أغلب)\\s+(?:ال)?(?:هجمات|عمليات|ضربات)`, 'iu');
/** "الجماعات المنفذة" / "the perpetrators": the group named as the doer of the pending attack. */
const PERPETRATOR = /(?:المنفذة|المنفذين|المنفذون|منفذي|منفذو)|\b(?:perpetrators|attackers)\b/iu;

const perpetrators = (ctx: SentCtx, emit: Emit, s: Map<string, unknown>): void => {
  const st = stateOf(s);
  if (!st.pending || ctx.index - st.pending.sentence > 1) return;
  for (const m of ctx.mentions) {
    if (!ACTORS.includes(m.entity.type as never) || !PERPETRATOR.test(m.text)) continue;
    for (const t of new Set(st.pending.targets)) if (t.id !== m.entity.id) emit(m.entity, 'ATTACKED', t, 0.55);
  }
};

/** Claims of responsibility and "carried out by X": X attacked the named or pending targets. */
const CLAIM_STEMS = ['claim', 'carried out', 'launched by', 'conducted by', 'behind the', 'came from', 'تبن', 'اعلن', 'نفذت', 'نفذه', 'جاءت من', 'وراء', 'اعلان'];

/** A claim in a relative clause right after its claimant ("…, which has claimed"). */
const REL_CLAIM = /^\s*,?\s*(?:that|which|who)\s+(?:(?:has|have|had)\s+)?(?:also\s+|repeatedly\s+)?$/i;
/** An apposition whose head the relative clause describes: "X, an umbrella of M" / "X, a coalition of the M". */
const HEAD_OF = /^\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:umbrella|coalition|alliance|grouping|network|front|bloc)\s+(?:group\s+)?(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/i;

const claims = (ctx: SentCtx, emit: Emit, s: Map<string, unknown>): void => {
  if (!hasAny(ctx, CLAIM_STEMS)) return;
  const st = stateOf(s);
  const text = ctx.doc.parsed.text;
  for (const h of matches(ctx, CLAIM_RE)) {
    const w = h.m[0];
    const arabic = /[\u0600-\u06ff]/.test(w);
    const isAnnounce = /أعلنت$|أعلن$|إعلان$|claims$|claim$/.test(w.replace(/^[وف]/, ''));
    // claimant: right after (Arabic verbs, "claimed by X", "carried out by X"), else right before
    let claimant: M | undefined;
    const right = ctx.mentions.find((m) => m.start >= h.end && ACTORS.includes(m.entity.type as never) && !/[،,]/.test(between(ctx, h.end, m.start)) && between(ctx, h.end, m.start).length <= (arabic ? 45 : 40));
    const leftM = ctx.mentions.findLast((m) => m.end <= h.start && ACTORS.includes(m.entity.type as never) && (h.start - m.end <= 4 || subjectGap(between(ctx, m.end, h.start)) || RELATIVE_SUBJECT.test(between(ctx, m.end, h.start))));
    // "X، التي تبنّت …": the relative pronoun's head claims, not a name further on
    const relative = leftM && RELATIVE_SUBJECT.test(between(ctx, leftM.end, h.start));
    if (relative) claimant = leftM;
    else if (/by$|من$|وراء$|نفذتها|نفذها|from$/i.test(w) || arabic) claimant = right ?? leftM;
    else claimant = leftM ?? (/\bby\s+(?:a\s+group\s+calling\s+itself\s+)?/i.test(text.slice(h.end, h.end + 40)) ? right : undefined);
    // "X, an umbrella of M that has claimed …": the relative clause's head is X (and M, its members, did it too)
    let alsoBy: Entity | null = null;
    if (!claimant && !arabic) {
      const rel = ctx.mentions.findLast((m) => m.end <= h.start && ACTORS.includes(m.entity.type as never) && REL_CLAIM.test(between(ctx, m.end, h.start)));
      const head = rel ? ctx.mentions[rel.i - 1] : undefined;
      if (rel && head && ACTORS.includes(head.entity.type as never) && HEAD_OF.test(between(ctx, head.end, rel.start))) {
        claimant = head;
        alsoBy = rel.entity;
      } else claimant = rel;
    }
    if (!claimant || claimant.entity.type === 'COUNTRY' && isAnnounce) continue;
    // an announcement must be about attacks (أعلنت X تنفيذ هجمات / مسؤوليتها)
    if (isAnnounce) {
      const afterClaimant = text.slice(Math.max(h.end, claimant.end), Math.max(h.end, claimant.end) + 160).replace(/^[\s"”»]*[،,]\s*(?:وهي|وهو|التي|الذي|وتضم|ويضم|وتتألف|ويتألف|which|who|an?|the)\s[^،,]{0,100}[،,]/u, '').replace(/^[\s"”»]+/u, ' ');
      if (!/^\s*(?:\S+\s+){0,2}?(?:مسؤولي|تبني|تبنّي|تنفيذ|responsibility)/u.test(afterClaimant)) continue;
    }
    if (/claim(?:s|ed)?$/i.test(w) && !/responsibility|attack|strike|\bby\b/i.test(text.slice(Math.max(ctx.base, h.start - 60), h.end + 60))) continue;
    // explicit targets after an attack noun + على/on in the rest of the sentence
    const found: Entity[] = [];
    for (const n of matches(ctx, arabic ? AR_NOUN_RE : EN_NOUN_RE)) {
      if (n.start < h.start) continue;
      // "a leader responsible for planning attacks on X" / "المسؤول عن التخطيط لهجمات على": someone else's attacks
      if (nestedAttack(ctx, n.start)) continue;
      const on = ON.exec(text.slice(n.end, n.end + 80));
      if (!on) continue;
      const ts = attackTargets(ctx, n.end + on[0].length, NOMINAL_TARGETS, 14, undefined, true);
      for (const t of ts) if (t.entity.id !== claimant.entity.id) found.push(t.entity);
      // "attacks on bases hosting U.S. forces": the forces those sites stand for
      for (const f of forcesTargets(ctx, n.end + on[0].length, 40)) if (f.id !== claimant.entity.id && !found.includes(f)) found.push(f);
    }
    // "وعلى حامية التنف": further على-objects in the same sentence
    for (const m of ctx.mentions) {
      if (m.start <= h.end || found.includes(m.entity) || m.entity.id === claimant.entity.id) continue;
      if (/(?:^|\s)(?:و)?(?:على|ضد)\s+(?:\S+\s+)?$/u.test(between(ctx, Math.max(ctx.base, m.start - 16), m.start)) && ['FACILITY', 'ORGANIZATION', 'ARMED_GROUP'].includes(m.entity.type) && found.length) {
        found.push(...coordinatedRight(ctx, m, ['FACILITY', 'ORGANIZATION', 'ARMED_GROUP']).map((x) => x.entity));
      }
    }
    // with explicit targets, only earlier sentences' unattributed attacks are "the attacks" claimed
    let pending = st.pending && ctx.index - st.pending.sentence <= 3 && (!found.length || st.pending.sentence < ctx.index) ? st.pending.targets : [];
    // "claimed most of these attacks" / "تبنت معظم هذه الهجمات": all the article's unattributed attacks so far
    if (st.all && ALL_ATTACKS.test(text.slice(h.end, Math.min(ctx.base + ctx.text.length, h.end + 90)))) pending = [...new Set([...pending, ...[...st.all].filter((t) => !(claimant.entity.type === 'ARMED_GROUP' && t.type === 'ARMED_GROUP'))])];
    for (const by of alsoBy ? [claimant.entity, alsoBy] : [claimant.entity]) {
      for (const t of new Set(found)) emit(by, 'ATTACKED', t, 0.7);
      for (const t of new Set(pending)) if (!found.includes(t) && t.id !== by.id) emit(by, 'ATTACKED', t, 0.6);
    }
  }
};

/** "a missile fired by (the) " right before the firer's name. */
const WEAPON_FIRED_BY = /\b(?:missiles?|rockets?|drones?|projectiles?|torpedo(?:es)?)\s+(?:\w+\s+)?(?:fired|launched|sent)\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}$/u;

/** "the group had …" / "الجماعة" as a subject right before the verb. */
const GROUP_SUBJECT = new RegExp(`(?:\\bthe\\s+(?:group|militia|movement|rebels)\\s+(?:(?:had|has|have|also|then|later|again)\\s+)*$)|(?:${B}(?:و)?(?:الجماعة|الحركة|الميليشيا)\\s+(?:قد\\s+)?$)`, 'iu');

/** "the ship" / "the vessel" / السفينة right after a verb: the vessel named in this or the two sentences before. */
const SHIP_ANAPHOR = /^\s*(?:(?:the|that)\s+(?:ship|vessel|tanker|carrier|freighter|merchant\s+ship)\b|(?:السفينة|الناقلة)(?![\p{L}]))/iu;
const SHIP_CUE = /(?:\b(?:ship|vessel|tanker|carrier|freighter|bulker|-flagged)\b|سفينة|ناقلة|السفينة|الناقلة)/iu;
function shipAnaphor(ctx: SentCtx, from: number): Entity | undefined {
  if (!SHIP_ANAPHOR.test(between(ctx, from, Math.min(ctx.base + ctx.text.length, from + 30)))) return undefined;
  const text = ctx.doc.parsed.text;
  const all = sentences(ctx.doc);
  for (let k = ctx.index; k >= Math.max(0, ctx.index - 2); k--) {
    const v = all[k]!.mentions.filter((m) => m.entity.type === 'FACILITY' && (k < ctx.index || m.end <= from) && SHIP_CUE.test(text.slice(Math.max(0, m.start - 40), m.start))).pop();
    if (v) return v.entity;
  }
  return undefined;
}

/** A vessel or site the attacker took or hit without naming it ("a cargo ship", "سفينة تجارية"). */
const UNNAMED_OBJECT = /^\s*(?:an?\s+|another\s+)(?:[\w-]+\s+){0,2}?(?:ship|vessel|tanker|carrier|freighter|boat)\b|^\s*(?:\S+\s+)?(?:سفينة|ناقلة|سفينتين)(?![\p{L}])/iu;

/** A death as the result of what the sentence tells ("ما أسفر عن مقتل", "أدت إلى مقتل", ", killing X"). */
const KILLED_AS_RESULT = /(?:أسفر|أسفرت|أدى|أدت|أودى|أودت)\s+(?:أيضا\s+|أيضاً\s+)?(?:عن|إلى|الى|ب)\s*(?:مقتل|اغتيال|حياة)|,\s*killing\b/u;

/**
 * Exchanges of fire: "X and Y have exchanged fire", "clashes between X and Y", "تبادل X وY القصف",
 * "اشتباكات بين X وY": each side attacked the other.
 */
const EXCHANGE_EN = /\b(?:exchanged|exchange|exchanging|traded|trading)\s+(?:\w+\s+){0,2}?(?:fire|strikes|attacks|blows|shelling|rocket\s+fire)\b/gi;
const BETWEEN_EN = /\b(?:clashes|fighting|exchanges\s+of\s+fire|battles|confrontations|hostilities)\s+between\s+(?:the\s+)?/gi;
const EXCHANGE_AR = new RegExp(`${B}(?:و|ف)?(?:يتبادل|تتبادل|تبادل|تبادلت|يتبادلان|تتبادلان)${E}`, 'gu');
const BETWEEN_AR = new RegExp(`${B}(?:ال)?(?:اشتباكات|مواجهات|معارك|الاشتباكات|المواجهات|تبادل\\s+(?:ل)?(?:القصف|إطلاق\\s+النار))\\s+(?:\\S+\\s+){0,2}?بين\\s+`, 'gu');
const EXCHANGE_STEMS = ['exchang', 'traded', 'trading', 'clashes', 'fighting', 'battles', 'confrontations', 'hostilities', 'تبادل', 'يتبادل', 'تتبادل', 'اشتباك', 'مواجهات', 'معارك'];

const exchanges = (ctx: SentCtx, emit: Emit): void => {
  if (!hasAny(ctx, EXCHANGE_STEMS)) return;
  const arabic = isArabic(ctx);
  const pairs: M[][] = [];
  // the two sides named after "between" / بين
  for (const h of matches(ctx, arabic ? BETWEEN_AR : BETWEEN_EN)) {
    const first = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 4);
    if (first) pairs.push(coordinatedRight(ctx, first, ACTORS).slice(0, 2));
  }
  for (const h of matches(ctx, arabic ? EXCHANGE_AR : EXCHANGE_EN)) {
    if (arabic) {
      // VSO: تبادل X وY القصف
      const first = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 3);
      if (first) pairs.push(coordinatedRight(ctx, first, ACTORS).slice(0, 2));
    } else {
      // "X and Y have exchanged fire"
      const last = ctx.mentions.findLast((m) => m.end <= h.start && /^\s*(?:\([^)]{1,12}\)\s*)?(?:have\s+|had\s+|has\s+)?(?:\w+\s+)?$/.test(between(ctx, m.end, h.start)));
      if (last) pairs.push(coordinatedLeft(ctx, last, ACTORS).slice(-2));
    }
  }
  for (const p of pairs) {
    if (p.length !== 2 || p.some((m) => !ACTORS.includes(m.entity.type as never)) || p[0]!.entity.id === p[1]!.entity.id) continue;
    emit(p[0]!.entity, 'ATTACKED', p[1]!.entity, 0.6);
    emit(p[1]!.entity, 'ATTACKED', p[0]!.entity, 0.6);
  }
};

/** The ATTACKED rule: per sentence, unattributed (passive) targets first, then verbs, nouns and claims. */
export const attackedRule = rule('attacked', (ctx, emit, s) => {
  passive(ctx, emit, s);
  killings(ctx, emit, s);
  active(ctx, emit, s);
  nominal(ctx, emit, s);
  claims(ctx, emit, s);
  perpetrators(ctx, emit, s);
  exchanges(ctx, emit);
  const st = stateOf(s);
  // "X said it had seized a cargo ship. The Galaxy Leader … was boarded by armed men": the named ship of an
  // unattributed attack is the one the previous sentence's attacker took without naming it
  if (st.pending?.sentence === ctx.index && st.untargeted && st.untargeted.sentence === ctx.index - 1 && st.lastAttackers?.sentence !== ctx.index) {
    for (const a of st.untargeted.attackers) for (const t of st.pending.targets) if (t.id !== a.id && t.type === 'FACILITY') emit(a, 'ATTACKED', t, 0.5);
    st.untargeted = null;
  }
  // "قصفت X بطائرة مسيّرة سيارة …، ما أسفر عن مقتل Y": those killed by a strike whose doer this sentence names
  if (st.pending?.sentence === ctx.index && st.lastAttackers?.sentence === ctx.index && KILLED_AS_RESULT.test(ctx.text)) {
    const attackers = st.lastAttackers.attackers;
    for (const a of attackers) for (const t of st.pending.targets) if (t.id !== a.id && t.type === 'PERSON') emit(a, 'ATTACKED', t, 0.55);
    st.pending = { sentence: ctx.index, targets: st.pending.targets.filter((t) => t.type !== 'PERSON') };
  }
  if (st.pending?.sentence === ctx.index) for (const t of st.pending.targets) (st.all ??= new Set()).add(t);
});
