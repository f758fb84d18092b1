/**
 * Test harness for the entity layer: runs the real pipeline (parser + components) on a text and
 * offers readable assertions. Shared: other layers may append helpers at the end of this file.
 *
 *   expectExtraction('...').toHaveEntity('Iran', 'COUNTRY').toHaveAlias('Iran', 'طهران');
 */
import { expect } from '@jest/globals';
import { extractArticle } from '../../src/extract/index.js';
import type { ArticleDoc, Entity, EntityType } from '../../src/extract/types.js';
import { normalizeKey } from '../../src/extract/normalize.js';

const same = (a: string, b: string): boolean => normalizeKey(a) === normalizeKey(b);

export interface ExtractionExpectation {
  doc: ArticleDoc;
  entity(name: string): Entity | undefined;
  toHaveEntity(name: string, type?: EntityType): ExtractionExpectation;
  notToHaveEntity(name: string): ExtractionExpectation;
  toHaveAlias(name: string, alias: string): ExtractionExpectation;
  notToHaveAlias(name: string, alias: string): ExtractionExpectation;
  toBeNominal(name: string): ExtractionExpectation;
  /** No entity carries this surface form at all. */
  notToMention(surface: string): ExtractionExpectation;
  /** Entities whose names are in `names` are one and the same entity. */
  toBeOneEntity(...names: string[]): ExtractionExpectation;
  /** Every mention's offsets cut its text back out of the input (ل+ال fusion: alef restored). */
  toHaveExactOffsets(): ExtractionExpectation;
  toHaveEntityCount(n: number): ExtractionExpectation;
}

/** Entity by canonical name or by any alias. */
function find(doc: ArticleDoc, name: string): Entity | undefined {
  return doc.entities.find((e) => same(e.name, name)) ?? doc.entities.find((e) => e.aliases.some((a) => same(a, name)));
}

const describeDoc = (doc: ArticleDoc): string =>
  doc.entities.map((e) => `${e.id} ${e.name} [${e.type}${e.nominal ? ', nominal' : ''}] ${JSON.stringify(e.aliases)}`).join('\n');

export function expectExtraction(text: string): ExtractionExpectation {
  const doc = extractArticle(text);
  const x: ExtractionExpectation = {
    doc,
    entity: (name) => find(doc, name),
    toHaveEntity(name, type) {
      const e = find(doc, name);
      if (!e) throw new Error(`no entity "${name}" in:\n${describeDoc(doc)}`);
      if (type && e.type !== type) throw new Error(`entity "${name}" is ${e.type}, expected ${type}`);
      return x;
    },
    notToHaveEntity(name) {
      const e = find(doc, name);
      if (e) throw new Error(`unexpected entity "${name}" (${e.id} ${e.name}) in:\n${describeDoc(doc)}`);
      return x;
    },
    toHaveAlias(name, alias) {
      x.toHaveEntity(name);
      const e = find(doc, name)!;
      if (!e.aliases.includes(alias)) throw new Error(`entity "${e.name}" has aliases ${JSON.stringify(e.aliases)}, not "${alias}"`);
      return x;
    },
    notToHaveAlias(name, alias) {
      const e = find(doc, name);
      if (e && e.aliases.includes(alias)) throw new Error(`entity "${e.name}" should not have alias "${alias}"`);
      return x;
    },
    toBeNominal(name) {
      x.toHaveEntity(name);
      expect(find(doc, name)!.nominal).toBe(true);
      return x;
    },
    notToMention(surface) {
      const e = doc.entities.find((en) => en.aliases.includes(surface));
      if (e) throw new Error(`"${surface}" should not be a mention, but ${e.name} has it`);
      return x;
    },
    toBeOneEntity(...names) {
      const ids = new Set(names.map((n) => {
        const e = find(doc, n);
        if (!e) throw new Error(`no entity "${n}" in:\n${describeDoc(doc)}`);
        return e.id;
      }));
      if (ids.size !== 1) throw new Error(`${JSON.stringify(names)} are ${ids.size} entities:\n${describeDoc(doc)}`);
      return x;
    },
    toHaveExactOffsets() {
      for (const m of doc.mentions) {
        const slice = doc.parsed.text.slice(m.start, m.end);
        if (m.text !== slice && m.text !== 'ا' + slice) throw new Error(`mention "${m.text}" at ${m.start}-${m.end} slices to "${slice}"`);
      }
      return x;
    },
    toHaveEntityCount(n) {
      if (doc.entities.length !== n) throw new Error(`expected ${n} entities, got ${doc.entities.length}:\n${describeDoc(doc)}`);
      return x;
    },
  };
  return x;
}
