/**
 * Data shapes of the parse layer. All offsets are JS string indices (UTF-16 code
 * units) into the ORIGINAL input text, so evidence can always be cut back out of it
 * with `text.slice(start, end)`.
 */
export type Language = 'ar' | 'en';

export interface Span {
  start: number;
  end: number;
}

/**
 * What a block of the page is. Only `isContent` sections feed extraction:
 * headlines lists, tags, source lines, bylines, datelines, breadcrumbs and UI noise are metadata.
 */
export type SectionKind =
  | 'title' // the article's own headline (content: gold counts it)
  | 'body' // paragraphs of the main article
  | 'subheading' // a subheading inside the body (content)
  | 'post' // the text of an embedded social post (content)
  | 'postAttribution' // the `— Name (@handle) Month D, YYYY` line (metadata)
  | 'readAlsoTitle' // title of a secondary "read also" article (content)
  | 'readAlsoBody' // body of a secondary article (content)
  | 'source' // `المصدر: …`, `Source: …`
  | 'byline' // `By … | date`, reporting credits
  | 'dateline' // a date line printed by the page
  | 'tags' // `كلمات دلالية:`, `Tags:`, `الوسوم:`
  | 'related' // related-headline lists and their heading
  | 'breadcrumb'
  | 'noise'; // share buttons, app prompts, …

export interface Section extends Span {
  kind: SectionKind;
  text: string;
  language: Language;
  isContent: boolean;
  /** Index into ParsedArticle.secondaryArticles when this belongs to a read-also article. */
  secondary?: number;
}

export interface EmbeddedPost extends Span {
  handle: string; // with the leading @
  author: string;
  date: string | null; // ISO YYYY-MM-DD
  /** The post's own text (content), as a span of the input. */
  body: Span & { text: string };
  language: Language;
}

export interface SecondaryArticle extends Span {
  title: string;
  titleSpan: Span;
}

export interface Sentence extends Span {
  text: string;
  /** Index into ParsedArticle.sections. */
  section: number;
  language: Language;
}

export interface ParsedArticle {
  /** The input text, unchanged: every offset points into it. */
  text: string;
  language: Language;
  title: string | null;
  url: string | null;
  source: string | null;
  /** ISO date (YYYY-MM-DD) the page states for the article, or null. A post's date is not the article's. */
  published: string | null;
  sections: Section[];
  posts: EmbeddedPost[];
  secondaryArticles: SecondaryArticle[];
  relatedHeadlines: string[];
  tags: string[];
  /** Sentences of content sections only, in text order. */
  sentences: Sentence[];
}

/** Input accepted by the parser: raw text, or JSON whose given fields win over parsed ones. */
export interface ArticleInput {
  text: string;
  url?: string | null;
  source?: string | null;
  published?: string | null;
  title?: string | null;
  language?: Language | null;
}
