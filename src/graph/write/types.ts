/**
 * Data shapes of the graph-writing layer: one extracted article turned into rows
 * that the batched Cypher in cypher/queries/write*.cypher consumes with UNWIND.
 * Entity ids here are still article-local (`<articleId>/<e1>`); resolution maps
 * them to graph ids before anything is written.
 */
import type { ArticleId, EntityId } from '../../ids.js';
import type { EntityKey } from './entityKeys.js';

export interface PostRow {
  id: string;
  handle: string;
  author: string;
  date: string | null;
  text: string;
}

export interface PartRow {
  id: ArticleId;
  title: string;
  language: string;
}

export interface ArticleRow {
  id: ArticleId;
  url: string | null;
  title: string | null;
  source: string | null;
  published: string | null;
  language: string;
  contentHash: string;
  extractorVersion: string;
  ingestedAt: string;
  tags: string[];
  posts: PostRow[];
  parts: PartRow[];
  relatedHeadlines: string[];
  /** The input text, unchanged (the API re-derives the page's sections from it). */
  text: string;
}

export interface EntityRow {
  /** Article-local key: `<articleId>/<e1>`. */
  local: string;
  /** The id this entity gets if nothing in the graph matches it (deterministic). */
  candidateId: EntityId;
  gazetteerId: string | null;
  name: string;
  type: string;
  nominal: boolean;
  nameEn: string | null;
  nameAr: string | null;
  aliases: string[];
  /** Resolution keys, strongest first: `TYPE|<normalized name>`, `PERSON|tr:<skeleton>`; see entityKeys.ts. */
  keys: EntityKey[];
}

export interface MentionRow {
  article: ArticleId;
  entity: string; // local
  count: number;
  forms: string[];
}

export interface ClaimRow {
  id: string;
  article: ArticleId;
  subject: string; // local
  object: string; // local
  predicate: string;
  confidence: number;
  sentence: string;
  start: number;
  end: number;
  date: string | null;
  rule: string;
}

export interface StatementRow {
  id: string;
  article: ArticleId;
  speaker: string | null; // local
  speakerDescription: string | null;
  text: string;
  start: number;
  end: number;
  sentence: string;
  language: string;
  mentions: string[]; // local
}

/** Everything one article contributes to the graph. */
export interface ArticleRows {
  article: ArticleRow;
  entities: EntityRow[];
  mentions: MentionRow[];
  claims: ClaimRow[];
  statements: StatementRow[];
}

export type IngestOutcome = 'new' | 'updated' | 'unchanged';
