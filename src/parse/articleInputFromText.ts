/**
 * Decoded input text → ArticleInput, refusing text that announces JSON (a leading `{`)
 * but is not a usable article object, so that extraction never runs over JSON syntax.
 * Shared by `newsgraph extract` and ingestion of .json files.
 */
import { ErrorCode, NewsgraphError } from '../errors.js';
import { readArticleInput } from './readArticleInput.js';
import type { ArticleInput } from './types.js';

export function articleInputFromText(text: string, name: string): ArticleInput {
  const input = readArticleInput(text);
  if (text.trimStart().startsWith('{') && input.text === text) {
    try {
      JSON.parse(text);
    } catch (e) {
      throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${name}: starts with "{" but is not valid JSON (${(e as Error).message})`);
    }
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${name}: JSON input needs a string field "text"`);
  }
  if (input.text.trim() === '') throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${name}: the "text" field is empty`);
  return input;
}
