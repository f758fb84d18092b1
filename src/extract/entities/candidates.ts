/**
 * Small helpers every entity finder shares: adding a candidate to the document without mutating
 * the input, and asking whether a span is already taken.
 */
import type { ArticleDoc, EntityCandidate } from '../types.js';
import { normalizeKey } from '../normalize.js';

/** Priority of finders when spans overlap: a curated name beats a guessed one. */
export const PRIORITY = { gazetteer: 100, nominal: 90, titleCue: 60, pattern: 50, capitalized: 40, weakName: 35, coref: 30 } as const;

export const withCandidates = (doc: ArticleDoc, added: EntityCandidate[]): ArticleDoc =>
  added.length ? { ...doc, candidates: [...(doc.candidates ?? []), ...added] } : doc;

/** Whether [start, end) overlaps a non-nominal candidate already proposed. */
export function overlapsName(doc: ArticleDoc, start: number, end: number, extra: EntityCandidate[] = []): boolean {
  // Weak names (a surname alone) do not block a finder: "ستيفن براون" is not Charles Brown.
  for (const c of doc.candidates ?? []) if (!c.nominal && !c.containsNames && !c.weak && c.start < end && start < c.end) return true;
  for (const c of extra) if (!c.nominal && !c.containsNames && !c.weak && c.start < end && start < c.end) return true;
  return false;
}

/** Group key for a name found without the gazetteer: its matching key, so repeats fall together. */
export const nameGroupKey = (name: string): string => 'name:' + normalizeKey(name).replace(/^(?:the|al|ال) /, '');

export const scriptOf = (s: string): 'ar' | 'en' => (/[\u0600-\u06ff]/.test(s) ? 'ar' : 'en');
