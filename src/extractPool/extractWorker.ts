/**
 * Worker-thread entry: text in, graph rows out (parse + extract + toArticleRows, all pure).
 * Running it off the main thread lets extraction of the next articles overlap the driver work
 * of the batch being written, which is what bounds ingestion on two cores.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/index.js';
import { toArticleRows } from '../graph/write/toArticleRows.js';
import { isNewsgraphError } from '../errors.js';
import type { ExtractRequest, ExtractReply } from './messages.js';

if (!parentPort) throw new Error('extractWorker must run in a worker thread');
const port = parentPort;

port.on('message', (req: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { id: req.id, ok: true, rows: toArticleRows(extractArticle(req.input)) };
  } catch (e) {
    // the main thread rebuilds the error so a failing article is reported exactly as in-thread
    reply = isNewsgraphError(e)
      ? { id: req.id, ok: false, error: { code: e.code, message: e.message, details: e.details } }
      : { id: req.id, ok: false, error: { code: null, message: e instanceof Error ? e.message : String(e), details: {} } };
  }
  port.postMessage(reply);
});
