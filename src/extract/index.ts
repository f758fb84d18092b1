/**
 * Extraction entry point: parse the page, then run every component in order over one ArticleDoc.
 * Pure: same input, same output; the gazetteer is loaded once per process.
 */
import { parseArticle } from '../parse/index.js';
import type { ArticleInput } from '../parse/types.js';
import { components } from './components.js';
import type { ArticleDoc, Component } from './types.js';

export function extractArticle(input: string | ArticleInput, pipeline: readonly Component[] = components): ArticleDoc {
  const parsed = parseArticle(input);
  let doc: ArticleDoc = { parsed, entities: [], mentions: [], relations: [], statements: [] };
  for (const component of pipeline) doc = component(doc);
  return doc;
}

export { toScorerJson } from './toScorerJson.js';
export type { ScorerDocument } from './toScorerJson.js';
export { components } from './components.js';
