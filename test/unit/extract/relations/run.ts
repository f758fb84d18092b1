import { relationComponents } from '../../../../src/extract/relations/index.js';
import { statementComponents } from '../../../../src/extract/statements/index.js';
import type { ArticleDoc } from '../../../../src/extract/types.js';
import { docOf, triples, type EntityTuple } from '../../../support/relationHarness.js';

/** Runs the relation (and statement) components over a harness doc; returns `S PRED O` strings for `pred`. */
export function relationsOf(text: string, ents: EntityTuple[], pred?: string): string[] {
  let doc: ArticleDoc = docOf(text, ents);
  for (const c of [...relationComponents, ...statementComponents]) doc = c(doc);
  return triples(doc).filter((t) => !pred || t.includes(` ${pred} `));
}

export function docWithRelations(text: string, ents: EntityTuple[]): ArticleDoc {
  let doc: ArticleDoc = docOf(text, ents);
  for (const c of relationComponents) doc = c(doc);
  return doc;
}
