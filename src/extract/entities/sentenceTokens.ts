/**
 * Tokens of each content sentence, computed once per parsed article and shared by every finder
 * (memoized on the ParsedArticle object, which extraction never mutates).
 */
import type { ParsedArticle } from '../../parse/types.js';
import { normalizeWithMap, tokenize, type NormalizedText, type Token } from '../normalize.js';

const memo = new WeakMap<ParsedArticle, Token[][]>();
const foldMemo = new WeakMap<ParsedArticle, NormalizedText[]>();

/** Folded text (with its offset map) of each content sentence, computed once per article. */
export function sentenceFolds(parsed: ParsedArticle): NormalizedText[] {
  let out = foldMemo.get(parsed);
  if (!out) {
    out = parsed.sentences.map((s) => normalizeWithMap(parsed.text.slice(s.start, s.end)));
    foldMemo.set(parsed, out);
  }
  return out;
}

export function sentenceTokens(parsed: ParsedArticle): Token[][] {
  let out = memo.get(parsed);
  if (!out) {
    out = parsed.sentences.map((s) => tokenize(parsed.text.slice(s.start, s.end), s.start));
    memo.set(parsed, out);
  }
  return out;
}

/** The original text between two tokens is only spaces (no comma, quote, bracket, line break). */
export const onlySpaceBetween = (text: string, a: Token, b: Token): boolean => /^[ \u00a0]+$/.test(text.slice(a.end, b.start));

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'as', 'from', 's']);

/** Whether sentence `si` is a headline (title, subheading, read-also title). */
export function isHeadline(parsed: ParsedArticle, si: number): boolean {
  const kind = parsed.sections[parsed.sentences[si]!.section]?.kind;
  return kind === 'title' || kind === 'subheading' || kind === 'readAlsoTitle';
}

/**
 * An English headline in Title Case ("Iraq Says U.S. Strike Near Baghdad Killed …"): capitals there
 * say nothing about names, so capitalization-based finders skip it.
 */
const titleCaseMemo = new WeakMap<Token[], boolean[]>();

export function isTitleCase(tokens: Token[], headline = true): boolean {
  // Asked by several finders for the same sentence: remember the answer per token array and flag.
  let memo = titleCaseMemo.get(tokens);
  if (!memo) titleCaseMemo.set(tokens, (memo = []));
  const slot = headline ? 1 : 0;
  return (memo[slot] ??= titleCaseOf(tokens, headline));
}

function titleCaseOf(tokens: Token[], headline: boolean): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (t.arabic || !/^\p{L}/u.test(t.raw) || SMALL_WORDS.has(t.key)) continue;
    words++;
    if (/^\p{Lu}/u.test(t.raw)) caps++;
  }
  // Headlines are where Title Case lives; in body text only a sentence made of capitals counts.
  return headline ? words >= 4 && caps / words >= 0.75 : words >= 6 && caps / words >= 0.95;
}
