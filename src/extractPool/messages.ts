/** Messages between the ingest pipeline and its extraction worker. */
import type { ErrorCode } from '../errors.js';
import type { ArticleRows } from '../graph/write/types.js';
import type { ArticleInput } from '../parse/types.js';

export interface ExtractRequest {
  id: number;
  input: string | ArticleInput;
}

export type ExtractReply =
  | { id: number; ok: true; rows: ArticleRows }
  | { id: number; ok: false; error: { code: ErrorCode | null; message: string; details: Record<string, unknown> } };
