/**
 * `newsgraph extract [--json] FILE|-`: run extraction on one article (plain text, or JSON
 * `{text, url?, source?, published?, title?, language?}` detected by a leading `{`) and print a
 * readable summary, or with --json the document the scorer reads (shared/eval).
 */
import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { ErrorCode, NewsgraphError } from '../../errors.js';
import { decodeArticleBytes, MAX_ARTICLE_BYTES } from '../../parse/decodeArticleBytes.js';
import { articleInputFromText } from '../../parse/articleInputFromText.js';
import { extractArticle } from '../../extract/index.js';
import { toScorerJson } from '../../extract/toScorerJson.js';
import type { ArticleDoc, EntityType } from '../../extract/types.js';
import { ENTITY_TYPES } from '../../extract/types.js';

/** Bytes of FILE, or of stdin for `-`, with one clear error per way it can be wrong. */
export function readInputBytes(file: string): Uint8Array {
  if (file === '-') {
    try {
      return readFileSync(0);
    } catch (e) {
      throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `stdin: cannot be read (${(e as Error).message})`);
    }
  }
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${file}: is a directory, not an article file`);
    size = st.size;
  } catch (e) {
    if (e instanceof NewsgraphError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${file}: ${why}`);
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${file}: the input is too large (${size} bytes; at most ${MAX_ARTICLE_BYTES})`);
  }
  try {
    return readFileSync(file);
  } catch (e) {
    throw new NewsgraphError(ErrorCode.BAD_USER_INPUT, `${file}: cannot be read (${(e as Error).message})`);
  }
}

/** Text → ArticleDoc, refusing input that cannot be an article (empty, binary, not UTF-8, too large). */
export function extractFromBytes(bytes: Uint8Array, name: string): ArticleDoc {
  const input = articleInputFromText(decodeArticleBytes(bytes, name), name);
  return extractArticle(input);
}

/** The human-readable summary: entities by type, relations as arrows, statements with speakers. */
export function renderSummary(doc: ArticleDoc): string {
  const p = doc.parsed;
  const out: string[] = [];
  out.push(`${p.title ?? '(no title)'}  [${p.language}]`);
  const meta = [p.source && `source: ${p.source}`, p.published && `published: ${p.published}`, p.posts.length && `posts: ${p.posts.length}`,
    p.secondaryArticles.length && `read-also: ${p.secondaryArticles.length}`, p.relatedHeadlines.length && `related: ${p.relatedHeadlines.length}`]
    .filter(Boolean);
  if (meta.length) out.push(meta.join(' · '));
  const nameOf = new Map(doc.entities.map((e) => [e.id as string, e.name]));
  out.push('', `Entities (${doc.entities.length})`);
  for (const type of ENTITY_TYPES as readonly EntityType[]) {
    const list = doc.entities.filter((e) => e.type === type);
    if (!list.length) continue;
    out.push(`  ${type}`);
    for (const e of list) {
      const forms = e.aliases.filter((a) => a !== e.name);
      out.push(`    ${e.name}${e.nominal ? ' (nominal)' : ''}${forms.length ? ' — ' + forms.join(', ') : ''}`);
    }
  }
  out.push('', `Relations (${doc.relations.length})`);
  for (const r of doc.relations) out.push(`  ${nameOf.get(r.subject) ?? r.subject} —${r.predicate}→ ${nameOf.get(r.object) ?? r.object}`);
  out.push('', `Statements (${doc.statements.length})`);
  for (const s of doc.statements) {
    const who = s.speaker ? nameOf.get(s.speaker) ?? s.speaker : `(anonymous${s.speakerDescription ? ': ' + s.speakerDescription : ''})`;
    const said = s.text.length > 160 ? s.text.slice(0, 157) + '…' : s.text;
    out.push(`  ${who}: ${said.replace(/\s+/g, ' ')}`);
  }
  return out.join('\n') + '\n';
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract entities, relations and statements from one article (FILE, or - for stdin)')
    .argument('<file>', 'article file (.txt, or JSON {text,url?,source?,published?,title?,language?}); - reads stdin')
    .option('--json', 'print the JSON document the scorer reads')
    .action((file: string, opts: { json?: boolean }) => {
      const name = file === '-' ? 'stdin' : file;
      const doc = extractFromBytes(readInputBytes(file), name);
      process.stdout.write(opts.json ? JSON.stringify(toScorerJson(doc), null, 2) + '\n' : renderSummary(doc));
    });
}
