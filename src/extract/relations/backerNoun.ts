/**
 * BACKS named by a role noun: "Iran, Hezbollah's main backer", "Hezbollah's patron Iran",
 * "X is the chief sponsor of Y", "إيران، الداعم الرئيسي لحزب الله", "الراعي الإقليمي لـ".
 * News writers introduce a patron this way far more often than with a verb, and the noun
 * carries the whole relation: its possessor (or "of"/لـ complement) is the backed party,
 * the apposition or copula subject around it is the backer.
 */
import { alt, B } from './lexicon.js';
import { between, hasAny, isArabic, matches, rule, type M, type SentCtx } from './engine.js';

const BACKERS = ['COUNTRY', 'ORGANIZATION', 'ARMED_GROUP'] as const;
const BACKED = ['ARMED_GROUP', 'ORGANIZATION', 'COUNTRY'] as const;

const EN_ADJ = '(?:main|chief|key|principal|biggest|largest|primary|longtime|long-time|foremost|top|staunchest|major|regional|military|financial|political|main\\s+foreign)';
const EN_ROLE = '(?:backers?|sponsors?|patrons?|benefactors?|supporters?|arms\\s+suppliers?|financiers?|paymasters?)';
/** "Y's main backer" (the possessor Y ends right before the match). */
const EN_POSSESSIVE = new RegExp(`(?:'s|’s)\\s+(?:${EN_ADJ}\\s+(?:and\\s+${EN_ADJ}\\s+)?){0,2}${EN_ROLE}\\b`, 'gi');
/** "the main backer of Y". */
const EN_OF = new RegExp(`\\b(?:the|a|an)\\s+(?:${EN_ADJ}\\s+(?:and\\s+${EN_ADJ}\\s+)?){0,2}${EN_ROLE}\\s+of\\s+(?:the\\s+)?`, 'gi');
const AR_ADJ = alt(['الرئيسي', 'الرئيسية', 'الأول', 'الأولى', 'الأبرز', 'الأكبر', 'الإقليمي', 'الإقليمية', 'الأساسي', 'الأساسية', 'التقليدي']);
/** "الداعم الرئيسي لـ Y" (the ل clitic sits on Y). */
const AR_ROLE = new RegExp(`${B}(?:و)?(?:ال)?(?:${alt(['داعم', 'داعمة', 'راعي', 'راعية', 'ممول', 'ممولة', 'مورد السلاح', 'مزود السلاح'])})(?:\\s+(?:${AR_ADJ}))*\\s+(?=ل)`, 'gu');

const STEMS = ['backer', 'sponsor', 'patron', 'benefactor', 'supporter', 'supplier', 'financier', 'paymaster', 'داعم', 'راعي', 'راعيه', 'ممول', 'مورد السلاح', 'مزود السلاح'];

/** The backer in apposition before the noun phrase ("Iran, …") or as a copula subject ("Iran is …", "إيران هي …"). */
function backerBefore(ctx: SentCtx, pos: number): M | undefined {
  const m = ctx.mentions.findLast((x) => x.end <= pos);
  if (!m || !BACKERS.includes(m.entity.type as never)) return undefined;
  const gap = between(ctx, m.end, pos);
  // "وتعد إيران الراعي …": a copula verb before the backer (VSO)
  if (/^\s+$/u.test(gap) && /(?:^|\s)(?:و)?(?:تعد|تُعد|يعد|يُعد|تعتبر|تُعتبر|يعتبر|تبقى|يبقى|باتت|بات|أصبحت|أصبح|كانت|كان)\s+$/u.test(between(ctx, Math.max(ctx.base, m.start - 12), m.start))) return m;
  return /^\s*(?:[,،]\s*|\s+(?:is|was|remains|has\s+long\s+been|has\s+been|هي|هو|تعد|تُعد|يعد|تعتبر|يعتبر)\s+)(?:(?:also|still|itself)\s+)?(?:the\s+|a\s+|an\s+)?$/iu.test(gap) ? m : undefined;
}

/** The backer right after the noun phrase ("Hezbollah's patron Iran", "Hezbollah's main backer, Iran,"). */
function backerAfter(ctx: SentCtx, pos: number): M | undefined {
  const m = ctx.mentions.find((x) => x.start >= pos);
  if (!m || !BACKERS.includes(m.entity.type as never)) return undefined;
  return /^\s*(?:[,،]\s*)?$/u.test(between(ctx, pos, m.start)) ? m : undefined;
}

export const backerNounRule = rule('backs-role-noun', (ctx, emit) => {
  if (!hasAny(ctx, STEMS)) return;
  const pair = (backer: M | undefined, backed: M | undefined, conf: number): void => {
    if (backer && backed && backer.entity.id !== backed.entity.id && BACKED.includes(backed.entity.type as never)) emit(backer.entity, 'BACKS', backed.entity, conf);
  };
  if (isArabic(ctx)) {
    for (const h of matches(ctx, AR_ROLE)) {
      const backed = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 3);
      const backer = backerBefore(ctx, h.start) ?? backerAfter(ctx, backed ? backed.end : h.end);
      pair(backer, backed, 0.8);
    }
    return;
  }
  for (const h of matches(ctx, EN_POSSESSIVE)) {
    const backed = ctx.mentions.findLast((m) => m.end <= h.start && h.start - m.end <= 1);
    // "Iran, Hezbollah's main backer" / "Iran is Hezbollah's main backer": the noun phrase starts at the possessor
    pair(backed ? (backerBefore(ctx, backed.start) ?? backerAfter(ctx, h.end)) : undefined, backed, 0.8);
  }
  for (const h of matches(ctx, EN_OF)) {
    const backed = ctx.mentions.find((m) => m.start >= h.end && m.start - h.end <= 2);
    pair(backerBefore(ctx, h.start) ?? (backed ? backerAfter(ctx, backed.end) : undefined), backed, 0.8);
  }
});
