/**
 * BACKS through membership: when X backs an umbrella of armed factions and a faction is named as
 * its member (AFFILIATED_WITH member → umbrella), X backs that faction too
 * ("the Islamic Resistance in Iraq, an umbrella of Iran-backed factions that includes Kataib Hezbollah").
 * Runs after the BACKS and membership rules.
 */
import type { Component, Relation } from '../types.js';

export const umbrellaBacks: Component = (doc) => {
  const type = new Map(doc.entities.map((e) => [e.id as string, e.type]));
  const added: Relation[] = [];
  const has = (s: string, o: string): boolean => doc.relations.some((r) => r.predicate === 'BACKS' && r.subject === s && r.object === o) || added.some((r) => r.subject === s && r.object === o);
  for (const member of doc.relations) {
    if (member.predicate !== 'AFFILIATED_WITH' || type.get(member.subject) !== 'ARMED_GROUP' || type.get(member.object) !== 'ARMED_GROUP') continue;
    for (const b of doc.relations) {
      if (b.predicate !== 'BACKS' || b.object !== member.object || b.subject === member.subject || has(b.subject, member.subject)) continue;
      added.push({ subject: b.subject, predicate: 'BACKS', object: member.subject, confidence: Math.min(b.confidence, member.confidence) - 0.1, evidence: member.evidence, rule: 'umbrella-backs' });
    }
  }
  return added.length ? { ...doc, relations: [...doc.relations, ...added] } : doc;
};
