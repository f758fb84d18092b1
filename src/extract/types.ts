/**
 * Data shapes of the extraction layer. Extraction is a list of pure components
 * (see ./components.ts) run over one ArticleDoc; each adds to it.
 */
import type { EntityId } from '../ids.js';
import type { Language, ParsedArticle, Span } from '../parse/types.js';

export const ENTITY_TYPES = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'ARMED_GROUP', 'LOCATION', 'FACILITY'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PREDICATES = [
  'ATTACKED',
  'BACKS',
  'THREATENED',
  'ACCUSED',
  'VISITED',
  'MET_WITH',
  'AFFILIATED_WITH',
  'LOCATED_IN',
  'DEPLOYED_IN',
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** One occurrence of an entity in the input text. */
export interface Mention extends Span {
  /** Surface form exactly as in the text, without a glued clitic prefix. */
  text: string;
  entity: EntityId;
  /** Index into ParsedArticle.sentences. */
  sentence: number;
  /** How it was found (gazetteer, title-cue, capitalization, nominal, coref, …). */
  via: string;
  /**
   * Set when this name sits inside a longer mention of another entity: a nominal description
   * (إيران in "الميليشيات المدعومة من إيران", U.S. in "U.S. forces"), a state body ("Syria's defense
   * ministry") or a facility named with its place (بغداد in "السفارة الأمريكية في بغداد"). Relation rules
   * may prefer the container as an argument; the inner mention still counts for its own entity.
   */
  container?: EntityId;
  /** The container is a nominal group (Iran-backed militias, U.S. forces). Only set with `container`. */
  insideNominal?: boolean;
}

export interface Entity {
  id: EntityId;
  /** Canonical display name (English where one exists). */
  name: string;
  type: EntityType;
  /** Names per language, when known (from the gazetteer or the text). */
  names: Partial<Record<Language, string>>;
  /** All surface forms seen in this article (deduplicated), including `name` when it occurs. */
  aliases: string[];
  /** Gazetteer id when the entity is a known one (stable across articles and languages). */
  gazetteerId: string | null;
  /** An unnamed but specific group the article keeps referring to ("the Iran-backed militias"). */
  nominal: boolean;
}

export interface Evidence extends Span {
  /** The sentence that states the relation or statement. */
  text: string;
}

export interface Relation {
  subject: EntityId;
  predicate: Predicate;
  object: EntityId;
  confidence: number; // [0, 1]
  evidence: Evidence;
  /** Name of the rule that produced it (for provenance). */
  rule: string;
}

export interface Statement {
  speaker: EntityId | null;
  /** Who spoke when no entity can be named ("a U.S. defense official"). */
  speakerDescription: string | null;
  text: string;
  language: Language;
  /** Span of the statement text in the input; `sentence` is the whole sentence it came from. */
  evidence: Span;
  sentence: Evidence;
  cue: string;
}

/** The document every extraction component reads and extends. */
export interface ArticleDoc {
  parsed: ParsedArticle;
  entities: Entity[];
  mentions: Mention[];
  relations: Relation[];
  statements: Statement[];
  /** Entity-finder output waiting for the resolver (entity layer internal; empty after it). */
  candidates?: EntityCandidate[];
  /** Demonyms (الأمريكية, Iranian) seen in content sentences, pointing at known entities. */
  demonyms?: DemonymMention[];
}

/** A pure extraction stage: same input, same output, no I/O. */
export type Component = (doc: ArticleDoc) => ArticleDoc;

/* ───── Optional fields added by the entity layer (safe to ignore elsewhere) ───── */

/**
 * A possible entity mention proposed by one finder component (gazetteer, title cue, capitalization,
 * nominal group). The entity resolver (src/extract/entities/resolveEntities.ts) turns candidates into
 * `entities` + `mentions` and empties this list.
 */
export interface EntityCandidate extends Span {
  /** Surface form without a glued clitic (ال restored after ل, so it may differ from the slice). */
  text: string;
  sentence: number;
  via: string;
  type: EntityType;
  /** Canonical name when known (gazetteer, nominal group), else the surface form. */
  name: string;
  names: Partial<Record<Language, string>>;
  gazetteerId: string | null;
  nominal: boolean;
  /** Everything proposing the same key is one entity (gazetteer id, nominal key, normalized name). */
  groupKey: string;
  /** Weak names (surname only, ambiguous words) survive only if the same entity has a strong mention. */
  weak: boolean;
  /** Higher wins when spans overlap. */
  priority: number;
  /** May contain other names (Syria's defense ministry ⊃ Syria): overlaps names like a nominal does. */
  containsNames?: boolean;
  /** Extra surface forms inside this mention worth keeping as aliases (`قاعدة X` → `X`). */
  extraAliases?: string[];
}

/**
 * A demonym/nisba adjective (الأمريكية, Iranian) pointing at a known entity. Not a mention (dev README),
 * but relation rules may use it ("Iranian-backed" → Iran).
 */
export interface DemonymMention extends Span {
  text: string;
  sentence: number;
  gazetteerId: string;
  /** The article's entity for that gazetteer id, when the article also names it. */
  entity: EntityId | null;
}
