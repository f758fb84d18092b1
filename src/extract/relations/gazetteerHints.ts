/**
 * Gazetteer hints for the relation rules: a known entity's entry (its state, the body a person
 * serves) and the article's own entity for a gazetteer id. A gazetteer that fails to load (bad data
 * in a fork) leaves the rules without hints rather than failing the article.
 */
import { getGazetteer, type GazetteerEntry } from '../gazetteer.js';
import type { ArticleDoc, Entity } from '../types.js';

/** The gazetteer entry of a known entity, or null. */
export function entryOf(e: Entity): GazetteerEntry | null {
  if (!e.gazetteerId) return null;
  try {
    return getGazetteer().get(e.gazetteerId) ?? null;
  } catch {
    return null;
  }
}

/** The entry for a gazetteer id, or null. */
export function entryById(id: string | null | undefined): GazetteerEntry | null {
  if (!id) return null;
  try {
    return getGazetteer().get(id) ?? null;
  } catch {
    return null;
  }
}

/** The article's entity for a gazetteer id, when the article names it. */
export const articleEntity = (doc: ArticleDoc, id: string | null | undefined): Entity | null => (id ? (doc.entities.find((e) => e.gazetteerId === id) ?? null) : null);
