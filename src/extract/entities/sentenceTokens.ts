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
