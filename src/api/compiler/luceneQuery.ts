/**
 * A user's search words → a Lucene query for the full-text indexes. Every term is
 * escaped (Lucene syntax characters and the AND/OR/NOT operators lose their meaning),
 * so search text can never change the query's structure or make Lucene fail to parse.
 */
import { ErrorCode, NewsgraphError } from '../../errors.js';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function luceneQuery(search: string): string {
  const terms = search
    .normalize('NFC')
    .split(/\s+/)
    .map((t) => t.replace(SPECIAL, (c) => `\\${c}`).toLowerCase())
    .filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (!terms.length) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, '"search" has no words to look for');
  if (search.length > 200) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, '"search" is longer than 200 characters');
  return terms.join(' ');
}
