/**
 * Bytes of one input (a file, stdin, a request body) → text, or a clear error that
 * names the input and what is wrong with it. Everything that reads articles goes
 * through here, so the CLI, ingestion and the API refuse bad input the same way.
 */
import { ErrorCode, NewsgraphError } from '../errors.js';

/** Inputs above this size are refused: no news page is this large, and the extractor is linear but not free. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** `maxBytes` is larger for inputs that hold many articles (JSONL). */
export function decodeArticleBytes(bytes: Uint8Array, name: string, maxBytes = MAX_ARTICLE_BYTES): string {
  if (bytes.length === 0) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${name}: the input is empty`);
  if (bytes.length > maxBytes) {
    throw new NewsgraphError(
      ErrorCode.BAD_USER_INPUT,
      `${name}: the input is too large (${bytes.length} bytes; at most ${maxBytes})`,
    );
  }
  if (bytes.includes(0)) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${name}: looks binary (contains NUL bytes), not UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${name}: is not valid UTF-8 text`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${name}: contains only whitespace`);
  return text;
}
