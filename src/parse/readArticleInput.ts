/**
 * Turns raw input into an ArticleInput: a JSON object (`{"text": …, "url": …}`; `body`/`content`
 * are accepted for `text`) or plain article text.
 */
import type { ArticleInput, Language } from './types.js';

const str = (v: unknown): string | null | undefined => (typeof v === 'string' ? v : v === null ? null : undefined);

export function readArticleInput(raw: string): ArticleInput {
  const trimmed = raw.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const obj = JSON.parse(trimmed) as Record<string, unknown>;
      const text = str(obj.text) ?? str(obj.body) ?? str(obj.content);
      if (typeof text === 'string') {
        const lang = str(obj.language);
        const input: ArticleInput = { text };
        for (const key of ['url', 'source', 'published', 'title'] as const) {
          const v = str(obj[key]);
          if (v !== undefined) input[key] = v;
        }
        if (lang === 'ar' || lang === 'en') input.language = lang as Language;
        return input;
      }
    } catch {
      // not JSON: plain text that happens to start with a brace
    }
  }
  return { text: raw };
}
