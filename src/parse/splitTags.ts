/**
 * The tags of a tag list value: hashtags (`#العراق #السفارة_الأمريكية` → `العراق`,
 * `السفارة الأمريكية`), delimited lists (`Red Sea, Houthis`, `سوريا | دمشق`, `A · B`, `A - B`), or space-separated Arabic lists,
 * where multi-word tags cannot be told apart: every word becomes a tag (over-generating).
 */
import { foldForMatch } from './foldText.js';
import { TAG_STOPWORDS } from './markers.js';

const STOP = new Set(TAG_STOPWORDS.map(foldForMatch));
const clean = (t: string): string => t.replace(/^[\s"'“”«»()[\]]+|[\s"'“”«»()[\].]+$/gu, '').trim();

export function splitTags(value: string): string[] {
  const v = value.trim();
  let tags: string[];
  if (/#[^\s#]/u.test(v)) {
    tags = (v.match(/#[^\s#,،;|]+/gu) ?? []).map((h) => h.slice(1).replace(/_+/g, ' '));
  } else if (/[,،;؛|/·•]|\s[-–—]\s/u.test(v)) {
    tags = v.split(/\s*[,،;؛|/·•]\s*|\s+[-–—]\s+/u);
  } else {
    tags = v.split(/\s+/u).filter((t) => !STOP.has(foldForMatch(t)));
  }
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of tags) {
    const t = clean(raw);
    const key = foldForMatch(t);
    if (t.length < 2 || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}
