/**
 * Helpers for parse-layer tests: build synthetic pages and check that every span slices back.
 */
import { parseArticle } from '../../src/parse/index.js';
import type { ParsedArticle, SectionKind } from '../../src/parse/index.js';

/** Joins page blocks with blank lines, like text copied from a web page. */
export function page(...blocks: string[]): string {
  return blocks.join('\n\n');
}

/** Section kinds paired with their text, in order. */
export function kindsOf(a: ParsedArticle): Array<[SectionKind, string]> {
  return a.sections.map((s) => [s.kind, s.text]);
}

/** Texts of the sections of one kind. */
export function textsOf(a: ParsedArticle, kind: SectionKind): string[] {
  return a.sections.filter((s) => s.kind === kind).map((s) => s.text);
}

/** Throws unless every section, sentence, post and secondary title slices back to its text. */
export function expectSpansSliceBack(a: ParsedArticle): void {
  for (const s of a.sections) {
    expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
  }
  for (const s of a.sentences) {
    expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(s.text).toBe(s.text.trim());
    expect(a.sections[s.section]?.isContent).toBe(true);
  }
  for (const p of a.posts) expect(a.text.slice(p.body.start, p.body.end)).toBe(p.body.text);
  for (const sa of a.secondaryArticles) expect(a.text.slice(sa.titleSpan.start, sa.titleSpan.end)).toBe(sa.title);
  // sections are in order and do not overlap
  for (let i = 1; i < a.sections.length; i++) {
    expect(a.sections[i]!.start).toBeGreaterThanOrEqual(a.sections[i - 1]!.end);
  }
}

/** parseArticle plus the slice-back check. */
export function parseChecked(text: string): ParsedArticle {
  const a = parseArticle(text);
  expectSpansSliceBack(a);
  return a;
}
