/**
 * The query compiler without a database: user input only ever becomes parameters,
 * the text depends on the operation's shape (not on values or aliases), and plans
 * honour fragments and @skip/@include.
 */
import { describe, expect, test } from '@jest/globals';
import { buildSchema, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { compileBatch, planRoot } from '../../../src/api/compiler/index.js';
import { loadTypeDefs } from '../../../src/api/schema.js';

const schema = buildSchema(loadTypeDefs());

/** Plans every root field of `query` (as the per-request loader would) and compiles them together. */
function compile(query: string, variables: Record<string, unknown> = {}) {
  const doc = parse(query);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  const roots = op.selectionSet.selections.filter((s): s is FieldNode => s.kind === 'Field');
  const plans = roots.map((f) => planRoot({ schema, fragments, variables }, f.name.value, [f]));
  return compileBatch(plans);
}

const EVIL = `x'}) MATCH (n) DETACH DELETE n //`;

describe('query compiler', () => {
  test('user input never enters the Cypher text', () => {
    const q = `query($v: String, $id: ID!) {
      entity(id: $id) { name }
      entities(search: $v, filter: {nameContains: $v}) { totalCount edges { node { id } } }
      statements(filter: {contains: $v, speaker: $id}) { totalCount }
      articles(filter: {source: $v, mentions: $id}) { totalCount }
      path(from: $id, to: "other", predicates: [BACKS]) { totalCount } }`;
    const { text, params } = compile(q, { v: EVIL, id: EVIL });
    expect(text).not.toContain('DETACH');
    expect(text).not.toContain(EVIL);
    expect(JSON.stringify(params)).toContain('DETACH DELETE');
  });

  test('aliases never enter the text; values do not change it', () => {
    const a = compile(`{ x: entity(id: "a") { y: name z: relations(first: 3) { edges { node { predicate } } } } }`);
    const b = compile(`{ q: entity(id: "b") { w: name v: relations(first: 7) { edges { node { predicate } } } } }`);
    expect(a.text).toBe(b.text);
    expect(a.text).not.toMatch(/\b(x|y|z):/);
    expect(a.params).not.toEqual(b.params);
  });

  test('every list is paged inside its COLLECT subquery', () => {
    const { text } = compile(`{ entity(id: "a") { relations(first: 5) { edges { node { evidence(first: 2) { edges { node { sentence } } } } } } } }`);
    expect(text.match(/SKIP \$r0\.p\d+\.offset LIMIT \$r0\.p\d+\.limit/g)).toHaveLength(2);
    expect(text).toMatch(/^RETURN head\(COLLECT \{/);
  });

  test('fragments, inline fragments and @skip/@include shape the plan', () => {
    const q = `query($s: Boolean!) { entity(id: "a") { ...F ... on Entity { type } aliases @skip(if: $s) } } fragment F on Entity { id name }`;
    const skipped = compile(q, { s: true });
    const kept = compile(q, { s: false });
    expect(skipped.text).not.toContain('aliases');
    expect(kept.text).toContain('aliases');
    expect(skipped.text).toContain('.type');
    expect(skipped.text).toContain('.name');
  });

  test('several root fields → one statement with one parameter map each', () => {
    const { text, params } = compile(`{ a: entity(id: "1") { id } b: entity(id: "2") { id } c: articles { totalCount } }`);
    expect(text).toMatch(/AS r0, .* AS r1, .* AS r2$/);
    expect(Object.keys(params)).toEqual(['r0', 'r1', 'r2']);
  });

  test('bad arguments are refused while planning', () => {
    expect(() => compile(`{ entities(first: 101) { totalCount } }`)).toThrow(/between 0 and 100/);
    expect(() => compile(`{ entity(id: "a") { neighbors(depth: 4) { totalCount } } }`)).toThrow(/depth/);
    expect(() => compile(`{ path(from: "a", to: "b", maxHops: 5) { totalCount } }`)).toThrow(/maxHops/);
    expect(() => compile(`{ entities(after: "Zm9v") { totalCount } }`)).toThrow(/cursor/);
  });
});
