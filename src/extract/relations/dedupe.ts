/**
 * Last stage: one relation per (subject, predicate, object) — MET_WITH in either direction —
 * keeping the one with the highest confidence (the earliest on ties), as the best evidence.
 */
import type { Component, Relation } from '../types.js';

export const dedupeRelations: Component = (doc) => {
  const best = new Map<string, Relation>();
  for (const r of doc.relations) {
    const [a, b] = r.predicate === 'MET_WITH' && r.object < r.subject ? [r.object, r.subject] : [r.subject, r.object];
    const key = `${a}|${r.predicate}|${b}`;
    const prev = best.get(key);
    if (!prev || r.confidence > prev.confidence) best.set(key, r);
  }
  if (best.size === doc.relations.length) return doc;
  const keep = new Set(best.values());
  return { ...doc, relations: doc.relations.filter((r) => keep.has(r)) };
};
