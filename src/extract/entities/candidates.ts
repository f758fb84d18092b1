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

const bucketMemo = new WeakMap<EntityCandidate[], Map<number, EntityCandidate[]>>();

/** Candidates grouped by sentence (they never cross one), so overlap tests stay linear on long pages. */
export function candidatesBySentence(list: EntityCandidate[]): Map<number, EntityCandidate[]> {
  let m = bucketMemo.get(list);
  if (!m) {
    m = new Map();
    for (const c of list) {
      const b = m.get(c.sentence);
      if (b) b.push(c);
      else m.set(c.sentence, [c]);
    }
    bucketMemo.set(list, m);
  }
  return m;
}

/** Index of the content sentence containing offset `pos` (binary search), or -1. */
export function sentenceAt(doc: ArticleDoc, pos: number): number {
  const ss = doc.parsed.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ss[mid]!;
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Whether [start, end) overlaps a non-nominal candidate already proposed. */
export function overlapsName(doc: ArticleDoc, start: number, end: number, extra: EntityCandidate[] = []): boolean {
  const blocks = (c: EntityCandidate): boolean => !c.nominal && !c.containsNames && !c.weak && c.start < end && start < c.end;
  // Weak names (a surname alone) do not block a finder: "ستيفن براون" is not Charles Brown.
  const si = sentenceAt(doc, start);
  for (const c of candidatesBySentence(doc.candidates ?? []).get(si) ?? []) if (blocks(c)) return true;
  for (let k = extra.length - 1; k >= 0; k--) {
    const c = extra[k]!;
    if (c.sentence !== si) break; // finders add in sentence order: earlier sentences cannot overlap
    if (blocks(c)) return true;
  }
  return false;
}

/** Group key for a name found without the gazetteer: its matching key, so repeats fall together. */
export const nameGroupKey = (name: string): string => 'name:' + normalizeKey(name).replace(/^(?:the|al|ال) /, '');

export const scriptOf = (s: string): 'ar' | 'en' => (/[\u0600-\u06ff]/.test(s) ? 'ar' : 'en');
