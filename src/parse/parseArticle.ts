/**
 * parseArticle: a copied news page (or ArticleInput) → ParsedArticle with typed sections,
 * embedded posts, read-also articles, related headlines, tags, source, date, language and the
 * sentences of its content. Pure, offline, deterministic.
 */
import type { ArticleInput, Language, ParsedArticle, Section, Sentence } from './types.js';
import { segmentSections, sourceOf } from './segmentSections.js';
import { isContentKind } from './isContentKind.js';
import { detectLanguage, languageOfCounts, scriptCounts } from './detectLanguage.js';
import { splitSentences } from './splitSentences.js';
import { parseDate } from './parseDate.js';

/** Normalises a given `published` value to ISO YYYY-MM-DD when it is a recognisable date. */
function normalizePublished(v: string): string {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(v.trim());
  return iso?.[1] ?? parseDate(v) ?? v.trim();
}

export function parseArticle(input: string | ArticleInput): ParsedArticle {
  const given: ArticleInput = typeof input === 'string' ? { text: input } : input;
  const text = given.text ?? '';
  const seg = segmentSections(text);

  // letters of each section, counted once: the article's language and each section's come from them
  const counts = seg.sections.map((s) => scriptCounts(text, s.start, s.end));
  // article language: letters of content sections (whole text when there is no content)
  let arabic = 0;
  let latin = 0;
  seg.sections.forEach((s, index) => {
    if (!isContentKind(s.kind)) return;
    const c = counts[index] as { arabic: number; latin: number };
    arabic += c.arabic;
    latin += c.latin;
  });
  if (arabic + latin === 0) ({ arabic, latin } = scriptCounts(text));
  const detected: Language = arabic + latin === 0 ? 'ar' : arabic >= latin ? 'ar' : 'en';
  const language: Language = given.language ?? detected;

  const sections: Section[] = seg.sections.map((s, index) => {
    const section: Section = {
      kind: s.kind,
      start: s.start,
      end: s.end,
      text: text.slice(s.start, s.end),
      language: languageOfCounts(counts[index] as { arabic: number; latin: number }, language),
      isContent: isContentKind(s.kind),
    };
    if (s.secondary !== undefined) section.secondary = s.secondary;
    return section;
  });

  const sentences: Sentence[] = [];
  sections.forEach((s, index) => {
    if (!s.isContent) return;
    for (const span of splitSentences(text, s.start, s.end)) {
      sentences.push({
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
        section: index,
        language: detectLanguage(text, s.language, span.start, span.end),
      });
    }
  });

  return {
    text,
    language,
    title: given.title ?? seg.title,
    url: given.url ?? null,
    source: given.source ?? sourceOf(seg),
    published: given.published ? normalizePublished(given.published) : seg.published,
    sections,
    posts: seg.posts,
    secondaryArticles: seg.secondaryArticles,
    relatedHeadlines: seg.relatedHeadlines,
    tags: seg.tags,
    sentences,
  };
}
