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
}

/** A pure extraction stage: same input, same output, no I/O. */
export type Component = (doc: ArticleDoc) => ArticleDoc;
