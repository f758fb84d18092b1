/**
 * Named, parameterized queries kept as files in cypher/queries/, shared by the API,
 * the CLI and the notebooks. Each file holds one query and a small header:
 *
 *   // @name entityById
 *   // @mode read            (read | write; default read)
 *   // @param id             (one line per parameter the query needs)
 *   // @description …
 *
 * The loader checks that the declared parameters and the $parameters used in the
 * text agree, so a typo fails when the file is loaded, not at query time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { projectRoot } from '../config/projectRoot.js';
import { ErrorCode, NewsgraphError, describeValue } from '../errors.js';

export interface NamedQuery {
  name: string;
  mode: 'read' | 'write';
  params: string[];
  description: string;
  text: string;
  file: string;
  checkParams(given: Record<string, unknown>): void;
}

export const defaultQueryDir = () => join(projectRoot, 'cypher', 'queries');

export function parseQueryFile(file: string, content: string): NamedQuery {
  const header = new Map<string, string[]>();
  for (const line of content.split('\n')) {
    const m = /^\s*\/\/\s*@(\w+)\s*(.*)$/.exec(line);
    if (m) header.set(m[1]!, [...(header.get(m[1]!) ?? []), m[2]!.trim()]);
  }
  const name = header.get('name')?.[0] || basename(file, '.cypher');
  const modeRaw = header.get('mode')?.[0] || 'read';
  if (modeRaw !== 'read' && modeRaw !== 'write') {
    throw new NewsgraphError(ErrorCode.BAD_CONFIG, `${file}: @mode must be read or write, got ${describeValue(modeRaw)}`);
  }
  const params = (header.get('param') ?? []).map((p) => p.split(/\s+/)[0]!).filter(Boolean);
  const text = content
    .split('\n')
    .filter((l) => !/^\s*\/\//.test(l))
    .join('\n')
    .trim()
    .replace(/;\s*$/, '');
  if (!text) throw new NewsgraphError(ErrorCode.BAD_CONFIG, `${file}: no query text after the header`);
  const used = new Set([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!));
  const undeclared = [...used].filter((p) => !params.includes(p));
  const unused = params.filter((p) => !used.has(p));
  if (undeclared.length || unused.length) {
    const parts = [];
    if (undeclared.length) parts.push(`uses undeclared $${undeclared.join(', $')}`);
    if (unused.length) parts.push(`declares unused @param ${unused.join(', ')}`);
    throw new NewsgraphError(ErrorCode.BAD_CONFIG, `${file}: query "${name}" ${parts.join(' and ')}`);
  }
  return {
    name,
    mode: modeRaw,
    params,
    description: (header.get('description') ?? []).join(' '),
    text,
    file,
    checkParams(given) {
      const missing = params.filter((p) => !(p in given));
      if (missing.length) {
        throw new NewsgraphError(
          ErrorCode.BAD_USER_INPUT,
          `query "${name}" needs parameter(s) ${missing.join(', ')}; received ${Object.keys(given).length ? Object.keys(given).join(', ') : 'none'}`,
        );
      }
    },
  };
}

export function loadQueries(dir = defaultQueryDir()): Map<string, NamedQuery> {
  const out = new Map<string, NamedQuery>();
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort()) {
    const file = join(dir, f);
    const q = parseQueryFile(file, readFileSync(file, 'utf8'));
    const dup = out.get(q.name);
    if (dup) throw new NewsgraphError(ErrorCode.BAD_CONFIG, `query name "${q.name}" is used by both ${dup.file} and ${file}`);
    out.set(q.name, q);
  }
  return out;
}

let cache: Map<string, NamedQuery> | null = null;

export function namedQuery(name: string): NamedQuery {
  cache ??= loadQueries();
  const q = cache.get(name);
  if (!q) {
    throw new NewsgraphError(ErrorCode.QUERY_NOT_FOUND, `no query named "${name}" in ${defaultQueryDir()} (known: ${[...cache.keys()].join(', ') || 'none'})`);
  }
  return q;
}
